import AxeBuilder from '@axe-core/playwright';
import {expect, test, type Page} from '@playwright/test';
import {LOCALES, prefix} from './helpers';

/**
 * Accessibility: axe-core with the WCAG 2.0/2.1 A and AA rules on every page type, in both
 * locales, in light mode, and in dark mode on a few pages. Zero violations, no rule excluded.
 * Each test prints its page and the number of rules that passed, so the run shows its figures.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One page of each type the site has. */
export const PAGE_TYPES: Record<string, string> = {
  home: '/',
  framework: '/framework/theory/definitions',
  'module with quiz': '/curricula/community-mental-health/mental-health-and-distress',
  'session plan': '/trainers/session-plans/community-mental-health/mental-health-and-distress',
  progress: '/curricula/community-mental-health/progress',
  glossary: '/framework/glossary',
  'blog post': '/blog/2026/11/23/kigali-seminar',
  search: '/search',
  downloads: '/offline',
  'quiz projector': '/quizzes/cmh-1/projector',
};

const DARK_PAGES = ['home', 'module with quiz', 'glossary'];

async function audit(page: Page, label: string) {
  // Wait for hydration: React replaces the server HTML (and axe must see the final DOM).
  await page.waitForLoadState('networkidle');
  const results = await new AxeBuilder({page}).withTags(TAGS).analyze();
  const summary = results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ')}`),
  }));
  console.log(`axe ${label}: ${results.passes.length} rules passed, ${results.violations.length} violations, ${results.incomplete.length} to review`);
  expect(summary, `${label}: ${JSON.stringify(summary, null, 2)}`).toEqual([]);
}

for (const locale of LOCALES) {
  for (const [type, path] of Object.entries(PAGE_TYPES)) {
    test(`axe: ${type} (${locale}) has no WCAG 2.1 A/AA violation`, async ({page}) => {
      const url = `${prefix(locale)}${path}`;
      const res = await page.goto(url);
      expect(res?.status(), url).toBe(200);
      await audit(page, `${locale} ${type} ${url}`);
    });
  }

  for (const type of DARK_PAGES) {
    test(`axe: ${type} (${locale}) in dark mode has no WCAG 2.1 A/AA violation`, async ({page}) => {
      // respectPrefersColorScheme is on: a reader whose system is dark gets the dark theme.
      await page.emulateMedia({colorScheme: 'dark'});
      const url = `${prefix(locale)}${PAGE_TYPES[type]}`;
      await page.goto(url);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await audit(page, `${locale} ${type} (dark) ${url}`);
    });
  }
}

for (const [locale, query] of [['en', 'recovery'], ['fr', 'rétablissement']] as const) {
  test(`axe: the ${locale} search page with results has no violation`, async ({page}) => {
    const url = `${prefix(locale)}/search?q=${encodeURIComponent(query)}`;
    await page.goto(url);
    await expect(page.getByRole('article').first()).toBeVisible();
    await audit(page, `${locale} search results ${url}`);
  });
}

import fs from 'node:fs';
import path from 'node:path';
import {expect, test, type Page} from '@playwright/test';
import {LOCALES, prefix, reachQuiz, ROOT, sitemapPaths, watchForeignRequests} from './helpers';

/**
 * Security and privacy of the built site as deployed with static/_headers:
 * - pages work under the Content-Security-Policy (no violation, search and quiz included);
 * - nothing is requested from another origin;
 * - robots.txt names both locales' sitemaps, and each sitemap lists only its own locale.
 */

/** Headers of the `/*` rule of a _headers file (Netlify / Cloudflare Pages format). */
function headersForAllPaths(file: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let inAll = false;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (/^\S/.test(line) && !line.startsWith('#')) inAll = line.trim() === '/*';
    else if (inAll && /^\s+[\w-]+:/.test(line)) {
      const [, name, value] = line.match(/^\s+([\w-]+):\s*(.*)$/)!;
      headers[name!.toLowerCase()] = value!;
    }
  }
  return headers;
}

const HEADERS = headersForAllPaths(path.join(ROOT, 'build/_headers'));

/** Serves every same-origin response with the deployed headers, and records CSP violations. */
async function deployHeaders(page: Page, origin: string): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to/.test(msg.text())) violations.push(msg.text());
  });
  await page.exposeFunction('__cspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as {__cspViolation: (t: string) => void}).__cspViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  await page.route('**/*', async (route) => {
    if (new URL(route.request().url()).origin !== origin) return route.continue();
    const response = await route.fetch();
    await route.fulfill({response, headers: {...response.headers(), ...HEADERS}});
  });
  return violations;
}

test('build/_headers carries a Content-Security-Policy allowing only the site itself', () => {
  const csp = HEADERS['content-security-policy'];
  expect(csp).toBeDefined();
  expect(csp).toMatch(/default-src 'self'/);
  expect(csp).toMatch(/frame-ancestors 'none'/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(csp).not.toMatch(/https?:\/\//); // no other origin unless ALGOLIA_APP_ID / CSP_* are set
  expect(HEADERS['referrer-policy']).toBe('no-referrer');
  // The committed nginx snippet carries the same policy.
  const nginx = fs.readFileSync(path.join(ROOT, 'scripts/deploy/nginx.conf'), 'utf8');
  for (const m of nginx.matchAll(/add_header Content-Security-Policy "([^"]*)"/g)) expect(m[1]).toBe(csp);
});

for (const locale of LOCALES) {
  test(`pages work under the CSP and request nothing from other origins (${locale})`, async ({page, baseURL}) => {
    const origin = new URL(baseURL!).origin;
    const violations = await deployHeaders(page, origin);
    const foreign = watchForeignRequests(page, origin);
    const p = prefix(locale);
    for (const path of ['/', '/framework/glossary', '/curricula/community-mental-health/progress', '/quizzes/cmh-1/projector', '/blog/2026/11/23/kigali-seminar']) {
      const res = await page.goto(`${p}${path}`);
      expect(res?.headers()['content-security-policy'], path).toBe(HEADERS['content-security-policy']);
      await page.waitForLoadState('networkidle');
    }
    // A quiz: answer one question and submit.
    await page.goto(`${p}/curricula/community-mental-health/mental-health-and-distress`);
    await reachQuiz(page, 'cmh-1');
    await page.locator('section[data-quiz] input[type=radio]').first().check();
    await page.locator('section[data-quiz] button[type=submit]').click();
    // Search: the index is fetched from the site itself (connect-src 'self').
    await page.goto(`${p}/search?q=${locale === 'fr' ? 'r%C3%A9tablissement' : 'recovery'}`);
    await expect(page.getByRole('article').first()).toBeVisible();
    // The colour-mode script (allowed by its hash) ran: the theme attribute is set.
    await expect(page.locator('html')).toHaveAttribute('data-theme', /light|dark/);
    expect(violations, violations.join('\n')).toEqual([]);
    expect(foreign).toEqual([]);
  });
}

test('robots.txt names the sitemap of each locale, and each sitemap lists only its locale', async ({request}) => {
  const robots = await (await request.get('/robots.txt')).text();
  const sitemaps = [...robots.matchAll(/^Sitemap: (\S+)$/gm)].map((m) => new URL(m[1]!).pathname);
  expect(sitemaps).toEqual(['/sitemap.xml', '/fr/sitemap.xml']);
  for (const s of sitemaps) expect((await request.get(s)).status(), s).toBe(200);
  expect(robots).toMatch(/^User-agent: \*$/m);
  const en = sitemapPaths('en');
  const fr = sitemapPaths('fr');
  expect(en.filter((p) => p.startsWith('/fr/') || p === '/fr')).toEqual([]);
  expect(fr.filter((p) => !p.startsWith('/fr/') && p !== '/fr')).toEqual([]);
  console.log(`robots.txt: ${sitemaps.length} sitemaps; ${en.length} English and ${fr.length} French pages listed`);
});

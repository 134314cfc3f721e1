import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import {expect, type Page, type Request} from '@playwright/test';
import type {Quiz} from '../../src/data/quizSchema';

export const ROOT = path.resolve(__dirname, '../..');
export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];
/** Locale prefix of a site path. */
export const prefix = (locale: Locale) => (locale === 'en' ? '' : `/${locale}`);

export function loadQuiz(locale: Locale, id: string): Quiz {
  return yaml.load(fs.readFileSync(path.join(ROOT, 'src/data/quizzes', locale, `${id}.yaml`), 'utf8')) as Quiz;
}

/** Every page path of the built site for a locale, from its sitemap. */
export function sitemapPaths(locale: Locale): string[] {
  const file = path.join(ROOT, 'build', locale === 'en' ? '' : locale, 'sitemap.xml');
  const xml = fs.readFileSync(file, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/** The href and class of every <a> in an HTML string (quoted or unquoted attributes: the build minifies HTML). */
export function anchors(html: string): {href: string; className: string}[] {
  const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`))?.slice(1).find((v) => v !== undefined) ?? '';
  return [...html.matchAll(/<a\b[^>]*>/g)].map((m) => ({href: attr(m[0], 'href'), className: attr(m[0], 'class')}));
}

/** Records every request the page makes outside its own origin. */
export function watchForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (req: Request) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) foreign.push(url);
  });
  return foreign;
}

/** Presses Tab until the focused element matches the selector (keyboard-only navigation). */
export async function tabTo(page: Page, selector: string, maxPresses = 400): Promise<void> {
  // Keys pressed before React has hydrated the page would be lost (slow under load).
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
  for (let i = 0; i < maxPresses; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach ${selector} with the Tab key`);
}

/**
 * Scrolls to a quiz and waits for its code: a quiz is an island that keeps its server HTML
 * (controls disabled) until the reader comes near it (src/components/Quiz/index.tsx).
 */
export async function reachQuiz(page: Page, quizId: string): Promise<void> {
  const section = page.locator(`section[data-quiz="${quizId}"]`);
  await section.scrollIntoViewIfNeeded();
  await expect(section.locator('fieldset[data-ready="true"]').first()).toBeAttached();
}

/** Answers a whole quiz correctly using only the keyboard. */
export async function answerQuizWithKeyboard(page: Page, quiz: Quiz, locale: Locale = 'en'): Promise<void> {
  const moveUp = (text: string) => (locale === 'fr' ? `Monter « ${text} »` : `Move “${text}” up`);
  const root = `section[data-quiz="${quiz.id}"]`;
  await reachQuiz(page, quiz.id);
  // Start the Tab sequence at the quiz (a click on its title sets the focus starting point).
  await page.locator(`${root} > :first-child`).click();
  for (const q of quiz.questions) {
    const fs = `${root} fieldset[id$="-${q.id}"]`;
    if (q.type === 'single' || q.type === 'truefalse' || q.type === 'scenario') {
      const right = q.options.find((o) => o.correct)!.id;
      await tabTo(page, `${fs} input[type=radio]`);
      for (let i = 0; i < q.options.length && !(await page.locator(`${fs} input[value="${right}"]`).isChecked()); i++) {
        await page.keyboard.press('ArrowDown');
      }
      await expect(page.locator(`${fs} input[value="${right}"]`)).toBeChecked();
    } else if (q.type === 'multiple') {
      for (const o of q.options.filter((x) => x.correct)) {
        await tabTo(page, `${fs} input[value="${o.id}"]`);
        await page.keyboard.press('Space');
      }
    } else if (q.type === 'matching') {
      for (const p of q.pairs) {
        await tabTo(page, `${fs} select[id$="-${p.id}"]`);
        const select = page.locator(`${fs} select[id$="-${p.id}"]`);
        for (let i = 0; i <= q.pairs.length && (await select.inputValue()) !== p.id; i++) await page.keyboard.press('ArrowDown');
        await expect(select).toHaveValue(p.id);
      }
    } else if (q.type === 'ordering') {
      for (const [target, item] of q.items.entries()) {
        const up = `${fs} button[aria-label=${JSON.stringify(moveUp(item.text))}]`;
        for (let i = 0; i < q.items.length; i++) {
          const position = await page.locator(`${fs} ol li`).evaluateAll((lis, text) => lis.findIndex((li) => li.textContent?.includes(text)), item.text);
          if (position <= target) break;
          await tabTo(page, up);
          await page.keyboard.press('Enter');
          // Wait for the re-render before reading the position again.
          await expect
            .poll(() => page.locator(`${fs} ol li`).evaluateAll((lis, text) => lis.findIndex((li) => li.textContent?.includes(text)), item.text))
            .toBe(position - 1);
        }
      }
    } else if (q.type === 'reflection') {
      if (q.scale) {
        await tabTo(page, `${fs} input[type=radio]`);
        await page.keyboard.press('ArrowRight');
      } else {
        await tabTo(page, `${fs} textarea`);
        await page.keyboard.type('A private note');
      }
    }
  }
  await tabTo(page, `${root} button[type=submit]`);
  await page.keyboard.press('Enter');
}

/** Types a query in the navbar search box and returns the text of each suggestion (title and breadcrumb). */
export async function searchFor(page: Page, query: string): Promise<string[]> {
  const box = page.locator('input.navbar__search-input');
  await box.click();
  await box.fill(query);
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options.first()).toBeVisible({timeout: 15_000});
  return options.allInnerTexts();
}

import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import {expect, test} from '@playwright/test';
import {FRAMEWORK_PATHS} from '../../scripts/export/bundles';
import type {GlossaryEntry} from '../../src/data/quizSchema';
import {LOCALES, prefix, ROOT, sitemapPaths, tabTo} from './helpers';

const glossary = (locale: string) => yaml.load(fs.readFileSync(path.join(ROOT, 'src/data/glossary', `${locale}.yaml`), 'utf8')) as GlossaryEntry[];

for (const locale of LOCALES) {
  test(`every framework page exists in ${locale}, with the right language and a cited source`, async ({request}) => {
    const inSitemap = sitemapPaths(locale).filter((p) => p.startsWith(`${prefix(locale)}/framework/`));
    // The PDF export lists the framework pages explicitly: it must not miss one.
    expect(new Set(inSitemap)).toEqual(new Set(FRAMEWORK_PATHS.map((p) => `${prefix(locale)}${p}`)));
    for (const p of FRAMEWORK_PATHS) {
      const res = await request.get(`${prefix(locale)}${p}`);
      expect(res.status(), p).toBe(200);
      const html = await res.text();
      expect(html, p).toMatch(new RegExp(`<html[^>]* lang="?${locale}[" >]`));
      expect(html, `${p} cites its source`).toMatch(/Source|SOURCE/);
    }
  });

  test(`glossary terms show their definition on keyboard focus, close with Escape and lead to the glossary (${locale})`, async ({page}) => {
    const entries = glossary(locale);
    await page.goto(`${prefix(locale)}/framework/theory/definitions`);
    const term = page.locator('article a[href*="/framework/glossary#"]').first();
    const id = (await term.getAttribute('href'))!.split('#')[1]!;
    const entry = entries.find((e) => e.id === id)!;
    // Start tabbing in the article (see answerQuizWithKeyboard about the search box).
    await page.locator('article h1').click();
    await tabTo(page, `article a[href$="/framework/glossary#${id}"]`);
    const tip = page.getByRole('tooltip').filter({hasText: entry.definition}).first();
    await expect(tip).toBeVisible();
    await expect(term).toHaveAccessibleDescription(new RegExp(entry.definition.slice(0, 40).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/framework/glossary#${id}$`));
    await expect(page.locator(`dt[id="${id}"]`)).toBeInViewport();
  });

  test(`the glossary lists every entry in ${locale}`, async ({page}) => {
    await page.goto(`${prefix(locale)}/framework/glossary`);
    await expect(page.getByTestId('glossary').locator('dt')).toHaveCount(glossary(locale).length);
    // Each link to a framework page names its term: a list of links all called "Read more"
    // tells someone who lists the page's links nothing.
    const linked = glossary(locale).filter((e) => e.link);
    const links = page.getByTestId('glossary').locator('dd a');
    await expect(links).toHaveCount(linked.length);
    for (const e of linked.slice(0, 5)) {
      await expect(page.locator(`dt[id="${e.id}"] + dd a`)).toContainText(e.term);
    }
  });

  test(`diagrams are text, with text alternatives, and the peer-support tree works by keyboard (${locale})`, async ({page}) => {
    for (const p of ['/framework/theory/definitions', '/framework/theory/disability', '/framework/challenges']) {
      await page.goto(`${prefix(locale)}${p}`);
      const figure = page.locator('article figure').first();
      await expect(figure).toBeVisible();
      expect(await figure.locator('img').count(), `${p}: no image of text`).toBe(0);
      await expect(figure.locator('details')).toHaveCount(1);
    }
    await page.goto(`${prefix(locale)}/curricula/peer-support/building-peer-support`);
    const part = page.locator('article figure button[aria-expanded]').first();
    await expect(part).toHaveAttribute('aria-expanded', 'false');
    await part.focus();
    await page.keyboard.press('Enter');
    await expect(part).toHaveAttribute('aria-expanded', 'true');
  });
}

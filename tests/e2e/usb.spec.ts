/**
 * The USB edition (`npm run export:usb`, run by `npm run export`): each locale's zip,
 * unzipped into a temporary folder and opened through file:// in Chromium, with no
 * server. Also: what the zip holds, and that the website lists it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import JSZip from 'jszip';
import {expect, test, type Page} from '@playwright/test';
import {readPdf} from '../../scripts/export/pdfInfo';
import {usbFolderName, usbZipName} from '../../scripts/export/usb';
import {answerQuizWithKeyboard, LOCALES, loadQuiz, prefix, reachQuiz, ROOT, type Locale} from './helpers';

const zipPath = (locale: Locale) => path.join(ROOT, 'static/downloads', locale, usbZipName(locale));
const SITE_ORIGIN = new URL(process.env.SITE_URL ?? 'http://localhost:3000').origin;
const README: Record<Locale, string> = {en: 'README.txt', fr: 'LISEZ-MOI.txt'};
const MODULE = '/curricula/community-mental-health/mental-health-and-distress';

const unzipped = new Map<Locale, Promise<string>>();

/** Unzips the locale's USB edition once per worker; returns the folder holding index.html. */
function usbFolder(locale: Locale): Promise<string> {
  let folder = unzipped.get(locale);
  if (!folder) {
    folder = (async () => {
      const zip = await JSZip.loadAsync(fs.readFileSync(zipPath(locale)));
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), `cmh-usb-${locale}-`));
      for (const entry of Object.values(zip.files)) {
        if (entry.dir) continue;
        const target = path.join(dir, entry.name);
        fs.mkdirSync(path.dirname(target), {recursive: true});
        fs.writeFileSync(target, await entry.async('nodebuffer'));
      }
      return path.join(dir, usbFolderName(locale));
    })();
    unzipped.set(locale, folder);
  }
  return folder;
}

test.afterAll(async () => {
  for (const folder of unzipped.values()) fs.rmSync(path.dirname(await folder), {recursive: true, force: true});
  unzipped.clear();
});

/** Opens a page of the unzipped edition (`/path` → index.html#/path), as a double-click and a click would. */
async function open(page: Page, locale: Locale, sitePath = '/'): Promise<void> {
  const index = pathToFileURL(path.join(await usbFolder(locale), 'index.html')).href;
  await page.goto(sitePath === '/' ? index : `${index}#${sitePath}`);
}

/** Everything the page asks for must come from the folder; and no script may fail. */
function watchPage(page: Page): {foreign: string[]; errors: string[]} {
  const foreign: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    if (!/^(file|data|blob):/.test(r.url())) foreign.push(r.url());
  });
  page.on('requestfailed', (r) => errors.push(`${r.url()}: ${r.failure()?.errorText}`));
  page.on('pageerror', (e) => errors.push(e.message));
  return {foreign, errors};
}

const CURRICULA_LABEL: Record<Locale, string> = {en: 'Curricula', fr: 'Parcours'};

for (const locale of LOCALES) {
  test.describe(`USB edition, ${locale}`, () => {
    test('opens from file:// and works there: sidebar, diagram, glossary tooltip, quiz, progress after reload, trainer pages', async ({page}, testInfo) => {
      testInfo.setTimeout(120_000);
      const {foreign, errors} = watchPage(page);
      await open(page, locale);
      expect(page.url()).toMatch(/^file:\/\/.*\/index\.html/);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      // Every image of the home page loaded (the logo, from the folder).
      await expect(page.locator('.navbar__logo img').first()).toBeVisible();
      for (const ok of await page.locator('img').evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0))) expect(ok).toBe(true);

      // Navbar, then the sidebar, down to a module.
      await page.locator('.navbar__items a.navbar__link', {hasText: CURRICULA_LABEL[locale]}).first().click();
      await expect(page).toHaveURL(/index\.html#\/curricula/);
      const sidebar = page.locator('.theme-doc-sidebar-container');
      await sidebar.locator('a[href$="/curricula/community-mental-health/"], a[href$="/curricula/community-mental-health"]').first().click();
      await sidebar.locator('a[href$="/mental-health-and-distress"]').click();
      await expect(page).toHaveURL(new RegExp(`index\\.html#${MODULE}$`));
      await expect(page.locator('article h1').first()).toBeVisible();
      // The two-continuums diagram is drawn, with its stylesheet (a CSS grid of four quadrants).
      const diagram = page.locator('article figure').first();
      await expect(diagram).toBeVisible();
      expect(await diagram.locator('ul[aria-label]').evaluate((ul) => getComputedStyle(ul.parentElement!).display)).toBe('grid');

      // A glossary term shows its definition on hover, and leads to the glossary entry.
      const term = page.locator('article a[aria-describedby]').first();
      const tipId = await term.getAttribute('aria-describedby');
      await term.scrollIntoViewIfNeeded();
      await term.hover();
      const tip = page.locator(`[id="${tipId}"]`);
      await expect(tip).toBeVisible();
      expect((await tip.innerText()).length).toBeGreaterThan(20);
      const entry = decodeURIComponent(((await term.getAttribute('href')) ?? '').split('#').pop() ?? '');
      await term.click();
      await expect(page).toHaveURL(new RegExp(`#/framework/glossary#${entry}$`));
      await expect(page.locator(`dt[id="${entry}"]`)).toBeInViewport();
      await page.goBack();
      await expect(page).toHaveURL(new RegExp(`${MODULE}$`));

      // The quiz, answered with the keyboard; the result stays after a reload.
      await answerQuizWithKeyboard(page, loadQuiz(locale, 'cmh-1'), locale);
      await expect(page.getByTestId('quiz-result')).toContainText('100');
      await page.reload();
      await reachQuiz(page, 'cmh-1');
      await expect(page.locator('section[data-quiz="cmh-1"] [data-testid="quiz-status"]')).toContainText('100');
      await open(page, locale, '/curricula/community-mental-health/progress');
      await expect(page.locator('tr[data-module="mental-health-and-distress"]')).toContainText('100');

      // The trainer pages generated from the quiz data.
      await open(page, locale, '/quizzes/cmh-1/projector');
      await expect(page.getByTestId('projector')).toBeVisible();
      await open(page, locale, '/quizzes/cmh-1/print');
      await expect(page.getByTestId('quiz-print')).toBeVisible();
      await open(page, locale, '/quizzes/cmh-1/answer-key');
      await expect(page.getByTestId('answer-key')).toBeVisible();

      expect(foreign).toEqual([]);
      expect(errors).toEqual([]);
    });

    test('searches without a server, accents optional', async ({page}) => {
      const {foreign, errors} = watchPage(page);
      await open(page, locale);
      const box = page.locator('.navbar').getByRole('combobox');
      // In the edition's language.
      await expect(box).toHaveAttribute('placeholder', locale === 'fr' ? 'Rechercher' : 'Search');
      const search = async (q: string) => {
        await box.click();
        await box.fill(q);
        const options = page.getByRole('listbox').getByRole('option');
        await expect(options.first()).toBeVisible();
        return options.allInnerTexts();
      };
      if (locale === 'fr') {
        const accented = await search('rétablissement');
        expect(accented.some((r) => r.includes('Résilience (les 5C) et rétablissement'))).toBe(true);
        // Without accents, or in capitals: the same results.
        expect(await search('retablissement')).toEqual(accented);
        expect(await search('RETABLISSEMENT')).toEqual(accented);
        expect((await search('pair-aidance')).length).toBeGreaterThan(0);
      } else {
        expect((await search('Disability Creation Process')).some((r) => r.includes('Disability Creation Process'))).toBe(true);
        expect((await search('peer support')).length).toBeGreaterThan(0);
      }
      // The first result opens its page, in the folder.
      const query = locale === 'fr' ? 'retablissement' : 'Disability Creation Process';
      await search(query);
      const title = (await page.getByRole('listbox').getByRole('option').first().innerText()).split('\n')[0]!;
      await page.getByRole('listbox').getByRole('option').first().click();
      await expect(page.locator('article h1').first()).toHaveText(title);
      expect(page.url()).toMatch(/^file:\/\/.*\/index\.html#\//);
      // Nothing found is said, not left blank.
      await box.fill('zzqxj');
      await expect(page.getByRole('status').filter({hasText: 'zzqxj'})).toBeVisible();
      expect(foreign).toEqual([]);
      expect(errors).toEqual([]);
    });

    test('lists its PDFs, which open from the folder', async ({page}) => {
      await open(page, locale, '/offline');
      await expect(page.getByTestId('offline-status')).toHaveAttribute('data-status', 'usb');
      const links = page.locator('[data-download]');
      // Framework + 4 handbooks + 4 trainer packs; the zips are not in the folder, so not listed.
      await expect(links).toHaveCount(9);
      for (const file of await links.evaluateAll((as) => as.map((a) => a.getAttribute('data-download')!))) expect(file).toMatch(/\.pdf$/);
      await links.first().click();
      await expect(page).toHaveURL(new RegExp(`/downloads/${locale}/framework-${locale}\\.pdf$`));
      const pdf = await readPdf(fileURLToPath(page.url()));
      expect(pdf.pages).toBeGreaterThanOrEqual(20);
    });

    test('the zip holds the site, the PDFs and the read-me, and names no address of the online site that it would load', async () => {
      const zip = await JSZip.loadAsync(fs.readFileSync(zipPath(locale)));
      const top = `${usbFolderName(locale)}/`;
      const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
      expect(names.every((n) => n.startsWith(top))).toBe(true);
      for (const f of ['index.html', 'search-index.js', README[locale]]) expect(names).toContain(`${top}${f}`);
      expect(names.filter((n) => n.startsWith(`${top}downloads/${locale}/`) && n.endsWith('.pdf'))).toHaveLength(9);
      expect(names.some((n) => n.includes(`/downloads/${locale === 'en' ? 'fr' : 'en'}/`) || n.endsWith('.zip'))).toBe(false);
      const readme = await zip.file(`${top}${README[locale]}`)!.async('string');
      expect(readme).toContain('index.html');

      // The online site's origin appears in no file the edition loads. (The PDFs are the
      // website's own handbooks: their cover names the online site and their links to pages
      // outside the handbook go there, on purpose; they are read on their own, not loaded.)
      const offenders: string[] = [];
      for (const n of names.filter((x) => !x.endsWith('.pdf'))) {
        const text = await zip.file(n)!.async('string');
        if (text.includes(SITE_ORIGIN) || text.includes(SITE_ORIGIN.replace(/^https?:/, ''))) offenders.push(n);
        // Nor does any file load anything from the web: no absolute src/href in HTML, no url(http…) in CSS.
        if (n.endsWith('.html') && /\s(?:src|href)="?https?:/i.test(text)) offenders.push(`${n} (absolute src/href)`);
        if (n.endsWith('.css') && /url\(\s*["']?https?:/i.test(text)) offenders.push(`${n} (absolute url())`);
      }
      expect(offenders).toEqual([]);
    });

    test('the website lists the zip on its Offline & downloads page, with size and date', async ({page}) => {
      await page.goto(`${prefix(locale)}/offline`);
      const link = page.locator(`[data-download="${usbZipName(locale)}"]`);
      await expect(link).toBeVisible();
      const row = page.locator('tr', {has: link});
      await expect(row.locator('td').nth(2)).toContainText(/\d\s?MB/);
      await expect(row.locator('td').nth(3)).not.toBeEmpty();
      const res = await page.request.get(await link.evaluate((a) => (a as HTMLAnchorElement).href));
      expect(res.status()).toBe(200);
      expect(Number(res.headers()['content-length'] ?? (await res.body()).length)).toBe(fs.statSync(zipPath(locale)).size);
    });
  });
}

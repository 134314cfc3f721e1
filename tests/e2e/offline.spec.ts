import fs from 'node:fs';
import {expect, test, type Page} from '@playwright/test';
import {readPdf} from '../../scripts/export/pdfInfo';
import {answerQuizWithKeyboard, LOCALES, loadQuiz, prefix, searchFor, type Locale} from './helpers';

/** Links listed on the Offline & downloads page of a locale. */
async function downloadLinks(page: Page, locale: Locale): Promise<{file: string; href: string}[]> {
  await page.goto(`${prefix(locale)}/offline`);
  return page.locator('[data-download]').evaluateAll((as) => as.map((a) => ({file: a.getAttribute('data-download')!, href: (a as HTMLAnchorElement).href})));
}

const EXPECTED_TEXT: Record<Locale, {framework: string; handbook: string; trainer: string; contents: string}> = {
  en: {framework: 'Kigali', handbook: 'Knowledge check', trainer: 'Answer key', contents: 'Contents'},
  fr: {framework: 'Kigali', handbook: 'Vérifier ses connaissances', trainer: 'Corrigé', contents: 'Sommaire'},
};

for (const locale of LOCALES) {
  test(`every download of the ${locale} Offline page resolves, and each PDF opens with the expected text`, async ({page, request}, testInfo) => {
    testInfo.setTimeout(120_000);
    const links = await downloadLinks(page, locale);
    // Framework + 4 handbooks + 4 trainer packs + the zip.
    expect(links.filter((l) => l.file.endsWith('.pdf'))).toHaveLength(9);
    expect(links.some((l) => l.file.endsWith('.zip'))).toBe(true);
    for (const {file, href} of links) {
      const res = await request.get(href);
      expect(res.status(), href).toBe(200);
      if (!file.endsWith('.pdf')) continue;
      const path = testInfo.outputPath(file);
      fs.writeFileSync(path, await res.body());
      const pdf = await readPdf(path);
      expect(pdf.pages, file).toBeGreaterThanOrEqual(20);
      expect(pdf.pages, file).toBeLessThan(400);
      expect(pdf.text, file).toContain(EXPECTED_TEXT[locale].contents);
      expect(pdf.internalLinks, `${file} has working internal links`).toBeGreaterThan(5);
      const kind = file.startsWith('framework') ? 'framework' : file.startsWith('handbook') ? 'handbook' : 'trainer';
      expect(pdf.text, file).toContain(EXPECTED_TEXT[locale][kind]);
    }
  });
}

for (const locale of LOCALES) {
  test(`after one visit asking for it, the ${locale} site works with the network cut: pages, quiz, search and PDFs`, async ({browser, baseURL}, testInfo) => {
    testInfo.setTimeout(180_000);
    const context = await browser.newContext({serviceWorkers: 'allow'});
    const page = await context.newPage();
    await page.goto(`${prefix(locale)}/offline`);
    const status = page.getByTestId('offline-status');
    await expect(status).toHaveAttribute('data-status', 'off');
    await status.getByRole('button').click();
    await expect(status).toHaveAttribute('data-status', 'ready', {timeout: 120_000});
    const pdfHref = await page.locator('[data-download$=".pdf"]').first().evaluate((a) => (a as HTMLAnchorElement).href);

    await context.setOffline(true);
    // A full page load, served by the service worker.
    const module = `${prefix(locale)}/curricula/community-mental-health/mental-health-and-distress`;
    await page.goto(module);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    // Navigate through the sidebar to another module.
    await page.locator('.theme-doc-sidebar-container a[href$="/disability-and-participation"]').click();
    await expect(page).toHaveURL(/disability-and-participation$/);
    await page.goto(module);
    await answerQuizWithKeyboard(page, loadQuiz(locale, 'cmh-1'), locale);
    await expect(page.getByTestId('quiz-result')).toContainText('100');
    // Search still works.
    expect((await searchFor(page, locale === 'fr' ? 'pair-aidance' : 'peer support')).length).toBeGreaterThan(0);
    // And a PDF download, fetched from the page so that the service worker answers.
    const pdf = await page.evaluate(async (href) => {
      const res = await fetch(href);
      return {status: res.status, type: res.headers.get('content-type'), size: (await res.arrayBuffer()).byteLength};
    }, pdfHref);
    expect(pdf.status).toBe(200);
    expect(pdf.size).toBeGreaterThan(10_000);
    await context.close();
    expect(baseURL).toBeTruthy();
  });
}

import {expect, test} from '@playwright/test';
import {searchFor, watchForeignRequests} from './helpers';

test('English search finds the right pages, and asks no other server', async ({page, baseURL}) => {
  const foreign = watchForeignRequests(page, new URL(baseURL!).origin);
  await page.goto('/');
  const results = await searchFor(page, 'Disability Creation Process');
  expect(results.some((r) => r.includes('Disability Creation Process'))).toBe(true);
  // Choosing the first suggestion opens that page.
  await page.getByRole('listbox').getByRole('option').first().click();
  await expect(page.locator('article')).toContainText('Disability Creation Process');
  expect(new URL(page.url()).pathname.startsWith('/fr/')).toBe(false);
  expect(foreign).toEqual([]);
});

test('French search finds French pages, with or without accents', async ({page}) => {
  await page.goto('/fr/');
  const accented = await searchFor(page, 'rétablissement');
  expect(accented.some((r) => r.includes('Résilience (les 5C) et rétablissement'))).toBe(true);
  await page.goto('/fr/');
  const plain = await searchFor(page, 'retablissement');
  expect(plain.some((r) => r.includes('Résilience (les 5C) et rétablissement'))).toBe(true);
  await page.getByRole('listbox').getByRole('option').first().click();
  expect(new URL(page.url()).pathname.startsWith('/fr/')).toBe(true);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('the search page works in French, with a French interface', async ({page}) => {
  await page.goto('/fr/search?q=pair-aidance');
  await expect(page.getByRole('heading', {level: 1})).toContainText('Résultats de recherche pour « pair-aidance »');
  const first = page.locator('article h2 a').first();
  await expect(first).toBeVisible();
  expect(await first.getAttribute('href')).toMatch(/^\/fr\//);
});

test('the search index loads only when the reader starts searching, and its size is reported', async ({page}) => {
  for (const locale of ['en', 'fr'] as const) {
    const indexRequests: string[] = [];
    page.on('request', (r) => /search-index.*\.json/.test(r.url()) && indexRequests.push(r.url()));
    await page.goto(locale === 'en' ? '/' : '/fr/', {waitUntil: 'networkidle'});
    expect(indexRequests, 'no index on page load').toEqual([]);
    const [response] = await Promise.all([page.waitForResponse((r) => /search-index.*\.json/.test(r.url())), page.locator('input.navbar__search-input').focus()]);
    const bytes = (await response.body()).length;
    console.log(`search index (${locale}): ${(bytes / 1024).toFixed(0)} KiB uncompressed, ${response.url().split('/').pop()}`);
    expect(bytes).toBeGreaterThan(10_000);
    page.removeAllListeners('request');
  }
});

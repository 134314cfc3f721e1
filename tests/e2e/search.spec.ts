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

test('tabbing through the search box does not pull the focus back when the search loads', async ({page}) => {
  await page.goto('/curricula/community-mental-health/mental-health-and-distress', {waitUntil: 'networkidle'});
  const box = 'input.navbar__search-input';
  // The search box's code and index load when it gets the focus; the reader moves on while
  // the index is still on its way.
  const indexAsked = page.waitForRequest((r) => /search-index.*\.json/.test(r.url()));
  for (let i = 0; i < 40 && !(await page.evaluate((s) => document.activeElement?.matches(s) ?? false, box)); i++) await page.keyboard.press('Tab');
  await expect(page.locator(box)).toBeFocused();
  const request = await indexAsked;
  await page.keyboard.press('Tab');
  const next = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80));
  await request.response();
  await page.waitForTimeout(500);
  await expect(page.locator(box)).not.toBeFocused();
  expect(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80))).toBe(next);
  // Ctrl+K still brings the reader to the search box.
  await page.keyboard.press('Control+k');
  await expect(page.locator(box)).toBeFocused();
});

test('pages fetch the code of other pages only when the reader reaches for a link', async ({page}) => {
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' || /\.js$/.test(new URL(r.url()).pathname) ? scripts.push(r.url()) : undefined);
  await page.goto('/curricula/community-mental-health/mental-health-and-distress', {waitUntil: 'networkidle'});
  await page.waitForTimeout(1000);
  expect(await page.locator('link[rel=prefetch]').count(), 'no prefetch of the links in view').toBe(0);
  const before = scripts.length;
  // Hovering the next module's link preloads that page's code.
  await page.locator('a.pagination-nav__link--next').hover();
  await expect.poll(() => scripts.length).toBeGreaterThan(before);
});

test('a page opened from the search page shows the searched word highlighted', async ({page}) => {
  await page.goto('/search?q=recovery');
  await page.locator('article h2 a').first().click();
  await expect(page).toHaveURL(/_highlight=recovery/);
  await expect(page.locator('article mark').first()).toBeVisible();
});

test('words typed while the search is still loading are searched when it is ready', async ({page}) => {
  await page.goto('/', {waitUntil: 'networkidle'});
  // A slow link: the search code and index arrive well after the reader has typed.
  await page.route(/\/assets\/js\/|search-index/, async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  const results = await searchFor(page, 'peer support');
  expect(results.length).toBeGreaterThan(0);
});

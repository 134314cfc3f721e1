import {expect, test} from '@playwright/test';
import {anchors, LOCALES, prefix, sitemapPaths, watchForeignRequests} from './helpers';

const HOME_HEADING = {en: 'Community mental health training hub', fr: 'Site de formation en santé mentale communautaire'};

for (const locale of LOCALES) {
  test(`home page renders in ${locale} with lang="${locale}" and the four audience entry points`, async ({page}) => {
    await page.goto(`${prefix(locale)}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByRole('heading', {level: 1})).toHaveText(HOME_HEADING[locale]);
    const cards = page.locator('main li a.button');
    await expect(cards).toHaveCount(4);
    const targets = await cards.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(targets).toEqual(['/framework/overview', '/curricula', '/trainers/facilitation-guide', '/offline'].map((p) => `${prefix(locale)}${p}`));
  });

  test(`every page of the ${locale} sitemap has lang="${locale}" and hreflang alternates`, async ({request}) => {
    const paths = sitemapPaths(locale);
    expect(paths.length).toBeGreaterThan(10);
    for (const path of paths) {
      const html = await (await request.get(path)).text();
      expect(html, path).toMatch(new RegExp(`<html[^>]* lang="?${locale}[" >]`));
      expect(html, path).toMatch(/hreflang="?en[" >]/);
      expect(html, path).toMatch(/hreflang="?fr[" >]/);
    }
  });

  test(`every navbar and sidebar link resolves in ${locale}`, async ({request}) => {
    const links = new Set<string>();
    for (const path of sitemapPaths(locale)) {
      const html = await (await request.get(path)).text();
      for (const {href, className} of anchors(html)) {
        if (href.startsWith('/') && /menu__link|navbar__item|navbar__link|footer__link-item/.test(className)) links.add(href.split('#')[0]!);
      }
    }
    expect(links.size).toBeGreaterThan(20);
    for (const link of links) {
      const res = await request.get(link);
      expect(res.status(), link).toBe(200);
    }
  });

  test(`the 404 page is translated in ${locale}`, async ({page}) => {
    // The local server answers every unknown path with the default locale's 404.html;
    // static hosts map /fr/* to fr/404.html (see the README's deployment section).
    const res = await page.goto(locale === 'en' ? '/no-such-page' : `${prefix(locale)}/404.html`);
    if (locale === 'en') expect(res?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByRole('heading', {level: 1})).toHaveText(locale === 'fr' ? 'Page introuvable' : 'Page Not Found');
  });
}

test('the locale dropdown keeps the reader on the same page, both ways', async ({page}) => {
  await page.goto('/framework/overview');
  await page.getByRole('button', {name: /English/}).hover();
  await page.getByRole('link', {name: 'Français'}).click();
  await expect(page).toHaveURL(/\/fr\/framework\/overview$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.getByRole('button', {name: /Français/}).hover();
  await page.getByRole('link', {name: 'English'}).click();
  await expect(page).toHaveURL(/\/framework\/overview$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the French chrome has no English left in navbar, footer and pagination', async ({page}) => {
  await page.goto('/fr/curricula');
  const navbar = await page.locator('nav.navbar').innerText();
  for (const english of ['Framework', 'Curricula', 'Trainers', 'Offline', 'Trainer view', 'Search']) {
    expect(navbar).not.toContain(english);
  }
  const footer = await page.locator('footer').innerText();
  for (const english of ['Learn', 'Teach', 'Glossary', 'Facilitation guide', 'News']) expect(footer).not.toContain(english);
  await expect(page.locator('.pagination-nav')).toContainText('Suivant');
  await expect(page.getByRole('navigation', {name: /barre latérale|sidebar/i})).toBeVisible();
});

test('a sample of pages makes no request to another origin', async ({page, baseURL}) => {
  const origin = new URL(baseURL!).origin;
  const foreign = watchForeignRequests(page, origin);
  for (const path of ['/', '/fr/', '/framework/overview', '/fr/framework/theory/definitions', '/curricula/community-mental-health', '/trainers/pre-post-tests', '/fr/blog', '/search']) {
    await page.goto(path, {waitUntil: 'networkidle'});
  }
  expect(foreign).toEqual([]);
});

test('the blog has a feed per locale', async ({request}) => {
  for (const locale of LOCALES) {
    for (const feed of ['rss.xml', 'atom.xml']) {
      const res = await request.get(`${prefix(locale)}/blog/${feed}`);
      expect(res.status()).toBe(200);
      expect(await res.text()).toContain(locale === 'fr' ? 'De Kigali à ce site' : 'From Kigali to this hub');
    }
  }
});

test('maths is rendered by KaTeX with fonts served by the site', async ({page, baseURL}) => {
  const fonts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'font' && fonts.push(r.url()));
  await page.goto('/trainers/pre-post-tests', {waitUntil: 'networkidle'});
  await expect(page.locator('.katex-display').first()).toBeVisible();
  expect(fonts.length).toBeGreaterThan(0);
  for (const f of fonts) expect(new URL(f).origin).toBe(new URL(baseURL!).origin);
});

test('the bundles run only after the page has been painted once', async ({page}) => {
  // Animation frames are held back: the text must show (it is in the HTML) and the bundles must
  // not run (they set `window.docusaurus` first) until a frame comes; then the page hydrates.
  await page.addInitScript(() => {
    const original = window.requestAnimationFrame.bind(window);
    const held: FrameRequestCallback[] = [];
    window.requestAnimationFrame = (callback) => held.push(callback);
    (window as unknown as {releaseFrames: () => void}).releaseFrames = () => {
      window.requestAnimationFrame = original;
      held.splice(0).forEach((callback) => original(callback));
    };
  });
  const ran = () => page.evaluate(() => (window as unknown as {docusaurus?: unknown}).docusaurus !== undefined);
  await page.goto('/curricula/community-mental-health/mental-health-and-distress');
  await expect(page.getByRole('heading', {level: 1})).toBeVisible();
  await page.waitForTimeout(500);
  expect(await ran(), 'bundles ran before any frame').toBe(false);
  await page.evaluate(() => (window as unknown as {releaseFrames: () => void}).releaseFrames());
  await expect.poll(ran).toBe(true);
  await expect(page.locator('[data-quiz-island]')).toBeAttached();
});

import {expect, test} from '@playwright/test';
import {sitemapPaths} from './helpers';

/**
 * Stale-translation notice: a French page whose English source changed since it was translated
 * shows a notice linking to the English page (src/plugins/stale-translations). Every French page
 * is stamped with its English source's current hash, so no page shows it now.
 */
test('no French page shows the stale-translation notice while every translation is current', async ({request}) => {
  const paths = sitemapPaths('fr');
  for (const path of paths) {
    const html = await (await request.get(path)).text();
    expect(html, path).not.toContain('data-stale-translation');
  }
  console.log(`stale-translation notice: absent from all ${paths.length} French pages`);
});

for (const path of ['/fr/framework/theory/definitions', '/fr/blog/2026/11/23/kigali-seminar']) {
  test(`no stale-translation notice after hydration on ${path}`, async ({page}) => {
    await page.goto(path);
    await expect(page.locator('article').first()).toBeVisible();
    await expect(page.locator('[data-stale-translation]')).toHaveCount(0);
  });
}

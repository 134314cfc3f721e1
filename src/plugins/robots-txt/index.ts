/**
 * Docusaurus plugin: writes robots.txt at the root of each locale's build, naming the sitemap of
 * every locale. A file in static/ cannot do it: the Sitemap lines must be absolute URLs, and
 * those depend on SITE_URL and BASE_URL at build time. Crawlers read the one at the site's root.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

/** robots.txt for a site URL, base URL and locales (the default locale first has no prefix). */
export function robotsTxt(url: string, baseUrl: string, locales: string[], defaultLocale: string): string {
  const root = `${url.replace(/\/$/, '')}${baseUrl}`;
  const prefixes = locales.map((l) => (l === defaultLocale ? '' : `${l}/`));
  return [
    '# Every page may be crawled; each language has its own sitemap.',
    '# Quiz projector, print and answer-key pages are kept out of search engines (they are not in',
    '# the sitemaps either): answer keys found by a search would spoil pre- and post-tests.',
    'User-agent: *',
    'Allow: /',
    ...prefixes.map((p) => `Disallow: ${baseUrl}${p}quizzes/`),
    '',
    ...prefixes.map((p) => `Sitemap: ${root}${p}sitemap.xml`),
    '',
  ].join('\n');
}

export default function robotsTxtPlugin(context: LoadContext): Plugin {
  return {
    name: 'cmh-robots-txt',
    async postBuild({siteConfig, outDir}) {
      const {locales, defaultLocale} = context.i18n;
      await fs.writeFile(path.join(outDir, 'robots.txt'), robotsTxt(siteConfig.url, siteConfig.baseUrl, locales, defaultLocale));
    },
  };
}

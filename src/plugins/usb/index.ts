/**
 * The USB edition's theme plugin (used only when CMH_EDITION=usb, see
 * docusaurus.config.ts): the whole site of one locale in a folder that opens from
 * file://, with Docusaurus' hash router.
 *
 * - Search: provides `@theme/SearchBar` (./theme/SearchBar) and, after the build,
 *   writes the locale's search index as a plain script, `search-index.js`, which
 *   assigns a global. A <script> tag loads it from file://, where fetch() cannot.
 * - Downloads: keeps only this locale's PDFs in `downloads/<locale>/` (static/ holds
 *   every locale's files, the zips included, which the USB folder does not need).
 * - Build cache: keeps this edition's compiled modules apart from the online site's.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {getContentData, LOCALES, type Locale} from '../content-data/loadContentData';
import {buildDocuments, pagesFromContent, searchIndexScript, type AllContentLike} from './searchIndex';
import {SEARCH_INDEX_FILE} from './searchText';

type NavbarItem = {type?: string; sidebarId?: string; label?: string; to?: string};

/** Navbar labels of each sidebar and of the blog, translated for the current locale. */
function sectionLabels(context: LoadContext): {sidebars: Record<string, string>; blog: string} {
  const items = ((context.siteConfig.themeConfig as {navbar?: {items?: NavbarItem[]}}).navbar?.items ?? []) as NavbarItem[];
  const file = path.join(context.localizationDir, 'docusaurus-theme-classic/navbar.json');
  const translations = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, {message: string}>) : {};
  const t = (label: string) => translations[`item.label.${label}`]?.message ?? label;
  const sidebars: Record<string, string> = {};
  for (const item of items) if (item.type === 'docSidebar' && item.sidebarId && item.label) sidebars[item.sidebarId] = t(item.label);
  return {sidebars, blog: t(items.find((i) => i.to === '/blog')?.label ?? 'Blog')};
}

export default function usbEditionPlugin(context: LoadContext): Plugin<void> {
  const locale = (LOCALES as readonly string[]).includes(context.i18n.currentLocale) ? (context.i18n.currentLocale as Locale) : 'en';
  let indexScript = '';
  return {
    name: 'cmh-usb-edition',

    getThemePath() {
      return path.join(__dirname, 'theme');
    },

    async allContentLoaded({allContent}) {
      const labels = sectionLabels(context);
      const pages = pagesFromContent(allContent as unknown as AllContentLike, labels.sidebars, labels.blog);
      const docs = buildDocuments(pages, context.siteDir, getContentData(context.siteDir).glossary[locale]);
      indexScript = searchIndexScript(docs, locale);
    },

    configureWebpack(config) {
      // The online build and this one compile the same files differently (data injected
      // at compile time, theme components): give this edition its own persistent cache.
      const cache = (config.experiments as {cache?: {version?: string}} | undefined)?.cache;
      if (!cache || typeof cache !== 'object') return {};
      return {experiments: {cache: {version: `${cache.version ?? ''}-usb-edition`}}} as never;
    },

    async postBuild({outDir}) {
      fs.writeFileSync(path.join(outDir, SEARCH_INDEX_FILE), indexScript);
      const downloads = path.join(outDir, 'downloads');
      if (!fs.existsSync(downloads)) return;
      for (const dir of fs.readdirSync(downloads)) {
        const full = path.join(downloads, dir);
        if (dir !== locale) {
          fs.rmSync(full, {recursive: true, force: true});
          continue;
        }
        for (const f of fs.readdirSync(full)) if (!f.endsWith('.pdf')) fs.rmSync(path.join(full, f), {recursive: true, force: true});
      }
    },
  };
}

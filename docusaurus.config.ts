import type {Config, PluginConfig} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import {themes as prismThemes} from 'prism-react-renderer';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypeTaskListLabels from './src/rehype/taskListLabels';
import remarkContentData from './src/remark/contentData';
import contentDataPlugin from './src/plugins/content-data';
import offlinePlugin, {downloadPrecacheEntries, THEME_COLOR} from './src/plugins/offline';
import {selectSearch} from './src/plugins/search';
import lazyPrismPlugin from './src/plugins/lazy-prism';
import staleTranslationsPlugin from './src/plugins/stale-translations';
import robotsTxtPlugin from './src/plugins/robots-txt';
import {ssrTemplate} from './src/ssrTemplate';
import {assertSingleLocaleBuild, selectEdition} from './src/plugins/usb/edition';

// ---------------------------------------------------------------------------
// Environment switches (all optional), read at build time:
// - SITE_URL / BASE_URL: where the site is deployed (canonical URLs, sitemap, hreflang).
// - ALGOLIA_APP_ID, ALGOLIA_SEARCH_API_KEY, ALGOLIA_INDEX_NAME: use Algolia DocSearch
//   instead of the built-in offline search (all three or none).
// - CMH_EDITION=usb: the USB edition, one locale opened from a folder through file://
//   (`npm run export:usb` builds it for every locale into export/usb/<locale>/ and zips it;
//   by hand: `CMH_EDITION=usb docusaurus build --locale fr --out-dir build-usb/fr`).
//   What changes, and only then:
//   * Docusaurus' hash router (`future.experimental_router: 'hash'`): one index.html,
//     pages at index.html#/path, every asset URL relative; no server needed;
//   * base URL `/` whatever BASE_URL says (each locale is the root of its own folder),
//     and the site URL `file://` (the folder has no web address; so the edition names
//     no web origin it would try to load from);
//   * no @docusaurus/plugin-pwa (service workers cannot run from file://), no offline
//     opt-in, no language switcher (each language is its own folder), no sitemap nor
//     RSS/Atom feeds (they need absolute web addresses);
//   * search: the edition's own index, emitted as a script (src/plugins/usb), instead of
//     @easyops-cn/docusaurus-search-local (which cannot build with the hash router) or Algolia;
//   * the Offline & downloads page lists only the PDF files the folder contains.
//   Left unset (or `online`), the website is built exactly as before.
// - DOCUSAURUS_CURRENT_LOCALE: set by Docusaurus itself for each locale build.
// ---------------------------------------------------------------------------
const edition = selectEdition(process.env);
const isUsb = edition === 'usb';
if (isUsb) assertSingleLocaleBuild(process.argv);
const siteUrl = isUsb ? 'file://' : (process.env.SITE_URL ?? 'http://localhost:3000');
const baseUrl = isUsb ? '/' : (process.env.BASE_URL ?? '/');
const locale = process.env.DOCUSAURUS_CURRENT_LOCALE ?? 'en';
const isFrench = locale === 'fr';
const search = selectSearch(process.env);

const mathPlugins = {remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex, rehypeTaskListLabels]};
const contentPlugins = [[remarkContentData, {siteDir: __dirname, pdfOnly: isUsb}]];

// The website's offline support: the learner's opt-in and the service worker.
const pwaPlugins: PluginConfig[] = [
  // Must come before plugin-pwa: its client module runs first (see src/plugins/offline/optInShim.ts).
  offlinePlugin,
  [
    '@docusaurus/plugin-pwa',
    {
      // Precache a whole locale only when the reader asks: installed app, or the
      // "make available offline" button (persisted by the offline plugin).
      offlineModeActivationStrategies: ['appInstalled', 'standalone', 'queryString'],
      injectManifestConfig: {
        // Each locale's service worker caches only its own locale; KaTeX ships
        // woff2 for every current browser, the older font formats are skipped.
        globIgnores: [...(isFrench ? [] : ['fr/**']), '**/*.{ttf,woff,eot,otf}', 'downloads/**'],
        additionalManifestEntries: downloadPrecacheEntries(__dirname, locale),
        maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
      },
      // Paths are prefixed with each locale's base URL by the plugin.
      pwaHead: [
        {tagName: 'link', rel: 'manifest', href: 'manifest.json'},
        {tagName: 'meta', name: 'theme-color', content: THEME_COLOR},
        {tagName: 'link', rel: 'apple-touch-icon', href: 'img/icon-192.png'},
      ],
    },
  ],
];

const config: Config = {
  title: isFrench ? 'Formation en santé mentale communautaire' : 'Community Mental Health Training Hub',
  tagline: isFrench
    ? 'Le cadre de HI en santé mentale communautaire, en parcours de formation'
    : "HI's community mental health framework, as training curricula",
  favicon: 'img/favicon.svg',
  url: siteUrl,
  baseUrl,
  // No Referer to the sites that pages link to (which mental health page someone reads is
  // sensitive). Also sent as a header (static/_headers); this covers hosts without headers.
  headTags: [{tagName: 'meta', attributes: {name: 'referrer', content: 'no-referrer'}}],
  // Keep Docusaurus' inline scripts the same for every SITE_URL/BASE_URL, so that the CSP hashes
  // in static/_headers hold for any deployment: a fixed storage namespace (the automatic one is a
  // hash of the URL) and no base-URL warning banner (its inline script embeds the base URL).
  storage: {namespace: 'cmh'},
  baseUrlIssueBanner: false,
  // Bundles run after the first paint (src/ssrTemplate.ts, static/paint-first.js).
  ssrTemplate,

  // The build is a test: any broken link, anchor or markdown link fails it.
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  markdown: {
    hooks: {onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw'},
  },

  future: {v4: true, ...(isUsb ? {experimental_router: 'hash' as const} : {})},

  customFields: {edition},

  i18n: {
    defaultLocale: 'en',
    locales: ['en', 'fr'],
    localeConfigs: {
      en: {label: 'English', htmlLang: 'en'},
      fr: {label: 'Français', htmlLang: 'fr'},
    },
  },

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          ...mathPlugins,
          beforeDefaultRemarkPlugins: contentPlugins,
        },
        blog: {
          showReadingTime: true,
          blogDescription: 'News from the community mental health training hub: the seminar, the framework update, new modules.',
          blogSidebarTitle: isFrench ? 'Tous les articles' : 'All posts',
          blogSidebarCount: 'ALL',
          feedOptions: {
            type: isUsb ? null : ['rss', 'atom'],
            title: isFrench ? 'Blog de la formation en santé mentale communautaire' : 'Community Mental Health Training Hub blog',
            xslt: false,
          },
          onInlineTags: 'throw',
          onInlineAuthors: 'throw',
          onUntruncatedBlogPosts: 'throw',
          ...mathPlugins,
          beforeDefaultRemarkPlugins: contentPlugins,
        },
        pages: {beforeDefaultRemarkPlugins: contentPlugins},
        theme: {customCss: './src/css/custom.css'},
        sitemap: isUsb ? false : {changefreq: 'monthly', ignorePatterns: ['**/quizzes/**']},
      } satisfies Preset.Options,
    ],
  ],

  // Page code loads when a reader reaches for a link, not for every link in view.
  clientModules: ['./src/clientModules/prefetchOnIntent.ts'],

  // Cast: Docusaurus types plugin content as unknown, ours is typed.
  plugins: [
    contentDataPlugin as PluginConfig,
    lazyPrismPlugin as PluginConfig,
    staleTranslationsPlugin as PluginConfig,
    ...(isUsb ? [] : [robotsTxtPlugin as PluginConfig, ...pwaPlugins]),
  ],

  themes: search.themes,

  themeConfig: {
    ...(search.algolia ? {algolia: search.algolia} : {}),
    colorMode: {respectPrefersColorScheme: true},
    docs: {sidebar: {hideable: true}},
    navbar: {
      title: 'CMH Training Hub',
      // No alt: the logo sits beside the visible title in the same link (an alt would repeat it).
      logo: {src: 'img/logo.svg'},
      items: [
        {type: 'docSidebar', sidebarId: 'framework', position: 'left', label: 'Framework'},
        {type: 'docSidebar', sidebarId: 'curricula', position: 'left', label: 'Curricula'},
        {type: 'docSidebar', sidebarId: 'trainers', position: 'left', label: 'Trainers'},
        {type: 'docSidebar', sidebarId: 'offline', position: 'left', label: 'Offline'},
        {to: '/blog', label: 'Blog', position: 'left'},
        {type: 'custom-trainerView', position: 'right'},
        // The USB edition holds one language: the other is a separate folder.
        ...(isUsb ? [] : [{type: 'localeDropdown', position: 'right'} as const]),
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Learn',
          items: [
            {label: 'Framework', to: '/framework/overview'},
            {label: 'Curricula', to: '/curricula'},
            {label: 'Glossary', to: '/framework/glossary'},
          ],
        },
        {
          title: 'Teach',
          items: [
            {label: 'Facilitation guide', to: '/trainers/facilitation-guide'},
            {label: 'Offline & downloads', to: '/offline'},
          ],
        },
        {
          title: 'News',
          items: [{label: 'Blog', to: '/blog'}],
        },
      ],
      copyright:
        'Training material built from Humanity & Inclusion, WHO, CBM Global and WHOCC Lille documents, cited on each page. No tracking: your answers and progress stay in your browser.',
    },
    prism: {theme: prismThemes.github, darkTheme: prismThemes.dracula},
  } satisfies Preset.ThemeConfig,
};

export default config;

/**
 * Offline support around @docusaurus/plugin-pwa: a web app manifest per locale
 * (the French app starts and stays in /fr/), the learner's persistent opt-in to an
 * offline copy (see optInShim.ts), and the PDF downloads added to the precache
 * (the PWA plugin's own file patterns do not include PDFs).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

export const THEME_COLOR = '#1d6a83';

type ManifestText = {name: string; short_name: string; description: string};
const MANIFEST_TEXT: Record<string, ManifestText> = {
  en: {
    name: 'Community Mental Health Training Hub',
    short_name: 'CMH Training',
    description: "HI's community mental health framework, curricula, session plans and quizzes, usable offline.",
  },
  fr: {
    name: 'Formation en santé mentale communautaire',
    short_name: 'Formation SMC',
    description: 'Le cadre de HI en santé mentale communautaire, parcours, fiches de séance et quiz, utilisables hors ligne.',
  },
};

/** The web app manifest of one locale: scope and start URL are the locale's base URL. */
export function webManifest(locale: string, baseUrl: string): Record<string, unknown> {
  const text = MANIFEST_TEXT[locale] ?? MANIFEST_TEXT.en!;
  return {
    ...text,
    lang: locale,
    start_url: baseUrl,
    scope: baseUrl,
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: THEME_COLOR,
    icons: [
      {src: `${baseUrl}img/icon-192.png`, sizes: '192x192', type: 'image/png'},
      {src: `${baseUrl}img/icon-512.png`, sizes: '512x512', type: 'image/png'},
      {src: `${baseUrl}img/icon-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable'},
    ],
  };
}

/** Files under static/downloads/<locale>/, as precache entries with a content revision. */
export function downloadPrecacheEntries(siteDir: string, locale: string): {url: string; revision: string}[] {
  const dir = path.join(siteDir, 'static/downloads', locale);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => /\.(pdf|txt)$/.test(f))
    .sort()
    .map((f) => ({
      url: `downloads/${locale}/${f}`,
      revision: crypto.createHash('md5').update(fs.readFileSync(path.join(dir, f))).digest('hex'),
    }));
}

export default function offlinePlugin(context: LoadContext): Plugin {
  const {baseUrl, i18n} = context;
  // The manifest link, theme colour and icon are declared in plugin-pwa's pwaHead.
  return {
    name: 'cmh-offline',
    getClientModules() {
      return [path.join(__dirname, 'optInShim.ts')];
    },
    async postBuild({outDir}) {
      // static/ is copied into every locale's build: keep only this locale's downloads.
      for (const other of fs.existsSync(path.join(outDir, 'downloads')) ? fs.readdirSync(path.join(outDir, 'downloads')) : []) {
        if (other !== i18n.currentLocale) fs.rmSync(path.join(outDir, 'downloads', other), {recursive: true, force: true});
      }
      fs.writeFileSync(path.join(outDir, 'manifest.json'), `${JSON.stringify(webManifest(i18n.currentLocale, baseUrl), null, 2)}\n`);
    },
  };
}

/**
 * Docusaurus plugin: for a translated build (French), lists the pages whose English source
 * changed since they were translated (their front matter `source_hash` is not the hash of the
 * English file, see ./sourceHash.mjs) and exposes them as global data. The theme wrappers
 * (src/theme/DocItem/Content, src/theme/BlogPostItem/Content) then show readers a notice with
 * a link to the English page. The English build lists nothing.
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {listTranslations, MIRRORS} from './sourceHash.mjs';

export const PLUGIN_NAME = 'cmh-stale-translations';

/** Global data: the `source` (as in doc and blog post metadata, "@site/…") of every stale page. */
export type StaleTranslationsData = {stale: string[]};

export default function staleTranslationsPlugin(context: LoadContext): Plugin<string[]> {
  const {siteDir} = context;
  const translated = context.i18n.currentLocale !== context.i18n.defaultLocale;
  return {
    name: PLUGIN_NAME,

    async loadContent() {
      if (!translated) return [];
      return listTranslations(siteDir)
        .filter((t) => t.state === 'stale')
        .map((t) => `@site/${path.relative(siteDir, t.frFile).split(path.sep).join('/')}`);
    },

    async contentLoaded({content, actions}) {
      actions.setGlobalData({stale: content} satisfies StaleTranslationsData);
    },

    getPathsToWatch() {
      return translated ? MIRRORS.flatMap((m) => [`${siteDir}/${m.en}/**/*.{md,mdx}`, `${siteDir}/${m.fr}/**/*.{md,mdx}`]) : [];
    },
  };
}

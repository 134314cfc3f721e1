/**
 * Keeps the syntax highlighter out of every page.
 *
 * The classic theme imports prism-react-renderer (Prism and its bundled languages, about
 * 35 KB gzip) from a client module, so it lands in the main bundle that every page loads,
 * although this site's pages are prose and rarely, if ever, show code. This plugin points
 * `prism-react-renderer` at ./highlight.tsx, whose Highlight loads the real one in its own
 * chunk on the first page that has a code block (server rendering waits for it, so the HTML
 * is highlighted as before). Written by hand: Docusaurus has no option for this.
 *
 * The theme's `prism.additionalLanguages` cannot work this way (they patch the Prism object
 * when the site starts, from the hook that ./theme replaces): setting it fails the build with
 * a message that says so.
 */
import path from 'node:path';
import {createRequire} from 'node:module';
import type {LoadContext, Plugin} from '@docusaurus/types';

const require = createRequire(__filename);

export default function lazyPrismPlugin(context: LoadContext): Plugin<void> {
  const prism = (context.siteConfig.themeConfig as {prism?: {additionalLanguages?: string[]}}).prism;
  if (prism?.additionalLanguages?.length) {
    throw new Error(
      'src/plugins/lazy-prism: themeConfig.prism.additionalLanguages is set, but this plugin loads Prism lazily and cannot add languages. Remove the plugin from docusaurus.config.ts to use additional languages.',
    );
  }
  return {
    name: 'cmh-lazy-prism',
    // theme/prism-include-languages: the classic theme's start-up hook, emptied.
    getThemePath() {
      return path.join(__dirname, 'theme');
    },
    configureWebpack() {
      return {
        resolve: {
          alias: {
            'prism-react-renderer$': path.join(__dirname, 'highlight.tsx'),
            // The real package, for highlight.tsx's dynamic import (ESM build, like the default).
            'cmh-prism-react-renderer-real$': require.resolve('prism-react-renderer').replace(/index\.js$/, 'index.mjs'),
          },
        },
      };
    },
  };
}

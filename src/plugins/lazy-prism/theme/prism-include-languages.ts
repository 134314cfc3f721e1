/**
 * Replaces the classic theme's `prism-include-languages`, which adds `prism.additionalLanguages`
 * to Prism at start-up and, to be able to, bundles Prism's language table (about 9 KB gzip)
 * into every page. This site sets no additional language (the plugin refuses them, see
 * ../index.ts): there is nothing to add.
 */
export default function prismIncludeLanguages(): void {}

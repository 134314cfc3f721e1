import fs from 'node:fs';
import {describe, expect, it, vi} from 'vitest';
import type {LoadContext} from '@docusaurus/types';
import type {HighlightProps} from 'prism-react-renderer';
import lazyPrismPlugin from '../../src/plugins/lazy-prism';
import {intentOnly} from '../../src/clientModules/prefetchOnIntent';
import {isSearchShortcut} from '../../src/plugins/search/lazy/theme/SearchBar/focus';

const contextWith = (prism: unknown) => ({siteConfig: {themeConfig: {prism}}}) as unknown as LoadContext;

describe('lazy Prism', () => {
  it('points prism-react-renderer at the lazy stand-in, and the stand-in at the real ESM build', () => {
    const plugin = lazyPrismPlugin(contextWith({}));
    const config = plugin.configureWebpack!({} as never, false, {} as never, {} as never) as {resolve: {alias: Record<string, string>}};
    const alias = config.resolve.alias;
    expect(alias['prism-react-renderer$']).toMatch(/lazy-prism\/highlight\.tsx$/);
    expect(alias['cmh-prism-react-renderer-real$']).toMatch(/prism-react-renderer\/dist\/index\.mjs$/);
    for (const file of Object.values(alias)) expect(fs.existsSync(file), file).toBe(true);
  });

  it('refuses additional Prism languages, which it cannot load, with a message naming itself', () => {
    expect(() => lazyPrismPlugin(contextWith({additionalLanguages: ['bash']}))).toThrow(/lazy-prism.*additionalLanguages/);
  });
});

describe('prefetch on intent', () => {
  it('turns viewport prefetching off and keeps preloading (hover, touch)', () => {
    const preload = vi.fn(() => false as const);
    const prefetch = vi.fn(() => false as const);
    const swapped = intentOnly({prefetch, preload});
    expect(swapped.prefetch('/framework/overview')).toBe(false);
    expect(prefetch).not.toHaveBeenCalled();
    swapped.preload('/framework/overview');
    expect(preload).toHaveBeenCalledWith('/framework/overview');
  });
});

describe('search shortcut', () => {
  const key = (init: Partial<KeyboardEvent>) => ({ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, key: '', ...init}) as KeyboardEvent;
  it('is Ctrl+K or ⌘K, and nothing else', () => {
    expect(isSearchShortcut(key({ctrlKey: true, key: 'k'}))).toBe(true);
    expect(isSearchShortcut(key({metaKey: true, key: 'K'}))).toBe(true);
    expect(isSearchShortcut(key({key: 'k'}))).toBe(false);
    expect(isSearchShortcut(key({ctrlKey: true, shiftKey: true, key: 'k'}))).toBe(false);
    expect(isSearchShortcut(key({ctrlKey: true, key: 'j'}))).toBe(false);
  });
});

describe('lazy Prism, server side', () => {
  it('renders code blocks highlighted on the server (no fallback, no streaming script)', async () => {
    const React = await import('react');
    const {renderToString} = await import('react-dom/server');
    const {themes} = await import('prism-react-renderer');
    const {Highlight} = await import('../../src/plugins/lazy-prism/highlight');
    // The stand-in loads the real Highlight at start-up on the server; let that settle.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const tokensOf: HighlightProps['children'] = ({tokens}) => React.createElement('pre', null, tokens.flat().map((t) => t.content).join('|'));
    const html = renderToString(React.createElement(Highlight, {code: 'const a = 1;', language: 'javascript', theme: themes.github, children: tokensOf}));
    expect(html).toBe('<pre>const| a |=| |1|;</pre>');
  });
});

describe('paint-first page template', () => {
  it("is Docusaurus' template with the bundles preloaded and started by paint-first.js", async () => {
    const {ssrTemplate} = await import('../../src/ssrTemplate');
    expect(ssrTemplate).not.toMatch(/<script src="<%= it\.baseUrl %><%= script %>" defer>/);
    expect(ssrTemplate).toContain('<link rel="preload" as="script" fetchpriority="low" href="<%= it.baseUrl %><%= script %>" />');
    expect(ssrTemplate).toContain('paint-first.js" defer data-scripts=');
    expect(ssrTemplate).toContain('<div id="__docusaurus"><%~ it.appHtml %></div>');
  });

  it("fails with a message naming the file when Docusaurus' template changes", async () => {
    const {paintFirst} = await import('../../src/ssrTemplate');
    expect(() => paintFirst('<html><head><script src="x" async></script></head></html>')).toThrow(/src\/ssrTemplate\.ts/);
  });
});

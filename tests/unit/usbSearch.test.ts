import path from 'node:path';
import vm from 'node:vm';
import MiniSearch from 'minisearch';
import {describe, expect, it} from 'vitest';
import {getContentData} from '../../src/plugins/content-data/loadContentData';
import {assertSingleLocaleBuild, selectEdition} from '../../src/plugins/usb/edition';
import {buildDocuments, excerptOf, mdxToText, pagesFromContent, searchIndexScript, type AllContentLike, type PageSource} from '../../src/plugins/usb/searchIndex';
import {INDEX_OPTIONS, normalizeForSearch, processTerm, QUERY_OPTIONS, SEARCH_GLOBAL, type SearchDocument, type SearchIndexScript} from '../../src/plugins/usb/searchText';
import {selectSearch, USB_SEARCH} from '../../src/plugins/search';

const ROOT = path.resolve(__dirname, '../..');

describe('normalizeForSearch', () => {
  it('removes accents and case, in the index and the query alike', () => {
    expect(normalizeForSearch('Rétablissement')).toBe('retablissement');
    expect(normalizeForSearch('RÉTABLISSEMENT')).toBe('retablissement');
    expect(normalizeForSearch('retablissement')).toBe('retablissement');
    expect(normalizeForSearch('àâäçéèêëîïôöùûüÿ')).toBe('aaaceeeeiioouuuy');
  });

  it('also handles precomposed and decomposed forms, and the ligatures NFD keeps', () => {
    expect(normalizeForSearch('e\u0301quipe')).toBe(normalizeForSearch('\u00e9quipe'));
    expect(normalizeForSearch('Cœur')).toBe('coeur');
    expect(normalizeForSearch('Æther')).toBe('aether');
  });

  it('drops one-letter words and stop words, keeps the rest', () => {
    expect(processTerm('l')).toBeNull();
    expect(processTerm('Les')).toBeNull();
    expect(processTerm('the')).toBeNull();
    expect(processTerm('5C')).toBe('5c');
    expect(processTerm('Santé')).toBe('sante');
  });
});

describe('mdxToText', () => {
  const page = mdxToText(`---
title: A page
---
import Term from '@site/src/components/Term';
import Quiz from '@site/src/components/Quiz';

# The title

Intro about <Term id="cbr">community-based rehabilitation</Term> and $g = 0.5$ maths.

:::warning[Content note]
Take care.
:::

## A section {#custom-id}

{/* a comment */}
- one
- two

<Quiz id="cmh-1" />

<Glossary />
`, [{id: 'cbr', term: 'CBR', expansion: 'community-based rehabilitation', definition: 'A strategy within community development.'}]);

  it('keeps what a reader sees: prose, tooltips’ words, admonitions, lists', () => {
    expect(page.title).toBe('The title');
    expect(page.firstParagraph).toBe('Intro about community-based rehabilitation and maths.');
    expect(page.text).toContain('Content note');
    expect(page.text).toContain('Take care.');
    expect(page.text).toContain('one');
  });

  it('leaves out front matter, imports, expressions, comments and LaTeX', () => {
    expect(page.text).not.toMatch(/import|title: A page|comment|g = 0\.5|Quiz/);
  });

  it('collects the headings apart, and fills the <Glossary /> page from the glossary data', () => {
    expect(page.headings).toEqual(['A section']);
    expect(page.text).toContain('CBR (community-based rehabilitation): A strategy within community development.');
  });

  it('cuts excerpts at a word', () => {
    expect(excerptOf('short')).toBe('short');
    const long = excerptOf('word '.repeat(100));
    expect(long.length).toBeLessThanOrEqual(181);
    expect(long.endsWith('word…')).toBe(true);
  });
});

describe('the index of the real French pages', () => {
  const fr = 'i18n/fr/docusaurus-plugin-content-docs/current';
  const pages: PageSource[] = [
    {path: '/framework/practice/resilience-and-recovery', title: "Résilience et rétablissement : l'apport théorique du séminaire", context: 'Cadre de référence', source: `@site/${fr}/framework/practice/resilience-and-recovery.mdx`},
    {path: '/framework/glossary', title: 'Glossaire', context: 'Cadre de référence', source: `@site/${fr}/framework/glossary.mdx`},
    {path: '/curricula/peer-support/forms-of-peer-support', title: 'Les formes de pair-aidance', context: 'Parcours', source: `@site/${fr}/curricula/peer-support/02-forms-of-peer-support.mdx`},
  ];
  const docs = buildDocuments(pages, ROOT, getContentData(ROOT).glossary.fr);
  const script = searchIndexScript(docs, 'fr');

  it('is a plain script that assigns a global (no fetch: it loads from file://)', () => {
    const sandbox: Record<string, unknown> = {};
    vm.runInNewContext(script, {window: sandbox});
    const payload = sandbox[SEARCH_GLOBAL] as SearchIndexScript;
    expect(payload.locale).toBe('fr');
    const mini = MiniSearch.loadJS<SearchDocument>(payload.index as never, INDEX_OPTIONS);
    const search = (q: string) => mini.search(q, QUERY_OPTIONS).map((r) => r.path as string);
    // With or without accents, in capitals: the same pages.
    expect(search('rétablissement')[0]).toBe('/framework/practice/resilience-and-recovery');
    expect(search('retablissement')).toEqual(search('rétablissement'));
    expect(search('RETABLISSEMENT')).toEqual(search('rétablissement'));
    // Search as you type, and hyphenated words.
    expect(search('rétabliss')).toContain('/framework/practice/resilience-and-recovery');
    expect(search('pair-aidance')).toContain('/curricula/peer-support/forms-of-peer-support');
    // Glossary entries are found on the glossary page.
    expect(search('réadaptation à base communautaire')).toContain('/framework/glossary');
    // One typo in a long word is forgiven.
    expect(search('retablisement')).toContain('/framework/practice/resilience-and-recovery');
  });
});

describe('pagesFromContent', () => {
  it('lists docs with their sidebar categories and blog posts, without drafts nor unlisted pages', () => {
    const allContent: AllContentLike = {
      'docusaurus-plugin-content-docs': {
        default: {
          loadedVersions: [
            {
              isLast: true,
              docs: [
                {id: 'curricula/peer-support/index', title: 'Peer support', permalink: '/curricula/peer-support/', source: '@site/a.mdx'},
                {id: 'curricula/peer-support/01-what-is-a-peer', title: 'What is a peer?', permalink: '/curricula/peer-support/what-is-a-peer', source: '@site/b.mdx'},
                {id: 'hidden', title: 'Hidden', permalink: '/hidden', source: '@site/c.mdx', unlisted: true},
              ],
              sidebars: {
                curricula: [{type: 'category', label: 'Peer support', link: {type: 'doc', id: 'curricula/peer-support/index'}, items: [{type: 'doc', id: 'curricula/peer-support/01-what-is-a-peer'}]}],
              },
            },
          ],
        },
      },
      'docusaurus-plugin-content-blog': {default: {blogPosts: [{metadata: {permalink: '/blog/kigali', title: 'Kigali', source: '@site/blog/k.mdx'}}]}},
    };
    expect(pagesFromContent(allContent, {curricula: 'Curricula'}, 'Blog')).toEqual([
      {path: '/curricula/peer-support/', title: 'Peer support', description: undefined, context: 'Curricula', source: '@site/a.mdx'},
      {path: '/curricula/peer-support/what-is-a-peer', title: 'What is a peer?', description: undefined, context: 'Curricula › Peer support', source: '@site/b.mdx'},
      {path: '/blog/kigali', title: 'Kigali', description: undefined, context: 'Blog', source: '@site/blog/k.mdx'},
    ]);
  });
});

describe('the USB edition switch', () => {
  it('is off unless CMH_EDITION=usb, and refuses other values', () => {
    expect(selectEdition({})).toBe('online');
    expect(selectEdition({CMH_EDITION: 'online'})).toBe('online');
    expect(selectEdition({CMH_EDITION: ' USB '})).toBe('usb');
    expect(() => selectEdition({CMH_EDITION: 'usb-stick'})).toThrow(/not an edition/);
  });

  it('uses the edition’s own search, even when Algolia is configured (it needs the network)', () => {
    expect(selectSearch({CMH_EDITION: 'usb'})).toEqual({mode: 'usb', themes: [USB_SEARCH]});
    expect(selectSearch({CMH_EDITION: 'usb', ALGOLIA_APP_ID: 'A', ALGOLIA_SEARCH_API_KEY: 'k', ALGOLIA_INDEX_NAME: 'i'})).toMatchObject({mode: 'usb'});
  });

  it('builds one locale at a time', () => {
    expect(() => assertSingleLocaleBuild(['node', 'docusaurus', 'build'])).toThrow(/one locale at a time/);
    expect(() => assertSingleLocaleBuild(['node', 'docusaurus', 'build', '--locale', 'fr', '--out-dir', 'build-usb/fr'])).not.toThrow();
    expect(() => assertSingleLocaleBuild(['node', 'docusaurus', 'start'])).not.toThrow();
  });
});

/**
 * Builds the USB edition's search index at build time, from the same sources the
 * pages are compiled from: every docs page and blog post of the locale being built.
 * (The hash router build renders no HTML page to read, so the MDX is read directly.)
 * The text kept is what a reader sees: prose, headings, admonitions, glossary tooltips'
 * visible words, facilitator notes and handouts; not imports, code expressions, LaTeX,
 * nor quiz items (the online search leaves those out too). The `<Glossary />` page
 * gets its entries from the glossary data.
 */
import fs from 'node:fs';
import path from 'node:path';
import MiniSearch from 'minisearch';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import remarkMath from 'remark-math';
import type {Node, Parent} from 'unist';
import type {GlossaryEntry} from '../../data/quizSchema';
import {INDEX_OPTIONS, SEARCH_GLOBAL, type SearchDocument, type SearchIndexScript} from './searchText';

type MdNode = Node & {value?: string; depth?: number; name?: string | null; children?: MdNode[]};

/** Nodes whose content is not reading matter. */
const SKIPPED = new Set(['yaml', 'toml', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'math', 'inlineMath', 'html', 'code']);
/** Block nodes: their text is separated from what follows. */
const BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'tableCell', 'blockquote', 'containerDirective', 'leafDirective', 'mdxJsxFlowElement', 'code']);

export type PageText = {title?: string; headings: string[]; text: string; firstParagraph: string};

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The readable text of an MDX (or Markdown) page. */
export function mdxToText(source: string, glossary: GlossaryEntry[] = []): PageText {
  // Explicit heading ids (`## Title {#id}`) are Docusaurus syntax, not MDX: drop them first, as Docusaurus does.
  const mdx = source.replace(/^(#{1,6}\s.*?)\s*\{#[^}\s]+\}\s*$/gm, '$1');
  const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx).use(remarkGfm).use(remarkDirective).use(remarkMath).parse(mdx) as MdNode;
  const headings: string[] = [];
  const parts: string[] = [];
  let title: string | undefined;
  let firstParagraph = '';

  const textOf = (node: MdNode): string => {
    if (SKIPPED.has(node.type)) return '';
    if (node.type === 'mdxJsxFlowElement' && node.name === 'Glossary') {
      return glossary.map((e) => `${e.term}${e.expansion ? ` (${e.expansion})` : ''}: ${e.definition}`).join('\n');
    }
    if (node.type === 'break') return ' ';
    if (typeof node.value === 'string') return node.value;
    const children = (node as Parent as {children?: MdNode[]}).children ?? [];
    return children.map((c) => (BLOCKS.has(c.type) ? `\n${textOf(c)}\n` : textOf(c))).join('');
  };

  for (const node of (tree as Parent as {children: MdNode[]}).children) {
    if (SKIPPED.has(node.type)) continue;
    const text = squash(textOf(node));
    if (!text) continue;
    if (node.type === 'heading') {
      if (node.depth === 1 && title === undefined) title = text;
      else headings.push(text);
    } else if (!firstParagraph && node.type === 'paragraph') {
      firstParagraph = text;
    }
    parts.push(text);
  }
  return {title, headings, text: parts.join('\n'), firstParagraph};
}

/** About two sentences, cut at a word boundary. */
export function excerptOf(text: string, max = 180): string {
  const t = squash(text);
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20))}…`;
}

/** A page to index, as read from the docs and blog plugins' content. */
export type PageSource = {path: string; title: string; description?: string; context: string; source: string};

/** Resolves `@site/…` content paths. */
export function resolveSource(siteDir: string, source: string): string {
  return source.startsWith('@site/') ? path.join(siteDir, source.slice('@site/'.length)) : source;
}

export function buildDocuments(pages: PageSource[], siteDir: string, glossary: GlossaryEntry[]): SearchDocument[] {
  return pages.map((p, id) => {
    const page = mdxToText(fs.readFileSync(resolveSource(siteDir, p.source), 'utf8'), glossary);
    return {
      id,
      title: p.title,
      headings: page.headings.join('\n'),
      text: page.text,
      path: p.path,
      context: p.context,
      excerpt: excerptOf(p.description || page.firstParagraph),
    };
  });
}

/** The index as a plain script that assigns a global: loads with a <script> tag, so from file:// too. */
export function searchIndexScript(docs: SearchDocument[], locale: string): string {
  const mini = new MiniSearch<SearchDocument>(INDEX_OPTIONS);
  mini.addAll(docs);
  const payload: SearchIndexScript = {locale, index: mini.toJSON()};
  return `window[${JSON.stringify(SEARCH_GLOBAL)}]=${JSON.stringify(payload)};\n`;
}

// --- Reading the docs and blog plugins' loaded content --------------------------

type SidebarItem = {type: string; id?: string; label?: string; items?: SidebarItem[]; link?: {type: string; id?: string}};
type LoadedDoc = {id: string; title: string; description?: string; permalink: string; source: string; unlisted?: boolean; draft?: boolean; sidebar?: string};
type DocsContent = {loadedVersions: {isLast?: boolean; docs: LoadedDoc[]; sidebars: Record<string, SidebarItem[]>}[]};
type BlogContent = {blogPosts: {metadata: {permalink: string; title: string; description?: string; source: string; unlisted?: boolean}}[]};
export type AllContentLike = Record<string, Record<string, unknown> | undefined>;

/** doc id → the labels of the sidebar categories above it ("Curricula › Resilience…"). */
function categoryTrails(sidebars: Record<string, SidebarItem[]>, sidebarLabels: Record<string, string>): Map<string, string[]> {
  const trails = new Map<string, string[]>();
  const walk = (items: SidebarItem[], trail: string[]) => {
    for (const item of items) {
      if (item.type === 'doc' && item.id && !trails.has(item.id)) trails.set(item.id, trail);
      if (item.type === 'category') {
        const inner = [...trail, item.label ?? ''];
        if (item.link?.type === 'doc' && item.link.id && !trails.has(item.link.id)) trails.set(item.link.id, trail);
        walk(item.items ?? [], inner);
      }
    }
  };
  for (const [name, items] of Object.entries(sidebars)) walk(items, sidebarLabels[name] ? [sidebarLabels[name]] : []);
  return trails;
}

/**
 * Every page of the locale: docs of the current version (not drafts nor unlisted)
 * and blog posts. `sidebarLabels` names each sidebar as the navbar does.
 */
export function pagesFromContent(allContent: AllContentLike, sidebarLabels: Record<string, string>, blogLabel: string): PageSource[] {
  const docs = allContent['docusaurus-plugin-content-docs']?.default as DocsContent | undefined;
  const blog = allContent['docusaurus-plugin-content-blog']?.default as BlogContent | undefined;
  const pages: PageSource[] = [];
  const version = docs?.loadedVersions.find((v) => v.isLast) ?? docs?.loadedVersions[0];
  if (version) {
    const trails = categoryTrails(version.sidebars, sidebarLabels);
    for (const d of version.docs) {
      if (d.unlisted || d.draft) continue;
      pages.push({path: d.permalink, title: d.title, description: d.description, context: (trails.get(d.id) ?? []).filter(Boolean).join(' › '), source: d.source});
    }
  }
  for (const {metadata: m} of blog?.blogPosts ?? []) {
    if (m.unlisted) continue;
    pages.push({path: m.permalink, title: m.title, description: m.description, context: blogLabel, source: m.source});
  }
  return pages;
}

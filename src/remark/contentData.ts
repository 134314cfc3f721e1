/**
 * Remark plugin: authors write `<Quiz id="cmh-1" />`, `<Term id="cbr">CBR</Term>`,
 * `<Glossary />`; this plugin adds the validated data of the page's locale as a
 * `data` prop at compile time. The data then ships in that page's own chunk and is
 * rendered on the server: no fetch, no layout shift, works from file:// too, and a
 * page without a quiz ships none of it. Translators never touch JSX props
 * (facebook/docusaurus#4278): the prose stays in YAML files.
 */
import fs from 'node:fs';
import path from 'node:path';
import {valueToEstree} from 'estree-util-value-to-estree';
import {visit} from 'unist-util-visit';
import type {Node} from 'unist';
import {getContentData, type Locale} from '../plugins/content-data/loadContentData';

type JsxAttribute = {type: string; name?: string; value?: unknown};
type JsxElement = Node & {name: string | null; attributes: JsxAttribute[]};
type VFileLike = {path?: string; history?: string[]};

const QUIZ_COMPONENTS = new Set(['Quiz', 'PrePostTest', 'QuizTools']);

/** The locale a content file belongs to: French files live under i18n/fr/. */
export function localeOfFile(filePath: string): Locale {
  return filePath.split(path.sep).join('/').includes('/i18n/fr/') ? 'fr' : 'en';
}

function stringAttribute(node: JsxElement, name: string): string | undefined {
  const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attr?.value === 'string' ? attr.value : undefined;
}

function setDataProp(node: JsxElement, value: unknown): void {
  const expression = valueToEstree(value);
  node.attributes = node.attributes.filter((a) => a.name !== 'data');
  node.attributes.push({
    type: 'mdxJsxAttribute',
    name: 'data',
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: JSON.stringify(value),
      data: {estree: {type: 'Program', sourceType: 'module', body: [{type: 'ExpressionStatement', expression}]}},
    },
  });
}

/**
 * The manifest written by `npm run export` for a locale, or nothing before the first
 * export. `pdfOnly`: the USB edition's folder carries the PDFs but not the zips.
 */
export function readDownloads(siteDir: string, locale: Locale, pdfOnly = false): unknown[] {
  const file = path.join(siteDir, 'static/downloads', locale, 'manifest.json');
  const entries = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as {file?: string}[]) : [];
  return pdfOnly ? entries.filter((e) => e.file?.endsWith('.pdf')) : entries;
}

export default function remarkContentData(options: {siteDir: string; pdfOnly?: boolean}) {
  return (tree: Node, file: VFileLike) => {
    const filePath = file.path ?? file.history?.[0] ?? '';
    const where = path.relative(options.siteDir, filePath) || filePath;
    const locale = localeOfFile(filePath);
    const data = getContentData(options.siteDir);
    const fail = (message: string) => {
      throw new Error(`${where}: ${message}`);
    };
    visit(tree, (node: Node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const el = node as JsxElement;
      if (el.name && QUIZ_COMPONENTS.has(el.name)) {
        const id = stringAttribute(el, 'id') ?? fail(`<${el.name}> needs an id="…" attribute`);
        const quiz = data.quizzes[locale].get(id) ?? fail(`<${el.name} id="${id}">: no quiz "${id}" in src/data/quizzes/${locale}/`);
        setDataProp(el, quiz);
      } else if (el.name === 'Term') {
        const id = stringAttribute(el, 'id') ?? fail('<Term> needs an id="…" attribute');
        const entry = data.glossary[locale].find((e) => e.id === id) ?? fail(`<Term id="${id}">: no entry "${id}" in src/data/glossary/${locale}.yaml`);
        setDataProp(el, entry);
      } else if (el.name === 'Glossary') {
        setDataProp(el, data.glossary[locale]);
      } else if (el.name === 'DownloadList') {
        setDataProp(el, readDownloads(options.siteDir, locale, options.pdfOnly));
      }
    });
  };
}

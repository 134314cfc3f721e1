/**
 * `npm run export`: prints the PDF handbooks from the built site with Debian
 * Chromium (through Playwright), and packs one zip per locale.
 *
 * For each bundle it opens every page of the built site, takes the page's article,
 * rewrites links between pages of the bundle into links inside the PDF, and prints
 * one document with a cover, a table of contents, page numbers and a PDF outline.
 * Output: static/downloads/<locale>/ (then rebuilt into the site, so the Offline &
 * downloads page lists the files and the offline copy includes them).
 */
import fs from 'node:fs';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import handler from 'serve-handler';
import JSZip from 'jszip';
import {chromium, type Browser, type Page} from '@playwright/test';
import {BOOK_TEXT, bundlesFor, type Bundle, type Locale} from './bundles';
import {composeBook, type Chapter} from './compose';
import {readPdf} from './pdfInfo';

const ROOT = path.resolve(__dirname, '../..');
const BUILD = path.join(ROOT, 'build');
const OUT = path.join(ROOT, 'static/downloads');
const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '');
const LOCALES: Locale[] = ['en', 'fr'];
const prefix = (locale: Locale) => (locale === 'en' ? '' : `/${locale}`);

export type DownloadEntry = {file: string; kind: Bundle['kind'] | 'zip'; curriculum?: string; bytes: number; pages?: number; date: string};

function serveBuild(): Promise<http.Server> {
  const server = http.createServer((req, res) => void handler(req, res, {public: BUILD, cleanUrls: true, directoryListing: false}));
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Reads the article of a built page, with ids prefixed so that chapters never clash. */
async function readChapter(page: Page, url: string, id: string, trainer: boolean): Promise<Chapter> {
  const res = await page.goto(url, {waitUntil: 'networkidle'});
  if (!res || res.status() !== 200) throw new Error(`export: ${url} answered ${res?.status()}`);
  return page.evaluate(
    ({id, trainer}) => {
      const source = document.querySelector('article .theme-doc-markdown, article .markdown, [data-testid="answer-key"]');
      if (!source) throw new Error(`no article on ${location.pathname}`);
      const el = source.cloneNode(true) as HTMLElement;
      el.querySelectorAll('button, .theme-doc-toc-mobile, [data-testid="quiz-status"], [data-testid="quiz-result"], .hash-link').forEach((n) => n.remove());
      if (!trainer) el.querySelectorAll('.trainer-only').forEach((n) => n.remove());
      el.querySelectorAll<HTMLElement>('[id]').forEach((n) => (n.id = `${id}--${n.id}`));
      el.querySelectorAll<HTMLImageElement>('img[src]').forEach((img) => img.setAttribute('src', img.src));
      el.querySelectorAll<HTMLAnchorElement>('a[href]').forEach((a) => {
        const href = a.getAttribute('href')!;
        if (href.startsWith('#')) a.setAttribute('href', `#${id}--${href.slice(1)}`);
      });
      const title = document.querySelector('article h1, main h1')?.textContent ?? document.title;
      el.querySelector('h1')?.remove();
      return {id, title, html: el.outerHTML};
    },
    {id, trainer},
  );
}

async function stylesheetUrl(page: Page): Promise<string> {
  return page.evaluate(() => (document.querySelector('link[rel="stylesheet"]') as HTMLLinkElement).href);
}

async function printBundle(browser: Browser, origin: string, locale: Locale, bundle: Bundle, date: string): Promise<DownloadEntry> {
  const page = await browser.newPage();
  const chapters: Chapter[] = [];
  for (const [i, p] of bundle.paths.entries()) chapters.push(await readChapter(page, `${origin}${prefix(locale)}${p}`, `ch${i + 1}`, bundle.trainer));
  const css = await stylesheetUrl(page);
  const text = BOOK_TEXT[locale];
  const landingTitle = bundle.curriculum ? chapters[0]!.title : text.framework;
  const html = composeBook({
    locale,
    css,
    hub: text.hub,
    title: bundle.kind === 'framework' ? text.framework : landingTitle,
    subtitle: bundle.kind === 'framework' ? '' : text[bundle.kind],
    contentsLabel: text.contents,
    edition: `${text.built} ${date}`,
    sourcesNote: text.sources,
    siteUrl: `${SITE_URL}${prefix(locale)}`,
    chapters,
    pathToChapter: new Map(bundle.paths.map((p, i) => [`${prefix(locale)}${p}`, `ch${i + 1}`])),
    trainer: bundle.trainer,
  });
  await page.setContent(html, {waitUntil: 'networkidle'});
  await page.emulateMedia({media: 'print'});
  const file = path.join(OUT, locale, `${bundle.file}.pdf`);
  const footer = `<div style="font-size:8px;width:100%;padding:0 15mm;display:flex;justify-content:space-between;color:#444"><span class="title"></span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`;
  await page.pdf({
    path: file,
    format: 'A4',
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: footer,
    margin: {top: '16mm', bottom: '18mm', left: '15mm', right: '15mm'},
    outline: true,
    tagged: true,
  });
  await page.close();
  const {pages} = await readPdf(file);
  return {file: path.basename(file), kind: bundle.kind, ...(bundle.curriculum ? {curriculum: bundle.curriculum} : {}), bytes: fs.statSync(file).size, pages, date};
}

const README: Record<Locale, {name: string; text: string}> = {
  en: {
    name: 'README.txt',
    text: 'Community Mental Health Training Hub: PDF handbooks (English)\n\nframework-en.pdf: the community mental health framework.\nhandbook-<curriculum>-en.pdf: participant handbook of each curriculum.\ntrainer-pack-<curriculum>-en.pdf: session plans, handouts and answer keys.\n\nOpen the files with any PDF reader; they work without a network.\n',
  },
  fr: {
    name: 'LISEZ-MOI.txt',
    text: 'Site de formation en santé mentale communautaire : manuels PDF (français)\n\nframework-fr.pdf : le cadre de référence en santé mentale communautaire.\nhandbook-<parcours>-fr.pdf : manuel du participant de chaque parcours.\ntrainer-pack-<parcours>-fr.pdf : fiches de séance, documents à distribuer et corrigés.\n\nOuvrez les fichiers avec n’importe quel lecteur PDF ; ils fonctionnent sans réseau.\n',
  },
};

async function zipLocale(locale: Locale, entries: DownloadEntry[], date: string): Promise<DownloadEntry> {
  const zip = new JSZip();
  for (const e of entries) zip.file(e.file, fs.readFileSync(path.join(OUT, locale, e.file)));
  zip.file(README[locale].name, README[locale].text);
  const file = `cmh-training-pdf-${locale}.zip`;
  const data = await zip.generateAsync({type: 'nodebuffer', compression: 'DEFLATE'});
  fs.writeFileSync(path.join(OUT, locale, file), data);
  return {file, kind: 'zip', bytes: data.length, date};
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(BUILD, 'index.html'))) throw new Error('export: no build/ found; run `npm run build` first');
  const date = new Date().toISOString().slice(0, 10);
  const server = await serveBuild();
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu']});
  try {
    for (const locale of LOCALES) {
      fs.rmSync(path.join(OUT, locale), {recursive: true, force: true});
      fs.mkdirSync(path.join(OUT, locale), {recursive: true});
      const entries: DownloadEntry[] = [];
      for (const bundle of bundlesFor(locale)) {
        const started = Date.now();
        const entry = await printBundle(browser, origin, locale, bundle, date);
        entries.push(entry);
        console.log(`${locale}  ${entry.file.padEnd(48)} ${String(entry.pages).padStart(4)} pages ${(entry.bytes / 1024).toFixed(0).padStart(6)} KiB  ${((Date.now() - started) / 1000).toFixed(1)} s`);
      }
      entries.push(await zipLocale(locale, entries, date));
      fs.writeFileSync(path.join(OUT, locale, 'manifest.json'), `${JSON.stringify(entries, null, 2)}\n`);
      fs.writeFileSync(path.join(OUT, locale, README[locale].name), README[locale].text);
      console.log(`${locale}  ${entries.at(-1)!.file} ${(entries.at(-1)!.bytes / 1024).toFixed(0)} KiB`);
    }
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

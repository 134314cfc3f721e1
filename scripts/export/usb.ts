/**
 * `npm run export:usb`: the USB edition of each locale, the whole site in a folder
 * that opens by double-clicking index.html, with no server and no network.
 *
 * For each locale:
 * 1. builds the site with CMH_EDITION=usb (Docusaurus' hash router, see
 *    docusaurus.config.ts) into build-usb/<locale>/;
 * 2. assembles export/usb/<locale>/: that build, the locale's PDF handbooks and trainer
 *    packs (from static/downloads/<locale>/, made by scripts/export/index.ts) and a
 *    README.txt / LISEZ-MOI.txt on how to open it;
 * 3. zips the folder into export/usb/cmh-training-usb-<locale>.zip (one top folder,
 *    cmh-training-usb-<locale>/), copies the zip to static/downloads/<locale>/ and lists
 *    it in that locale's manifest.json (kind 'usb'), so that the next website build
 *    offers it on the Offline & downloads page with its size and date.
 *
 * Needs the PDFs: run it after scripts/export/index.ts (`npm run export` runs the
 * whole chain: build → PDFs → USB editions → final build).
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import type {DownloadEntry} from './index';
import type {Locale} from './bundles';
import {usbReadme} from './usbReadme';

const ROOT = path.resolve(__dirname, '../..');
const BUILD_USB = path.join(ROOT, 'build-usb');
const EXPORT_USB = path.join(ROOT, 'export/usb');
const DOWNLOADS = path.join(ROOT, 'static/downloads');
const LOCALES: Locale[] = ['en', 'fr'];

export const usbZipName = (locale: string) => `cmh-training-usb-${locale}.zip`;
export const usbFolderName = (locale: string) => `cmh-training-usb-${locale}`;

type UsbEntry = Omit<DownloadEntry, 'kind'> & {kind: 'usb'};

function readManifest(locale: Locale): (DownloadEntry | UsbEntry)[] {
  const file = path.join(DOWNLOADS, locale, 'manifest.json');
  if (!fs.existsSync(file)) throw new Error(`export:usb: ${path.relative(ROOT, file)} is missing; run \`npm run export\` (it prints the PDFs first)`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as (DownloadEntry | UsbEntry)[];
}

function buildLocale(locale: Locale): void {
  const bin = path.join(ROOT, 'node_modules/.bin/docusaurus');
  const res = spawnSync(bin, ['build', '--locale', locale, '--out-dir', path.join('build-usb', locale)], {
    cwd: ROOT,
    stdio: 'inherit',
    env: {...process.env, CMH_EDITION: 'usb', WEBPACK_URL_LOADER_LIMIT: '0'},
  });
  if (res.status !== 0) throw new Error(`export:usb: the ${locale} USB build failed (exit code ${res.status ?? res.signal})`);
}

function listFiles(dir: string, base = dir): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((d) => {
    const full = path.join(dir, d.name);
    return d.isDirectory() ? listFiles(full, base) : [path.relative(base, full).split(path.sep).join('/')];
  });
}

/** Already compressed formats are stored as they are: deflating them gains nothing and costs time. */
const STORED = /\.(pdf|woff2?|png|jpe?g|gif|webp|zip)$/i;

async function zipFolder(folder: string, topName: string, date: Date): Promise<Buffer> {
  const zip = new JSZip();
  for (const rel of listFiles(folder).sort()) {
    zip.file(`${topName}/${rel}`, fs.readFileSync(path.join(folder, rel)), {date, compression: STORED.test(rel) ? 'STORE' : 'DEFLATE'});
  }
  return zip.generateAsync({type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: {level: 6}, platform: 'DOS'});
}

async function exportLocale(locale: Locale, now: Date): Promise<void> {
  const date = now.toISOString().slice(0, 10);
  const manifest = readManifest(locale);
  const pdfs = manifest.filter((e) => e.file.endsWith('.pdf'));
  if (pdfs.length === 0) throw new Error(`export:usb: no PDF in static/downloads/${locale}/manifest.json; run \`npm run export\``);

  let started = Date.now();
  buildLocale(locale);
  const buildSeconds = (Date.now() - started) / 1000;

  started = Date.now();
  const folder = path.join(EXPORT_USB, locale);
  fs.rmSync(folder, {recursive: true, force: true});
  fs.cpSync(path.join(BUILD_USB, locale), folder, {recursive: true});
  // The PDFs, where the site's Offline & downloads page links them (./downloads/<locale>/).
  const pdfDir = path.join(folder, 'downloads', locale);
  fs.mkdirSync(pdfDir, {recursive: true});
  for (const e of pdfs) fs.copyFileSync(path.join(DOWNLOADS, locale, e.file), path.join(pdfDir, e.file));
  const readme = usbReadme(locale, {date, folder: usbFolderName(locale), pdfs: pdfs.map((e) => e.file)});
  fs.writeFileSync(path.join(folder, readme.name), readme.text);

  const data = await zipFolder(folder, usbFolderName(locale), now);
  const zipFile = usbZipName(locale);
  fs.writeFileSync(path.join(EXPORT_USB, zipFile), data);
  fs.copyFileSync(path.join(EXPORT_USB, zipFile), path.join(DOWNLOADS, locale, zipFile));
  const entry: UsbEntry = {file: zipFile, kind: 'usb', bytes: data.length, date};
  const next = [...manifest.filter((e) => e.kind !== 'usb' && e.file !== zipFile), entry];
  fs.writeFileSync(path.join(DOWNLOADS, locale, 'manifest.json'), `${JSON.stringify(next, null, 2)}\n`);
  const files = listFiles(folder).length;
  console.log(
    `${locale}  ${zipFile.padEnd(30)} ${(data.length / 1024 / 1024).toFixed(1).padStart(5)} MB, ${files} files (${pdfs.length} PDFs); build ${buildSeconds.toFixed(0)} s, folder and zip ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

async function main(): Promise<void> {
  const now = new Date();
  const only = process.argv.slice(2).filter((a): a is Locale => (LOCALES as string[]).includes(a));
  fs.mkdirSync(EXPORT_USB, {recursive: true});
  for (const locale of only.length ? only : LOCALES) await exportLocale(locale, now);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}

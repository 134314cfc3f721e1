/** Reads a PDF's page count and text with Mozilla's pdf.js (used by the export and the tests). */
import fs from 'node:fs';

export type PdfInfo = {pages: number; text: string; internalLinks: number};

export async function readPdf(file: string): Promise<PdfInfo> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({data: new Uint8Array(fs.readFileSync(file)), isEvalSupported: false, useSystemFonts: true}).promise;
  const texts: string[] = [];
  let internalLinks = 0;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    // Items carry their own spaces; ligatures (fi, ffi…) come as separate items, so join without adding any.
    texts.push(content.items.map((i) => ('str' in i ? i.str + (i.hasEOL ? ' ' : '') : '')).join(''));
    const annotations = (await page.getAnnotations()) as {subtype?: string; dest?: unknown}[];
    internalLinks += annotations.filter((a) => a.subtype === 'Link' && a.dest).length;
  }
  const pages = doc.numPages;
  await doc.destroy();
  // pdf.js returns text in pieces: join them and collapse whitespace before searching it.
  return {pages, text: texts.join(' ').replace(/\s+/g, ' '), internalLinks};
}

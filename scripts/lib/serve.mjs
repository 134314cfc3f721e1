// A minimal static server for a built Docusaurus site, as a CDN would serve it: paths without
// trailing slash (/a/b → a/b.html or a/b/index.html, no redirect), gzip for text, the caching rules of static/_headers (hashed
// /assets/ immutable for a year, HTML and service worker revalidated), and each locale's 404 page
// (/fr/* → fr/404.html). Used by the benchmark, so that the project and the bare reference site
// are served the same way.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import {fileForPath} from './site.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript|manifest)|image\/svg)/;

/**
 * Cache-Control for a site path, as in static/_headers.
 * @param {string} sitePath
 * @param {string} type
 */
export function cacheControl(sitePath, type) {
  if (/\/assets\//.test(sitePath)) return 'public, max-age=31536000, immutable';
  if (/(^|\/)(sw\.js|workbox-[^/]*\.js)$/.test(sitePath) || type.startsWith('text/html')) return 'no-cache';
  return 'public, max-age=3600';
}

/** Compressed bodies by file: a CDN compresses once, and compressing on every request would
 * put the server's own work into the page-load timings the benchmark measures.
 * @type {Map<string, {mtimeMs: number, body: Buffer}>} */
const gzipCache = new Map();

/**
 * @param {string} file
 * @param {Buffer} raw
 */
function gzipped(file, raw) {
  const {mtimeMs} = fs.statSync(file);
  const hit = gzipCache.get(file);
  if (hit && hit.mtimeMs === mtimeMs) return hit.body;
  const body = zlib.gzipSync(raw, {level: 6});
  gzipCache.set(file, {mtimeMs, body});
  return body;
}

/**
 * Starts a server for a build folder; resolves with its origin and a close function.
 * @param {string} build
 * @param {{host?: string, port?: number}} [options]
 * @returns {Promise<{origin: string, close: () => Promise<void>}>}
 */
export function serve(build, {host = 'localhost', port = 0} = {}) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let sitePath = url.pathname;
    try {
      sitePath = decodeURIComponent(sitePath);
    } catch {
      // leave encoded: will 404
    }
    let file = fileForPath(sitePath, build);
    let status = 200;
    if (!file) {
      status = 404;
      const localized = sitePath.startsWith('/fr/') || sitePath === '/fr' ? path.join(build, 'fr/404.html') : path.join(build, '404.html');
      file = fs.existsSync(localized) ? localized : null;
    }
    if (!file) {
      res.writeHead(404, {'content-type': 'text/plain'}).end('Not found');
      return;
    }
    const type = TYPES[/** @type {keyof typeof TYPES} */ (path.extname(file))] ?? 'application/octet-stream';
    /** @type {Record<string, string>} */
    const headers = {'content-type': type, 'cache-control': cacheControl(sitePath, type), 'x-content-type-options': 'nosniff'};
    let body = fs.readFileSync(file);
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipped(file, body);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'Accept-Encoding';
    }
    headers['content-length'] = String(body.length);
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolve({
        origin: `http://${host}:${actualPort}`,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}

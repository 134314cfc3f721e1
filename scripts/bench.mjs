#!/usr/bin/env node
// Performance benchmark (`npm run bench`): Lighthouse, mobile profile (its default: simulated
// slow 4G and a mid-range phone), on the project's pages and, in the same run, on a bare
// Docusaurus classic site built from the same node_modules as the reference.
//
// 1. Builds this site (both locales, cold: caches cleared) and times each locale.
// 2. Writes a bare classic site (one doc, one blog post, a home page; en + fr, future v4 like
//    this site) into a temp folder, links this project's packages into it, builds it the same way.
// 3. Serves each build like a CDN (scripts/lib/serve.mjs: gzip, caching headers) and runs
//    Lighthouse RUNS times on each page in Debian's Chromium; prints medians and the ratios
//    to the bare site.
// 4. Checks the budgets: performance ≥ 95, accessibility = best practices = SEO = 100 on every
//    measured page, and JavaScript on the module page ≤ 1.1 × the bare site's doc page.
//
// Usage: node scripts/bench.mjs [--runs N] [--extra N] [--no-build] [--keep-bare]
//        exit 1 if a budget fails
// Environment: CHROME_PATH (default /usr/bin/chromium).
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import {ROOT} from './lib/site.mjs';
import {serve} from './lib/serve.mjs';

const args = process.argv.slice(2);
// Five runs: single scores vary by ±4 on this machine; the median of five is steadier than of three.
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 5;
// Pages whose median performance score lands within CLOSE points of the budget get EXTRA more
// runs, and the budget is judged on the median of all of them. Single scores vary by about ±3
// here, so a page that sits near the budget can fall on either side of it by chance in five
// runs; eleven settle it. The extra runs count both ways: they can turn a pass into a fail.
const CLOSE = 2;
const EXTRA = args.includes('--extra') ? Number(args[args.indexOf('--extra') + 1]) : 6;
const BUILD_PROJECT = !args.includes('--no-build');
const KEEP_BARE = args.includes('--keep-bare');
const CHROME_PATH = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  // The machine has no internet: keep Chromium from trying to reach Google's services.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const PROJECT_PAGES = [
  {name: 'home', path: '/', bare: 'home'},
  {name: 'framework page', path: '/framework/theory/definitions', bare: 'doc'},
  {name: 'module + quiz', path: '/curricula/community-mental-health/mental-health-and-distress', bare: 'doc'},
  {name: 'module + quiz (fr)', path: '/fr/curricula/community-mental-health/mental-health-and-distress', bare: 'doc (fr)'},
];
const BARE_PAGES = [
  {name: 'home', path: '/'},
  {name: 'doc', path: '/docs/intro'},
  {name: 'doc (fr)', path: '/fr/docs/intro'},
];
const BUDGET = {performance: 95, accessibility: 100, 'best-practices': 100, seo: 100, jsRatio: 1.1};

// ---------------------------------------------------------------------------------------------
// Builds

/**
 * Runs a Docusaurus build, timing each locale from its "[INFO] [xx] Creating…" line.
 * @param {string} cwd
 * @param {string[]} command
 * @param {Record<string, string>} [env]
 * @returns {Promise<{total: number, locales: Record<string, number>}>} seconds
 */
function timedBuild(cwd, command, env = {}) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    /** @type {{locale: string, at: number}[]} */
    const marks = [];
    const child = spawn(command[0], command.slice(1), {cwd, env: {...process.env, ...env}, stdio: ['ignore', 'pipe', 'pipe']});
    let log = '';
    const onData = (/** @type {Buffer} */ chunk) => {
      const text = chunk.toString();
      log += text;
      for (const m of text.matchAll(/\[INFO\] \[(\w+)\] Creating an optimized production build/g)) marks.push({locale: m[1], at: performance.now()});
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('close', (code) => {
      const end = performance.now();
      if (code !== 0) {
        console.log(log.slice(-4000));
        reject(new Error(`build failed in ${cwd}`));
        return;
      }
      /** @type {Record<string, number>} */
      const locales = {};
      marks.forEach((m, i) => (locales[m.locale] = ((marks[i + 1]?.at ?? end) - m.at) / 1000));
      resolve({total: (end - start) / 1000, locales});
    });
  });
}

/** Writes the bare reference site and links this project's packages into it. */
function writeBareSite() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cmh-bare-site-'));
  const files = {
    'package.json': JSON.stringify({name: 'bare-docusaurus', private: true}, null, 2),
    'docusaurus.config.js': `// Bare Docusaurus classic site: the reference for the benchmark (same versions as the project).
module.exports = {
  title: 'Bare site',
  tagline: 'Docusaurus classic preset, nothing added',
  favicon: 'img/favicon.svg',
  url: 'http://localhost:3000',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  future: {v4: true},
  i18n: {defaultLocale: 'en', locales: ['en', 'fr']},
  presets: [['classic', {docs: {sidebarPath: undefined}, blog: {showReadingTime: true, onUntruncatedBlogPosts: 'ignore'}}]],
  themeConfig: {
    navbar: {title: 'Bare site', items: [{type: 'docSidebar', sidebarId: 'defaultSidebar', label: 'Docs', position: 'left'}, {to: '/blog', label: 'Blog'}, {type: 'localeDropdown', position: 'right'}]},
    footer: {style: 'dark', links: [{title: 'Docs', items: [{label: 'Intro', to: '/docs/intro'}]}], copyright: 'Bare site'},
  },
};
`,
    'docs/intro.md': `---
sidebar_position: 1
description: An introduction page of a bare Docusaurus site, used as the benchmark reference.
---

# Introduction

This is a documentation page of a bare Docusaurus site built with the classic preset. It has a few
paragraphs, a list, a table and a heading structure like a typical page of documentation.

## A section

Docusaurus renders Markdown to static HTML at build time and hydrates it with React in the browser.

- First point of a list
- Second point of a list
- Third point of a list

## Another section

| Column | Value |
| --- | --- |
| One | 1 |
| Two | 2 |

### A subsection

A last paragraph with a [link to the blog](/blog).
`,
    'docs/second.md': `# Second page

Another page, so that the sidebar and pagination exist.
`,
    'blog/2026-01-01-hello.md': `---
title: Hello
description: A first post.
---

A first post.

{/* truncate */}

More text.
`,
    'src/pages/index.js': `import React from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';

export default function Home() {
  return (
    <Layout title="Home" description="The home page of a bare Docusaurus site.">
      <header className="hero hero--primary">
        <div className="container">
          <h1 className="hero__title">Bare site</h1>
          <p className="hero__subtitle">Docusaurus classic preset, nothing added</p>
          <Link className="button button--secondary button--lg" to="/docs/intro">Read the introduction</Link>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <h2>About</h2>
        <p>A reference site for the benchmark.</p>
      </main>
    </Layout>
  );
}
`,
    'static/img/favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" fill="#2e8555"/></svg>',
  };
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), {recursive: true});
    fs.writeFileSync(path.join(dir, rel), text);
  }
  // Link each installed package (not node_modules/.cache, so that the build caches stay apart).
  const modules = path.join(dir, 'node_modules');
  fs.mkdirSync(modules);
  for (const entry of fs.readdirSync(path.join(ROOT, 'node_modules'))) {
    if (entry === '.cache' || entry === '.bin' || entry === '.package-lock.json') continue;
    fs.symlinkSync(path.join(ROOT, 'node_modules', entry), path.join(modules, entry));
  }
  return dir;
}

// ---------------------------------------------------------------------------------------------
// Lighthouse

/**
 * @typedef {{performance: number, accessibility: number, 'best-practices': number, seo: number, lcp: number, tbt: number, cls: number, bytes: number, jsBytes: number, benchmarkIndex: number, failed: Record<string, string[]>}} Run
 */

/**
 * One Lighthouse run (mobile) in a fresh Chromium.
 * @param {string} url
 * @returns {Promise<Run>}
 */
async function lighthouseRun(url) {
  const chrome = await chromeLauncher.launch({chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS, logLevel: 'silent'});
  try {
    const result = await lighthouse(url, {port: chrome.port, output: 'json', logLevel: 'error'});
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const {lhr} = result;
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const audit = (/** @type {string} */ id) => lhr.audits[id]?.numericValue ?? NaN;
    const requests = /** @type {{items?: {resourceType?: string, transferSize?: number}[]}} */ (lhr.audits['network-requests']?.details ?? {}).items ?? [];
    const jsBytes = requests.filter((r) => r.resourceType === 'Script').reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
    /** @type {Record<string, string[]>} */
    const failed = {};
    for (const [id, cat] of Object.entries(lhr.categories)) {
      failed[id] = cat.auditRefs
        .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${ref.id}=${lhr.audits[ref.id]?.score}`);
    }
    const score = (/** @type {string} */ id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      bytes: audit('total-byte-weight'),
      jsBytes,
      benchmarkIndex: lhr.environment.benchmarkIndex,
      failed,
    };
  } finally {
    await chrome.kill();
  }
}

/** @param {number[]} xs */
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Median of each metric over the runs of one page; failed audits as seen in any run.
 * @param {Run[]} runs
 */
function summarise(runs) {
  /** @type {Record<string, number>} */
  const med = {};
  for (const key of ['performance', 'accessibility', 'best-practices', 'seo', 'lcp', 'tbt', 'cls', 'bytes', 'jsBytes', 'benchmarkIndex']) {
    med[key] = median(runs.map((r) => /** @type {number} */ (r[/** @type {keyof Run} */ (key)])));
  }
  // Audits below full score in any run, with their lowest score: what to look at when a budget fails.
  /** @type {Record<string, Map<string, number>>} */
  const lowest = {};
  for (const r of runs) {
    for (const [cat, entries] of Object.entries(r.failed)) {
      for (const entry of entries) {
        const [id, score] = entry.split('=');
        const map = (lowest[cat] ??= new Map());
        map.set(id, Math.min(map.get(id) ?? 1, Number(score)));
      }
    }
  }
  /** @type {Record<string, string[]>} */
  const failed = Object.fromEntries(Object.entries(lowest).map(([cat, map]) => [cat, [...map].map(([id, score]) => `${id} (lowest score ${score})`)]));
  return {...med, failed, scores: runs.map((r) => r.performance)};
}

// ---------------------------------------------------------------------------------------------
// Report

const kb = (/** @type {number} */ b) => `${(b / 1024).toFixed(1)} KB`;
const ms = (/** @type {number} */ x) => `${Math.round(x)} ms`;
const pad = (/** @type {unknown} */ s, /** @type {number} */ n) => String(s).padEnd(n);
const padL = (/** @type {unknown} */ s, /** @type {number} */ n) => String(s).padStart(n);

/** @param {string} title @param {{name: string, m: ReturnType<typeof summarise>}[]} rows */
function table(title, rows) {
  console.log(`\n${title} — medians of the Lighthouse runs (mobile; ${RUNS} per page, ${RUNS + EXTRA} where the score was near its budget)`);
  console.log(`  ${pad('page', 20)} ${padL('perf', 4)} ${padL('a11y', 4)} ${padL('bp', 4)} ${padL('seo', 4)} ${padL('LCP', 8)} ${padL('TBT', 7)} ${padL('CLS', 6)} ${padL('total', 10)} ${padL('JS', 10)}  perf of each run`);
  for (const {name, m} of rows) {
    console.log(
      `  ${pad(name, 20)} ${padL(m.performance, 4)} ${padL(m.accessibility, 4)} ${padL(m['best-practices'], 4)} ${padL(m.seo, 4)} ${padL(ms(m.lcp), 8)} ${padL(ms(m.tbt), 7)} ${padL(m.cls.toFixed(3), 6)} ${padL(kb(m.bytes), 10)} ${padL(kb(m.jsBytes), 10)}  ${m.scores.join(' ')}`,
    );
  }
}

async function main() {
  const started = performance.now();
  if (!fs.existsSync(CHROME_PATH)) throw new Error(`No Chromium at ${CHROME_PATH} (apt-get install -y chromium, or set CHROME_PATH)`);

  // 1. This site, cold.
  /** @type {{total: number, locales: Record<string, number>} | null} */
  let projectBuild = null;
  if (BUILD_PROJECT) {
    for (const cache of ['node_modules/.cache', '.docusaurus']) fs.rmSync(path.join(ROOT, cache), {recursive: true, force: true});
    console.log('Building this site (en + fr, cold)…');
    projectBuild = await timedBuild(ROOT, ['npm', 'run', 'build']);
  } else if (!fs.existsSync(path.join(ROOT, 'build/index.html'))) throw new Error('No build/: run without --no-build');

  // 2. The bare reference site, cold, same packages.
  const bareDir = writeBareSite();
  console.log(`Building the bare Docusaurus classic site (en + fr, cold) in ${bareDir}…`);
  const bareBuild = await timedBuild(bareDir, [process.execPath, path.join(ROOT, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build'], {WEBPACK_URL_LOADER_LIMIT: '0'});

  // 3. Lighthouse.
  const project = await serve(path.join(ROOT, 'build'));
  const bare = await serve(path.join(bareDir, 'build'));
  // Runs go round-robin over all pages of both sites, so that both see the same machine load.
  const targets = [
    ...PROJECT_PAGES.map((p) => ({key: `site:${p.name}`, url: project.origin + p.path})),
    ...BARE_PAGES.map((p) => ({key: `bare:${p.name}`, url: bare.origin + p.path})),
  ];
  /** @type {Record<string, Run[]>} */
  const runs = {};
  /** @type {number[]} */
  const loads = [];
  try {
    for (let i = 1; i <= RUNS; i++) {
      for (const t of targets) {
        loads.push(os.loadavg()[0]);
        process.stdout.write(`Lighthouse run ${i}/${RUNS}: ${t.key.replace(':', ' ')} ${new URL(t.url).pathname}\n`);
        (runs[t.key] ??= []).push(await lighthouseRun(t.url));
      }
    }
    // Pages near the performance budget: more runs of this site's page (see CLOSE).
    for (const p of PROJECT_PAGES) {
      const key = `site:${p.name}`;
      const score = median((runs[key] ?? []).map((r) => r.performance));
      if (EXTRA <= 0 || Math.abs(score - BUDGET.performance) > CLOSE) continue;
      for (let i = 1; i <= EXTRA; i++) {
        loads.push(os.loadavg()[0]);
        process.stdout.write(`Lighthouse extra run ${i}/${EXTRA} (median ${score} is within ${CLOSE} of ${BUDGET.performance}): site ${p.name} ${p.path}\n`);
        runs[key].push(await lighthouseRun(project.origin + p.path));
      }
    }
  } finally {
    await project.close();
    await bare.close();
    if (KEEP_BARE) console.log(`Bare site kept in ${bareDir}`);
    else fs.rmSync(bareDir, {recursive: true, force: true});
  }

  // 4. Report.
  /** @type {Record<string, ReturnType<typeof summarise>>} */
  const results = Object.fromEntries(PROJECT_PAGES.map((p) => [p.name, summarise(runs[`site:${p.name}`] ?? [])]));
  /** @type {Record<string, ReturnType<typeof summarise>>} */
  const bareResults = Object.fromEntries(BARE_PAGES.map((p) => [p.name, summarise(runs[`bare:${p.name}`] ?? [])]));
  const benchmarkIndex = median(Object.values(runs).flat().map((r) => r.benchmarkIndex));
  console.log(
    `\nMachine: ${os.cpus().length} cores, Lighthouse benchmarkIndex median ${Math.round(benchmarkIndex)}, load average during the runs ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}` +
      (Math.max(...loads) > os.cpus().length ? ' (busy machine: main-thread times, hence TBT and performance scores, are inflated; ratios are fairer than absolute scores)' : ''),
  );
  table('This site', PROJECT_PAGES.map((p) => ({name: p.name, m: results[p.name]})));
  table('Bare Docusaurus classic site (reference)', BARE_PAGES.map((p) => ({name: p.name, m: bareResults[p.name]})));

  console.log('\nRatios, this site ÷ bare site (same page type)');
  console.log(`  ${pad('page', 20)} ${pad('vs', 10)} ${padL('total', 7)} ${padL('JS', 7)} ${padL('LCP', 7)} ${padL('TBT', 7)}`);
  const ratio = (/** @type {number} */ a, /** @type {number} */ b) => (b > 0 ? `${(a / b).toFixed(2)}×` : a > 0 ? '∞' : '1.00×');
  for (const p of PROJECT_PAGES) {
    const a = results[p.name];
    const b = bareResults[p.bare];
    console.log(`  ${pad(p.name, 20)} ${pad(`bare ${p.bare}`, 10)} ${padL(ratio(a.bytes, b.bytes), 7)} ${padL(ratio(a.jsBytes, b.jsBytes), 7)} ${padL(ratio(a.lcp, b.lcp), 7)} ${padL(ratio(a.tbt, b.tbt), 7)}`);
  }

  console.log('\nBuild time (cold, both locales)');
  const fmtBuild = (/** @type {{total: number, locales: Record<string, number>}} */ b) =>
    `${b.total.toFixed(1)} s in all (${Object.entries(b.locales).map(([l, s]) => `${l} ${s.toFixed(1)} s`).join(', ')}, the rest is loading and setup)`;
  console.log(`  this site: ${projectBuild ? fmtBuild(projectBuild) : 'not rebuilt (--no-build)'}`);
  console.log(`  bare site: ${fmtBuild(bareBuild)}`);
  if (projectBuild) console.log(`  ratio: ${(projectBuild.total / bareBuild.total).toFixed(2)}×`);

  console.log('\nBudgets');
  let failures = 0;
  const check = (/** @type {boolean} */ ok, /** @type {string} */ label, /** @type {string} */ detail = '') => {
    if (!ok) failures++;
    console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${label}${detail ? `  — ${detail}` : ''}`);
  };
  for (const p of PROJECT_PAGES) {
    const m = results[p.name];
    check(m.performance >= BUDGET.performance, `${p.name}: performance ${m.performance} ≥ ${BUDGET.performance}`, m.performance < BUDGET.performance ? [...(m.failed.performance ?? [])].join(', ') : '');
    for (const cat of /** @type {const} */ (['accessibility', 'best-practices', 'seo'])) {
      check(m[cat] >= BUDGET[cat], `${p.name}: ${cat} ${m[cat]} = 100`, m[cat] < 100 ? [...(m.failed[cat] ?? [])].join(', ') : '');
    }
  }
  const moduleJs = results['module + quiz'].jsBytes;
  const bareJs = bareResults.doc.jsBytes;
  check(moduleJs <= BUDGET.jsRatio * bareJs, `module page JS ${kb(moduleJs)} ≤ ${BUDGET.jsRatio} × bare doc page JS ${kb(bareJs)} (${(moduleJs / bareJs).toFixed(2)}×)`);
  console.log(`\nBenchmark: ${failures ? `${failures} budget(s) FAILED` : 'all budgets PASS'} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  process.exit(failures ? 1 : 0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

#!/usr/bin/env node
// Stale translations: which French pages translate an older version of their English source.
//
//   node scripts/translation-hashes.mjs                 list stale, unstamped and orphan French pages (exit 0)
//   node scripts/translation-hashes.mjs --strict        same, exit 1 if any page is stale or unstamped
//   node scripts/translation-hashes.mjs --write         stamp every French page with its English source's current hash
//   node scripts/translation-hashes.mjs --write FILE…   stamp only these French pages (after updating their translation)
//
// The hash is in each French page's front matter: `source_hash: <first 12 hex of sha256(English file)>`.
// French readers of a stale page see a notice linking to the English page (src/plugins/stale-translations).
import fs from 'node:fs';
import path from 'node:path';
import {ROOT} from './lib/site.mjs';
import {listTranslations, writeSourceHash} from '../src/plugins/stale-translations/sourceHash.mjs';

const args = process.argv.slice(2);
const write = args.includes('--write');
const strict = args.includes('--strict');
const only = new Set(args.filter((a) => !a.startsWith('--')).map((f) => path.resolve(f)));

const entries = listTranslations(ROOT);
const rel = (/** @type {string} */ f) => path.relative(ROOT, f);

if (write) {
  let stamped = 0;
  for (const e of entries) {
    if (only.size && !only.has(path.resolve(e.frFile))) continue;
    if (e.state === 'orphan' || !e.current) {
      console.log(`  skipped ${rel(e.frFile)}: no English source at ${rel(e.enFile)}`);
      continue;
    }
    if (e.state === 'current') continue;
    const text = fs.readFileSync(e.frFile, 'utf8');
    fs.writeFileSync(e.frFile, writeSourceHash(text, e.current));
    stamped++;
    console.log(`  stamped ${rel(e.frFile)}: source_hash ${e.recorded ?? '(none)'} → ${e.current}`);
  }
  const missing = [...only].filter((f) => !entries.some((e) => path.resolve(e.frFile) === f));
  for (const f of missing) console.log(`  not a French doc or blog post: ${rel(f)}`);
  console.log(`Translation hashes: ${stamped} French page(s) stamped, ${entries.length} in all`);
  process.exit(missing.length ? 1 : 0);
}

/** @type {Record<string, typeof entries>} */
const by = {current: [], stale: [], unstamped: [], orphan: []};
for (const e of entries) by[e.state]?.push(e);
console.log(
  `Translation freshness: ${entries.length} French pages — ${by.current.length} current, ${by.stale.length} stale, ${by.unstamped.length} unstamped, ${by.orphan.length} without English source`,
);
for (const e of by.stale) console.log(`  stale: ${rel(e.frFile)} (translates ${e.recorded}, English is now ${e.current}: ${rel(e.enFile)})`);
for (const e of by.unstamped) console.log(`  unstamped: ${rel(e.frFile)} (no source_hash; stamp it once the translation is checked)`);
for (const e of by.orphan) console.log(`  no English source: ${rel(e.frFile)}`);
if (by.stale.length || by.unstamped.length) {
  console.log('  Update each translation, then stamp it: node scripts/translation-hashes.mjs --write <French file>');
}
process.exit(strict && (by.stale.length || by.unstamped.length) ? 1 : 0);

import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {listTranslations, readSourceHash, sourceHash, translationState, writeSourceHash} from '../../src/plugins/stale-translations/sourceHash.mjs';

const EN = '---\ntitle: Definitions\n---\n\n# Definitions\n\nMental health is a state of well-being.\n';
const FR = '---\ntitle: Définitions\nsidebar_position: 1\n---\n\nLa santé mentale est un état de bien-être.\n';

describe('sourceHash', () => {
  it('is the first 12 hex characters of the SHA-256 of the content', () => {
    expect(sourceHash(EN)).toBe(crypto.createHash('sha256').update(EN).digest('hex').slice(0, 12));
    expect(sourceHash(EN)).toMatch(/^[0-9a-f]{12}$/);
  });
  it('ignores line endings (a CRLF checkout gives the same hash), nothing else', () => {
    expect(sourceHash(EN.replace(/\n/g, '\r\n'))).toBe(sourceHash(EN));
    expect(sourceHash(Buffer.from(EN))).toBe(sourceHash(EN));
    expect(sourceHash(`${EN} `)).not.toBe(sourceHash(EN));
  });
});

describe('readSourceHash / writeSourceHash', () => {
  it('adds the field at the end of an existing front matter and changes nothing else', () => {
    const out = writeSourceHash(FR, 'abcdef012345');
    expect(out).toBe('---\ntitle: Définitions\nsidebar_position: 1\nsource_hash: abcdef012345\n---\n\nLa santé mentale est un état de bien-être.\n');
    expect(readSourceHash(out)).toBe('abcdef012345');
  });
  it('replaces an existing hash in place, quoted or not', () => {
    const once = writeSourceHash(FR, 'aaaaaaaaaaaa');
    expect(writeSourceHash(once, 'bbbbbbbbbbbb')).toBe(once.replace('aaaaaaaaaaaa', 'bbbbbbbbbbbb'));
    expect(readSourceHash('---\nsource_hash: "ABCDEF012345"\n---\nx')).toBe('abcdef012345');
  });
  it('creates a front matter when the page has none', () => {
    expect(writeSourceHash('# Titre\n', '0123456789ab')).toBe('---\nsource_hash: 0123456789ab\n---\n# Titre\n');
    expect(readSourceHash('# Titre\n')).toBeNull();
  });
  it('keeps CRLF front matter in CRLF', () => {
    const crlf = FR.replace(/\n/g, '\r\n');
    const out = writeSourceHash(crlf, '0123456789ab');
    expect(out).toContain('sidebar_position: 1\r\nsource_hash: 0123456789ab\r\n---\r\n');
    expect(readSourceHash(out)).toBe('0123456789ab');
  });
  it('does not read a source_hash that is in the body, not in the front matter', () => {
    expect(readSourceHash('---\ntitle: x\n---\nsource_hash: 0123456789ab\n')).toBeNull();
  });
  it('does not mistake a --- inside a front matter value for its end', () => {
    const text = '---\ntitle: "A---B"\n---\nbody\n';
    expect(writeSourceHash(text, '0123456789ab')).toBe('---\ntitle: "A---B"\nsource_hash: 0123456789ab\n---\nbody\n');
  });
});

describe('translationState', () => {
  it('is current when the recorded hash is the English hash, stale once English changes', () => {
    const fr = writeSourceHash(FR, sourceHash(EN));
    expect(translationState(EN, fr)).toEqual({state: 'current', recorded: sourceHash(EN), current: sourceHash(EN)});
    const changed = EN.replace('well-being', 'well-being in which a person realises their abilities');
    expect(translationState(changed, fr).state).toBe('stale');
  });
  it('reports pages without a hash as unstamped and pages without English source as orphans', () => {
    expect(translationState(EN, FR).state).toBe('unstamped');
    expect(translationState(null, FR).state).toBe('orphan');
  });
});

describe('listTranslations', () => {
  it('walks the French docs and blog mirrors of a site folder', () => {
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'cmh-hash-'));
    const put = (rel: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(site, rel)), {recursive: true});
      fs.writeFileSync(path.join(site, rel), text);
    };
    put('docs/a.mdx', EN);
    put('docs/b.md', 'B\n');
    put('blog/2026-01-01-post/index.mdx', 'Post\n');
    put('i18n/fr/docusaurus-plugin-content-docs/current/a.mdx', writeSourceHash(FR, sourceHash(EN)));
    put('i18n/fr/docusaurus-plugin-content-docs/current/b.md', writeSourceHash('B fr\n', sourceHash('B old\n')));
    put('i18n/fr/docusaurus-plugin-content-docs/current/c.mdx', 'C fr\n');
    put('i18n/fr/docusaurus-plugin-content-blog/2026-01-01-post/index.mdx', 'Article\n');
    const states = Object.fromEntries(listTranslations(site).map((e) => [`${e.kind}:${e.rel}`, e.state]));
    expect(states).toEqual({'docs:a.mdx': 'current', 'docs:b.md': 'stale', 'docs:c.mdx': 'orphan', 'blog:2026-01-01-post/index.mdx': 'unstamped'});
    fs.rmSync(site, {recursive: true, force: true});
  });
});

import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {fileForPath, pagePathOf, parseHtml} from '../../scripts/lib/site.mjs';
import {frontMatter, isTranslated} from '../../scripts/check-translations.mjs';

const ROOT = path.resolve(__dirname, '../..');

/** A tiny built site: files under a temporary build folder. */
function fixture(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cmh-build-'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), {recursive: true});
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

const checkLinks = (build: string) =>
  spawnSync(process.execPath, [path.join(ROOT, 'scripts/check-links.mjs')], {env: {...process.env, BUILD_DIR: build, SITE_URL: 'https://hub.example', BASE_URL: '/'}, encoding: 'utf8'});

describe('site paths without trailing slash', () => {
  const build = fixture({'index.html': '', 'a/b.html': '', 'a/index.html': '', 'c/d/index.html': '', 'fr/index.html': '', 'downloads/x.pdf': ''});
  it('maps a path to the file a static host serves', () => {
    expect(fileForPath('/', build)).toBe(path.join(build, 'index.html'));
    expect(fileForPath('/a/b', build)).toBe(path.join(build, 'a/b.html'));
    expect(fileForPath('/a', build)).toBe(path.join(build, 'a/index.html'));
    expect(fileForPath('/c/d', build)).toBe(path.join(build, 'c/d/index.html'));
    expect(fileForPath('/fr/', build)).toBe(path.join(build, 'fr/index.html'));
    expect(fileForPath('/downloads/x.pdf', build)).toBe(path.join(build, 'downloads/x.pdf'));
    expect(fileForPath('/a/c', build)).toBeNull();
    expect(fileForPath('/../etc/passwd', build)).toBeNull();
  });
  it('maps a file back to its path', () => {
    expect(pagePathOf(path.join(build, 'index.html'), build)).toBe('/');
    expect(pagePathOf(path.join(build, 'fr/index.html'), build)).toBe('/fr/');
    expect(pagePathOf(path.join(build, 'a/b.html'), build)).toBe('/a/b');
    expect(pagePathOf(path.join(build, 'c/d/index.html'), build)).toBe('/c/d');
  });
  it('reads ids and URLs from minified HTML with unquoted attributes', () => {
    const page = parseHtml('<h2 id=intro>x</h2><a href=/a/b#intro>y</a><img src=/img/a.svg srcset="/img/a.svg 1x, /img/b.svg 2x"><script>var a=1</script>');
    expect([...page.ids]).toEqual(['intro']);
    expect(page.refs.map((r) => r.value)).toEqual(['/a/b#intro', '/img/a.svg', '/img/a.svg', '/img/b.svg']);
    expect(page.inlineScripts).toEqual(['var a=1']);
  });
});

describe('check-links.mjs', () => {
  it('passes a site whose links, anchors and downloads all resolve', () => {
    const build = fixture({
      'index.html': '<a href=/guide#step-2>guide</a><a href="/downloads/handbook.pdf">pdf</a><a href=https://who.int/x>WHO</a><link rel=canonical href=https://hub.example/>',
      'guide.html': '<h2 id=step-2>Step 2</h2><a href=#step-2>here</a><a href=/fr/>fr</a>',
      'downloads/handbook.pdf': '%PDF',
      'fr/index.html': '<a href=/>en</a>',
    });
    const res = checkLinks(build);
    expect(res.status, res.stdout + res.stderr).toBe(0);
    expect(res.stdout).toMatch(/broken: 0/);
    expect(res.stdout).toMatch(/downloads 1/);
    expect(res.stdout).toMatch(/external links \(counted, not fetched\): 1/);
  });
  it('fails on a missing page, a missing anchor and a missing download, naming each', () => {
    const build = fixture({
      'index.html': '<a href=/nowhere>x</a><a href=/guide#no-such-id>y</a><a href=/downloads/missing.zip>z</a>',
      'guide.html': '<h2 id=step-2>Step 2</h2>',
    });
    const res = checkLinks(build);
    expect(res.status).toBe(1);
    expect(res.stdout).toMatch(/broken: 3/);
    expect(res.stdout).toContain('/nowhere');
    expect(res.stdout).toContain('no element with id="no-such-id" in guide.html');
    expect(res.stdout).toContain('/downloads/missing.zip');
  });
});

describe('check-translations.mjs helpers', () => {
  it('accepts a French message only when it differs from English, or is an allowed same word', () => {
    expect(isTranslated('Parcours', 'Curricula')).toBe(true);
    expect(isTranslated('Curricula', 'Curricula')).toBe(false);
    expect(isTranslated('  ', 'Glossary')).toBe(false);
    expect(isTranslated('Blog', 'Blog')).toBe(true);
    expect(isTranslated('Participant {n}', 'Participant {n}')).toBe(true);
    expect(isTranslated('{authorName} - {nPosts}', '{authorName} - {nPosts}')).toBe(true);
    expect(isTranslated('Main', 'Main')).toBe(false);
  });
  it('reads front matter', () => {
    expect(frontMatter('---\ntitle: "Définitions"\nsource_hash: abc\n---\n# x')).toEqual({title: 'Définitions', source_hash: 'abc'});
    expect(frontMatter('# x')).toEqual({});
  });
});

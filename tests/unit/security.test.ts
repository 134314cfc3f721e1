import crypto from 'node:crypto';
import {describe, expect, it} from 'vitest';
import {algoliaOrigins, buildPolicy, replacePolicy, scriptHash} from '../../scripts/csp.mjs';
import {thirdPartyOrigin} from '../../scripts/check-third-party.mjs';
import {robotsTxt} from '../../src/plugins/robots-txt';

describe('Content-Security-Policy', () => {
  it('hashes an inline script as CSP expects', () => {
    const text = 'document.documentElement.setAttribute("data-theme","dark")';
    expect(scriptHash(text)).toBe(`'sha256-${crypto.createHash('sha256').update(text).digest('base64')}'`);
  });
  it("allows only 'self' by default, the inline scripts by hash, and no other origin", () => {
    const policy = buildPolicy({hashes: ["'sha256-abc='"], env: {}});
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self' 'sha256-abc='");
    expect(policy).toContain("connect-src 'self';");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/https:|'unsafe-eval'|script-src[^;]*'unsafe-inline'/);
  });
  it("adds Algolia's origins only when ALGOLIA_APP_ID is set, and extra origins from the environment", () => {
    const policy = buildPolicy({hashes: [], env: {ALGOLIA_APP_ID: 'ABC123', CSP_CONNECT_SRC: 'https://stats.example.org'}});
    const connect = policy.match(/connect-src ([^;]*)/)![1]!.split(' ');
    expect(connect).toEqual(["'self'", ...algoliaOrigins('ABC123'), 'https://stats.example.org']);
    expect(connect).toContain('https://abc123-dsn.algolia.net');
  });
  it('leaves frame-ancestors out of the meta-tag version (browsers ignore it there)', () => {
    expect(buildPolicy({hashes: [], env: {}, meta: true})).not.toContain('frame-ancestors');
  });
  it('replaces the policy in a _headers file and in an nginx config, nothing else', () => {
    const headers = '/*\n  Content-Security-Policy: default-src *\n  Referrer-Policy: no-referrer\n';
    expect(replacePolicy(headers, "default-src 'self'")).toBe("/*\n  Content-Security-Policy: default-src 'self'\n  Referrer-Policy: no-referrer\n");
    const nginx = '    add_header Content-Security-Policy "default-src *" always;\n    add_header X-Frame-Options "DENY" always;\n';
    expect(replacePolicy(nginx, "default-src 'self'")).toBe('    add_header Content-Security-Policy "default-src \'self\'" always;\n    add_header X-Frame-Options "DENY" always;\n');
  });
});

describe('third-party scan', () => {
  it('flags absolute and protocol-relative URLs to other origins only', () => {
    expect(thirdPartyOrigin('https://fonts.googleapis.com/css')).toBe('https://fonts.googleapis.com');
    expect(thirdPartyOrigin('//cdn.example.org/a.js')).toBe('https://cdn.example.org');
    expect(thirdPartyOrigin('/assets/js/main.js')).toBeNull();
    expect(thirdPartyOrigin('data:image/svg+xml;utf8,<svg/>')).toBeNull();
    expect(thirdPartyOrigin('http://localhost:3000/img/logo.svg')).toBeNull(); // the site's own origin (SITE_URL)
  });
});

describe('robots.txt', () => {
  it('names each locale sitemap with absolute URLs under the base URL', () => {
    const txt = robotsTxt('https://hub.example.org', '/training/', ['en', 'fr'], 'en');
    expect(txt).toContain('Sitemap: https://hub.example.org/training/sitemap.xml\n');
    expect(txt).toContain('Sitemap: https://hub.example.org/training/fr/sitemap.xml\n');
    expect(txt).toContain('Disallow: /training/fr/quizzes/\n');
    expect(txt).toMatch(/^User-agent: \*$/m);
  });
});

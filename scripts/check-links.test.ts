import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { checkSite } from './check-links.mjs';

function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'links-'));
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), html);
  }
  return dir;
}

describe('the link checker', () => {
  it('accepts internal links, anchors and https links that resolve', () => {
    const dir = site({
      'index.html': '<a href="/docs/#intro">docs</a><a href="https://example.com/x">x</a><a href="#top">top</a><p id="top"></p>',
      'docs/index.html': '<h2 id="intro">Intro</h2><link rel="stylesheet" href="/_next/a.css"/>',
      '_next/a.css': 'body{}',
    });
    expect(checkSite(dir)).toMatchObject({ pages: 2, checked: 4, problems: [] });
  });

  it('reports broken links, missing anchors and plain-http links', () => {
    const dir = site({
      'index.html': '<a href="/nope/">x</a><a href="/docs/#missing">y</a><a href="http://example.com/">z</a>',
      'docs/index.html': '<h2 id="intro">Intro</h2>',
    });
    expect(checkSite(dir).problems).toEqual([
      'index.html: broken link /nope/',
      'index.html: missing anchor #missing in /docs/',
      'index.html: external link is not https: http://example.com/',
    ]);
  });

  it('treats the site origin as internal and checks links stay under the base path', () => {
    const dir = site({
      'index.html': '<meta property="og:image" content="http://localhost:3000/atlas/img"/><a href="/atlas/docs/">ok</a><a href="/elsewhere/">out</a>',
      'img': 'png',
      'docs/index.html': '',
    });
    expect(checkSite(dir, { basePath: '/atlas', origin: 'http://localhost:3000' }).problems).toEqual([
      'index.html: link leaves the base path /atlas: /elsewhere/',
    ]);
  });
});

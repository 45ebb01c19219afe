import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { validateSite } from './validate-html.mjs';

const page = (body: string, head = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><title>t</title>${head}</head><body>${body}</body></html>`;

function site(html: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'html-'));
  writeFileSync(path.join(dir, 'index.html'), html);
  return dir;
}

describe('the HTML validator', () => {
  it('accepts what React and Next write (self-closed void elements, charSet, async="", ids from useId)', async () => {
    const html = page('<main><div hidden="" id="_R_"></div><p>hi</p></main>', '<script src="/a.js" async=""></script><link rel="icon" href="/i.svg"/>');
    expect((await validateSite(site(html))).problems).toEqual([]);
  });

  it('rejects ids with spaces, a misused aria-label, two landmarks with one name and inline colours', async () => {
    const html = page(
      '<main><h2 id="cat-Search &amp; logs">x</h2><div aria-label="Controls">y</div>' +
        '<section aria-label="Sources">a</section><section aria-label="Sources">b</section><p style="color: red">z</p></main>',
    );
    const rules = (await validateSite(site(html))).problems.map((problem: string) => problem.split(' ')[1]);
    expect(rules).toEqual(expect.arrayContaining(['valid-id:', 'aria-label-misuse:', 'unique-landmark:', 'no-inline-style:']));
  });
});

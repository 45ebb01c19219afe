import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { DEFERRED_ID, deferScripts, deferredSources, loader } from './defer-scripts.mjs';
// @ts-expect-error plain ESM script without types
import { inlineScripts } from './csp.mjs';

const page = [
  '<!DOCTYPE html><html><head><link rel="stylesheet" href="/_next/static/chunks/a.css"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/main.js"/>',
  '<script src="/_next/static/chunks/one.js" async=""></script><script src="/_next/static/chunks/two.js" async=""></script>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script></head>',
  '<body><main>Diagram</main><script src="/_next/static/chunks/main.js" async=""></script><script>self.__next_f.push([1,"x"])</script></body></html>',
].join('');

describe('deferScripts', () => {
  const out = deferScripts(page);

  it('takes out every async script tag and script preload, and keeps the rest', () => {
    expect(out).not.toMatch(/<script src="[^"]+" async="">/);
    expect(out).not.toContain('rel="preload" as="script"');
    expect(out).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"/>');
    expect(out).toContain('<script src="/_next/static/chunks/polyfills.js" noModule=""></script>');
    expect(out).toContain('<script>self.__next_f.push([1,"x"])</script>');
    expect(out).toContain('<main>Diagram</main>');
  });

  it('adds one inline loader, last in <body>, naming the scripts in their order', () => {
    const tag = `<script id="${DEFERRED_ID}">${loader(['/_next/static/chunks/one.js', '/_next/static/chunks/two.js', '/_next/static/chunks/main.js'])}</script></body>`;
    expect(out.endsWith(`${tag}</html>`)).toBe(true);
    // csp.mjs sees it as an inline script, so the page's policy allows it by hash.
    expect(inlineScripts(out)).toContain(loader(['/_next/static/chunks/one.js', '/_next/static/chunks/two.js', '/_next/static/chunks/main.js']));
  });

  it('reads the loader’s scripts back from a finished page', () => {
    expect(deferredSources(out)).toEqual(['/_next/static/chunks/one.js', '/_next/static/chunks/two.js', '/_next/static/chunks/main.js']);
    expect(deferredSources(page)).toEqual([]);
  });

  it('runs once per page, and leaves a page without scripts as it is', () => {
    expect(deferScripts(out)).toBe(out);
    const plain = '<html><head></head><body>Not found</body></html>';
    expect(deferScripts(plain)).toBe(plain);
  });

  it('loads the scripts after a frame, at once in a hidden tab, and at most once', () => {
    const added: string[] = [];
    const frames: (() => void)[] = [];
    const timers: (() => void)[] = [];
    const documentStub = {
      visibilityState: 'visible',
      createElement: () => ({ src: '', async: false }),
      head: { appendChild: (element: { src: string }) => added.push(element.src) },
    };
    const run = new Function('document', 'requestAnimationFrame', 'setTimeout', loader(['/a.js', '/b.js']));
    run(documentStub, (callback: () => void) => frames.push(callback), (callback: () => void) => timers.push(callback));
    expect(added).toEqual([]);
    frames.forEach((frame) => frame());
    timers.forEach((timer) => timer());
    timers.forEach((timer) => timer());
    expect(added).toEqual(['/a.js', '/b.js']);

    added.length = 0;
    run({ ...documentStub, visibilityState: 'hidden' }, () => {}, () => {});
    expect(added).toEqual(['/a.js', '/b.js']);
  });
});

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

describe('loader with the payload file', () => {
  type Element = { tag: string; src?: string; href?: string; rel?: string; as?: string; async?: boolean };

  /** Runs the loader against stubs; `respond` settles its one fetch. */
  function runLoader(respond: (url: string) => Promise<{ ok: boolean; status: number; text: () => Promise<string> }>) {
    const events: string[] = [];
    const errors: unknown[][] = [];
    const frames: (() => void)[] = [];
    const timers: (() => void)[] = [];
    const self: { __next_f?: unknown[][] } = { __next_f: [[0]] };
    const documentStub = {
      visibilityState: 'visible',
      createElement: (tag: string): Element => ({ tag }),
      head: {
        appendChild: (element: Element) => {
          events.push(element.tag === 'script' ? `script ${element.src} after ${JSON.stringify(self.__next_f)}` : `${element.rel} ${element.href}`);
        },
      },
    };
    const fetchStub = (url: string, init?: { cache?: string }) => {
      events.push(`fetch ${url}${init?.cache ? ` (${init.cache})` : ''}`);
      return respond(url);
    };
    const run = new Function('document', 'requestAnimationFrame', 'setTimeout', 'fetch', 'self', 'console', loader(['/a.js', '/b.js'], '/stacks/uber/index.txt'));
    run(documentStub, (callback: () => void) => frames.push(callback), (callback: () => void) => timers.push(callback), fetchStub, self, {
      error: (...args: unknown[]) => errors.push(args),
    });
    const paint = () => {
      frames.forEach((frame) => frame());
      timers.forEach((timer) => timer());
    };
    return { events, errors, paint, self };
  }

  it('starts nothing before the first frame, then preloads the scripts and fetches the file', () => {
    const { events, paint } = runLoader(() => new Promise(() => {}));
    expect(events).toEqual([]);
    paint();
    expect(events).toEqual(['preload /a.js', 'preload /b.js', 'fetch /stacks/uber/index.txt']);
  });

  it('hydrates from the second try when the first fails', async () => {
    let tries = 0;
    const { events, paint } = runLoader(async () => (tries++ === 0 ? Promise.reject(new TypeError('network')) : { ok: true, status: 200, text: async () => 'payload' }));
    paint();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(events.filter((event) => event.startsWith('script'))).toEqual(['script /a.js after [[0],[1,"payload"]]', 'script /b.js after [[0],[1,"payload"]]']);
  });

  it('hands the text to Next before it adds the scripts that read it', async () => {
    const { events, paint } = runLoader(async () => ({ ok: true, status: 200, text: async () => 'payload' }));
    paint();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(events.slice(3)).toEqual(['script /a.js after [[0],[1,"payload"]]', 'script /b.js after [[0],[1,"payload"]]']);
  });

  it('tries once more past the cache, then leaves the page static and says so', async () => {
    const { events, errors, paint } = runLoader(async () => ({ ok: false, status: 404, text: async () => 'Not found' }));
    paint();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(events.filter((event) => event.startsWith('fetch'))).toEqual(['fetch /stacks/uber/index.txt', 'fetch /stacks/uber/index.txt (reload)']);
    expect(events.filter((event) => event.startsWith('script'))).toEqual([]);
    expect(String(errors[0]?.[0])).toContain('/stacks/uber/index.txt did not load');
    expect(String(errors[0]?.[1])).toContain('HTTP 404');
  });

  it('keeps its script list first, where deferredSources reads it', () => {
    const page = deferScripts('<html><body><script src="/x/_next/static/a.js" async=""></script></body></html>', '/x/index.txt');
    expect(deferredSources(page)).toEqual(['/x/_next/static/a.js']);
    expect(page).toContain('f="/x/index.txt"');
  });
});

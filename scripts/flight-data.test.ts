import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { canHydrate, inlineFlight, withoutInlineFlight } from './flight-data.mjs';
// @ts-expect-error plain ESM script without types
import { deferScripts, fetchedFlight } from './defer-scripts.mjs';

const chunk = (text: string) => `<script>self.__next_f.push([1,${JSON.stringify(text)}])</script>`;
const page = [
  '<html><body><main>Diagram</main>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  chunk('0:{"a":"<b>\\"quoted\\"</b>"}\n'),
  chunk('1:["x"]\n'),
  // As Next writes it: `<` escaped inside the string literal.
  '<script>self.__next_f.push([1,"2:\\u003cp\\u003e\\n"])</script>',
  '</body></html>',
].join('');

describe('inline payload', () => {
  it('joins the chunks back into the text Next wrote', () => {
    expect(inlineFlight(page)).toBe('0:{"a":"<b>\\"quoted\\"</b>"}\n1:["x"]\n2:<p>\n');
    expect(inlineFlight('<html></html>')).toBe('');
  });

  it('drops the chunks, and only them, when they are exactly the file', () => {
    const out = withoutInlineFlight(page, inlineFlight(page));
    expect(out).toBe('<html><body><main>Diagram</main><script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>');
  });

  it('keeps a page whose chunks differ from the file, or that has none', () => {
    expect(withoutInlineFlight(page, '0:{}\n')).toBeNull();
    expect(withoutInlineFlight('<html><body>Not found</body></html>', '')).toBeNull();
  });
});

describe('every finished page can hydrate', () => {
  const scripts = '<script src="/_next/static/chunks/a.js" async=""></script>';
  const withPayload = `<html><body>${scripts}${chunk('0:{}\n')}</body></html>`;
  const exists = (url: string) => url === '/stacks/uber/index.abc.txt';

  it('passes a page that fetches an existing file, or keeps its payload, or loads no scripts', () => {
    const fetching = deferScripts(withoutInlineFlight(withPayload, '0:{}\n'), '/stacks/uber/index.abc.txt');
    expect(fetchedFlight(fetching)).toBe('/stacks/uber/index.abc.txt');
    expect(canHydrate(fetching, exists)).toBe(true);
    expect(canHydrate(deferScripts(withPayload), exists)).toBe(true);
    expect(canHydrate('<html><body>Plain</body></html>', exists)).toBe(true);
  });

  it('fails a page whose file is missing, or that lost its payload without a fetch', () => {
    const fetchingMissing = deferScripts(withoutInlineFlight(withPayload, '0:{}\n'), '/stacks/uber/index.old.txt');
    expect(canHydrate(fetchingMissing, exists)).toBe(false);
    expect(canHydrate(deferScripts(withoutInlineFlight(withPayload, '0:{}\n')), exists)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { inlineFlight, withoutInlineFlight } from './flight-data.mjs';

const chunk = (text: string) => `<script>self.__next_f.push([1,${JSON.stringify(text)}])</script>`;
const page = [
  '<html><body><main>Diagram</main>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  chunk('0:{"a":"<b>\\"quoted\\"</b>"}\n'),
  chunk('1:["x"]\n'),
  '</body></html>',
].join('');

describe('inline payload', () => {
  it('joins the chunks back into the text Next wrote', () => {
    expect(inlineFlight(page)).toBe('0:{"a":"<b>\\"quoted\\"</b>"}\n1:["x"]\n');
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

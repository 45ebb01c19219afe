/**
 * Links that open a page at a quoted sentence, with a URL text fragment (`#:~:text=`), per the
 * WICG Text Fragments spec (https://wicg.github.io/scroll-to-text-fragment/). Pure and client-safe.
 */

/** Quotes longer than this many words are linked as `start,end`: a long exact match breaks on any small edit. */
export const LONG_QUOTE_WORDS = 10;
/** Words kept at each side of a long quote. */
export const RANGE_WORDS = 4;

/**
 * Percent-encodes one term of a text directive. `encodeURIComponent` covers `&`, `,`, `#`, spaces and
 * non-ASCII; the spec also reserves `-` (it marks a prefix or suffix), which it leaves alone.
 */
export function encodeTextTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

/** The value after `text=`: the whole quote, or `start,end` with a few words each side for a long one. */
export function textDirectiveValue(quote: string): string {
  const words = quote.trim().split(/\s+/).filter(Boolean);
  if (words.length <= LONG_QUOTE_WORDS) return encodeTextTerm(words.join(' '));
  const start = words.slice(0, RANGE_WORDS).join(' ');
  const end = words.slice(-RANGE_WORDS).join(' ');
  return `${encodeTextTerm(start)},${encodeTextTerm(end)}`;
}

/**
 * `url` opened at `quote`. The fragment directive goes after any fragment the URL already has
 * (`#section:~:text=...`), and a URL that already has a directive gets one more `&text=`.
 */
export function textFragmentUrl(url: string, quote: string): string {
  const directive = `text=${textDirectiveValue(quote)}`;
  const hash = url.indexOf('#');
  if (hash < 0) return `${url}#:~:${directive}`;
  return url.slice(hash + 1).includes(':~:') ? `${url}&${directive}` : `${url}:~:${directive}`;
}

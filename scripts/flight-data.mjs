/**
 * The page's React Server Components payload, which Next writes twice: inline in the HTML as
 * `self.__next_f.push([1,"…"])` scripts after the page's content, and as the route's `index.txt`,
 * which client navigation fetches. On the stack page the inline copy is 128 of the 287 kB of HTML:
 * the parser reads it (escaped twice over) before the page is done, and the browser needs it only to
 * hydrate, which starts after the first frame anyway (defer-scripts.mjs). So a page whose inline
 * payload is exactly its `.txt` file loses the inline copy and its loader fetches the file instead.
 */
import { deferredSources, fetchedFlight } from './defer-scripts.mjs';

/** One inline chunk of the payload: a JSON string literal pushed as `[1, text]`. */
const FLIGHT_CHUNK = /<script>self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)<\/script>/g;

/** The page's inline payload, its chunks joined (an empty string if it has none). */
export function inlineFlight(html) {
  let text = '';
  for (const match of html.matchAll(FLIGHT_CHUNK)) text += JSON.parse(match[1]);
  return text;
}

/**
 * The page without its inline payload chunks, or null when they are not exactly `fileText` (the
 * page would then hydrate from different data, so it keeps them). The bootstrap `push([0])` stays.
 */
export function withoutInlineFlight(html, fileText) {
  const inline = inlineFlight(html);
  if (inline === '' || inline !== fileText) return null;
  return html.replace(FLIGHT_CHUNK, '');
}

/**
 * Whether a finished page has the data to hydrate: a page whose loader fetches a payload file has
 * no inline copy and the file `exists` (given its URL); one whose loader fetches none keeps its
 * inline payload. A page without a loader loads no scripts and needs neither.
 */
export function canHydrate(html, exists) {
  if (deferredSources(html).length === 0) return true;
  const url = fetchedFlight(html);
  return url === null ? inlineFlight(html) !== '' : inlineFlight(html) === '' && exists(url);
}

/**
 * After `next build`, before the policy (scripts/post-build.mjs runs both): every exported page fetches its framework scripts only once it
 * has painted its first frame. Next writes them as `<script src async>` tags (and a preload) in the
 * page, so the browser fetches them at once: on a slow network their 160-odd kB share the bandwidth
 * with the HTML and stylesheet the first paint needs, and on a slow CPU they compile and run before
 * it. The page is whole without them (the diagram, every list and every link are in the HTML), so
 * they wait: the tags become one small inline script at the end of <body> that adds the same scripts,
 * in the same order and as async as before, in a task after the first frame (at once in a hidden
 * tab, which paints no frames; and after 2 s whatever happens). csp.mjs then allows it by hash.
 */
/** Next's external script tags (`noModule` polyfills are left alone: modern browsers never fetch them). */
const SCRIPT_TAG = /<script src="([^"]+)" async=""><\/script>/g;
const SCRIPT_PRELOAD = /<link rel="preload" as="script"[^>]*\/>/g;
/** The inline script's id: a page that has one was done already. */
export const DEFERRED_ID = 'sa-scripts-after-paint';

/**
 * The inline script that adds `sources` as async scripts after the first frame. Given `flightUrl`
 * (the page's payload file, flight-data.mjs), it fetches that file after the frame too, with the
 * scripts preloaded beside it, and hands its text to Next exactly as the inline chunks would have
 * (`__next_f.push([1, text])`) before adding the scripts, which read it when they run: Next closes
 * the payload stream as soon as it starts on a loaded page. Nothing starts before the frame, so the
 * first paint shares the network with nothing. A failed fetch is tried once more past the cache; if
 * that fails too the page stays the static page it already is, and says why in the console.
 */
export function loader(sources, flightUrl) {
  const json = (value) => JSON.stringify(value).replace(/</g, '\\u003c');
  const each = (make) => `for(var i=0;i<s.length;i++){${make}}`;
  const add = each('var e=document.createElement("script");e.src=s[i];e.async=true;document.head.appendChild(e)');
  const go = flightUrl
    ? 'function go(){if(d++)return;' +
      each('var l=document.createElement("link");l.rel="preload";l.as="script";l.href=s[i];document.head.appendChild(l)') +
      'function g(m){return fetch(f,m).then(function(r){if(!r.ok)throw new Error("HTTP "+r.status);return r.text()})}' +
      'g().catch(function(){return g({cache:"reload"})})' +
      '.then(function(t){(self.__next_f=self.__next_f||[]).push([1,t]);' + add + '},' +
      'function(r){console.error("Stack Atlas: "+f+" did not load, so this page stays static:",r)})}'
    : `function go(){if(d++)return;${add}}`;
  return (
    `(function(){var s=${json(sources)}${flightUrl ? `,f=${json(flightUrl)}` : ''},d=0;` +
    go +
    'if(document.visibilityState!=="visible")go();else{requestAnimationFrame(function(){setTimeout(go)});setTimeout(go,2000)}})()'
  );
}

/**
 * The page with its framework scripts loaded after its first frame; unchanged if it has none. With
 * `flightUrl` its loader also fetches the payload the page no longer carries inline.
 */
export function deferScripts(html, flightUrl) {
  if (html.includes(`id="${DEFERRED_ID}"`)) return html;
  const sources = [];
  const stripped = html.replace(SCRIPT_PRELOAD, '').replace(SCRIPT_TAG, (_, src) => {
    sources.push(src);
    return '';
  });
  if (sources.length === 0 || !stripped.includes('</body>')) return html;
  return stripped.replace('</body>', `<script id="${DEFERRED_ID}">${loader(sources, flightUrl)}</script></body>`);
}

/** The start of a finished page's loader: its script list and, if it fetches one, its payload file. */
const LOADER_HEAD = new RegExp(`<script id="${DEFERRED_ID}">\\(function\\(\\)\\{var s=(\\[[^\\]]*\\])(?:,f=("[^"]*"))?`);

/** The scripts a finished page's loader adds, in order (none if the page has no loader). */
export function deferredSources(html) {
  const match = LOADER_HEAD.exec(html);
  return match ? JSON.parse(match[1]) : [];
}

/** The payload file a finished page's loader fetches (null if it has no loader or fetches none). */
export function fetchedFlight(html) {
  const match = LOADER_HEAD.exec(html);
  return match?.[2] ? JSON.parse(match[2]) : null;
}

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

/** The inline script that adds `sources` as async scripts after the first frame. */
export function loader(sources) {
  const list = JSON.stringify(sources).replace(/</g, '\\u003c');
  return (
    `(function(){var s=${list},d=0;` +
    'function go(){if(d++)return;for(var i=0;i<s.length;i++){var e=document.createElement("script");e.src=s[i];e.async=true;document.head.appendChild(e)}}' +
    'if(document.visibilityState!=="visible")go();else{requestAnimationFrame(function(){setTimeout(go)});setTimeout(go,2000)}})()'
  );
}

/** The page with its framework scripts loaded after its first frame; unchanged if it has none. */
export function deferScripts(html) {
  if (html.includes(`id="${DEFERRED_ID}"`)) return html;
  const sources = [];
  const stripped = html.replace(SCRIPT_PRELOAD, '').replace(SCRIPT_TAG, (_, src) => {
    sources.push(src);
    return '';
  });
  if (sources.length === 0 || !stripped.includes('</body>')) return html;
  return stripped.replace('</body>', `<script id="${DEFERRED_ID}">${loader(sources)}</script></body>`);
}

/** The scripts a finished page's loader adds, in order (none if the page has no loader). */
export function deferredSources(html) {
  const match = new RegExp(`<script id="${DEFERRED_ID}">\\(function\\(\\)\\{var s=(\\[[^\\]]*\\])`).exec(html);
  return match ? JSON.parse(match[1]) : [];
}

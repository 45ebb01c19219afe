#!/usr/bin/env node
/**
 * `npm run test:links`: every internal link and anchor in the built site resolves, and every
 * external link is https. Reads the static export (`out/`, or NEXT_DIST_DIR), honours BASE_PATH.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { basePathFromEnv } from './lib/base-path.mjs';
import { htmlFiles } from './lib/html-files.mjs';

const ATTRIBUTE = /<(a|link|script|img|source|meta)\b[^>]*?\s(href|src|content)="([^"]*)"/g;

function decode(value) {
  return value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** The file a site path is served from, like a static host: `/a/` -> `a/index.html`. */
function fileFor(dir, sitePath) {
  const clean = decodeURIComponent(sitePath).replace(/^\/+/, '');
  const candidates = [clean, path.posix.join(clean, 'index.html'), `${clean}.html`];
  for (const candidate of candidates) {
    const full = path.join(dir, candidate);
    if (existsSync(full) && statSync(full).isFile()) return full;
  }
  return undefined;
}

function idsIn(html) {
  return new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((match) => decode(match[1])));
}

/**
 * @param {string} dir the exported site
 * @param {{ basePath?: string, origin?: string }} options origin: the site's own absolute URL prefix (treated as internal)
 * @returns {{ pages: number, checked: number, problems: string[] }}
 */
export function checkSite(dir, { basePath = '', origin = '' } = {}) {
  const problems = [];
  const pages = htmlFiles(dir);
  const idCache = new Map();
  const ids = (file) => {
    if (!idCache.has(file)) idCache.set(file, idsIn(readFileSync(file, 'utf8')));
    return idCache.get(file);
  };
  let checked = 0;
  for (const page of pages) {
    const html = readFileSync(path.join(dir, page), 'utf8');
    const pagePath = `${basePath}/${page.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '')}`;
    for (const match of html.matchAll(ATTRIBUTE)) {
      const [, tag, attribute, raw] = match;
      if (tag === 'meta' && !/property="og:image"|name="twitter:image"/.test(match[0])) continue;
      if (tag !== 'meta' && attribute === 'content') continue;
      let value = decode(raw);
      if (!value || value.startsWith('data:') || value.startsWith('mailto:')) continue;
      checked++;
      if (origin && value.startsWith(origin)) value = value.slice(origin.length) || '/';
      if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) {
        if (!value.startsWith('https://')) problems.push(`${page}: external link is not https: ${value}`);
        continue;
      }
      const url = new URL(value, `http://site${pagePath}`);
      if (basePath && !url.pathname.startsWith(`${basePath}/`) && url.pathname !== basePath) {
        problems.push(`${page}: link leaves the base path ${basePath}: ${value}`);
        continue;
      }
      const target = fileFor(dir, url.pathname.slice(basePath.length));
      if (!target) {
        problems.push(`${page}: broken link ${value}`);
        continue;
      }
      const hash = decodeURIComponent(url.hash.slice(1));
      if (hash && target.endsWith('.html') && !ids(target).has(hash)) problems.push(`${page}: missing anchor #${hash} in ${value.split("#")[0] || page}`);
    }
  }
  return { pages: pages.length, checked, problems };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = path.resolve(process.env.NEXT_DIST_DIR ?? 'out');
  const basePath = basePathFromEnv();
  const origin = `${(process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '')}`;
  const { pages, checked, problems } = checkSite(dir, { basePath, origin });
  for (const problem of problems) console.log(problem);
  console.log(`${problems.length ? '✗' : '✓'} links: ${checked} links on ${pages} pages checked, ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  process.exit(problems.length ? 1 : 0);
}

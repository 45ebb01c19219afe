/**
 * What the client JavaScript of a page is made of: per chunk, its size as served and gzipped at
 * level 9 (the static server does not compress), whether every page loads it (shared: framework and
 * layout) or only this route, and which libraries it holds, recognised by markers in the code.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ScriptFetch } from './load';

export interface Chunk {
  name: string;
  bytes: number;
  wireBytes: number;
  gzipBytes: number;
  /** Also loaded by the home page: framework, runtime and layout rather than this page. */
  shared: boolean;
  /** Requested after the load event and hydration (a lazy chunk): not part of the JS at load. */
  deferred: boolean;
  libraries: string[];
}

export interface JsReport {
  chunks: Chunk[];
  /** The JS at load (deferred chunks excluded). */
  bytes: number;
  wireBytes: number;
  gzipBytes: number;
  sharedGzipBytes: number;
  pageGzipBytes: number;
  /** Lazy chunks fetched after load, before the page settled. */
  deferredBytes: number;
  deferredGzipBytes: number;
  /** Build-time-only code found in the client (should be empty). */
  leaks: string[];
}

const MARKERS: { library: string; test: (code: string, name: string) => boolean; leak?: boolean }[] = [
  { library: 'turbopack runtime', test: (_, name) => name.startsWith('turbopack-') },
  { library: 'react-dom + scheduler', test: (code) => /__reactContainer|unstable_scheduleCallback/.test(code) },
  { library: 'react (jsx runtime)', test: (code) => code.includes('react.fragment') && !code.includes('__reactContainer') },
  { library: 'next app-router runtime', test: (code) => /next-router|NEXT_REDIRECT|AppRouterContext/.test(code) },
  { library: 'next/link', test: (code) => code.includes('useLinkStatus') },
  { library: 'next error page', test: (code) => code.includes('errorThemeCss') },
  // Store option names survive minification; the `react-flow__` classes do not tell (the app's static canvas uses them too).
  { library: '@xyflow/react', test: (code) => /elevateNodesOnSelect|onlyRenderVisibleElements/.test(code) },
  { library: 'd3-zoom/d3-drag', test: (code) => code.includes('__zoom') },
  { library: 'Stack Atlas components', test: (code) => /data-hydrated|panel-heading|sa-node/.test(code) },
  { library: 'zod', test: (code) => code.includes('ZodError'), leak: true },
  { library: 'elkjs', test: (code) => /elk\.layered|org\.eclipse\.elk/.test(code), leak: true },
  { library: 'mdx-bundler/esbuild', test: (code) => /mdx-bundler|esbuild-wasm|bundleMDX/.test(code), leak: true },
];

/** `<script src>` (module, not noModule) of a built HTML file: the chunks every page of that shell loads. */
export function htmlScripts(htmlFile: string): Set<string> {
  const html = readFileSync(htmlFile, 'utf8');
  const names = new Set<string>();
  for (const tag of html.match(/<script\b[^>]*\bsrc="[^"]+"[^>]*>/g) ?? []) {
    if (/\bnoModule\b/i.test(tag)) continue;
    names.add(path.basename(/src="([^"]+)"/.exec(tag)![1]!));
  }
  return names;
}

export function analyseJs(scripts: ScriptFetch[], deferred: ScriptFetch[], sharedNames: ReadonlySet<string>): JsReport {
  const leaks = new Set<string>();
  const lazy = new Set(deferred);
  const chunks = [...scripts, ...deferred]
    .map((script): Chunk => {
      const name = path.basename(new URL(script.url).pathname);
      const code = script.body.toString('utf8');
      const found = MARKERS.filter((marker) => marker.test(code, name));
      for (const marker of found) if (marker.leak) leaks.add(`${marker.library} in ${name}`);
      return {
        name,
        bytes: script.body.length,
        wireBytes: script.wireBytes,
        gzipBytes: gzipSync(script.body, { level: 9 }).length,
        shared: sharedNames.has(name),
        deferred: lazy.has(script),
        libraries: found.length ? found.map((marker) => marker.library) : ['(unrecognised)'],
      };
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  const sum = (list: Chunk[], key: 'bytes' | 'wireBytes' | 'gzipBytes') => list.reduce((total, chunk) => total + chunk[key], 0);
  const atLoad = chunks.filter((chunk) => !chunk.deferred);
  const later = chunks.filter((chunk) => chunk.deferred);
  return {
    chunks,
    bytes: sum(atLoad, 'bytes'),
    wireBytes: sum(atLoad, 'wireBytes'),
    gzipBytes: sum(atLoad, 'gzipBytes'),
    sharedGzipBytes: sum(atLoad.filter((chunk) => chunk.shared), 'gzipBytes'),
    pageGzipBytes: sum(atLoad.filter((chunk) => !chunk.shared), 'gzipBytes'),
    deferredBytes: sum(later, 'bytes'),
    deferredGzipBytes: sum(later, 'gzipBytes'),
    leaks: [...leaks],
  };
}

/**
 * What the client JavaScript of a page is made of: per chunk, its size as served and gzipped at
 * level 9 (the static server does not compress), whether every page loads it (shared: framework and
 * layout) or only this route, and which libraries it holds, recognised by markers in the code.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUILD_ONLY_SIGNATURES, CLIENT_SIGNATURES, librariesIn } from '../lib/chunk-signatures';
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
      const leaked = librariesIn(code, name, BUILD_ONLY_SIGNATURES);
      for (const library of leaked) leaks.add(`${library} in ${name}`);
      const found = [...librariesIn(code, name, CLIENT_SIGNATURES), ...leaked];
      return {
        name,
        bytes: script.body.length,
        wireBytes: script.wireBytes,
        gzipBytes: gzipSync(script.body, { level: 9 }).length,
        shared: sharedNames.has(name),
        deferred: lazy.has(script),
        libraries: found.length ? found : ['(unrecognised)'],
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

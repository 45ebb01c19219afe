/** The JS a page fetched by a moment: every script whose request started by load event + 1 s, gzip -9. */
import { gzipSync } from 'node:zlib';
import type { LoadSample, ScriptFetch } from '../load';

export const AFTER_LOAD_MS = 1000;

export interface JsBy {
  /** Request start cutoff, ms from navigation start. */
  cutoff: number;
  gzipBytes: number;
  bytes: number;
  scripts: string[];
}

/** Scripts requested by `cutoff` (ms from navigation start), the sizes given per script. */
export function scriptsBy(scripts: readonly { url: string; startedAt: number; bytes: number; gzipBytes: number }[], cutoff: number): JsBy {
  const fetched = scripts.filter((script) => script.startedAt <= cutoff);
  return {
    cutoff,
    gzipBytes: fetched.reduce((sum, script) => sum + script.gzipBytes, 0),
    bytes: fetched.reduce((sum, script) => sum + script.bytes, 0),
    scripts: fetched.map((script) => script.url),
  };
}

const sized = (script: ScriptFetch) => ({ url: script.url, startedAt: script.startedAt, bytes: script.body.length, gzipBytes: gzipSync(script.body, { level: 9 }).length });

/** JS fetched by 1 s after the load event of one cold load (the loader waits at least that long). */
export function jsByOneSecondAfterLoad(sample: LoadSample): JsBy {
  return scriptsBy([...sample.scripts, ...sample.deferredScripts].map(sized), sample.loadEvent + AFTER_LOAD_MS);
}

/**
 * The content pipeline, end to end, one for both kinds of document (stacks and concept pages):
 * file -> compile (mdx-bundler) -> validate -> layout, cached by content hash on disk (./cache).
 * Usable from Next (via ./index) and from plain Node scripts.
 */
import path from 'node:path';
import { DocumentCache, newCacheMemory, type CacheMemory, type CacheStats } from './cache';
import { compileDocument } from './compile';
import { documentKey, pipelineFingerprint } from './fingerprint';
import { CONCEPTS_DIR, CONTENT_DIR, listConceptFiles, listStackFiles, readSource, ROOT, type ContentFile } from './files';
import { ContentBuildError } from './format';
import { loadTechIds } from './technologies';
import { validateDocument } from '../graph/validate';
import { layoutView } from '../graph/layout';
import type { DocumentKind, LaidOutDocument } from '../graph/documents';
import type { ContentError, LaidOutConcept, LaidOutStack } from '../graph/schema';

export type DocumentResult<K extends DocumentKind = DocumentKind> =
  /** `uncited`: components and flows with neither a citation nor `inferred` (printed by `npm run check`). */
  | { ok: true; document: LaidOutDocument<K>; warnings: ContentError[]; uncited?: ContentError[] }
  | { ok: false; errors: ContentError[]; warnings: ContentError[] };

/** compile -> validate -> layout, with no cache: what a cache miss runs. */
export async function processDocument<K extends DocumentKind>(
  kind: K,
  file: ContentFile,
  source: string,
  techIds?: ReadonlySet<string>,
): Promise<DocumentResult<K>> {
  const compiled = await compileDocument({ slug: file.slug, file: file.file, source, cwd: CONTENT_DIR });
  if (!compiled.ok) return { ok: false, errors: compiled.errors, warnings: [] };
  const validated = validateDocument(compiled.document, kind, { techIds });
  if (!validated.ok) return validated;
  const views = await Promise.all(validated.document.views.map(layoutView));
  return { ok: true, document: { ...validated.document, views } as LaidOutDocument<K>, warnings: validated.warnings, uncited: validated.uncited };
}

/**
 * Under `.next/cache/`, Next's own cache folder: `next build` keeps it between builds, CI setups that
 * persist Next's cache persist this with it, and deleting `.next/` gives a clean build as people expect.
 * (Not `node_modules/.cache`: the benchmark hard-links node_modules into its snapshot, which would make
 * its "cold" build share this cache.) STACK_ATLAS_CONTENT_CACHE=0 turns the disk cache off.
 */
export const CONTENT_CACHE_DIR = path.join(ROOT, '.next', 'cache', 'stack-atlas', 'content');
const diskCacheOff = ['0', 'false', 'off'].includes(process.env.STACK_ATLAS_CONTENT_CACHE ?? '');

export function isDocumentResult(value: unknown): value is DocumentResult {
  if (!value || typeof value !== 'object') return false;
  const result = value as Record<string, unknown>;
  if (!Array.isArray(result.warnings)) return false;
  return result.ok === true ? !!result.document && typeof result.document === 'object' : result.ok === false && Array.isArray(result.errors);
}

export interface LoaderInputs {
  techIds(): Promise<ReadonlySet<string>>;
  fingerprint(): Promise<string>;
}

/** Creates the loader for one cache (tests make their own, in a temp dir, with their own inputs). */
export function createDocumentLoader(cache: DocumentCache<DocumentResult>, inputs: LoaderInputs = { techIds: loadTechIds, fingerprint: pipelineFingerprint }) {
  return async function loadDocumentFile<K extends DocumentKind>(kind: K, file: ContentFile): Promise<DocumentResult<K>> {
    const [source, techIds, fingerprint] = await Promise.all([readSource(file), inputs.techIds(), inputs.fingerprint()]);
    const key = documentKey({ fingerprint, kind, file: file.file, source, techIds });
    return cache.get(key, () => processDocument(kind, file, source, techIds)) as Promise<DocumentResult<K>>;
  };
}

/**
 * The process's memory of results and its cache report. Kept on globalThis because Next bundles this
 * module into each route's server code, so one build worker evaluates several copies of it; they
 * share one map (no file read twice in a process) and one report.
 */
interface ProcessState {
  memory: CacheMemory<DocumentResult>;
  loadsInFlight: number;
  /** The kinds loaded since the last line. */
  kinds: Set<DocumentKind>;
  reported: CacheStats;
  timer?: ReturnType<typeof setTimeout>;
}
const STATE = Symbol.for('stack-atlas.content-cache');
const state: ProcessState = ((globalThis as { [STATE]?: ProcessState })[STATE] ??= {
  memory: newCacheMemory(),
  loadsInFlight: 0,
  kinds: new Set(),
  reported: { hits: 0, misses: 0 },
});

const cache = new DocumentCache<DocumentResult>(diskCacheOff ? null : CONTENT_CACHE_DIR, isDocumentResult, state.memory);

/** One content file, from the cache when nothing it depends on has changed. */
export const loadDocumentFile = createDocumentLoader(cache);

/** Which kind a file is, by its folder: `content/concepts/` holds concept pages, anything else is a stack. */
export function documentKindOf(file: ContentFile): DocumentKind {
  return path.dirname(file.absolute) === CONCEPTS_DIR ? 'concept' : 'stack';
}

const FILES: Record<DocumentKind, () => Promise<ContentFile[]>> = {
  stack: () => listStackFiles(),
  concept: () => listConceptFiles(),
};

/* ------------------------------------------------------------------ cache report */

/** Loads that end within this long of each other are reported on one line. */
const REPORT_AFTER_MS = 200;

function printCacheUse(): void {
  state.timer = undefined;
  const hits = cache.stats.hits - state.reported.hits;
  const misses = cache.stats.misses - state.reported.misses;
  const kinds = [...state.kinds].sort().reverse().map((kind) => `${kind}s`).join(' and ');
  state.kinds.clear();
  if (hits + misses === 0) return;
  state.reported = { ...cache.stats };
  const off = cache.dir ? '' : '; disk cache off by STACK_ATLAS_CONTENT_CACHE';
  console.log(`content cache: ${hits} hit${hits === 1 ? '' : 's'}, ${misses} miss${misses === 1 ? '' : 'es'} (${kinds}${off})`);
}

/**
 * `content cache: 3 hits, 0 misses (stacks)`: what was read from disk and what was compiled since the
 * last line, printed once no load has been running for a moment. A build worker prints a line the
 * first time it loads each kind (at most one per kind: later calls are answered from memory and print
 * nothing); `next dev` prints a line only when a request reads or recompiles something (`0 hits,
 * 1 miss` after an edit).
 */
function reportCacheUse(): void {
  if (state.loadsInFlight > 0 || process.env.VITEST) return;
  clearTimeout(state.timer);
  state.timer = setTimeout(printCacheUse, REPORT_AFTER_MS);
}

/** Every document of a kind, or a ContentBuildError listing every problem in every file. */
export async function loadAllDocuments<K extends DocumentKind>(kind: K): Promise<LaidOutDocument<K>[]> {
  state.loadsInFlight++;
  state.kinds.add(kind);
  try {
    const results = await Promise.all((await FILES[kind]()).map((file) => loadDocumentFile(kind, file)));
    const errors = results.flatMap((result) => (result.ok ? [] : result.errors));
    if (errors.length > 0) throw new ContentBuildError(errors);
    return results.map((result) => (result as Extract<DocumentResult<K>, { ok: true }>).document);
  } finally {
    state.loadsInFlight--;
    reportCacheUse();
  }
}

/** Every stack, in file-name order. */
export function loadAllStacks(): Promise<LaidOutStack[]> {
  return loadAllDocuments('stack');
}

/** Every concept page, in the order their frontmatter gives. */
export async function loadAllConcepts(): Promise<LaidOutConcept[]> {
  return (await loadAllDocuments('concept')).sort((a, b) => a.meta.order - b.meta.order);
}

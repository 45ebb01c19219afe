/**
 * The content pipeline, end to end, one for both kinds of document (stacks and concept pages):
 * file -> compile (mdx-bundler) -> validate -> layout, cached in memory by content hash.
 * Usable from Next (via ./index) and from plain Node scripts.
 */
import path from 'node:path';
import { createHash } from 'node:crypto';
import { compileDocument } from './compile';
import { CONCEPTS_DIR, CONTENT_DIR, listConceptFiles, listStackFiles, readSource, type ContentFile } from './files';
import { ContentBuildError } from './format';
import { loadTechIds } from './technologies';
import { validateDocument } from '../graph/validate';
import { layoutDiagram } from '../graph/layout';
import type { DocumentKind, LaidOutDocument } from '../graph/documents';
import type { ContentError, LaidOutConcept, LaidOutStack } from '../graph/schema';

export type DocumentResult<K extends DocumentKind = DocumentKind> =
  | { ok: true; document: LaidOutDocument<K>; warnings: ContentError[] }
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
  const diagrams = await Promise.all(validated.document.diagrams.map(layoutDiagram));
  return { ok: true, document: { ...validated.document, diagrams } as LaidOutDocument<K>, warnings: validated.warnings };
}

/** Bump when the pipeline's output shape changes, so cached results are not reused. */
const PIPELINE_VERSION = '2';

/**
 * Keyed by a hash of the source, the file name and the pipeline version: an edited file (in
 * `next dev`) misses the cache and recompiles, an unchanged one never does.
 */
const cache = new Map<string, Promise<DocumentResult>>();

/** One content file, from the cache when nothing it depends on has changed. */
export async function loadDocumentFile<K extends DocumentKind>(kind: K, file: ContentFile): Promise<DocumentResult<K>> {
  const [source, techIds] = await Promise.all([readSource(file), loadTechIds()]);
  const key = createHash('sha256').update(`${PIPELINE_VERSION}\0${kind}\0${file.file}\0${[...techIds].join(',')}\0${source}`).digest('hex');
  let result = cache.get(key);
  if (!result) {
    result = processDocument(kind, file, source, techIds);
    cache.set(key, result);
  }
  return result as Promise<DocumentResult<K>>;
}

/** Which kind a file is, by its folder: `content/concepts/` holds concept pages, anything else is a stack. */
export function documentKindOf(file: ContentFile): DocumentKind {
  return path.dirname(file.absolute) === CONCEPTS_DIR ? 'concept' : 'stack';
}

const FILES: Record<DocumentKind, () => Promise<ContentFile[]>> = {
  stack: () => listStackFiles(),
  concept: () => listConceptFiles(),
};

/** Every document of a kind, or a ContentBuildError listing every problem in every file. */
export async function loadAllDocuments<K extends DocumentKind>(kind: K): Promise<LaidOutDocument<K>[]> {
  const results = await Promise.all((await FILES[kind]()).map((file) => loadDocumentFile(kind, file)));
  const errors = results.flatMap((result) => (result.ok ? [] : result.errors));
  if (errors.length > 0) throw new ContentBuildError(errors);
  return results.map((result) => (result as Extract<DocumentResult<K>, { ok: true }>).document);
}

/** Every stack, in file-name order. */
export function loadAllStacks(): Promise<LaidOutStack[]> {
  return loadAllDocuments('stack');
}

/** Every concept page, in the order their frontmatter gives. */
export async function loadAllConcepts(): Promise<LaidOutConcept[]> {
  return (await loadAllDocuments('concept')).sort((a, b) => a.meta.order - b.meta.order);
}

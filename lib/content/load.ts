/**
 * The content pipeline, end to end: file -> compile (mdx-bundler, cached by content hash) ->
 * validate -> layout. Usable from Next (via ./index) and from plain Node scripts.
 */
import { createHash } from 'node:crypto';
import { compileStack } from './compile';
import { listConceptFiles, listStackFiles, readSource, CONTENT_DIR, type ContentFile } from './files';
import { ContentBuildError } from './format';
import { loadTechIds } from './technologies';
import { validateConcept, validateStack } from '../graph/validate';
import { layoutDiagram, layoutStack } from '../graph/layout';
import type { ContentError, LaidOutConcept, LaidOutStack } from '../graph/schema';

/** Bump when the pipeline's output shape changes, so cached results are not reused. */
const PIPELINE_VERSION = '1';

export type StackResult =
  | { ok: true; stack: LaidOutStack; warnings: ContentError[] }
  | { ok: false; errors: ContentError[]; warnings: ContentError[] };

/**
 * Keyed by a hash of the source, the file name and the pipeline version: an edited file (in
 * `next dev`) misses the cache and recompiles, an unchanged one never does.
 */
const cache = new Map<string, Promise<StackResult | ConceptResult>>();

export type ConceptResult =
  | { ok: true; concept: LaidOutConcept; warnings: ContentError[] }
  | { ok: false; errors: ContentError[]; warnings: ContentError[] };

export async function processSource(file: ContentFile, source: string, techIds?: ReadonlySet<string>): Promise<StackResult> {
  const compiled = await compileStack({ slug: file.slug, file: file.file, source, cwd: CONTENT_DIR });
  if (!compiled.ok) return { ok: false, errors: compiled.errors, warnings: [] };
  const validated = validateStack(compiled.stack, { techIds });
  if (!validated.ok) return validated;
  return { ok: true, stack: await layoutStack(validated.stack), warnings: validated.warnings };
}

export async function processConceptSource(file: ContentFile, source: string, techIds?: ReadonlySet<string>): Promise<ConceptResult> {
  const compiled = await compileStack({ slug: file.slug, file: file.file, source, cwd: CONTENT_DIR });
  if (!compiled.ok) return { ok: false, errors: compiled.errors, warnings: [] };
  const validated = validateConcept(compiled.stack, { techIds });
  if (!validated.ok) return validated;
  const diagrams = await Promise.all(validated.concept.diagrams.map(layoutDiagram));
  return { ok: true, concept: { ...validated.concept, diagrams }, warnings: validated.warnings };
}

async function cached<R extends StackResult | ConceptResult>(
  kind: string,
  file: ContentFile,
  run: (source: string, techIds: ReadonlySet<string>) => Promise<R>,
): Promise<R> {
  const [source, techIds] = await Promise.all([readSource(file), loadTechIds()]);
  const key = createHash('sha256')
    .update(`${PIPELINE_VERSION}\0${kind}\0${file.file}\0${[...techIds].join(',')}\0${source}`)
    .digest('hex');
  let result = cache.get(key) as Promise<R> | undefined;
  if (!result) {
    result = run(source, techIds);
    cache.set(key, result);
  }
  return result;
}

export function loadStackFile(file: ContentFile): Promise<StackResult> {
  return cached('stack', file, (source, techIds) => processSource(file, source, techIds));
}

export function loadConceptFile(file: ContentFile): Promise<ConceptResult> {
  return cached('concept', file, (source, techIds) => processConceptSource(file, source, techIds));
}

/** Every concept page, or a ContentBuildError listing every problem. */
export async function loadAllConcepts(): Promise<LaidOutConcept[]> {
  const results = await Promise.all((await listConceptFiles()).map(loadConceptFile));
  const errors = results.flatMap((result) => (result.ok ? [] : result.errors));
  if (errors.length > 0) throw new ContentBuildError(errors);
  return results.map((result) => (result as Extract<ConceptResult, { ok: true }>).concept).sort((a, b) => a.meta.order - b.meta.order);
}

/** Every stack, or a ContentBuildError listing every problem in every file. */
export async function loadAllStacks(): Promise<LaidOutStack[]> {
  const files = await listStackFiles();
  const results = await Promise.all(files.map(loadStackFile));
  const errors = results.flatMap((result) => (result.ok ? [] : result.errors));
  if (errors.length > 0) throw new ContentBuildError(errors);
  return results.map((result) => (result as Extract<StackResult, { ok: true }>).stack);
}

/**
 * The content pipeline, end to end: file -> compile (mdx-bundler, cached by content hash) ->
 * validate -> layout. Usable from Next (via ./index) and from plain Node scripts.
 */
import { createHash } from 'node:crypto';
import { compileStack } from './compile';
import { listStackFiles, readSource, CONTENT_DIR, type ContentFile } from './files';
import { ContentBuildError } from './format';
import { loadTechIds } from './technologies';
import { validateStack } from '../graph/validate';
import { layoutStack } from '../graph/layout';
import type { ContentError, LaidOutStack } from '../graph/schema';

/** Bump when the pipeline's output shape changes, so cached results are not reused. */
const PIPELINE_VERSION = '1';

export type StackResult =
  | { ok: true; stack: LaidOutStack; warnings: ContentError[] }
  | { ok: false; errors: ContentError[]; warnings: ContentError[] };

/**
 * Keyed by a hash of the source, the file name and the pipeline version: an edited file (in
 * `next dev`) misses the cache and recompiles, an unchanged one never does.
 */
const cache = new Map<string, Promise<StackResult>>();

export async function processSource(file: ContentFile, source: string, techIds?: ReadonlySet<string>): Promise<StackResult> {
  const compiled = await compileStack({ slug: file.slug, file: file.file, source, cwd: CONTENT_DIR });
  if (!compiled.ok) return { ok: false, errors: compiled.errors, warnings: [] };
  const validated = validateStack(compiled.stack, { techIds });
  if (!validated.ok) return validated;
  return { ok: true, stack: await layoutStack(validated.stack), warnings: validated.warnings };
}

export async function loadStackFile(file: ContentFile): Promise<StackResult> {
  const [source, techIds] = await Promise.all([readSource(file), loadTechIds()]);
  const key = createHash('sha256')
    .update(`${PIPELINE_VERSION}\0${file.file}\0${[...techIds].join(',')}\0${source}`)
    .digest('hex');
  let result = cache.get(key);
  if (!result) {
    result = processSource(file, source, techIds);
    cache.set(key, result);
  }
  return result;
}

/** Every stack, or a ContentBuildError listing every problem in every file. */
export async function loadAllStacks(): Promise<LaidOutStack[]> {
  const files = await listStackFiles();
  const results = await Promise.all(files.map(loadStackFile));
  const errors = results.flatMap((result) => (result.ok ? [] : result.errors));
  if (errors.length > 0) throw new ContentBuildError(errors);
  return results.map((result) => (result as Extract<StackResult, { ok: true }>).stack);
}

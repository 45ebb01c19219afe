/**
 * Test helpers: run a fixture string through the content pipeline exactly as a file under
 * `content/stacks/<slug>.mdx` would be, and find where a piece of text sits in a source.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileDocument, type CompileResult } from '../../content/compile';
import { CONTENT_DIR } from '../../content/files';
import { processDocument, type DocumentResult } from '../../content/load';
import { validateDocument, type DocumentValidation } from '../validate';
import type { ContentError, LaidOutStack, ParsedDocument, SourcePoint } from '../schema';

/** A fixture file next to this one, e.g. `fixture('good.mdx')`. */
export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`./${name}`, import.meta.url)), 'utf8');
}

/** The valid example stack every bad case is derived from. */
export const GOOD = fixture('good.mdx');

export const fileFor = (slug: string) => `content/stacks/${slug}.mdx`;

export function compileFixture(source: string, slug = 'fixture'): Promise<CompileResult> {
  return compileDocument({ slug, file: fileFor(slug), source, cwd: CONTENT_DIR });
}

/** Compiles and expects success: for tests about the extracted tree. */
export async function parseFixture(source: string, slug = 'fixture'): Promise<ParsedDocument> {
  const result = await compileFixture(source, slug);
  if (!result.ok) throw new Error(`fixture did not compile:\n${JSON.stringify(result.errors, null, 2)}`);
  return result.document;
}

export interface CheckOptions {
  slug?: string;
  techIds?: ReadonlySet<string>;
}

/**
 * Compile + validate, with compile failures folded into the same shape, so a test sees every
 * problem whichever stage found it.
 */
export async function checkFixture(source: string, { slug = 'fixture', techIds }: CheckOptions = {}): Promise<{
  ok: boolean;
  errors: ContentError[];
  warnings: ContentError[];
  validation?: DocumentValidation<'stack'>;
}> {
  const compiled = await compileFixture(source, slug);
  if (!compiled.ok) return { ok: false, errors: compiled.errors, warnings: [] };
  const validation = validateDocument(compiled.document, 'stack', { techIds });
  return validation.ok
    ? { ok: true, errors: [], warnings: validation.warnings, validation }
    : { ok: false, errors: validation.errors, warnings: validation.warnings, validation };
}

/** A pipeline result for a stack fixture, with the document under the name the tests read. */
export type StackFixtureResult =
  | { ok: true; stack: LaidOutStack; warnings: ContentError[] }
  | Extract<DocumentResult<'stack'>, { ok: false }>;

/** compile -> validate -> layout, the way `content/stacks/<slug>.mdx` is built. */
export async function runPipeline(source: string, { slug = 'fixture', techIds }: CheckOptions = {}): Promise<StackFixtureResult> {
  const result = await processDocument('stack', { slug, file: fileFor(slug), absolute: `${CONTENT_DIR}/stacks/${slug}.mdx` }, source, techIds);
  return result.ok ? { ok: true, stack: result.document, warnings: result.warnings } : result;
}

/** Like runPipeline, but throws with the errors when the source is not valid. */
export async function laidOut(source: string, options: CheckOptions = {}) {
  const result = await runPipeline(source, options);
  if (!result.ok) throw new Error(`pipeline failed:\n${JSON.stringify(result.errors, null, 2)}`);
  return result;
}

/**
 * The 1-based line and column where `needle` starts in `source` (its `nth` occurrence, from 1).
 * An independent oracle for positions: it counts characters, it does not parse.
 */
export function locate(source: string, needle: string, nth = 1): SourcePoint {
  let index = -1;
  for (let i = 0; i < nth; i++) {
    index = source.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`\`${needle}\` (occurrence ${nth}) is not in the source`);
  }
  const before = source.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}

/** Replaces exactly one occurrence, failing loudly if the fixture changed under the test. */
export function edit(source: string, from: string, to: string): string {
  const count = source.split(from).length - 1;
  if (count !== 1) throw new Error(`expected \`${from}\` once in the fixture, found it ${count} times`);
  return source.replace(from, to);
}

/** The one error whose message contains `text`; fails if there are none or several. */
export function only(errors: ContentError[], text: string | RegExp): ContentError {
  const matches = errors.filter((error) => (typeof text === 'string' ? error.message.includes(text) : text.test(error.message)));
  if (matches.length !== 1) {
    throw new Error(`expected one message matching ${String(text)}, got ${matches.length}:\n${errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('\n')}`);
  }
  return matches[0]!;
}

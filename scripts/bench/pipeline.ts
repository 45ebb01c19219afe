/**
 * The content pipeline in-process (no Next): the 500-component stack stage by stage, with layout
 * (elkjs) timed on its own, and `processDocument` over 1, 10 and 100 generated stacks.
 */
import { performance } from 'node:perf_hooks';
import { compileDocument } from '../../lib/content/compile';
import { processDocument } from '../../lib/content/load';
import { layoutView } from '../../lib/graph/layout';
import { validateDocument } from '../../lib/graph/validate';
import type { ContentFile } from '../../lib/content/files';
import type { LaidOutStack } from '../../lib/graph/schema';
import { generateStack } from './generate';
import { summarize, type Summary } from './stats';

export interface LargeStackTimes {
  bytes: number;
  compileMs: number;
  validateMs: number;
  /** layoutView on the one diagram, repeated. */
  layout: Summary;
  layoutSamples: number[];
  width: number;
  height: number;
}

export interface PipelineScale {
  stacks: number;
  totalMs: number;
  perStackMs: number;
  /** Distribution of the single stacks' times. */
  perStack: Summary;
}

const fileFor = (slug: string): ContentFile => ({ slug, file: `content/stacks/${slug}.mdx`, absolute: `/bench/${slug}.mdx` });

export async function timeLargeStack(slug: string, source: string, cwd: string, techIds: ReadonlySet<string>, runs: number, onRun: (run: number) => void): Promise<LargeStackTimes> {
  let started = performance.now();
  const compiled = await compileDocument({ slug, file: fileFor(slug).file, source, cwd });
  const compileMs = performance.now() - started;
  if (!compiled.ok) throw new Error(`${slug} does not compile: ${compiled.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('; ')}`);
  started = performance.now();
  const validated = validateDocument(compiled.document, 'stack', { techIds });
  const validateMs = performance.now() - started;
  if (!validated.ok) throw new Error(`${slug} is invalid: ${validated.errors.slice(0, 5).map((e) => `${e.line}:${e.column} ${e.message}`).join('; ')}`);
  if (validated.warnings.length > 0) throw new Error(`${slug} has warnings: ${validated.warnings[0]!.message}`);
  const samples: number[] = [];
  let size = { width: 0, height: 0 };
  for (let run = 1; run <= runs; run++) {
    onRun(run);
    started = performance.now();
    const laidOut = await layoutView(validated.document.views[0]!);
    samples.push(performance.now() - started);
    size = { width: laidOut.width, height: laidOut.height };
  }
  return { bytes: Buffer.byteLength(source), compileMs, validateMs, layout: summarize(samples), layoutSamples: samples, ...size };
}

/** processDocument over `count` generated stacks (distinct seeds), one after the other. */
export async function timePipeline(count: number, options: { components: number; flows: number; seedBase: number }, techIds: ReadonlySet<string>): Promise<PipelineScale> {
  const sources = Array.from({ length: count }, (_, i) =>
    generateStack({ components: options.components, flows: options.flows, seed: options.seedBase + i }),
  );
  const times: number[] = [];
  const started = performance.now();
  for (const [i, source] of sources.entries()) {
    const begin = performance.now();
    const result = await processDocument('stack', fileFor(`gen-${options.seedBase + i}`), source, techIds);
    times.push(performance.now() - begin);
    if (!result.ok) throw new Error(`generated stack ${i} failed: ${result.errors[0]?.message}`);
  }
  const totalMs = performance.now() - started;
  return { stacks: count, totalMs, perStackMs: totalMs / count, perStack: summarize(times) };
}

/** A stack through the whole pipeline (compile, validate, layout), as the site builds it. */
export async function laidOutStack(slug: string, source: string, techIds: ReadonlySet<string>): Promise<LaidOutStack> {
  const result = await processDocument('stack', fileFor(slug), source, techIds);
  if (!result.ok) throw new Error(`${slug} failed: ${result.errors[0]?.message}`);
  return result.document;
}

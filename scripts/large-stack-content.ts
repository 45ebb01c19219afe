/**
 * Writes a copy of `content/` with one generated stack added that is over the large-view threshold
 * (components/diagram/large-view.ts), and prints the copy's path. `npm run test:subpath` builds with
 * it (STACK_ATLAS_CONTENT_DIR), so the end-to-end suite reaches the large-view canvas that no real
 * stack is big enough for, in a build it makes anyway.
 *
 *   tsx scripts/large-stack-content.ts <dir>   # <dir> must not exist yet
 */
import { cpSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LARGE_VIEW_COMPONENTS } from '../components/diagram/large-view';
import { generateStack } from './bench/generate';

/** The generated stack's slug: e2e/large-view.spec.ts opens /stacks/large-view/. */
const LARGE_STACK_SLUG = 'large-view';

const target = process.argv[2];
if (!target) throw new Error('usage: tsx scripts/large-stack-content.ts <dir>');
if (existsSync(target)) throw new Error(`${target} exists already`);
cpSync(path.join(process.cwd(), 'content'), target, { recursive: true });
// Just over the threshold: the large-view path, with a diagram that still lays out in seconds.
const components = LARGE_VIEW_COMPONENTS + 10;
const source = generateStack({ components, flows: components * 2, seed: components, company: 'Large view test' });
writeFileSync(path.join(target, 'stacks', `${LARGE_STACK_SLUG}.mdx`), source);
process.stdout.write(`${path.resolve(target)}\n`);

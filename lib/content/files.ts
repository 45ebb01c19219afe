import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** The project root: Next, vitest and the scripts all run from it. */
export const ROOT = process.cwd();
/** STACK_ATLAS_CONTENT_DIR points the pipeline at another content folder (the benchmark uses it). */
export const CONTENT_DIR = process.env.STACK_ATLAS_CONTENT_DIR ? path.resolve(process.env.STACK_ATLAS_CONTENT_DIR) : path.join(ROOT, 'content');
export const STACKS_DIR = path.join(CONTENT_DIR, 'stacks');
export const CONCEPTS_DIR = path.join(CONTENT_DIR, 'concepts');

export interface ContentFile {
  slug: string;
  /** Relative to the project root, for messages. */
  file: string;
  absolute: string;
}

/** Every `<dir>/<slug>.mdx` (stacks by default), sorted by slug so builds are deterministic. */
export async function listStackFiles(dir = STACKS_DIR): Promise<ContentFile[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const absolute = path.join(dir, name);
      return { slug: name.slice(0, -'.mdx'.length), file: path.relative(ROOT, absolute), absolute };
    });
}

export function readSource(file: ContentFile): Promise<string> {
  return readFile(file.absolute, 'utf8');
}

export function listConceptFiles(): Promise<ContentFile[]> {
  return listStackFiles(CONCEPTS_DIR);
}

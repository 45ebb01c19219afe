import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { CONTENT_DIR } from './files';
import { idSchema } from '../graph/schema';

/** One entry of `content/technologies.json`: a technology shared across company stacks. */
export const technologySchema = z
  .object({
    /** The id a `<Component tech="...">` uses. */
    id: idSchema,
    /** Display name, e.g. `Apache Kafka`. */
    name: z.string().min(1),
    /** A short category, e.g. `Streaming`, `Database`. */
    category: z.string().min(1),
    /** The project's home page (https). */
    homepage: z.string().regex(/^https:\/\/\S+$/, 'must be an https URL'),
    /** One line, in our words. */
    description: z.string().min(1),
  })
  .strict();
export type Technology = z.infer<typeof technologySchema>;

export const TECHNOLOGIES_FILE = path.join(CONTENT_DIR, 'technologies.json');

export async function loadTechnologies(file = TECHNOLOGIES_FILE): Promise<Technology[]> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch {
    return [];
  }
  return z.array(technologySchema).parse(JSON.parse(raw));
}

export async function loadTechIds(): Promise<ReadonlySet<string>> {
  return new Set((await loadTechnologies()).map((tech) => tech.id));
}

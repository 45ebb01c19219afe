/** `npm run schema`: regenerates content/stack-frontmatter.schema.json from the zod schema. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_DIR } from '../lib/content/files';
import { frontmatterJsonSchema } from '../lib/graph/reference';

const file = path.join(CONTENT_DIR, 'stack-frontmatter.schema.json');
await writeFile(file, `${JSON.stringify(frontmatterJsonSchema(), null, 2)}\n`);
console.log(`Wrote ${path.relative(process.cwd(), file)}`);

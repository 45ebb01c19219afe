/**
 * `npm run new-stack -- <slug> "<Company>"`: writes a valid, commented content/stacks/<slug>.mdx.
 * Refuses to overwrite an existing file.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { STACKS_DIR, ROOT } from '../lib/content/files';
import { ID_PATTERN } from '../lib/graph/schema';
import { stackTemplate } from '../lib/graph/examples';

function fail(message: string): never {
  console.error(`new-stack: ${message}`);
  console.error('usage: npm run new-stack -- <slug> "<Company>"   e.g. npm run new-stack -- netflix "Netflix"');
  process.exit(1);
}

async function main() {
  const [slug, company] = process.argv.slice(2);
  if (!slug || !company?.trim()) fail('give a slug and a company name');
  if (!ID_PATTERN.test(slug)) fail(`"${slug}" is not a URL-safe slug: use lowercase letters, digits and dashes, e.g. "acme-corp"`);
  const file = path.join(STACKS_DIR, `${slug}.mdx`);
  try {
    // 'wx' fails if the file exists: never overwrite an author's work.
    await writeFile(file, stackTemplate(slug, company.trim()), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') fail(`${path.relative(ROOT, file)} already exists; not overwriting it`);
    throw error;
  }
  console.log(`Created ${path.relative(ROOT, file)}.`);
  console.log('Next: edit it, then run `npm run check` (and `npm run dev` to see it at /stacks/' + slug + '/).');
}

main();

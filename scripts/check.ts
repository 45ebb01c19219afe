/**
 * `npm run check [-- files...]`: validates content without a Next build. Prints every problem as
 * `content/stacks/x.mdx:42:5 error: ...` (the shape editors link to); exit 1 on any error.
 * `check(args, print)` is the same run in-process (the unit tests use it).
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { listConceptFiles, listStackFiles, ROOT, type ContentFile } from '../lib/content/files';
import { documentKindOf, loadDocumentFile } from '../lib/content/load';
import { formatError } from '../lib/content/format';

function filesFromArgs(args: string[]): ContentFile[] {
  return args.map((arg) => {
    // npm runs scripts from the package root; resolve paths from where the user typed them.
    const absolute = path.resolve(process.env.INIT_CWD ?? process.cwd(), arg);
    return { slug: path.basename(absolute, '.mdx'), file: path.relative(ROOT, absolute), absolute };
  });
}

/** Checks `args` (files; none: all content), printing each line; resolves to the exit code. */
export async function check(args: string[], print: (line: string) => void = console.log): Promise<number> {
  const started = performance.now();
  const files = args.length > 0 ? filesFromArgs(args) : [...(await listStackFiles()), ...(await listConceptFiles())];
  if (files.length === 0) {
    print('No content to check: add content/stacks/<slug>.mdx (see /docs/authoring/).');
    return 0;
  }
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    let result;
    try {
      result = await loadDocumentFile(documentKindOf(file), file);
    } catch (error) {
      print(`${file.file}:1:1 error: could not read the file: ${(error as Error).message}`);
      errors++;
      continue;
    }
    // Uncited components and flows are warnings of a valid file only: an invalid one has its errors to fix first.
    const uncited = result.ok ? (result.uncited ?? []) : [];
    const problems = [...(result.ok ? [] : result.errors), ...result.warnings, ...uncited].sort((a, b) => a.line - b.line || a.column - b.column);
    for (const problem of problems) print(formatError(problem));
    errors += result.ok ? 0 : result.errors.length;
    warnings += result.warnings.length + uncited.length;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  print(`${errors ? '✗' : '✓'} ${plural(files.length, 'file')} checked in ${seconds} s: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
  return errors ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void check(process.argv.slice(2)).then((code) => process.exit(code));

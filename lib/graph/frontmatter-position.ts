import type { SourcePoint } from './schema';

/**
 * Where a frontmatter field is written, e.g. `['sources', 1, 'url']` -> the `url:` line of the second
 * source. A light line scan is enough: frontmatter is a few flat keys and one list.
 */
export function frontmatterPoint(yaml: string, path: ReadonlyArray<string | number>): SourcePoint {
  const lines = yaml.split('\n');
  // gray-matter's raw block starts right after the opening `---`, usually with its newline.
  const toLine = (index: number) => index + (/^\r?\n/.test(yaml) ? 1 : 2);
  const [key, item, field] = path;
  const keyIndex = lines.findIndex((line) => new RegExp(`^${String(key)}\\s*:`).test(line));
  if (keyIndex < 0) return { line: 1, column: 1 };
  if (typeof item !== 'number') return { line: toLine(keyIndex), column: 1 };
  let seen = -1;
  for (let index = keyIndex + 1; index < lines.length; index++) {
    const line = lines[index]!;
    if (/^\S/.test(line)) break;
    if (/^\s*-/.test(line)) seen++;
    if (seen !== item) continue;
    if (field === undefined) return { line: toLine(index), column: line.indexOf('-') + 1 };
    const match = new RegExp(`^(\\s*-?\\s*)${String(field)}\\s*:`).exec(line);
    if (match) return { line: toLine(index), column: match[1]!.length + 1 };
  }
  return { line: toLine(keyIndex), column: 1 };
}

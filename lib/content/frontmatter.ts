/**
 * The frontmatter block, parsed once with the `yaml` package. The parsed Document keeps every node's
 * range, so a message can point at any field (`['sources', 1, 'url']`), an unknown key or a list item
 * without scanning lines. The MDX compiler is handed the body only (see `blankFrontmatter`).
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { FrontmatterPath, ParsedFrontmatter, SourcePoint } from '../graph/schema';

/** A problem with the block itself, at a position in the file. */
export interface FrontmatterProblem {
  line: number;
  column: number;
  message: string;
  hint?: string;
}

export type FrontmatterResult = { ok: true; frontmatter: ParsedFrontmatter; body: string } | { ok: false; problem: FrontmatterProblem };

const TOP: SourcePoint = { line: 1, column: 1 };

/**
 * The source with every line of the frontmatter block (both `---` included) emptied but kept, so the
 * MDX compiler sees no frontmatter (gray-matter and remark-mdx-frontmatter find nothing to parse) and
 * every position it reports still counts lines from the top of the file.
 */
function blankFrontmatter(source: string, end: number): string {
  return source.slice(0, end).replace(/[^\r\n]+/g, '') + source.slice(end);
}

/**
 * Where a path is written: the key of a `key: value` pair, or the item of a list. A path that is not
 * written points at the nearest enclosing field that is (a missing top-level field: line 1).
 */
function pointIn(root: YamlNode | null, path: FrontmatterPath, toPoint: (offset: number) => SourcePoint): SourcePoint {
  let node: unknown = root;
  let point = TOP;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      const key = pair?.key as YamlNode | undefined;
      if (!pair || !key?.range) return point;
      point = toPoint(key.range[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as YamlNode | undefined;
      if (!item?.range) return point;
      point = toPoint(item.range[0]);
      node = item;
    } else {
      return point;
    }
  }
  return point;
}

/**
 * Finds, parses and positions the frontmatter of `source` (a byte-order mark already removed). The
 * block must open on line 1 with `---` and close with a line holding only `---`.
 */
export function readFrontmatter(source: string): FrontmatterResult {
  if (!/^---\r?\n/.test(source)) {
    return { ok: false, problem: { ...TOP, message: 'missing frontmatter', hint: 'start the file with `---`, then `company:`, `title:`, `summary:` and `sources:`, then `---`' } };
  }
  const closing = /\r?\n---[ \t]*(\r?\n|$)/.exec(source.slice(3));
  if (!closing) {
    return { ok: false, problem: { ...TOP, message: 'the frontmatter is never closed', hint: 'add a line with only `---` after the last frontmatter field' } };
  }
  // The YAML runs from line 2 to the line break before the closing `---` (kept whole: `\r\n` too).
  const yaml = source.slice(source.indexOf('\n') + 1, 3 + closing.index + (closing[0].startsWith('\r') ? 2 : 1));
  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, { prettyErrors: true, lineCounter });
  const toPoint = (offset: number): SourcePoint => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + 1, column: col };
  };
  const problem = document.errors[0];
  if (problem) {
    const at = problem.linePos?.[0] ? { line: problem.linePos[0].line + 1, column: problem.linePos[0].col } : { line: 2, column: 1 };
    return {
      ok: false,
      problem: {
        ...at,
        message: `invalid frontmatter YAML: ${problem.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
        hint: 'frontmatter is YAML between two `---` lines: indent with spaces, and quote values that contain `:` or `#`',
      },
    };
  }
  const data: unknown = document.toJS();
  if (data !== null && (typeof data !== 'object' || Array.isArray(data))) {
    return { ok: false, problem: { line: 2, column: 1, message: 'frontmatter must be `key: value` fields', hint: 'write fields like `company: Acme`, one per line' } };
  }
  const end = 3 + closing.index + closing[0].length;
  return {
    ok: true,
    frontmatter: { data, pointOf: (path) => pointIn(document.contents as YamlNode | null, path, toPoint) },
    body: blankFrontmatter(source, end),
  };
}

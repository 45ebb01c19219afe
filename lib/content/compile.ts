/**
 * One content file (stack or concept) -> ParsedDocument, with mdx-bundler (esbuild + the MDX
 * compiler). Build time only. The frontmatter is parsed once, by ./frontmatter; the graph is read from
 * the MDX syntax tree by a remark plugin during the same compile that produces the intro's code.
 */
import { bundleMDX } from 'mdx-bundler';
import rehypeHighlight from 'rehype-highlight';
import type { Root } from 'mdast';
import type { Message } from 'esbuild';
import { extractGraph, type Extracted } from '../graph/extract';
import type { ContentError, ParsedDocument } from '../graph/schema';
import { readFrontmatter } from './frontmatter';

/** Larger files are almost certainly a mistake (a pasted log or data dump) and slow every build. */
export const MAX_FILE_BYTES = 256 * 1024;

export interface CompileInput {
  slug: string;
  /** Path relative to the project root, used in messages. */
  file: string;
  source: string;
  cwd: string;
}

export type CompileResult = { ok: true; document: ParsedDocument } | { ok: false; errors: ContentError[] };

function fail(file: string, line: number, column: number, message: string, hint?: string): CompileResult {
  return { ok: false, errors: [{ file, line, column, severity: 'error', message, ...(hint ? { hint } : {}) }] };
}

/** esbuild wraps the MDX parser's message; keep the part a person needs. */
function syntaxError(file: string, message: Message): ContentError {
  // "Expected a closing tag for `<Diagram>` (11:66-11:103) before the end of `paragraph`": a block
  // element started mid-paragraph. Point at the tag itself, and say how to fix it.
  const inParagraph = /closing tag for `<(\w+)>` \((\d+):(\d+)-[^)]*\) before the end of `paragraph`/.exec(message.text);
  if (inParagraph) {
    return {
      file,
      line: Number(inParagraph[2]),
      column: Number(inParagraph[3]),
      severity: 'error',
      message: `\`<${inParagraph[1]}>\` must start on its own line, not inside a paragraph`,
      hint: `put a blank line before \`<${inParagraph[1]} ...>\``,
    };
  }
  const text = message.text
    .replace(/^Cannot process MDX file with esbuild:\s*/, '')
    .replace(/^\d+:\d+(-\d+:\d+)?: /, '')
    .replace(/\s*\(\d+:\d+-\d+:\d+\)/g, '');
  const hint = /closing brace|in expression/i.test(text)
    ? 'a `{` in prose starts an expression: write `\\{` for a literal brace, or close it with `}`'
    : /closing tag|end of file|expected a closing/i.test(text)
    ? 'check that every `<Tag>` has a matching `</Tag>` (or is self-closing `<Tag />`)'
    : /Unexpected character|before name|Unexpected `\{`/i.test(text)
      ? 'a `<` or `{` in prose starts JSX: write `&lt;` or `\\{` for a literal one'
      : undefined;
  return {
    file,
    line: message.location?.line ?? 1,
    column: (message.location?.column ?? 0) + 1,
    severity: 'error',
    message: `MDX syntax error: ${text}`,
    ...(hint ? { hint } : {}),
  };
}

export async function compileDocument({ slug, file, source, cwd }: CompileInput): Promise<CompileResult> {
  if (Buffer.byteLength(source) > MAX_FILE_BYTES) {
    return fail(file, 1, 1, `file is ${Math.round(Buffer.byteLength(source) / 1024)} kB; the limit is ${MAX_FILE_BYTES / 1024} kB`,
      'split the stack into several files, or move long prose out of the diagram');
  }
  // Editors on Windows may save a byte-order mark: invisible, and not the author's mistake.
  source = source.replace(/^\uFEFF/, '');
  const read = readFrontmatter(source);
  if (!read.ok) return fail(file, read.problem.line, read.problem.column, read.problem.message, read.problem.hint);
  let extracted: Extracted = { views: [], errors: [] };
  try {
    const result = await bundleMDX({
      // The frontmatter is already parsed: the compiler gets the body, with the block's lines left empty.
      source: read.body,
      cwd,
      mdxOptions(options) {
        const plugin = () => (tree: Root) => {
          extracted = extractGraph(tree, file);
        };
        options.remarkPlugins = [...(options.remarkPlugins ?? []), plugin];
        // Code blocks are highlighted at build time: no highlighter ships to the browser.
        options.rehypePlugins = [...(options.rehypePlugins ?? []), [rehypeHighlight, { detect: false }]];
        return options;
      },
      esbuildOptions(options) {
        options.logLevel = 'silent';
        options.minify = true;
        return options;
      },
    });
    return {
      ok: true,
      document: { slug, file, frontmatter: read.frontmatter, views: extracted.views, errors: extracted.errors, code: result.code },
    };
  } catch (error) {
    const failure = error as { errors?: Message[]; message: string };
    if (Array.isArray(failure.errors) && failure.errors.length > 0) {
      return { ok: false, errors: failure.errors.map((message) => syntaxError(file, message)) };
    }
    return fail(file, 1, 1, `could not compile: ${failure.message}`);
  }
}

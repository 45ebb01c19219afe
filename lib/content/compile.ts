/**
 * One content file -> ParsedStack, with mdx-bundler (esbuild + the MDX compiler). Build time only.
 * The graph is read from the MDX syntax tree by a remark plugin during the same compile that
 * produces the intro's code, so each file is parsed once.
 */
import { bundleMDX } from 'mdx-bundler';
import rehypeHighlight from 'rehype-highlight';
import { parseDocument } from 'yaml';
import type { Root } from 'mdast';
import type { Message } from 'esbuild';
import { extractGraph, type Extracted } from '../graph/extract';
import type { ContentError, ParsedStack } from '../graph/schema';

/** Larger files are almost certainly a mistake (a pasted log or data dump) and slow every build. */
export const MAX_FILE_BYTES = 256 * 1024;

export interface CompileInput {
  slug: string;
  /** Path relative to the project root, used in messages. */
  file: string;
  source: string;
  cwd: string;
}

export type CompileResult = { ok: true; stack: ParsedStack } | { ok: false; errors: ContentError[] };

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

/** YAML errors from gray-matter (js-yaml) carry a 0-based mark inside the frontmatter block. */
function yamlError(file: string, error: { reason?: string; message: string; mark?: { line: number; column: number } }) {
  // The parsed block starts with the newline after the opening `---`, which js-yaml counts as line 0.
  const line = (error.mark?.line ?? 0) + 1;
  return fail(file, line, (error.mark?.column ?? 0) + 1, `invalid frontmatter YAML: ${error.reason ?? error.message}`,
    'frontmatter is YAML between two `---` lines; quote values that contain `:` or `#`');
}

export async function compileStack({ slug, file, source, cwd }: CompileInput): Promise<CompileResult> {
  if (Buffer.byteLength(source) > MAX_FILE_BYTES) {
    return fail(file, 1, 1, `file is ${Math.round(Buffer.byteLength(source) / 1024)} kB; the limit is ${MAX_FILE_BYTES / 1024} kB`,
      'split the stack into several files, or move long prose out of the diagram');
  }
  // Editors on Windows may save a byte-order mark: invisible, and not the author's mistake.
  source = source.replace(/^\uFEFF/, '');
  if (!/^---\r?\n/.test(source)) {
    return fail(file, 1, 1, 'missing frontmatter', 'start the file with `---`, then `company:`, `title:`, `summary:` and `sources:`, then `---`');
  }
  const closing = /\r?\n---[ \t]*(\r?\n|$)/.exec(source.slice(3));
  if (!closing) {
    return fail(file, 1, 1, 'the frontmatter is never closed', 'add a line with only `---` after the last frontmatter field');
  }
  // Parse the YAML with the same parser the MDX compiler uses, so its errors get real positions.
  const yaml = source.slice(source.indexOf('\n') + 1, 3 + closing.index + 1);
  const document = parseDocument(yaml, { prettyErrors: true });
  const yamlProblem = document.errors[0];
  if (yamlProblem) {
    const [line, column] = yamlProblem.linePos?.[0] ? [yamlProblem.linePos[0].line, yamlProblem.linePos[0].col] : [1, 1];
    return fail(file, line + 1, column, `invalid frontmatter YAML: ${yamlProblem.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
      'frontmatter is YAML between two `---` lines: indent with spaces, and quote values that contain `:` or `#`');
  }
  const data: unknown = document.toJS();
  if (data !== null && (typeof data !== 'object' || Array.isArray(data))) {
    return fail(file, 2, 1, 'frontmatter must be `key: value` fields', 'write fields like `company: Acme`, one per line');
  }
  let extracted: Extracted = { diagrams: [], errors: [] };
  try {
    const result = await bundleMDX({
      source,
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
      stack: { slug, file, frontmatter: result.frontmatter, frontmatterText: result.matter.matter, diagrams: extracted.diagrams, errors: extracted.errors, code: result.code },
    };
  } catch (error) {
    const failure = error as { errors?: Message[]; name?: string; reason?: string; message: string; mark?: { line: number; column: number } };
    if (failure.name === 'YAMLException') return yamlError(file, failure);
    if (Array.isArray(failure.errors) && failure.errors.length > 0) {
      return { ok: false, errors: failure.errors.map((message) => syntaxError(file, message)) };
    }
    return fail(file, 1, 1, `could not compile: ${failure.message}`);
  }
}

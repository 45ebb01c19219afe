/**
 * The malformed-content catalogue: every file in lib/graph/__fixtures__/invalid/ is a small stack
 * (good.mdx plus exactly one deliberate mistake). Each fixture is checked on its own through
 * `check()`, the CLI's own code run in-process (exit code, the exact first line printed for it:
 * position, message, hint; exactly one error). ONE real `npm run check` process then runs over the
 * whole catalogue and the generated files together, to prove the CLI prints the same lines, exits 1
 * and does not crash. Spawning costs about 1.5 s on an idle machine and much more under load, so
 * there is one spawn, not one per case, and it has a generous timeout of its own.
 *
 * Cases with `regression` guard a mistake the CLI once made; the text says what it got wrong and is
 * printed if that comes back.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from './check';

const ROOT = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const TSX_CLI = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');
/** The catalogue, relative to the project root (the way the CLI prints paths). */
const D = 'lib/graph/__fixtures__/invalid';
/** The one real CLI run may wait behind other work on a busy machine. */
const CLI_TIMEOUT_MS = 180_000;

interface Case {
  fixture: string;
  /** The exact first line printed for the file; a RegExp only where the exact wording of a fix is open. */
  expected: string | RegExp;
  /** The exact text after `    hint: `; null: there must be no hint; undefined: not checked. */
  hint?: string | RegExp | null;
  /** Set when the CLI currently gets this case wrong: what is wrong. */
  regression?: string;
}

const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A first-line pattern: the fixture's path, then `rest` (a regex source). */
const lineRe = (fixture: string, rest: string, flags = '') => new RegExp(`^${escapeRe(`${D}/${fixture}`)}${rest}`, flags);

const CASES: Case[] = [
  { fixture: '01-mdx-syntax-stray-less-than.mdx', expected: `${D}/01-mdx-syntax-stray-less-than.mdx:33:30 error: MDX syntax error: Unexpected character \`1\` (U+0031) before name, expected a character that can start a name, such as a letter, \`$\`, or \`_\``, hint: 'a `<` or `{` in prose starts JSX: write `&lt;` or `\\{` for a literal one' },
  { fixture: '02-mdx-syntax-unclosed-tag.mdx', expected: `${D}/02-mdx-syntax-unclosed-tag.mdx:34:3 error: MDX syntax error: Unexpected closing tag \`</Layer>\`, expected corresponding closing tag for \`<Component>\``, hint: 'check that every `<Tag>` has a matching `</Tag>` (or is self-closing `<Tag />`)' },
  { fixture: '03-unknown-element-compnent.mdx', expected: `${D}/03-unknown-element-compnent.mdx:32:5 error: unknown element \`<Compnent>\``, hint: 'did you mean `Component`?' },
  { fixture: '04-component-outside-layer.mdx', expected: `${D}/04-component-outside-layer.mdx:63:3 error: \`<Component>\` is outside any \`<Layer>\``, hint: 'wrap it in a layer: `<Layer id="..." title="...">…</Layer>`' },
  { fixture: '05-flow-to-unknown-id.mdx', expected: `${D}/05-flow-to-unknown-id.mdx:36:24 error: flow to unknown component \`kafak\``, hint: 'did you mean `kafka`?' },
  { fixture: '06-flow-to-component-not-in-diagram.mdx', expected: `${D}/06-flow-to-component-not-in-diagram.mdx:63:36 error: flow to \`lake\`, which is not in diagram \`hub\``, hint: 'add `<Component id="lake" />` to one of its layers' },
  { fixture: '07-duplicate-component-id.mdx', expected: `${D}/07-duplicate-component-id.mdx:61:16 error: component \`kafka\` is defined twice (first on line 24)`, hint: 'to show it again, reuse it bare: `<Component id="kafka" />`; otherwise pick another id' },
  { fixture: '08-duplicate-flow.mdx', expected: `${D}/08-duplicate-flow.mdx:51:3 error: flow \`web-app-to-kafka\` is declared twice (first on line 36)`, hint: 'merge the two flows, or give one an `id="..."` of its own' },
  { fixture: '09-duplicate-diagram-id.mdx', expected: `${D}/09-duplicate-diagram-id.mdx:56:10 error: diagram id \`main\` is used twice`, hint: 'give each `<Diagram>` its own id' },
  { fixture: '10-reuse-of-undefined-id.mdx', expected: `${D}/10-reuse-of-undefined-id.mdx:62:16 error: \`<Component id="kafak" />\` reuses a component that is defined nowhere`, hint: 'did you mean `kafka`?' },
  { fixture: '11-missing-frontmatter.mdx', expected: `${D}/11-missing-frontmatter.mdx:1:1 error: missing frontmatter`, hint: 'start the file with `---`, then `company:`, `title:`, `summary:` and `sources:`, then `---`' },
  { fixture: '12-invalid-yaml.mdx', expected: `${D}/12-invalid-yaml.mdx:3:8 error: invalid frontmatter YAML: Nested mappings are not allowed in compact mappings`, hint: 'frontmatter is YAML between two `---` lines: indent with spaces, and quote values that contain `:` or `#`' },
  { fixture: '13-missing-company.mdx', expected: `${D}/13-missing-company.mdx:1:1 error: missing frontmatter field \`company\``, hint: 'add `company: ...` between the `---` lines' },
  { fixture: '14-empty-title.mdx', expected: `${D}/14-empty-title.mdx:3:1 error: frontmatter \`title\` must not be empty`, hint: null },
  { fixture: '15-javascript-source-url.mdx', expected: `${D}/15-javascript-source-url.mdx:8:5 error: frontmatter \`sources.0.url\` must be an absolute http(s) URL, got "javascript:alert(1)"`, hint: 'e.g. `https://eng.example.com/post`' },
  { fixture: '16-relative-source-url.mdx', expected: `${D}/16-relative-source-url.mdx:8:5 error: frontmatter \`sources.0.url\` must be an absolute http(s) URL, got "/events"`, hint: 'e.g. `https://eng.example.com/post`' },
  { fixture: '17-unknown-mode.mdx', expected: `${D}/17-unknown-mode.mdx:36:56 error: unknown mode \`asynk\` on \`<Flow>\``, hint: 'did you mean `async`?' },
  { fixture: '18-unknown-attribute.mdx', expected: `${D}/18-unknown-attribute.mdx:42:51 error: unknown attribute \`mdoe\` on \`<Flow>\``, hint: 'did you mean `mode`?' },
  { fixture: '19-expression-attribute.mdx', expected: `${D}/19-expression-attribute.mdx:31:10 error: attribute \`id\` on \`<Layer>\` must be a quoted string`, hint: 'write id="..." instead of id={...}' },
  { fixture: '20-expression-in-prose.mdx', expected: `${D}/20-expression-in-prose.mdx:33:18 error: \`{expressions}\` are not supported in \`<Component>\` prose`, hint: 'write plain Markdown; to show a literal brace, escape it as `\\{`' },
  { fixture: '21-import-statement.mdx', expected: `${D}/21-import-statement.mdx:12:1 error: \`import\` and \`export\` are not supported in content files`, hint: 'content is data: use the `<Diagram>` elements and Markdown only' },
  { fixture: '22-unknown-technology.mdx', expected: `${D}/22-unknown-technology.mdx:24:41 error: unknown technology \`kafak\``, hint: 'did you mean `kafka`?' },
  { fixture: '23-empty-diagram.mdx', expected: `${D}/23-empty-diagram.mdx:56:1 error: diagram \`empty\` is empty`, hint: 'add `<Layer>` elements with `<Component>`s inside' },
  { fixture: '24-empty-layer.mdx', expected: `${D}/24-empty-layer.mdx:63:3 error: layer \`consumers\` has no components`, hint: 'add a `<Component>` to it or remove the layer' },
  { fixture: '25-unknown-frontmatter-field.mdx', expected: `${D}/25-unknown-frontmatter-field.mdx:3:1 error: unknown frontmatter field \`compnay\``, hint: 'did you mean `company`?' },
  { fixture: '26-id-not-kebab-case.mdx', expected: `${D}/26-id-not-kebab-case.mdx:60:10 error: attribute \`id\` on \`<Layer>\` must be lowercase kebab-case (letters, digits and dashes), got "Bus Layer"`, hint: 'e.g. `rider-app`' },
  { fixture: '27-spread-attribute.mdx', expected: `${D}/27-spread-attribute.mdx:60:10 error: spread attributes are not supported on \`<Layer>\``, hint: 'write each attribute as name="value"' },
  { fixture: '28-text-directly-in-layer.mdx', expected: `${D}/28-text-directly-in-layer.mdx:61:5 error: unexpected text directly inside \`<Layer>\``, hint: 'put explanations inside a `<Component>` or `<Flow>`, e.g. `<Component id="x" label="X">Prose</Component>`' },
  { fixture: '29-unclosed-brace-in-prose.mdx', expected: `${D}/29-unclosed-brace-in-prose.mdx:33:33 error: MDX syntax error: Unexpected end of file in expression, expected a corresponding closing brace for \`{\``, hint: 'a `{` in prose starts an expression: write `\\{` for a literal brace, or close it with `}`' },
  { fixture: '30-reuse-with-prose-but-no-label.mdx', expected: `${D}/30-reuse-with-prose-but-no-label.mdx:61:5 error: component \`kafka\` has prose but no \`label\``, hint: 'add label="..." to define it here' },
  { fixture: '31-component-twice-in-diagram.mdx', expected: `${D}/31-component-twice-in-diagram.mdx:62:16 error: component \`web-app\` appears twice in diagram \`hub\``, hint: 'a component sits in one layer per diagram; remove one of them' },
  { fixture: '32-duplicate-layer-id.mdx', expected: `${D}/32-duplicate-layer-id.mdx:60:10 error: layer id \`producers\` is used twice in this diagram`, hint: 'give each `<Layer>` its own id' },
  { fixture: '33-summary-too-long.mdx', expected: `${D}/33-summary-too-long.mdx:4:1 error: frontmatter \`summary\` must be at most 200 characters, got "How Acme moves click and service events…"`, hint: null },
  { fixture: '34-flow-label-too-long.mdx', expected: `${D}/34-flow-label-too-long.mdx:48:36 error: attribute \`label\` on \`<Flow>\` must be at most 40 characters, got "daily tables rebuilt every night from th…"`, hint: null },
  { fixture: '35-flow-missing-label.mdx', expected: `${D}/35-flow-missing-label.mdx:51:3 error: missing required attribute \`label\` on \`<Flow>\``, hint: null },
  {
    fixture: '36-diagram-on-same-line-as-prose.mdx',
    // The parser's own message carries the `<Diagram>`'s position, `(12:66-12:103)`, but it is stripped and
    // the error is placed at the start of the paragraph; the hint talks about a missing closing tag although
    // `</Diagram>` is there. The fix is to start `<Diagram>` on its own line.
    expected: lineRe('36-diagram-on-same-line-as-prose.mdx', ':12:66 error: '),
    hint: /own line|blank line/,
    regression: 'used to be: a `<Diagram>` on the same line as prose is reported at 11:1 (start of the paragraph) with the "matching `</Tag>`" hint; it should point at the `<Diagram` (12:66) and say to put it on its own line',
  },
  { fixture: '37-unknown-element-in-intro.mdx', expected: `${D}/37-unknown-element-in-intro.mdx:14:1 error: unknown element \`<Callout>\``, hint: 'use Markdown for prose; the elements are <Diagram>, <Layer>, <Component>, <Flow>, <Tour>, <Step>, <Cite>' },
  { fixture: '38-flow-from-unknown-id.mdx', expected: `${D}/38-flow-from-unknown-id.mdx:48:9 error: flow from unknown component \`laek\``, hint: 'did you mean `lake`?' },
  { fixture: '39-invalid-source-date.mdx', expected: `${D}/39-invalid-source-date.mdx:9:5 error: frontmatter \`sources.0.date\` must be a date (YYYY-MM-DD or YYYY-MM), got "May 2024"`, hint: 'e.g. `2021-09-30`' },
  { fixture: '40-export-statement.mdx', expected: `${D}/40-export-statement.mdx:12:1 error: \`import\` and \`export\` are not supported in content files`, hint: 'content is data: use the `<Diagram>` elements and Markdown only' },
  {
    fixture: '41-tech-not-kebab-case.mdx',
    expected: `${D}/41-tech-not-kebab-case.mdx:24:41 error: attribute \`tech\` on \`<Component>\` must be lowercase kebab-case (letters, digits and dashes), got "Apache Kafka"`,
    regression: 'used to be: an invalid attribute on a defining `<Component>` drops the whole definition, so its bare reuse in `hub` is also reported as "defined nowhere" and the flow to it as "unknown component `kafka`" (3 errors for 1 mistake, 2 of them wrong)',
  },
  {
    fixture: '42-frontmatter-tab-indentation.mdx',
    // YAML forbids tabs in indentation; the one frontmatter parse (the `yaml` package) says so, with its position.
    expected: lineRe('42-frontmatter-tab-indentation.mdx', ':9:1 error: invalid frontmatter YAML: .*\\btabs?\\b', 'i'),
    regression: 'used to be: a tab-indented frontmatter line is reported at line 0 as an "MDX syntax error: YAMLParseError: ..." whose text spans several lines (a code frame); it should be one `invalid frontmatter YAML` line at 9:1',
  },
  {
    fixture: '43-frontmatter-not-closed.mdx',
    expected: lineRe('43-frontmatter-not-closed.mdx', ':1:1 error: (?=.*(frontmatter|---))(?=.*(clos|\\bend\\b))', 'i'),
    regression: 'used to be: a frontmatter block with no closing `---` is reported as a js-yaml "block mapping entry" error at 65:1, a line past the end of the 64-line file; it should say the frontmatter is never closed',
  },
  {
    fixture: '44-frontmatter-not-a-mapping.mdx',
    expected: lineRe('44-frontmatter-not-a-mapping.mdx', ':[12]:1 error: (?=.*frontmatter)(?!.*``)(?!.*Invalid input)'),
    regression: 'used to be: frontmatter that is a plain string is reported as "frontmatter `` Invalid input: expected object, received string": an empty field name and zod\'s raw message',
  },
  { fixture: '45-step-focus-unknown-id.mdx', expected: `${D}/45-step-focus-unknown-id.mdx:70:45 error: step focuses unknown component \`kafak\``, hint: 'did you mean `kafka`?' },
  { fixture: '46-step-focus-not-in-diagram.mdx', expected: `${D}/46-step-focus-not-in-diagram.mdx:70:45 error: step focuses \`lake\`, which is not in diagram \`hub\``, hint: 'focus a component of this diagram, or add `<Component id="lake" />` to one of its layers' },
  { fixture: '47-step-flows-unknown-id.mdx', expected: `${D}/47-step-flows-unknown-id.mdx:70:67 error: step highlights unknown flow \`clikcs\``, hint: 'did you mean `clicks`?' },
  { fixture: '48-step-flows-not-in-diagram.mdx', expected: `${D}/48-step-flows-not-in-diagram.mdx:70:67 error: step highlights flow \`kafka-to-lake\`, which is not in diagram \`hub\``, hint: 'list only flows of the diagram the tour is in' },
  { fixture: '49-step-missing-title.mdx', expected: `${D}/49-step-missing-title.mdx:67:5 error: missing required attribute \`title\` on \`<Step>\``, hint: null },
  { fixture: '50-step-missing-focus.mdx', expected: `${D}/50-step-missing-focus.mdx:67:5 error: missing required attribute \`focus\` on \`<Step>\``, hint: null },
  { fixture: '51-step-unknown-attribute.mdx', expected: `${D}/51-step-unknown-attribute.mdx:70:67 error: unknown attribute \`flow\` on \`<Step>\``, hint: 'did you mean `flows`?' },
  { fixture: '52-empty-tour.mdx', expected: `${D}/52-empty-tour.mdx:74:3 error: tour \`nothing\` has no steps`, hint: 'add `<Step title="..." focus="...">Prose</Step>` inside it, or remove the tour' },
  { fixture: '53-duplicate-tour-id.mdx', expected: `${D}/53-duplicate-tour-id.mdx:71:9 error: tour id \`follow-a-click\` is used twice (first on line 54)`, hint: 'tour ids are unique across the whole stack: give each `<Tour>` its own id' },
  { fixture: '54-tour-outside-diagram.mdx', expected: `${D}/54-tour-outside-diagram.mdx:76:1 error: \`<Tour>\` is outside any \`<Diagram>\``, hint: 'move it inside the `<Diagram>` whose components it focuses, after its layers and flows' },
  { fixture: '55-step-outside-tour.mdx', expected: `${D}/55-step-outside-tour.mdx:66:3 error: \`<Step>\` is outside any \`<Tour>\``, hint: 'wrap the steps in a tour: `<Tour id="..." title="...">…</Tour>`' },
  { fixture: '56-text-directly-in-tour.mdx', expected: `${D}/56-text-directly-in-tour.mdx:67:5 error: unexpected text directly inside \`<Tour>\``, hint: 'put the prose inside a `<Step>`, e.g. `<Step title="..." focus="x">Prose</Step>`' },
  { fixture: '57-duplicate-source-id.mdx', expected: `${D}/57-duplicate-source-id.mdx:9:5 error: source id \`acme-events\` is used twice (first by source 1)`, hint: 'give each source its own id; citations name sources by id' },
  { fixture: '58-source-missing-id.mdx', expected: `${D}/58-source-missing-id.mdx:9:5 error: missing frontmatter field \`sources.1.id\``, hint: 'give the source an id in lowercase kebab-case, e.g. `id: events-at-acme`: `<Cite source="...">` names it' },
  { fixture: '59-cite-unknown-source.mdx', expected: `${D}/59-cite-unknown-source.mdx:24:55 error: citation of unknown source \`acme-event\``, hint: 'did you mean `acme-events`?' },
  { fixture: '60-cite-quote-too-long.mdx', expected: `${D}/60-cite-quote-too-long.mdx:24:76 error: attribute \`quote\` on \`<Cite>\` must be at most 30 words, got "Every click and every request becomes an…"`, hint: 'e.g. one sentence of the post' },
  { fixture: '61-cite-missing-source.mdx', expected: `${D}/61-cite-missing-source.mdx:24:49 error: missing required attribute \`source\` on \`<Cite>\``, hint: null },
  { fixture: '62-cite-missing-quote.mdx', expected: `${D}/62-cite-missing-quote.mdx:36:42 error: missing required attribute \`quote\` on \`<Cite>\``, hint: null },
  { fixture: '63-cite-directly-in-layer.mdx', expected: `${D}/63-cite-directly-in-layer.mdx:18:5 error: \`<Cite>\` is not allowed in a \`<Layer>\` (only \`<Component>\` goes there)`, hint: '`<Cite>` must be inside the prose of a `<Component>`, `<Flow>` or `<Step>`' },
  { fixture: '64-inferred-with-a-value.mdx', expected: `${D}/64-inferred-with-a-value.mdx:50:57 error: attribute \`inferred\` on \`<Flow>\` is written bare, with no value, got "yes"`, hint: 'e.g. `<Flow from="a" to="b" label="x" inferred>`' },
  { fixture: '65-cite-with-content.mdx', expected: `${D}/65-cite-with-content.mdx:27:40 error: \`<Cite>\` takes no content`, hint: 'put the quoted words in `quote="..."` and close the tag: `<Cite source="..." quote="..." />`' },
  { fixture: '66-cite-in-intro.mdx', expected: `${D}/66-cite-in-intro.mdx:11:65 error: \`<Cite>\` is not allowed in the intro prose`, hint: '`<Cite>` must be inside the prose of a `<Component>`, `<Flow>` or `<Step>`' },
  { fixture: '67-unknown-layer-role.mdx', expected: `${D}/67-unknown-layer-role.mdx:23:43 error: unknown role \`ingest\` on \`<Layer>\``, hint: 'did you mean `ingestion`?' },
  { fixture: '68-stack-title-too-long.mdx', expected: `${D}/68-stack-title-too-long.mdx:3:1 error: frontmatter \`title\` must be at most 56 characters: the page title adds " · Stack Atlas", and search results cut titles near 70, got "Acme's Event Stack from Clicks and Servi…"`, hint: null },
];

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `tsx scripts/check.ts ...args` from the project root, the way `npm run check -- ...` runs it. */
function runCheck(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSX_CLI, 'scripts/check.ts', ...args], {
      cwd: ROOT,
      // check.ts resolves relative arguments from INIT_CWD (set by npm) when it is present.
      env: { ...process.env, INIT_CWD: ROOT },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill(), CLI_TIMEOUT_MS - 10_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

interface Problem {
  /** The whole `path:line:col severity: message` line. */
  line: string;
  severity: string;
  hints: string[];
  /** Any other lines printed before the next problem: a message must fit on one line. */
  extra: string[];
}

interface Output {
  byFile: Map<string, Problem[]>;
  summary?: { files: number; errors: number; warnings: number; line: string };
  lines: string[];
  /** Lines before the first problem that are neither problems nor the summary. */
  stray: string[];
}

const PROBLEM = /^(.+?):(-?\d+):(-?\d+) (error|warning): /;
const SUMMARY = /^[✓✗] (\d+) \w+ checked in \d+(?:\.\d+)? s: (\d+) errors?, (\d+) warnings?$/;

/** Splits the CLI's stdout into each file's problems (with their hint lines) and the summary. */
function parseOutput(stdout: string): Output {
  const lines = stdout.replace(/\n$/, '').split('\n');
  const byFile = new Map<string, Problem[]>();
  const stray: string[] = [];
  let summary: Output['summary'];
  let last: Problem | undefined;
  for (const line of lines) {
    const problem = PROBLEM.exec(line);
    const total = SUMMARY.exec(line);
    if (problem) {
      last = { line, severity: problem[4]!, hints: [], extra: [] };
      byFile.set(problem[1]!, [...(byFile.get(problem[1]!) ?? []), last]);
    } else if (total) {
      summary = { files: Number(total[1]), errors: Number(total[2]), warnings: Number(total[3]), line };
      last = undefined;
    } else if (last && line.startsWith('    hint: ')) {
      last.hints.push(line.slice('    hint: '.length));
    } else if (last) {
      last.extra.push(line);
    } else {
      stray.push(line);
    }
  }
  return { byFile, summary, lines, stray };
}

function expectNoCrash(run: Run): void {
  expect(run.stderr, 'stderr').not.toMatch(/^\s+at \S/m);
  expect(run.stderr, 'stderr').not.toMatch(/\b(TypeError|ReferenceError|RangeError|SyntaxError)\b|Error \[ERR_|Unhandled|triggerUncaughtException/);
  expect(run.stdout, 'stdout').not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
}

const matches = (text: string, expected: string | RegExp) => (typeof expected === 'string' ? text === expected : expected.test(text));

/** The assertions for one file's output: `expected` first, its hint, one problem per line, exactly one error. */
function expectProblems(problems: Problem[] | undefined, { expected, hint, regression }: Omit<Case, 'fixture'>): void {
  const note = regression ? `regression: ${regression}` : undefined;
  expect(problems?.length ?? 0, note ?? 'the file printed no problem at all').toBeGreaterThan(0);
  const [first] = problems!;
  if (typeof expected === 'string') expect(first!.line, note).toBe(expected);
  else expect(first!.line, note).toMatch(expected);
  if (hint === null) expect(first!.hints, note).toEqual([]);
  else if (typeof hint === 'string') expect(first!.hints, note).toEqual([hint]);
  else if (hint instanceof RegExp) expect(first!.hints.join('\n'), note).toMatch(hint);
  for (const problem of problems!) {
    expect(problem.extra, note ?? `a message printed over several lines: ${problem.line}`).toEqual([]);
    // Editors jump to `path:line:col`: both are 1-based.
    expect(problem.line, note).toMatch(/:[1-9]\d*:[1-9]\d* (error|warning): /);
  }
  // One mistake, one error: a cascade means the other messages mislead.
  expect(problems!.filter((problem) => problem.severity === 'error').map((problem) => problem.line), note).toHaveLength(1);
}

/* ------------------------------------------------------------------ runs */

/** `check(args)` in-process: the CLI's code without a process; `stdout` is what it would print. */
async function runInProcess(args: string[]): Promise<Run> {
  const lines: string[] = [];
  const status = await check(args, (line) => lines.push(line));
  return { status, stdout: lines.map((line) => `${line}\n`).join(''), stderr: '' };
}

const GOOD = readFileSync(path.join(ROOT, 'lib/graph/__fixtures__/good.mdx'), 'utf8');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'stack-atlas-check-'));
/** Files that cannot be committed: a huge one, one with a space in its name, and friends. */
const GENERATED = {
  oversized: path.join(tmp, 'oversized.mdx'),
  badSlug: path.join(tmp, 'Bad Slug.mdx'),
  bom: path.join(tmp, 'byte-order-mark.mdx'),
  missing: path.join(tmp, 'does-not-exist.mdx'),
};
const shown = (absolute: string) => path.relative(ROOT, absolute);
/** Absolute, so in-process runs do not depend on where vitest was started. */
const fixturePath = (c: Case) => path.join(ROOT, D, c.fixture);

beforeAll(() => {
  // Exactly 300 KiB (ASCII, so bytes = characters); apart from its size the stack is valid.
  const base = GOOD.replace('outside any diagram.', 'outside any diagram. @@');
  const fillerBytes = 300 * 1024 - Buffer.byteLength(base.replace('@@', ''));
  writeFileSync(GENERATED.oversized, base.replace('@@', 'Filler prose. '.repeat(Math.ceil(fillerBytes / 14)).slice(0, fillerBytes)));
  writeFileSync(GENERATED.badSlug, GOOD);
  // Editors on Windows may save UTF-8 with a byte-order mark; it is invisible, so the file starts with `---`.
  writeFileSync(GENERATED.bom, `\uFEFF${GOOD}`);
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/* ------------------------------------------------------------------ tests */

describe('the invalid-content catalogue', () => {
  it('has a table entry for every fixture file (at least 24), each named NN-what-is-wrong.mdx', () => {
    const files = readdirSync(path.join(ROOT, D)).filter((name) => name.endsWith('.mdx')).sort();
    expect(CASES.map((c) => c.fixture).sort()).toEqual(files);
    expect(files.length).toBeGreaterThanOrEqual(24);
    for (const name of files) expect(name).toMatch(/^\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/);
  });

  describe('each fixture on its own: exit 1, its first line and hint, one error, `1 error` in the summary', () => {
    it.each(CASES)('$fixture', async (c) => {
      const run = await runInProcess([fixturePath(c)]);
      expect(run.status, c.regression).toBe(1);
      const output = parseOutput(run.stdout);
      expect(output.stray).toEqual([]);
      expectProblems(output.byFile.get(`${D}/${c.fixture}`), c);
      expect(output.summary?.line, c.regression).toMatch(/^✗ 1 file checked in \d+(?:\.\d+)? s: 1 error, 0 warnings$/);
    });
  });
});

describe('files generated at test time (too big, or with a name that should not be committed)', () => {
  const problemsOf = async (absolute: string) => parseOutput((await runInProcess([absolute])).stdout).byFile.get(shown(absolute));

  it('a file over 256 kB', async () => {
    expectProblems(await problemsOf(GENERATED.oversized), {
      expected: `${shown(GENERATED.oversized)}:1:1 error: file is 300 kB; the limit is 256 kB`,
      hint: 'split the stack into several files, or move long prose out of the diagram',
    });
  });

  it('a file name that is not a URL-safe slug', async () => {
    expectProblems(await problemsOf(GENERATED.badSlug), {
      expected: `${shown(GENERATED.badSlug)}:1:1 error: file name \`Bad Slug\` is not a URL-safe slug`,
      hint: 'rename the file to lowercase kebab-case, e.g. `my-company.mdx`',
    });
  });

  it('a file that does not exist', async () => {
    expectProblems(await problemsOf(GENERATED.missing), {
      expected: `${shown(GENERATED.missing)}:1:1 error: could not read the file: ENOENT: no such file or directory, open '${GENERATED.missing}'`,
      hint: null,
    });
  });

  it('a UTF-8 byte-order mark before the `---` is not "missing frontmatter"', async () => {
    const run = await runInProcess([GENERATED.bom]);
    // good.mdx cites nothing, so its uncited components and flows are listed (warnings); nothing else is.
    const problems = parseOutput(run.stdout).byFile.get(shown(GENERATED.bom)) ?? [];
    expect(problems.every((problem) => problem.severity === 'warning' && problem.line.endsWith('cites no source'))).toBe(true);
    expect(
      problems.filter((problem) => problem.severity === 'error').map((problem) => problem.line)[0],
      'regression: lib/content/compile.ts tested /^---\\r?\\n/ on the raw source, so a BOM-prefixed file is "missing frontmatter" although gray-matter (which parses it next) strips the BOM',
    ).toBeUndefined();
    expect(run.status).toBe(0);
  });
});

describe('the real content', () => {
  it('`npm run check` with no arguments finds no error', async () => {
    const run = await runInProcess([]);
    const { byFile, summary } = parseOutput(run.stdout);
    const errors = [...byFile.values()].flat().filter((problem) => problem.severity === 'error');
    expect(errors.map((problem) => problem.line)).toEqual([]);
    expect(summary?.errors).toBe(0);
    expect(run.status).toBe(0);
  });
});

describe('the real CLI, in a process of its own', () => {
  it(
    'one run over the whole catalogue and the generated files: exit 1, no crash, every expected line, one error per bad file',
    async () => {
      const run = await runCheck([...CASES.map((c) => `${D}/${c.fixture}`), ...Object.values(GENERATED)]);
      expectNoCrash(run);
      expect(run.status).toBe(1);
      const { byFile, lines, summary, stray } = parseOutput(run.stdout);
      expect(stray).toEqual([]);
      const missing = CASES.filter((c) => !lines.some((line) => matches(line, c.expected))).map(
        (c) => `${c.fixture}${c.regression ? ' (regression)' : ''}: ${String(c.expected)}`,
      );
      expect(missing).toEqual([]);
      // Each fixture's lines are the ones it prints on its own (checked above), here from the CLI.
      for (const c of CASES) expectProblems(byFile.get(`${D}/${c.fixture}`), c);
      // The byte-order-mark file is valid; oversized, bad slug and the missing file are one error each.
      expect(summary, run.stdout.split('\n').at(-2)).toMatchObject({ files: CASES.length + 4, errors: CASES.length + 3 });
    },
    CLI_TIMEOUT_MS,
  );
});

/**
 * Every kind of content problem, each made from good.mdx by one small edit, with the message, the
 * exact line and column, and the hint. Compile-stage problems (syntax, YAML, size) come back from
 * compileDocument; the rest from validateDocument. `checkFixture` folds both into one list.
 */
import { describe, expect, it } from 'vitest';
import { loadTechIds } from '../content/technologies';
import { GOOD, checkFixture, edit, locate, only } from './__fixtures__/helpers';
import type { ContentError } from './schema';

const at = (error: ContentError) => ({ line: error.line, column: error.column });
const messages = (errors: ContentError[]) => errors.map((error) => error.message);

/** Checks a source that should fail with exactly one problem, and returns it. */
async function soleError(source: string, options?: Parameters<typeof checkFixture>[1]): Promise<ContentError> {
  const { ok, errors } = await checkFixture(source, options);
  expect(ok).toBe(false);
  expect(messages(errors)).toHaveLength(1);
  expect(errors[0]!.severity).toBe('error');
  expect(errors[0]!.file).toBe(`content/stacks/${options?.slug ?? 'fixture'}.mdx`);
  return errors[0]!;
}

describe('the good fixture', () => {
  it('is valid, with no warnings, checked against the real technology registry', async () => {
    const result = await checkFixture(GOOD, { techIds: await loadTechIds() });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('becomes a ValidStack: components by id, flows with default and explicit ids', async () => {
    const { validation } = await checkFixture(GOOD);
    if (!validation?.ok) throw new Error('expected a valid stack');
    const { document: stack } = validation;
    expect(Object.keys(stack.components).sort()).toEqual(['api', 'dashboard', 'kafka', 'lake', 'web-app']);
    expect(stack.components.kafka).toMatchObject({ label: 'Kafka', tech: 'kafka', text: 'The event bus in the middle of everything.' });
    expect(stack.views[0]!.flows.map((flow) => flow.id)).toContain('web-app-to-kafka');
    expect(stack.views[0]!.flows.find((flow) => flow.id === 'api-to-dashboard')).not.toHaveProperty('mode');
    expect(stack.views[1]!.flows.map((flow) => flow.id)).toEqual(['clicks']);
    expect(stack.views[1]!.layers.map((layer) => layer.componentIds)).toEqual([['web-app'], ['kafka']]);
    expect(stack.meta).toMatchObject({ slug: 'fixture', file: 'content/stacks/fixture.mdx', company: 'Acme' });
    expect(stack.meta.sources).toEqual([{ id: 'acme-events', title: 'Events at Acme', url: 'https://eng.acme.example/events' }]);
  });
});

describe('flows', () => {
  it('to an unknown component, with a did-you-mean', async () => {
    const source = edit(GOOD, 'to="kafka" label="click events"', 'to="kafak" label="click events"');
    const error = await soleError(source);
    expect(error.message).toMatch(/^flow to unknown component/);
    expect(error.message).toContain('`kafak`');
    expect(at(error)).toEqual({ line: 35, column: 24 });
    expect(at(error)).toEqual(locate(source, 'to="kafak"'));
    expect(error.hint).toBe('did you mean `kafka`?');
  });

  it('to a component of the stack that is not in this diagram', async () => {
    const source = edit(GOOD, 'from="web-app" to="kafka" label="clicks"', 'from="web-app" to="lake" label="clicks"');
    const error = await soleError(source);
    expect(error.message).toBe('flow to `lake`, which is not in diagram `hub`');
    expect(at(error)).toEqual(locate(source, 'to="lake" label="clicks"'));
    expect(error.hint).toBe('add `<Component id="lake" />` to one of its layers');
  });

  it('declared twice (same from and to, no id)', async () => {
    const source = edit(GOOD, '<Flow from="api" to="dashboard"', '<Flow from="web-app" to="kafka" label="more clicks" />\n  <Flow from="api" to="dashboard"');
    const error = await soleError(source);
    expect(error.message).toContain('flow `web-app-to-kafka` is declared twice');
    expect(error.message).toContain(`first on line ${locate(GOOD, '<Flow from="web-app"').line}`);
    expect(at(error)).toEqual(locate(source, '<Flow from="web-app" to="kafka" label="more clicks"'));
    expect(error.hint).toMatch(/give one an `id=/);
  });

  it('with an unknown mode, with a did-you-mean', async () => {
    const source = edit(GOOD, 'mode="async"', 'mode="asynk"');
    const error = await soleError(source);
    expect(error.message).toBe('unknown mode `asynk` on `<Flow>`');
    expect(at(error)).toEqual({ line: 35, column: 56 });
    expect(error.hint).toBe('did you mean `async`?');
  });

  it('with a mode nothing like a known one lists the modes', async () => {
    const error = await soleError(edit(GOOD, 'mode="async"', 'mode="telepathy"'));
    expect(error.message).toContain('`telepathy`');
    expect(error.hint).toContain('`fire-and-forget`');
  });
});

describe('duplicates', () => {
  it('a component id defined twice', async () => {
    const source = edit(GOOD, '<Component id="kafka" />', '<Component id="kafka" label="Kafka">Again.</Component>');
    const error = await soleError(source);
    expect(error.message).toBe(`component \`kafka\` is defined twice (first on line ${locate(GOOD, '<Component id="kafka"').line})`);
    expect(at(error)).toEqual(locate(source, 'id="kafka" label="Kafka">Again'));
    expect(error.hint).toContain('<Component id="kafka" />');
  });

  it('a diagram id used twice', async () => {
    const source = edit(GOOD, '<Diagram id="hub"', '<Diagram id="main"');
    const error = await soleError(source);
    expect(error.message).toBe('diagram id `main` is used twice');
    expect(at(error)).toEqual({ line: 55, column: 10 });
    expect(error.hint).toBe('give each `<Diagram>` its own id');
  });

  it('a layer id used twice in one diagram', async () => {
    const source = edit(GOOD, '<Layer id="bus"', '<Layer id="producers"');
    const error = await soleError(source);
    expect(error.message).toBe('layer id `producers` is used twice in this diagram');
    expect(at(error)).toEqual(locate(source, 'id="producers"', 2));
    expect(error.hint).toBe('give each `<Layer>` its own id');
  });

  it('the same layer id in two different diagrams is fine', async () => {
    const result = await checkFixture(edit(GOOD, '<Layer id="bus"', '<Layer id="ingestion"'));
    expect(result.errors).toEqual([]);
  });

  it('a component placed twice in the same diagram', async () => {
    const source = edit(GOOD, '<Component id="kafka" />', '<Component id="kafka" />\n    <Component id="web-app" />');
    const error = await soleError(source);
    expect(error.message).toBe('component `web-app` appears twice in diagram `hub`');
    expect(at(error)).toEqual(locate(source, 'id="web-app" />', 2));
    expect(error.hint).toContain('remove one of them');
  });
});

describe('components and layers', () => {
  it('a component outside any layer', async () => {
    const source = edit(GOOD, '  <Flow id="clicks"', '  <Component id="stray" label="Stray">Lost.</Component>\n  <Flow id="clicks"');
    const error = await soleError(source);
    expect(error.message).toBe('`<Component>` is outside any `<Layer>`');
    expect(at(error)).toEqual(locate(source, '<Component id="stray"'));
    expect(error.hint).toContain('<Layer id=');
  });

  it('a bare reuse of an id defined nowhere, with a did-you-mean', async () => {
    const source = edit(GOOD, '<Component id="kafka" />', '<Component id="kafka" />\n    <Component id="kafak" />');
    const error = await soleError(source);
    expect(error.message).toBe('`<Component id="kafak" />` reuses a component that is defined nowhere');
    expect(at(error)).toEqual({ line: 61, column: 16 });
    expect(error.hint).toBe('did you mean `kafka`?');
  });

  it('a bare component with prose but no label', async () => {
    const source = edit(GOOD, '<Component id="kafka" />', '<Component id="kafka">Again.</Component>');
    const error = await soleError(source);
    expect(error.message).toBe('component `kafka` has prose but no `label`');
    expect(at(error)).toEqual(locate(source, '<Component id="kafka">Again'));
  });

  it('an empty diagram', async () => {
    const source = `${GOOD}\n<Diagram id="empty" title="Empty">\n</Diagram>\n`;
    const error = await soleError(source);
    expect(error.message).toBe('diagram `empty` is empty');
    expect(at(error)).toEqual(locate(source, '<Diagram id="empty"'));
    expect(error.hint).toContain('<Layer>');
  });

  it('an empty layer (with children or self-closing)', async () => {
    for (const layer of ['<Layer id="nothing" title="Nothing">\n  </Layer>', '<Layer id="nothing" title="Nothing" />']) {
      const source = edit(GOOD, '  <Flow id="clicks"', `  ${layer}\n  <Flow id="clicks"`);
      const error = await soleError(source);
      expect(error.message).toBe('layer `nothing` has no components');
      expect(at(error)).toEqual(locate(source, '<Layer id="nothing"'));
      expect(error.hint).toContain('remove the layer');
    }
  });

  it('a file with no diagram at all', async () => {
    const error = await soleError(GOOD.slice(0, GOOD.indexOf('<Diagram')));
    expect(error.message).toBe('the stack has no `<Diagram>`');
    expect(at(error)).toEqual({ line: 1, column: 1 });
  });

  it('an unknown technology, when the registry is given, with a did-you-mean', async () => {
    const source = edit(GOOD, 'tech="kafka"', 'tech="kafak"');
    const error = await soleError(source, { techIds: await loadTechIds() });
    expect(error.message).toBe('unknown technology `kafak`');
    expect(at(error)).toEqual({ line: 23, column: 41 });
    expect(error.hint).toBe('did you mean `kafka`?');
    // Without a registry, tech ids are not checked.
    expect((await checkFixture(source)).ok).toBe(true);
  });
});

describe('attributes', () => {
  it('an unknown attribute, with a did-you-mean', async () => {
    const source = edit(GOOD, 'label="raw events"', 'lable="raw events"');
    const { errors } = await checkFixture(source);
    const error = only(errors, 'unknown attribute');
    expect(error.message).toBe('unknown attribute `lable` on `<Flow>`');
    expect(at(error)).toEqual(locate(source, 'lable='));
    expect(error.hint).toBe('did you mean `label`?');
    // The flow now lacks its label, which is reported at the tag.
    expect(only(errors, 'missing required attribute `label`')).toMatchObject(locate(source, '<Flow from="kafka" to="lake"'));
  });

  it('an expression attribute `id={x}`', async () => {
    const source = edit(GOOD, '<Layer id="analytics"', '<Layer id={x}');
    const { errors } = await checkFixture(source);
    const error = only(errors, 'must be a quoted string');
    expect(error.message).toBe('attribute `id` on `<Layer>` must be a quoted string');
    expect(at(error)).toEqual(locate(source, 'id={x}'));
    expect(error.hint).toBe('write id="..." instead of id={...}');
  });

  // Regression: the dropped expression attribute was also reported as missing.
  it('an expression attribute is reported once, not also as missing', async () => {
    const source = edit(GOOD, '<Layer id="analytics"', '<Layer id={x}');
    const { errors } = await checkFixture(source);
    expect(messages(errors)).toEqual(['attribute `id` on `<Layer>` must be a quoted string']);
  });

  it('an id that is not kebab-case', async () => {
    const source = edit(GOOD, '<Layer id="bus"', '<Layer id="Bus Layer"');
    const error = await soleError(source);
    expect(error.message).toBe('attribute `id` on `<Layer>` must be lowercase kebab-case (letters, digits and dashes), got "Bus Layer"');
    expect(error.hint).toBe('e.g. `rider-app`');
    expect(at(error)).toEqual(locate(source, 'id="Bus Layer"'));
  });

  it('a spread attribute', async () => {
    const source = edit(GOOD, '<Layer id="bus"', '<Layer {...props} id="bus"');
    const error = await soleError(source);
    expect(error.message).toBe('spread attributes are not supported on `<Layer>`');
    expect(at(error)).toEqual(locate(source, '{...props}'));
  });
});

describe('elements and prose', () => {
  it('an unknown element `<Foo>`, with a suggestion', async () => {
    const source = edit(GOOD, '  <Flow id="clicks"', '  <Foo>hi</Foo>\n  <Flow id="clicks"');
    const error = await soleError(source);
    expect(error.message).toBe('unknown element `<Foo>`');
    expect(at(error)).toEqual(locate(source, '<Foo>'));
    expect(error.hint).toBe('did you mean `Flow`?');
  });

  it('a misspelt `<Layr>` suggests `Layer`', async () => {
    const source = edit(GOOD, '<Layer id="bus" title="Bus">\n    <Component id="kafka" />\n  </Layer>', '<Layr id="bus" title="Bus">\n    <Component id="kafka" />\n  </Layr>');
    const { errors } = await checkFixture(source);
    const error = only(errors, 'unknown element');
    expect(error.message).toBe('unknown element `<Layr>`');
    expect(at(error)).toEqual(locate(source, '<Layr'));
    expect(error.hint).toBe('did you mean `Layer`?');
  });

  it('an unknown element in the intro prose', async () => {
    const source = edit(GOOD, 'outside any diagram.', 'outside any diagram.\n\n<Foo />');
    const error = await soleError(source);
    expect(error.message).toBe('unknown element `<Foo>`');
    expect(at(error)).toEqual({ line: 13, column: 1 });
  });

  it('text directly inside a layer', async () => {
    const source = edit(GOOD, '<Layer id="bus" title="Bus">', '<Layer id="bus" title="Bus">\n    Some text here.\n');
    const error = await soleError(source);
    expect(error.message).toBe('unexpected text directly inside `<Layer>`');
    expect(at(error)).toEqual(locate(source, 'Some text here.'));
  });

  it('a `{expression}` in component prose', async () => {
    const source = edit(GOOD, 'Charts for the business.', 'Charts for {1 + 1} businesses.');
    const error = await soleError(source);
    expect(error.message).toBe('`{expressions}` are not supported in `<Component>` prose');
    expect(at(error)).toEqual(locate(source, '{1 + 1}'));
    expect(error.hint).toContain('\\{');
  });

  it('a `{expression}` in the intro prose', async () => {
    const source = edit(GOOD, 'outside any diagram.', 'outside any {diagram}.');
    const error = await soleError(source);
    expect(error.message).toBe('`{expressions}` are not supported in the intro prose');
    expect(at(error)).toEqual(locate(source, '{diagram}'));
  });

  it('an import statement (and an export)', async () => {
    for (const statement of ["import { useState } from 'react'", "import x from './x'", 'export const x = 1']) {
      const source = edit(GOOD, "\nAcme's intro", `\n${statement}\n\nAcme's intro`);
      const error = await soleError(source);
      expect(error.message).toBe('`import` and `export` are not supported in content files');
      expect(at(error)).toEqual({ line: 11, column: 1 });
      expect(error.hint).toContain('content is data');
    }
  });
});

describe('frontmatter', () => {
  it.each(['company', 'title', 'summary'])('a missing `%s`', async (field) => {
    const line = GOOD.split('\n').find((l) => l.startsWith(`${field}:`))!;
    const error = await soleError(edit(GOOD, `${line}\n`, ''));
    expect(error.message).toBe(`missing frontmatter field \`${field}\``);
    expect(at(error)).toEqual({ line: 1, column: 1 });
    expect(error.hint).toBe(`add \`${field}: ...\` between the \`---\` lines`);
  });

  it('an empty field', async () => {
    const error = await soleError(edit(GOOD, 'company: Acme', 'company: ""'));
    expect(error.message).toBe('frontmatter `company` must not be empty');
    expect(at(error)).toEqual({ line: 2, column: 1 });
  });

  it('a field left blank (YAML null)', async () => {
    const error = await soleError(edit(GOOD, "title: Acme's Event Stack", 'title:'));
    expect(error.message).toMatch(/^frontmatter `title` /);
    expect(at(error)).toEqual({ line: 3, column: 1 });
  });

  it.each(['javascript:alert(1)', '/post'])('a source URL that is not absolute http(s): %s', async (url) => {
    const error = await soleError(edit(GOOD, 'url: https://eng.acme.example/events', `url: ${url}`));
    expect(error.message).toBe(`frontmatter \`sources.0.url\` must be an absolute http(s) URL, got "${url}"`);
    expect(error.hint).toBe('e.g. `https://eng.example.com/post`');
    expect(at(error)).toEqual({ line: 8, column: 5 });
  });

  it('points at the right item of the sources list', async () => {
    const source = edit(GOOD, '    url: https://eng.acme.example/events', '    url: https://eng.acme.example/events\n  - id: second\n    title: "Second"\n    url: /relative');
    const error = await soleError(source);
    expect(error.message).toContain('`sources.1.url`');
    expect(at(error)).toEqual(locate(source, 'url: /relative'));
  });

  it('an unknown field, with a did-you-mean', async () => {
    const error = await soleError(edit(GOOD, 'company: Acme', 'company: Acme\ncompnay: Acme'));
    expect(error.message).toBe('unknown frontmatter field `compnay`');
    expect(at(error)).toEqual({ line: 3, column: 1 });
    expect(error.hint).toBe('did you mean `company`?');
  });

  // Regression: with CRLF line endings the raw YAML starts with CRLF.
  it('positions are right in a file with CRLF line endings', async () => {
    const source = edit(GOOD, 'company: Acme', 'company: ""').replace(/\n/g, '\r\n');
    const error = await soleError(source);
    expect(error.message).toBe('frontmatter `company` must not be empty');
    expect(at(error)).toEqual({ line: 2, column: 1 });
  });

  it('invalid YAML', async () => {
    const source = edit(GOOD, "title: Acme's Event Stack", 'title: a: b');
    const error = await soleError(source);
    expect(error.message).toMatch(/^invalid frontmatter YAML: /);
    expect(error.message).toContain('Nested mappings are not allowed');
    expect(error.hint).toContain('quote values that contain `:`');
    // Points at the value that starts the nested mapping: `a: b` on line 3.
    expect(at(error)).toEqual({ line: 3, column: 8 });
  });

  it('a file without frontmatter', async () => {
    const error = await soleError(GOOD.slice(GOOD.indexOf('---\n\n') + '---\n\n'.length));
    expect(error.message).toBe('missing frontmatter');
    expect(at(error)).toEqual({ line: 1, column: 1 });
    expect(error.hint).toMatch(/start the file with `---`/);
  });
});

describe('the file as a whole', () => {
  it('an MDX syntax error (unclosed tag), at the position the parser gives', async () => {
    const source = edit(GOOD, '      Charts for the business.\n    </Component>', '      Charts for the business.\n');
    const error = await soleError(source);
    expect(error.message).toMatch(/^MDX syntax error: /);
    expect(error.message).toContain('expected corresponding closing tag for `<Component>`');
    expect(error.message).not.toMatch(/\(\d+:\d+-\d+:\d+\)/);
    // The parser notices at the `</Layer>` that closes the layer around the unclosed component.
    expect(at(error)).toEqual({ line: 34, column: 3 });
    expect(at(error)).toEqual(locate(source, '</Layer>', 3));
    expect(error.hint).toContain('matching `</Tag>`');
  });

  it('a stray `<` in prose gets the escaping hint', async () => {
    const source = edit(GOOD, 'Charts for the business.', 'Charts for a<b business.');
    const error = await soleError(source);
    expect(error.message).toMatch(/^MDX syntax error: Unexpected character/);
    expect(at(error)).toEqual({ line: 32, column: 30 });
    expect(error.hint).toContain('&lt;');
  });

  // Regression: "end of file" in the brace message used to pick the closing-tag hint.
  it('an unclosed `{` in prose gets the brace hint, not the closing-tag hint', async () => {
    const source = edit(GOOD, 'Charts for the business.', 'Charts for { the business.');
    const error = await soleError(source);
    expect(error.message).toContain('closing brace for `{`');
    expect(error.hint).toContain('\\{');
  });

  it('a file over 256 kB', async () => {
    const error = await soleError(edit(GOOD, 'outside any diagram.', `outside any diagram. ${'x'.repeat(260 * 1024)}`));
    expect(error.message).toMatch(/^file is \d+ kB; the limit is 256 kB$/);
    expect(at(error)).toEqual({ line: 1, column: 1 });
    expect(error.hint).toContain('split the stack');
  });

  it('measures the size in bytes, not characters', async () => {
    const euros = '€'.repeat(100 * 1024); // 100 k characters, 300 kB of UTF-8
    const error = await soleError(edit(GOOD, 'outside any diagram.', `outside any diagram. ${euros}`));
    expect(error.message).toMatch(/the limit is 256 kB/);
  });

  it('a slug that is not URL-safe', async () => {
    const error = await soleError(GOOD, { slug: 'My Stack' });
    expect(error.message).toBe('file name `My Stack` is not a URL-safe slug');
    expect(at(error)).toEqual({ line: 1, column: 1 });
    expect(error.hint).toContain('kebab-case');
  });

  it('reports every problem in a file, sorted by position, not just the first', async () => {
    let source = edit(GOOD, 'mode="async"', 'mode="asynk"');
    source = edit(source, 'tech="kafka"', 'tech="kafak"');
    source = edit(source, '<Diagram id="hub"', '<Diagram id="main"');
    source = edit(source, 'company: Acme', 'company: ""');
    const { ok, errors } = await checkFixture(source, { techIds: await loadTechIds() });
    expect(ok).toBe(false);
    expect(errors.map((error) => `${error.line}:${error.column} ${error.message}`)).toEqual([
      '2:1 frontmatter `company` must not be empty',
      '23:41 unknown technology `kafak`',
      '35:56 unknown mode `asynk` on `<Flow>`',
      '55:10 diagram id `main` is used twice',
    ]);
  });

  it('reports structural and reference problems together', async () => {
    let source = edit(GOOD, '  <Flow id="clicks"', '  <Foo>hi</Foo>\n  <Flow id="clicks"');
    source = edit(source, 'to="kafka" label="click events"', 'to="kafak" label="click events"');
    const { errors } = await checkFixture(source);
    expect(messages(errors)).toEqual(['flow to unknown component `kafak`', 'unknown element `<Foo>`']);
  });
});

describe('warnings (the stack stays valid)', () => {
  it('a component with no flows', async () => {
    const source = edit(GOOD, '<Component id="dashboard" label="Dashboard">', '<Component id="audit" label="Audit">Nobody calls it.</Component>\n    <Component id="dashboard" label="Dashboard">');
    const { ok, warnings } = await checkFixture(source);
    expect(ok).toBe(true);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: 'warning', message: 'component `audit` has no flows', ...locate(source, '<Component id="audit"') });
  });

  it('a stack that cites no sources', async () => {
    const source = edit(GOOD, '\nsources:\n  - id: acme-events\n    title: "Events at Acme"\n    url: https://eng.acme.example/events', '');
    const { ok, warnings } = await checkFixture(source);
    expect(ok).toBe(true);
    expect(warnings).toEqual([
      { file: 'content/stacks/fixture.mdx', line: 1, column: 1, severity: 'warning', message: 'the stack cites no sources', hint: 'add `sources:` with the posts its facts come from' },
    ]);
  });

  it('a flow backwards across layers', async () => {
    const source = edit(GOOD, '<Flow from="api" to="dashboard"', '<Flow from="dashboard" to="api" label="queries" />\n  <Flow from="api" to="dashboard"');
    const { ok, warnings } = await checkFixture(source);
    expect(ok).toBe(true);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      severity: 'warning',
      message: 'flow `dashboard-to-api` goes backwards, from a later layer to an earlier one',
      ...locate(source, '<Flow from="dashboard"'),
    });
  });

  it('warnings are still returned alongside errors', async () => {
    let source = edit(GOOD, '<Flow from="api" to="dashboard"', '<Flow from="dashboard" to="api" label="queries" />\n  <Flow from="api" to="dashboard"');
    source = edit(source, 'mode="async"', 'mode="asynk"');
    const { ok, errors, warnings } = await checkFixture(source);
    expect(ok).toBe(false);
    expect(messages(errors)).toEqual(['unknown mode `asynk` on `<Flow>`']);
    expect(messages(warnings)).toEqual(['flow `dashboard-to-api` goes backwards, from a later layer to an earlier one']);
  });
});

describe('citations and inferred', () => {
  it('puts each element\'s citations and `inferred` in the model', async () => {
    const source = edit(
      edit(GOOD, 'The event bus in the middle of everything.', 'The event bus.<Cite source="acme-events" quote="in  the middle" />'),
      '<Flow from="api" to="dashboard" label="health checks">',
      '<Flow from="api" to="dashboard" label="health checks" inferred>',
    );
    const { validation } = await checkFixture(source);
    if (!validation?.ok) throw new Error('expected a valid stack');
    const { components, views } = validation.document;
    expect(components.kafka!.citations).toEqual([{ source: 'acme-events', quote: 'in the middle' }]);
    expect(components.kafka!.inferred).toBeUndefined();
    expect(views[0]!.flows.find((flow) => flow.id === 'api-to-dashboard')).toMatchObject({ inferred: true, citations: [] });
  });

  it('lists every component and flow with neither a citation nor `inferred`, apart from the warnings', async () => {
    const source = edit(
      edit(GOOD, 'The event bus in the middle of everything.', 'The event bus.<Cite source="acme-events" quote="the middle" />'),
      '<Flow from="api" to="dashboard" label="health checks">',
      '<Flow from="api" to="dashboard" label="health checks" inferred>',
    );
    const { validation, warnings } = await checkFixture(source);
    if (!validation?.ok) throw new Error('expected a valid stack');
    expect(warnings).toEqual([]);
    const messages = validation.uncited.map((note) => note.message);
    // 5 components and 7 flows, less the cited Kafka and the inferred health checks.
    expect(messages).toHaveLength(10);
    expect(messages).toContain('component `web-app` cites no source');
    expect(messages).not.toContain('component `kafka` cites no source');
    expect(messages).toContain('flow `clicks` in view `hub` cites no source');
    expect(messages).not.toContain('flow `api-to-dashboard` in view `main` cites no source');
    expect(validation.uncited[0]).toMatchObject({ severity: 'warning', ...locate(source, '<Component id="web-app" label') });
  });
});

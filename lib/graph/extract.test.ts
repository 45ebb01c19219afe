/**
 * Extraction: MDX syntax tree -> diagrams, layers, components and flows with source positions
 * (lib/graph/extract.ts, run from compileDocument's remark plugin).
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { getMDXComponent } from 'mdx-bundler/client';
import type { Element, Nodes } from 'hast';
import { beforeAll, describe, expect, it } from 'vitest';
import { GOOD, compileFixture, edit, locate, parseFixture } from './__fixtures__/helpers';
import type { ParsedComponent, ParsedDocument } from './schema';

/** Every element of a prose tree, depth first. */
function elements(node: Nodes): Element[] {
  if (!('children' in node)) return [];
  const own = node.type === 'element' ? [node] : [];
  return [...own, ...(node.children as Nodes[]).flatMap((child) => elements(child))];
}

const component = (stack: ParsedDocument, diagram: number, id: string): ParsedComponent => {
  const found = stack.views[diagram]!.layers.flatMap((layer) => layer.components).find((c) => c.attrs.id === id);
  if (!found) throw new Error(`no component ${id} in diagram ${diagram}`);
  return found;
};

let stack: ParsedDocument;
beforeAll(async () => {
  stack = await parseFixture(GOOD);
});

describe('the structure of good.mdx', () => {
  it('compiles without structural errors and keeps slug, file and frontmatter', () => {
    expect(stack.errors).toEqual([]);
    expect(stack.slug).toBe('fixture');
    expect(stack.file).toBe('content/stacks/fixture.mdx');
    expect(stack.frontmatter.data).toMatchObject({ company: 'Acme', title: "Acme's Event Stack" });
  });

  it('finds both diagrams in file order, with their attributes', () => {
    expect(stack.views.map((d) => d.attrs)).toEqual([
      { id: 'main', title: 'Main View' },
      { id: 'hub', title: 'Kafka Hub' },
    ]);
  });

  it('finds the layers of each diagram in file order', () => {
    expect(stack.views.map((d) => d.layers.map((layer) => layer.attrs.id))).toEqual([
      ['sources', 'ingestion', 'analytics'],
      ['producers', 'bus'],
    ]);
    expect(stack.views[0]!.layers[1]!.attrs).toEqual({ id: 'ingestion', title: 'Ingestion' });
  });

  it('finds the components of each layer in file order, with label and tech', () => {
    const [sources, ingestion, analytics] = stack.views[0]!.layers;
    expect(sources!.components.map((c) => c.attrs.id)).toEqual(['web-app', 'api']);
    expect(ingestion!.components.map((c) => c.attrs)).toEqual([
      { id: 'kafka', label: 'Kafka', tech: 'kafka' },
      { id: 'lake', label: 'Data Lake', tech: 'hadoop' },
    ]);
    expect(analytics!.components.map((c) => c.attrs.id)).toEqual(['dashboard']);
  });

  it('finds the flows of each diagram with their attributes, including a flow without a mode', () => {
    const flows = stack.views[0]!.flows.map((flow) => flow.attrs);
    expect(flows).toHaveLength(6);
    expect(flows[0]).toEqual({ from: 'web-app', to: 'kafka', label: 'click events', mode: 'async' });
    expect(flows[1]).toEqual({ from: 'api', to: 'kafka', label: 'service logs', mode: 'fire-and-forget' });
    expect(flows[5]).toEqual({ from: 'api', to: 'dashboard', label: 'health checks' });
    expect(stack.views[1]!.flows.map((flow) => flow.attrs)).toEqual([
      { id: 'clicks', from: 'web-app', to: 'kafka', label: 'clicks', mode: 'stream' },
    ]);
  });

  it('reads a bare reuse as attributes only, with no prose', () => {
    const reuse = component(stack, 1, 'web-app');
    expect(reuse.attrs).toEqual({ id: 'web-app' });
    expect(reuse.prose).toBeNull();
    expect(reuse.text).toBe('');
  });
});

describe('positions (1-based, counted from the top of the file, frontmatter included)', () => {
  it('points at the `<` of a component tag', () => {
    const webApp = component(stack, 0, 'web-app');
    expect(webApp.at).toEqual({ line: 15, column: 5 });
    expect(webApp.at).toEqual(locate(GOOD, '<Component id="web-app" label="Web App">'));
  });

  it('points at each attribute name', () => {
    const webApp = component(stack, 0, 'web-app');
    expect(webApp.attrAt.id).toEqual({ line: 15, column: 16 });
    expect(webApp.attrAt.label).toEqual({ line: 15, column: 29 });
    expect(component(stack, 0, 'kafka').attrAt.tech).toEqual(locate(GOOD, 'tech="kafka"'));
  });

  it('positions diagrams, layers, flows and bare reuses too', () => {
    expect(stack.views[0]!.at).toEqual({ line: 13, column: 1 });
    expect(stack.views[1]!.attrAt.id).toEqual(locate(GOOD, 'id="hub"'));
    expect(stack.views[0]!.layers[2]!.at).toEqual(locate(GOOD, '<Layer id="analytics"'));
    expect(stack.views[0]!.flows[0]!.attrAt.mode).toEqual(locate(GOOD, 'mode="async"'));
    expect(component(stack, 1, 'kafka').at).toEqual({ line: 60, column: 5 });
  });

  it('keeps positions right when the source shifts by a line', async () => {
    const shifted = await parseFixture(edit(GOOD, "Acme's intro prose", "One more line.\n\nAcme's intro prose"));
    expect(shifted.views[0]!.layers[0]!.components[0]!.at).toEqual({ line: 17, column: 5 });
  });
});

describe('prose', () => {
  it('turns Markdown into an HTML tree: **bold** becomes a `strong` element', () => {
    const prose = component(stack, 0, 'web-app').prose!;
    expect(prose.type).toBe('root');
    const strong = elements(prose).filter((el) => el.tagName === 'strong');
    expect(strong).toHaveLength(1);
    expect(strong[0]!.children).toEqual([{ type: 'text', value: 'click events' }]);
    expect(elements(prose).map((el) => el.tagName)).toContain('p');
  });

  it('keeps a plain-text summary with whitespace collapsed', () => {
    expect(component(stack, 0, 'web-app').text).toBe('The browser app. It sends click events as users browse.');
    expect(stack.views[0]!.flows[2]!.text).toBe('Topics are copied into the lake continuously, inside the ingestion layer.');
  });

  it('strips source positions from the prose tree (small, stable JSON)', () => {
    expect(JSON.stringify(component(stack, 0, 'web-app').prose)).not.toContain('position');
  });

  it('reads prose written on the same line as its tag', async () => {
    const inline = await parseFixture(edit(GOOD, '<Component id="api" label="API">\n      Backend services that log every request.\n    </Component>',
      '<Component id="api" label="API">Backend *services*.</Component>'));
    const api = component(inline, 0, 'api');
    expect(inline.errors).toEqual([]);
    expect(api.text).toBe('Backend services.');
    expect(elements(api.prose!).map((el) => el.tagName)).toContain('em');
  });
});

describe('the compiled intro', () => {
  it('keeps the intro prose and drops the diagrams from the code', () => {
    expect(stack.code).toContain('intro prose');
    expect(stack.code).not.toContain('The browser app');
    expect(stack.code).not.toContain('Clicks are published');
    expect(stack.code).not.toContain('Kafka Hub');
  });

  it('renders to the intro only, with a slot where each diagram was', () => {
    const Intro = getMDXComponent(stack.code);
    const DiagramSlot = ({ id }: { id: string }) => createElement('figure', { 'data-slot': id });
    const html = renderToStaticMarkup(createElement(Intro, { components: { DiagramSlot } }));
    expect(html).toContain('<strong>Markdown</strong>');
    expect(html).toContain('outside any diagram');
    expect(html).not.toContain('browser app');
    const slots = [...html.matchAll(/data-slot="([^"]+)"/g)].map((m) => m[1]);
    expect(slots).toEqual(stack.views.map((d) => d.attrs.id));
  });
});

describe('misplaced elements are reported as data, not thrown', () => {
  it('reports a `<Flow>` inside a `<Layer>` with where it belongs', async () => {
    const source = edit(GOOD, '<Component id="kafka" />', '<Component id="kafka" />\n    <Flow from="web-app" to="kafka" label="x" />');
    const result = await compileFixture(source);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.errors).toEqual([
      {
        file: 'content/stacks/fixture.mdx',
        ...locate(source, '<Flow from="web-app" to="kafka" label="x" />'),
        severity: 'error',
        message: '`<Flow>` is not allowed in a `<Layer>` (only `<Component>` goes there)',
        hint: '`<Flow>` must be inside a `<Diagram>`',
      },
    ]);
  });

  it('reports a `<Diagram>` that shares a line with text', async () => {
    const source = edit(GOOD, '\n<Diagram id="hub" title="Kafka Hub">', 'Text <Diagram id="x" title="X"></Diagram>\n\n<Diagram id="hub" title="Kafka Hub">');
    const result = await compileFixture(source);
    if (!result.ok) throw new Error('expected the file to compile');
    expect(result.document.errors).toHaveLength(1);
    expect(result.document.errors[0]).toMatchObject({ message: '`<Diagram>` must start on its own line', line: 54, column: 1 });
    expect(result.document.views.map((d) => d.attrs.id)).toEqual(['main', 'hub']);
  });
});

describe('citations', () => {
  const cited = edit(
    GOOD,
    'The event bus in the middle of everything.',
    'The event bus <Cite source="acme-events" quote="the bus, fast &amp; safe" /> in the middle of everything.\n      And **more**.<Cite source="acme-events" quote="more" />',
  );

  it('records each <Cite> of an element, in order, with the position of the tag and of each attribute', async () => {
    const parsed = await parseFixture(cited);
    const kafka = component(parsed, 0, 'kafka');
    expect(kafka.cites.map((cite) => cite.attrs)).toEqual([
      // JSX attribute values decode character references.
      { source: 'acme-events', quote: 'the bus, fast & safe' },
      { source: 'acme-events', quote: 'more' },
    ]);
    expect(kafka.cites[0]!.at).toEqual(locate(cited, '<Cite source="acme-events" quote="the bus'));
    expect(kafka.cites[0]!.attrAt.quote).toEqual(locate(cited, 'quote="the bus'));
    expect(kafka.cites[1]!.at).toEqual(locate(cited, '<Cite source="acme-events" quote="more"'));
    expect(parsed.errors).toEqual([]);
  });

  it('keeps a marker where each citation was, and leaves it out of the plain text', async () => {
    const kafka = component(await parseFixture(cited), 0, 'kafka');
    const markers = elements(kafka.prose!).filter((element) => element.tagName === 'cite-ref');
    expect(markers.map((marker) => marker.properties)).toEqual([
      { dataSource: 'acme-events', dataQuote: 'the bus, fast & safe' },
      { dataSource: 'acme-events', dataQuote: 'more' },
    ]);
    // The first marker sits inside the sentence, between its words.
    const paragraph = elements(kafka.prose!).find((element) => element.tagName === 'p')!;
    expect(paragraph.children.map((child) => (child.type === 'element' ? child.tagName : child.type))).toEqual(['text', 'cite-ref', 'text', 'strong', 'text', 'cite-ref']);
    expect(kafka.text).toBe('The event bus in the middle of everything. And more.');
  });

  it('keeps a <Cite /> written on its own line inline, at the end of the paragraph before it', async () => {
    const source = edit(GOOD, 'The event bus in the middle of everything.', 'The event bus in the middle of everything.\n      <Cite source="acme-events" quote="the middle" />');
    const kafka = component(await parseFixture(source), 0, 'kafka');
    expect(kafka.cites[0]!.at).toEqual(locate(source, '<Cite source="acme-events"'));
    const paragraph = kafka.prose!.children.find((child): child is Element => child.type === 'element' && child.tagName === 'p')!;
    expect(paragraph.children.at(-1)).toMatchObject({ type: 'element', tagName: 'cite-ref' });
    expect(kafka.prose!.children.filter((child) => child.type === 'element')).toHaveLength(1);
  });

  it('reads citations in flow and step prose too', async () => {
    const source = edit(
      edit(GOOD, 'Clicks are published without waiting.', 'Clicks are published without waiting.<Cite source="acme-events" quote="without waiting" />'),
      'Kafka receives it.',
      'Kafka receives it.<Cite source="acme-events" quote="receives it" />',
    );
    const parsed = await parseFixture(source);
    expect(parsed.views[0]!.flows[0]!.cites.map((cite) => cite.attrs.quote)).toEqual(['without waiting']);
    expect(parsed.views[1]!.tours[0]!.steps[1]!.cites.map((cite) => cite.attrs.quote)).toEqual(['receives it']);
  });
});

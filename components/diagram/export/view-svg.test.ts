/**
 * The SVG export: a well-formed standalone file, with every label of the view at the canvas's
 * geometry, the highlight the canvas shows, escaped text, the title, legend and sources.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GOOD, edit, laidOut } from '@/lib/graph/__fixtures__/helpers';
import { toClientModel } from '@/lib/graph/client-model';
import { STACKS_DIR } from '@/lib/content/files';
import { MODES, modesUsed } from '@/lib/model/modes';
import type { ClientView, ExplorerModel } from '@/lib/model/types';
import { toFlowEdges, toFlowNodes } from '../to-flow';
import { MODE_STROKE } from '../mode-style';
import type { ComponentNode, Selection } from '../flow-types';
import { escapeXml, exportFileName, highlightCaption, LIGHT_PALETTE, viewSvg, wrapText, type ViewSvgInput } from './view-svg';

let model: ExplorerModel;
let uber: ExplorerModel;
beforeAll(async () => {
  model = toClientModel({ ...(await laidOut(GOOD)).stack, sources: (await laidOut(GOOD)).stack.meta.sources });
  const source = readFileSync(path.join(STACKS_DIR, 'uber.mdx'), 'utf8');
  const stack = (await laidOut(source, { slug: 'uber' })).stack;
  uber = toClientModel({ ...stack, sources: stack.meta.sources });
});

const input = (m: ExplorerModel, view: ClientView, selection: Selection = {}, extra: Partial<ViewSvgInput> = {}): ViewSvgInput => ({
  stack: { title: "Acme's Event Stack" },
  view,
  components: m.components,
  selection,
  sources: m.sources,
  ...extra,
});

const unescape = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/**
 * A small XML well-formedness check (no parser is installed; the end-to-end test parses the file
 * with the browser's DOMParser): one root, every tag closed in order, attributes quoted, no bare
 * `<` or `&` in text or attribute values.
 */
function assertWellFormed(xml: string): void {
  const body = xml.replace(/^<\?xml [^?]*\?>\s*/, '');
  const stack: string[] = [];
  let roots = 0;
  const token = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  let match: RegExpExecArray | null;
  let end = 0;
  while ((match = token.exec(body))) {
    const [whole, closing, name, attributes, selfClosing, text, stray] = match;
    expect(match.index, `unparsed text before ${whole.slice(0, 40)}`).toBe(end);
    end = match.index + whole.length;
    if (stray) throw new Error(`a bare < at ${match.index}: ${body.slice(match.index, match.index + 60)}`);
    const checkEntities = (value: string) => expect(value.replace(/&(amp|lt|gt|quot|apos|#\d+);/g, ''), 'a bare &').not.toMatch(/&/);
    if (text !== undefined) {
      if (stack.length === 0) expect(text.trim(), 'text outside the root').toBe('');
      checkEntities(text);
      continue;
    }
    checkEntities(attributes ?? '');
    if (closing) expect(stack.pop(), `</${name}> closes the open element`).toBe(name);
    else if (!selfClosing) {
      if (stack.length === 0) roots += 1;
      stack.push(name!);
    } else if (stack.length === 0) roots += 1;
  }
  expect(end).toBe(body.length);
  expect(stack).toEqual([]);
  expect(roots).toBe(1);
}

/** The visible text of each component box and flow label, as the file draws them. */
function labelsIn(svg: string) {
  const components = [...svg.matchAll(/<text class="sa-node-label"[^>]*>(.*?)<\/text>/g)].map((match) =>
    [...match[1]!.matchAll(/<tspan[^>]*>(.*?)<\/tspan>/g)].map((span) => unescape(span[1]!)).join(' '),
  );
  // A wrapped flow label: one tspan a line, each line but the last keeping its trailing space.
  const flows = [...svg.matchAll(/<g class="sa-edge-label"[^>]*><rect[^>]*\/><text[^>]*>(.*?)<\/text>/g)].map((match) =>
    [...match[1]!.matchAll(/<tspan[^>]*>(.*?)<\/tspan>/g)].map((span) => unescape(span[1]!)).join(''),
  );
  return { components, flows };
}
const statesIn = (svg: string, attribute: 'data-node-id' | 'data-flow-id') =>
  Object.fromEntries([...svg.matchAll(new RegExp(`${attribute}="([^"]+)" data-state="([^"]+)"`, 'g'))].map((match) => [match[1], match[2]]));

describe('viewSvg', () => {
  it('is one well-formed standalone SVG with a viewBox, a generic font and no external reference', () => {
    for (const view of [...model.views, ...uber.views]) {
      const svg = viewSvg(input(view === model.views[0] || view === model.views[1] ? model : uber, view));
      assertWellFormed(svg);
      const root = svg.match(/<svg [^>]*>/)![0];
      expect(root).toContain('xmlns="http://www.w3.org/2000/svg"');
      expect(root).toMatch(/viewBox="0 0 (\d+) (\d+)"/);
      const [, width, height] = root.match(/width="(\d+)" height="(\d+)" viewBox="0 0 \1 \2"/)!;
      expect(Number(width)).toBeGreaterThanOrEqual(view.width);
      expect(Number(height)).toBeGreaterThan(view.height);
      expect(root).toContain('font-family="sans-serif"');
      // Only in-file references: the arrowhead marker.
      expect(svg).not.toMatch(/\bhref=|@import|<image|<foreignObject|<style/);
      expect([...svg.matchAll(/url\(([^)]*)\)/g)].map((match) => match[1])).toEqual(expect.arrayContaining(['#sa-arrow']));
      expect(svg.match(/url\((?!#sa-arrow\))/g)).toBeNull();
      expect(svg).not.toContain('class="text-');
    }
  });

  it('holds every component label and every flow label of the view, once each', () => {
    for (const [m, view] of [...model.views.map((v) => [model, v] as const), ...uber.views.map((v) => [uber, v] as const)]) {
      const { components, flows } = labelsIn(viewSvg(input(m, view)));
      expect(components.sort()).toEqual(view.nodes.map((node) => m.components[node.id]!.label).sort());
      expect(flows.sort()).toEqual(view.flows.map((flow) => flow.label).sort());
    }
  });

  it('draws the canvas geometry: node boxes, band columns, edge routes and label centres from the layout', () => {
    const view = uber.views[0]!;
    const svg = viewSvg(input(uber, view));
    for (const node of view.nodes) {
      const group = svg.match(new RegExp(`<g class="sa-node" data-node-id="${node.id}"[^>]*><title>[^<]*</title><rect x="([\\d.]+)" y="([\\d.]+)" width="([\\d.]+)" height="([\\d.]+)"`))!;
      expect(group, node.id).not.toBeNull();
      const [x, y, width, height] = group.slice(1).map(Number) as [number, number, number, number];
      // The border is drawn inside the box, as CSS draws it: the stroke's centre is half its width in.
      expect(x - 0.75).toBeCloseTo(node.x, 5);
      expect(y - 0.75).toBeCloseTo(node.y, 5);
      expect(width + 1.5).toBeCloseTo(node.width, 5);
      expect(height + 1.5).toBeCloseTo(node.height, 5);
    }
    for (const band of view.bands) expect(svg).toContain(`data-band-id="${band.id}"><rect x="${band.x + 0.5}" y="${band.y + 0.5}"`);
    for (const flow of view.flows) {
      expect(svg).toContain(`<path d="${flow.path}" fill="none" stroke="${MODE_STROKE[flow.mode ?? 'none'].hex}"`);
      expect(svg).toContain(`transform="translate(${flow.labelX} ${flow.labelY})"`);
    }
    // Bands under flows under components, as on the canvas.
    expect(svg.lastIndexOf('class="sa-band"')).toBeLessThan(svg.indexOf('class="sa-edge"'));
    expect(svg.lastIndexOf('class="sa-edge"')).toBeLessThan(svg.indexOf('class="sa-node"'));
  });

  it('draws each mode with the canvas line table (dash and width) and inferred flows with ticks', () => {
    const view = uber.views[0]!;
    const svg = viewSvg(input(uber, view));
    for (const flow of view.flows) {
      const stroke = MODE_STROKE[flow.mode ?? 'none'];
      const group = svg.match(new RegExp(`<g class="sa-edge" data-flow-id="${flow.id}"[^]*?</g></g>`))![0];
      expect(group).toContain(`stroke-width="${stroke.width}"`);
      if (stroke.dash) expect(group).toContain(`stroke-dasharray="${stroke.dash}"`);
      expect(group.includes('sa-edge-inferred')).toBe(Boolean(flow.inferred));
    }
  });

  it('marks a selection: the component selected, its neighbours lit, the rest dimmed and faded', () => {
    const view = model.views[0]!;
    const svg = viewSvg(input(model, view, { node: 'kafka' }));
    const canvasNodes = toFlowNodes(view, model.components, { node: 'kafka' }).filter((n): n is ComponentNode => n.type === 'component');
    expect(statesIn(svg, 'data-node-id')).toEqual(Object.fromEntries(canvasNodes.map((node) => [node.id, node.data.state])));
    expect(statesIn(svg, 'data-node-id').kafka).toBe('selected');
    expect(Object.values(statesIn(svg, 'data-node-id'))).toContain('neighbour');
    const edges = toFlowEdges(view, model.components, { node: 'kafka' });
    expect(statesIn(svg, 'data-flow-id')).toEqual(Object.fromEntries(edges.map((edge) => [edge.id, edge.data!.state])));
    for (const edge of edges.filter((e) => e.data!.state === 'dimmed')) {
      expect(svg).toMatch(new RegExp(`data-flow-id="${edge.id}" data-state="dimmed" data-mode="[^"]+"( data-inferred="true")? opacity="0.15"`));
    }
    // The selected box has its halo ring; the caption and legend say what is lit.
    expect(svg).toMatch(/data-node-id="kafka" data-state="selected"><title>[^<]*<\/title><rect [^>]*stroke-opacity="0.25"/);
    expect(svg).toContain('Selected: Kafka and its direct flows');
    expect(svg).toContain('data-legend="state-selected"');
    expect(svg).toContain('data-legend="state-dimmed"');
  });

  it('marks a trace with the states the canvas derives (selected, downstream, dimmed)', () => {
    const view = uber.views[0]!;
    const start = view.flows.find((flow) => view.flows.some((next) => next.from === flow.to))!.from;
    const selection: Selection = { node: start, trace: 'down' };
    const svg = viewSvg(input(uber, view, selection));
    const states = statesIn(svg, 'data-node-id');
    const canvas = toFlowNodes(view, uber.components, selection).filter((n): n is ComponentNode => n.type === 'component');
    expect(states).toEqual(Object.fromEntries(canvas.map((node) => [node.id, node.data.state])));
    expect(states[start]).toBe('selected');
    expect(Object.values(states)).toContain('downstream');
    expect(Object.values(statesIn(svg, 'data-flow-id'))).toContain('downstream');
    expect(svg).toContain(`Traced downstream of ${escapeXml(uber.components[start]!.label)}`);
  });

  it('marks a tour step as focus and names the step', () => {
    const view = model.views.find((v) => v.tours.length > 0)!;
    const tour = view.tours[0]!;
    const step = tour.steps[1] ?? tour.steps[0]!;
    const selection: Selection = { focus: { nodes: step.focus, flows: step.flows } };
    const svg = viewSvg(input(model, view, selection, { tour: { title: tour.title, step: 2, steps: tour.steps.length, stepTitle: step.title } }));
    for (const id of step.focus) expect(statesIn(svg, 'data-node-id')[id]).toBe('focus');
    expect(svg).toContain(escapeXml(`Tour: ${tour.title}, step 2 of ${tour.steps.length}: ${step.title}`));
  });

  it('shows nothing as highlighted when nothing is selected', () => {
    const svg = viewSvg(input(model, model.views[0]!));
    expect(new Set(Object.values(statesIn(svg, 'data-node-id')))).toEqual(new Set(['idle']));
    expect(svg).not.toContain('opacity="0.15"');
    expect(svg).not.toContain('data-legend="state-');
  });

  it('escapes & < > " in every label, title and source', async () => {
    const nasty = 'A & B <"x">';
    const source = edit(edit(edit(GOOD, 'label="click events"', `label="${nasty.replace(/"/g, '&quot;')}"`), 'label="Web App"', 'label="Web & <App>"'), "title: Acme's Event Stack", 'title: "Acme & Co <Events>"');
    const stack = (await laidOut(source)).stack;
    const m = toClientModel({ ...stack, sources: [...stack.meta.sources, { id: 'x', title: 'Q&A: "<why>"', url: 'https://example.com/?a=1&b=2' }] });
    const svg = viewSvg({ ...input(m, m.views[0]!), stack: { title: stack.meta.title } });
    assertWellFormed(svg);
    const { components, flows } = labelsIn(svg);
    expect(flows).toContain(m.views[0]!.flows.find((flow) => flow.from === 'web-app')!.label);
    expect(components.join(' ')).toContain('Web & <App>');
    expect(svg).toContain('Acme &amp; Co &lt;Events&gt;');
    expect(svg).toContain('Q&amp;A: &quot;&lt;why&gt;&quot;');
    expect(svg).toContain('https://example.com/?a=1&amp;b=2');
    expect(escapeXml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
    expect(escapeXml('bell\u0007')).toBe('bell');
  });

  it('has the stack title at the top, the legend of the modes used, and a line per source at the bottom', () => {
    const view = uber.views[0]!;
    const svg = viewSvg({ ...input(uber, view), stack: { title: "Uber's Big Data Stack" } });
    const title = svg.indexOf('class="sa-export-title"');
    const diagram = svg.indexOf('class="sa-export-diagram"');
    const legend = svg.indexOf('class="sa-export-legend"');
    const sources = svg.indexOf('class="sa-export-sources"');
    expect(title).toBeGreaterThan(0);
    expect(title).toBeLessThan(diagram);
    expect(diagram).toBeLessThan(legend);
    expect(legend).toBeLessThan(sources);
    expect(svg).toContain('Uber&apos;s Big Data Stack');
    expect(svg).toContain('How data moves');
    for (const mode of modesUsed(view.flows)) {
      expect(svg).toContain(`data-legend="${mode}"`);
      expect(svg).toContain(escapeXml(MODES[mode].title));
    }
    const sourceText = unescape(svg.slice(sources).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '));
    expect(sourceText).toContain('Sources:');
    for (const source of uber.sources) {
      // Long lines wrap: compare with whitespace normalised.
      expect(sourceText.replace(/\s+/g, ' ')).toContain(source.title.replace(/\s+/g, ' ').split(' ').slice(0, 3).join(' '));
      expect(sourceText.replace(/\s/g, '')).toContain(source.url.replace(/\s/g, ''));
    }
    if (view.flows.some((flow) => flow.inferred)) expect(svg).toContain('data-legend="inferred-flow"');
  });

  it('uses the light theme colours of app/globals.css', () => {
    const css = readFileSync(path.join(process.cwd(), 'app', 'globals.css'), 'utf8');
    const root = css.match(/^:root \{([^}]*)\}/m)![1]!;
    for (const [name, hex] of Object.entries(LIGHT_PALETTE)) {
      expect(root, `--sa-${name}`).toMatch(new RegExp(`--sa-${name}: ${hex};`));
    }
  });
});

describe('helpers', () => {
  it('wraps words into lines that fit, keeping every word', () => {
    const text = 'Apache Kafka cluster for the streaming platform of everything';
    const lines = wrapText(text, 120, 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
  });

  it('captions each kind of highlight', () => {
    const view = model.views[0]!;
    const flow = view.flows[0]!;
    const base = { view, components: model.components };
    expect(highlightCaption({ ...base, selection: {} })).toBe('');
    expect(highlightCaption({ ...base, selection: { node: 'kafka', trace: 'up' } })).toBe('Traced upstream of Kafka');
    expect(highlightCaption({ ...base, selection: { node: 'kafka', trace: 'both' } })).toBe('Traced upstream and downstream of Kafka');
    expect(highlightCaption({ ...base, selection: { flow: flow.id } })).toContain(`, ${flow.label}`);
  });

  it('names files <slug>-<view>.svg/png', () => {
    expect(exportFileName('uber', 'kafka-hub', 'svg')).toBe('uber-kafka-hub.svg');
    expect(exportFileName('uber', 'big-data', 'png')).toBe('uber-big-data.png');
  });
});

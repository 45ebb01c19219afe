/**
 * One view as a standalone SVG file: the stack's title, the view with its current highlight
 * (selection, trace or tour step), the legend and the sources. Built from the model and the layout,
 * through the same conversion the canvases draw from (`toFlowNodes` / `toFlowEdges`: positions, edge
 * paths, label centres and highlight states), so nothing the canvas shows can be missing from it.
 * Pure and client-safe; loaded on demand by the download buttons.
 */
import { MODES, modesUsed } from '@/lib/model/modes';
import { LABEL_FONT_SIZE, labelSize, labelTextWidth, lineOffsets } from '@/lib/model/label-metrics';
import type { ClientComponent, ClientView, ExplorerModel } from '@/lib/model/types';
import { toFlowEdges, toFlowNodes } from '../to-flow';
import { ARROW, HIGHLIGHT_STROKE, INFERRED_LABEL_DASH, INFERRED_TICKS, MODE_STROKE } from '../mode-style';
import type { BandNode, ComponentNode, FlowEdge, HighlightState, Selection } from '../flow-types';

/**
 * The light theme's diagram colours: the values of the `--sa-*` custom properties in
 * app/globals.css (`:root`), which a standalone file cannot read. A test holds the two equal.
 */
export const LIGHT_PALETTE = {
  band: '#f1f5f9',
  'band-border': '#e2e8f0',
  'band-title': '#334155',
  'node-bg': '#ffffff',
  'node-border': '#94a3b8',
  'node-text': '#0f172a',
  selected: '#0369a1',
  downstream: '#047857',
  upstream: '#b45309',
  'label-bg': '#ffffff',
  'label-text': '#1e293b',
  arrow: '#475569',
  'dim-text': '#64748b',
} as const;
type Palette = typeof LIGHT_PALETTE;

/** The page around the diagram (not canvas colours): background, title and small print. */
const PAGE = { background: '#ffffff', text: '#0f172a', muted: '#475569' } as const;
const FONT = 'sans-serif';

export interface ExportTour {
  title: string;
  /** 1-based. */
  step: number;
  steps: number;
  stepTitle: string;
}

export interface ViewSvgInput {
  stack: { title: string; company?: string };
  /** The view as laid out at build time. */
  view: ClientView;
  components: Record<string, ClientComponent>;
  /** The current highlight, exactly as the canvas gets it. */
  selection: Selection;
  sources: ExplorerModel['sources'];
  /** The open tour step, when the highlight is one (names it in the caption). */
  tour?: ExportTour;
  theme?: 'light';
}

// ---------------------------------------------------------------------------------------------
// Text

/** Text and attribute values, escaped; characters XML 1.0 forbids are dropped. */
export function escapeXml(value: string): string {
  return (
    value
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

/** A text's width at a font size: the flow-label metric (./label-metrics), scaled; bold is wider. */
export function textWidth(text: string, size: number, bold = false): number {
  const perChar = labelTextWidth('x') / LABEL_FONT_SIZE;
  return text.length * perChar * size * (bold ? 1.08 : 1);
}

/** Words into lines no wider than `width` (a word longer than a line gets a line of its own). */
export function wrapText(text: string, width: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, size, bold) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}

const attrs = (values: Record<string, string | number | undefined | false>) =>
  Object.entries(values)
    .filter(([, value]) => value !== undefined && value !== false)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
const round = (value: number) => Math.round(value * 100) / 100;

/** Lines of text from a top-left corner, one `<tspan>` a line. */
function textBlock(lines: string[], x: number, y: number, size: number, lineHeight: number, extra: Record<string, string | number | undefined>): string {
  const spans = lines.map((line, index) => `<tspan${attrs({ x, y: round(y + size * 0.8 + index * lineHeight) })}>${escapeXml(line)}</tspan>`).join('');
  return `<text${attrs({ 'font-size': size, ...extra })}>${spans}</text>`;
}

// ---------------------------------------------------------------------------------------------
// The diagram: the same boxes, paths and states the canvases draw (app/globals.css, .sa-*)

interface NodeLook {
  stroke: keyof Palette;
  width: number;
  dash?: string;
  /** `border-style: double`: two thin lines. */
  double?: true;
  /** `box-shadow` ring of a selection. */
  halo?: true;
  text: keyof Palette;
}
const NODE_LOOK: Record<HighlightState, NodeLook> = {
  idle: { stroke: 'node-border', width: 1.5, text: 'node-text' },
  selected: { stroke: 'selected', width: 3, halo: true, text: 'node-text' },
  neighbour: { stroke: 'selected', width: 2.5, double: true, text: 'node-text' },
  downstream: { stroke: 'downstream', width: 3, text: 'node-text' },
  upstream: { stroke: 'upstream', width: 3, dash: '0.01 6', text: 'node-text' },
  focus: { stroke: 'selected', width: 3, text: 'node-text' },
  dimmed: { stroke: 'band-border', width: 1.5, dash: '6 4', text: 'dim-text' },
};
const NODE_RADIUS = 10;

/** A component's box in a state (its border inside the box, as CSS draws it). */
function nodeBox(x: number, y: number, width: number, height: number, state: HighlightState, palette: Palette): string {
  const look = NODE_LOOK[state];
  const colour = palette[look.stroke];
  const parts: string[] = [];
  if (look.halo) {
    parts.push(`<rect${attrs({ x: x - 2, y: y - 2, width: width + 4, height: height + 4, rx: NODE_RADIUS + 2, fill: 'none', stroke: colour, 'stroke-opacity': 0.25, 'stroke-width': 4 })}/>`);
  }
  const inset = look.double ? 0.5 : look.width / 2;
  parts.push(
    `<rect${attrs({
      x: x + inset,
      y: y + inset,
      width: width - 2 * inset,
      height: height - 2 * inset,
      rx: NODE_RADIUS - inset,
      fill: palette['node-bg'],
      stroke: colour,
      'stroke-width': look.double ? 1 : look.width,
      'stroke-dasharray': look.dash,
      'stroke-linecap': look.dash ? 'round' : undefined,
    })}/>`,
  );
  if (look.double) {
    const inner = look.width - 0.5;
    parts.push(`<rect${attrs({ x: x + inner, y: y + inner, width: width - 2 * inner, height: height - 2 * inner, rx: NODE_RADIUS - inner, fill: 'none', stroke: colour, 'stroke-width': 1 })}/>`);
  }
  return parts.join('');
}

/** The label's lines and size: 15 px semibold as on the canvas, smaller only if it would not fit. */
function nodeLabel(label: string, width: number, height: number): { lines: string[]; size: number } {
  for (const size of [15, 13, 11]) {
    const lines = wrapText(label, width - 20, size, true);
    if (lines.length * size * 1.2 <= height - 8 || size === 11) return { lines, size };
  }
  return { lines: [label], size: 11 };
}

function drawComponent(node: ComponentNode, palette: Palette): string {
  const { x, y } = node.position;
  const width = node.width!;
  const height = node.height!;
  const { label, state, inferred } = node.data;
  const look = NODE_LOOK[state];
  const { lines, size } = nodeLabel(label, width, height);
  const lineHeight = size * 1.2;
  const top = y + height / 2 - (lines.length * lineHeight) / 2;
  const spans = lines
    .map((line, index) => `<tspan${attrs({ x: round(x + width / 2), y: round(top + index * lineHeight + lineHeight / 2), dy: '0.35em' })}>${escapeXml(line)}</tspan>`)
    .join('');
  const tag = inferred
    ? `<text${attrs({ x: x + width - 6, y: y + 11, 'text-anchor': 'end', 'font-size': 10, 'font-style': 'italic', 'font-weight': 500, fill: palette['dim-text'] })}>inferred</text>`
    : '';
  return (
    `<g${attrs({ class: 'sa-node', 'data-node-id': node.id, 'data-state': state, 'data-inferred': inferred ? 'true' : undefined })}>` +
    `<title>${escapeXml(node.data.ariaLabel)}</title>` +
    nodeBox(x, y, width, height, state, palette) +
    `<text${attrs({ class: 'sa-node-label', 'text-anchor': 'middle', 'font-size': size, 'font-weight': 600, fill: palette[look.text] })}>${spans}</text>` +
    tag +
    '</g>'
  );
}

function drawBand(band: BandNode, palette: Palette): string {
  const { x, y } = band.position;
  return (
    `<g${attrs({ class: 'sa-band', 'data-band-id': band.id.replace(/^band:/, '') })}>` +
    `<rect${attrs({ x: x + 0.5, y: y + 0.5, width: band.width! - 1, height: band.height! - 1, rx: 12, fill: palette.band, stroke: palette['band-border'], 'stroke-width': 1 })}/>` +
    `<text${attrs({ x: x + 14, y: y + 10 + 13, 'font-size': 13, 'font-weight': 700, 'letter-spacing': 0.78, fill: palette['band-title'] })}>${escapeXml(band.data.title.toUpperCase())}</text>` +
    '</g>'
  );
}

/** The stroke width a flow's line has in a state (the canvases thicken highlighted lines). */
function lineWidth(state: HighlightState, width: number): number {
  if (state === 'selected') return HIGHLIGHT_STROKE.selected;
  if (state === 'focus' || state === 'upstream' || state === 'downstream') return HIGHLIGHT_STROKE.traced;
  return width;
}

function drawFlow(edge: FlowEdge, palette: Palette): string {
  const data = edge.data!;
  const stroke = MODE_STROKE[data.mode ?? 'none'];
  const { width, height, lines } = labelSize(data.label);
  const offsets = lineOffsets(lines.length);
  const ticks = data.inferred
    ? `<path${attrs({ d: data.path, fill: 'none', class: 'sa-edge-inferred', stroke: stroke.hex, 'stroke-width': data.state === 'selected' ? HIGHLIGHT_STROKE.selectedTicks : INFERRED_TICKS.width, 'stroke-dasharray': INFERRED_TICKS.dash, 'stroke-linecap': 'butt' })}/>`
    : '';
  return (
    `<g${attrs({
      class: 'sa-edge',
      'data-flow-id': edge.id,
      'data-state': data.state,
      'data-mode': data.mode ?? 'none',
      'data-inferred': data.inferred ? 'true' : undefined,
      opacity: data.state === 'dimmed' ? HIGHLIGHT_STROKE.dimmedOpacity : undefined,
    })}>` +
    `<title>${escapeXml(edge.ariaLabel ?? data.label)}</title>` +
    `<path${attrs({ d: data.path, fill: 'none', stroke: stroke.hex, 'stroke-width': lineWidth(data.state, stroke.width), 'stroke-dasharray': stroke.dash, 'stroke-linecap': 'round', 'marker-end': 'url(#sa-arrow)' })}/>` +
    ticks +
    `<g${attrs({ class: 'sa-edge-label', transform: `translate(${data.labelX} ${data.labelY})` })}>` +
    `<rect${attrs({ x: round(-width / 2), y: -height / 2, width: round(width), height, rx: 4, fill: palette['label-bg'], stroke: stroke.hex, 'stroke-width': 1, 'stroke-dasharray': data.inferred ? INFERRED_LABEL_DASH : undefined })}/>` +
    `<text${attrs({ 'text-anchor': 'middle', 'font-size': LABEL_FONT_SIZE, 'font-weight': 500, fill: palette['label-text'] })}>` +
    lines.map((line, index) => `<tspan${attrs({ x: 0, y: offsets[index], dy: '0.35em' })}>${escapeXml(index < lines.length - 1 ? `${line} ` : line)}</tspan>`).join('') +
    '</text>' +
    '</g></g>'
  );
}

// ---------------------------------------------------------------------------------------------
// Caption, legend, sources

const TRACE_WORDS = { down: 'downstream of', up: 'upstream of', both: 'upstream and downstream of' } as const;

/** What the highlight is, in words: "Traced downstream of Kafka", "Tour: ..., step 2 of 5: ...". */
export function highlightCaption(input: Pick<ViewSvgInput, 'view' | 'components' | 'selection' | 'tour'>): string {
  const { view, components, selection, tour } = input;
  const name = (id: string) => components[id]?.label ?? id;
  if (selection.node && selection.trace) return `Traced ${TRACE_WORDS[selection.trace]} ${name(selection.node)}`;
  if (selection.node) return `Selected: ${name(selection.node)} and its direct flows`;
  if (selection.flow) {
    const flow = view.flows.find((candidate) => candidate.id === selection.flow);
    return flow ? `Selected flow: ${name(flow.from)} to ${name(flow.to)}, ${flow.label}` : '';
  }
  if (selection.focus && tour) return `Tour: ${tour.title}, step ${tour.step} of ${tour.steps}: ${tour.stepTitle}`;
  if (selection.focus) return 'Highlighted: a tour step';
  return '';
}

const STATE_WORDS: Record<Exclude<HighlightState, 'idle'>, string> = {
  selected: 'Selected',
  neighbour: 'Directly connected to the selection',
  upstream: 'Upstream: feeds the traced component',
  downstream: 'Downstream: fed by the traced component',
  focus: 'In this tour step',
  dimmed: 'Outside the highlight (faded)',
};
const STATE_ORDER = ['selected', 'neighbour', 'upstream', 'downstream', 'focus', 'dimmed'] as const;

interface LegendItem {
  /** Draws the 44 x 14 sample with its top-left corner at (x, y). */
  sample(x: number, y: number): string;
  text: string;
  key: string;
}

function legendItems(view: ClientView, components: ComponentNode[], edges: FlowEdge[], palette: Palette): LegendItem[] {
  const line = (x: number, y: number, stroke: string, width: number, dash?: string, cap = 'round') =>
    `<line${attrs({ x1: x + 2, y1: y + 7, x2: x + 42, y2: y + 7, stroke, 'stroke-width': width, 'stroke-dasharray': dash, 'stroke-linecap': cap })}/>`;
  const items: LegendItem[] = modesUsed(view.flows).map((mode) => {
    const stroke = MODE_STROKE[mode];
    return { key: mode, text: `${MODES[mode].title}: ${MODES[mode].meaning}`, sample: (x, y) => line(x, y, stroke.hex, stroke.width, stroke.dash) };
  });
  if (edges.some((edge) => edge.data?.inferred)) {
    const none = MODE_STROKE.none;
    items.push({
      key: 'inferred-flow',
      text: 'Inferred flow: ticks across the line and a dashed label; drawn as a reading aid, the sources do not state it',
      sample: (x, y) => line(x, y, none.hex, none.width) + line(x, y, none.hex, INFERRED_TICKS.width, INFERRED_TICKS.dash, 'butt'),
    });
  }
  if (components.some((node) => node.data.inferred)) {
    items.push({
      key: 'inferred-component',
      text: 'Tagged "inferred": a component drawn as a reading aid; the sources do not state it',
      sample: (x, y) =>
        `<rect${attrs({ x: x + 0.5, y: y + 0.5, width: 43, height: 13, rx: 3, fill: 'none', stroke: palette['node-border'] })}/>` +
        `<text${attrs({ x: x + 40, y: y + 10, 'text-anchor': 'end', 'font-size': 9, 'font-style': 'italic', fill: palette['dim-text'] })}>inferred</text>`,
    });
  }
  const states = new Set<HighlightState>([...components.map((node) => node.data.state), ...edges.map((edge) => edge.data!.state)]);
  for (const state of STATE_ORDER) {
    if (!states.has(state)) continue;
    items.push({ key: `state-${state}`, text: STATE_WORDS[state], sample: (x, y) => nodeBox(x + 1, y, 42, 14, state, palette) });
  }
  return items;
}

function sourceLine(source: ExplorerModel['sources'][number]): string {
  return `${source.title}${source.date ? ` (${source.date})` : ''}: ${source.url}`;
}

// ---------------------------------------------------------------------------------------------
// The document

const MARGIN = 24;
const TITLE_SIZE = 22;
const SUBTITLE_SIZE = 14;
const SMALL = 12;
const SMALL_LINE = 16;
const SAMPLE = 44;

/** The SVG file of one view with its highlight, title, legend and sources. */
export function viewSvg(input: ViewSvgInput): string {
  const palette = LIGHT_PALETTE;
  const { stack, view, components, selection, sources } = input;
  const nodes = toFlowNodes(view, components, selection);
  const edges = toFlowEdges(view, components, selection);
  const bands = nodes.filter((node): node is BandNode => node.type === 'band');
  const componentNodes = nodes.filter((node): node is ComponentNode => node.type === 'component');

  const contentWidth = Math.max(Math.ceil(view.width), 640);
  const width = contentWidth + 2 * MARGIN;
  const parts: string[] = [];
  let y = MARGIN;

  // Title and what is shown.
  const titleLines = wrapText(stack.title, contentWidth, TITLE_SIZE, true);
  parts.push(textBlock(titleLines, MARGIN, y, TITLE_SIZE, TITLE_SIZE * 1.25, { 'font-weight': 700, fill: PAGE.text, class: 'sa-export-title' }));
  y += titleLines.length * TITLE_SIZE * 1.25 + 4;
  const caption = highlightCaption(input);
  const subtitle = `${view.title} view${caption ? `. ${caption}` : ''}`;
  const subtitleLines = wrapText(subtitle, contentWidth, SUBTITLE_SIZE);
  parts.push(textBlock(subtitleLines, MARGIN, y, SUBTITLE_SIZE, SUBTITLE_SIZE * 1.3, { fill: PAGE.muted, class: 'sa-export-caption' }));
  y += subtitleLines.length * SUBTITLE_SIZE * 1.3 + 14;

  // The diagram, in layout coordinates: bands under flows under components, as on the canvas.
  parts.push(
    `<g${attrs({ class: 'sa-export-diagram', transform: `translate(${MARGIN} ${round(y)})` })}>` +
      bands.map((band) => drawBand(band, palette)).join('') +
      edges.map((edge) => drawFlow(edge, palette)).join('') +
      componentNodes.map((node) => drawComponent(node, palette)).join('') +
      '</g>',
  );
  y += view.height + 20;

  // Legend: the key to line styles, inferred marks and highlight states that appear in this file.
  const items = legendItems(view, componentNodes, edges, palette);
  if (items.length > 0) {
    parts.push(`<text${attrs({ x: MARGIN, y: round(y + 13 * 0.8), 'font-size': 13, 'font-weight': 700, fill: PAGE.text })}>How data moves</text>`);
    y += 13 * 1.2 + 8;
    const columns = contentWidth >= 900 ? 2 : 1;
    const columnWidth = contentWidth / columns;
    const legend: string[] = [];
    for (let row = 0; row < items.length; row += columns) {
      let rowHeight = 0;
      items.slice(row, row + columns).forEach((item, column) => {
        const x = MARGIN + column * columnWidth;
        const lines = wrapText(item.text, columnWidth - SAMPLE - 24, SMALL);
        legend.push(
          `<g${attrs({ class: 'sa-export-legend-item', 'data-legend': item.key })}>` +
            item.sample(x, y + 1) +
            textBlock(lines, x + SAMPLE + 10, y, SMALL, SMALL_LINE, { fill: PAGE.text }) +
            '</g>',
        );
        rowHeight = Math.max(rowHeight, lines.length * SMALL_LINE);
      });
      y += rowHeight + 6;
    }
    parts.push(`<g class="sa-export-legend">${legend.join('')}</g>`);
    y += 10;
  }

  // Sources, one a line.
  const sourceLines =
    sources.length > 0
      ? sources.flatMap((source, index) => wrapText(`${index === 0 ? 'Sources: ' : ''}${index + 1}. ${sourceLine(source)}`, contentWidth, SMALL))
      : ['Sources: none cited'];
  parts.push(
    `<g class="sa-export-sources">${textBlock(sourceLines, MARGIN, y, SMALL, SMALL_LINE, { fill: PAGE.muted })}</g>`,
  );
  y += sourceLines.length * SMALL_LINE + MARGIN;

  const height = Math.ceil(y);
  const label = `${stack.title}: ${view.title}${caption ? `. ${caption}` : ''}`;
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<svg${attrs({ xmlns: 'http://www.w3.org/2000/svg', width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': FONT, role: 'img', 'aria-labelledby': 'sa-export-title', 'data-view': view.id })}>` +
    `<title id="sa-export-title">${escapeXml(label)}</title>` +
    `<defs><marker${attrs({ id: 'sa-arrow', viewBox: ARROW.viewBox, refX: ARROW.refX, refY: ARROW.refY, markerWidth: ARROW.size, markerHeight: ARROW.size, markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse' })}>` +
    `<path${attrs({ d: ARROW.path, fill: palette.arrow })}/></marker></defs>` +
    `<rect${attrs({ x: 0, y: 0, width, height, fill: PAGE.background })}/>` +
    parts.join('') +
    '</svg>\n'
  );
}

/** `<slug>-<view>.svg`: the download's file name. */
export const exportFileName = (slug: string, viewId: string, extension: 'svg' | 'png') => `${slug}-${viewId}.${extension}`;

/**
 * MDX syntax tree -> ParsedDocument pieces. Walks the mdast that mdx-bundler's remark stage hands us,
 * collects `<Diagram>/<Layer>/<Component>/<Flow>` and `<Tour>/<Step>` with source positions, and reports misplaced or
 * unknown elements as data. It also replaces each diagram in the tree with a `<DiagramSlot id>`, so
 * the compiled MDX holds only prose plus a marker where each diagram goes.
 */
import type { Root, RootContent, Parent, Node } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Root as HastRoot } from 'hast';
import { toHast } from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import {
  ELEMENT_SCHEMAS,
  type ContentError,
  type ParsedComponent,
  type ParsedDiagram,
  type ParsedElement,
  type ParsedFlow,
  type ParsedLayer,
  type ParsedProse,
  type ParsedStep,
  type ParsedTour,
  type RawAttr,
  type SourcePoint,
} from './schema';
import { didYouMean } from './suggest';
import { CITE_MARKER_TAG } from '../model/cite-marker';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const KNOWN_ELEMENTS = Object.keys(ELEMENT_SCHEMAS);
/** Where each element may appear, for "X must be inside Y" messages. */
const EXPECTED_PARENT: Record<string, string> = {
  Diagram: 'the top level of the file',
  Layer: 'a `<Diagram>`',
  Component: 'a `<Layer>`',
  Flow: 'a `<Diagram>`',
  Tour: 'a `<Diagram>`, after its layers and flows',
  Step: 'a `<Tour>`',
  Cite: 'the prose of a `<Component>`, `<Flow>` or `<Step>`',
};

/** What to do with text found where only elements go, by container. */
const TEXT_HINT = 'put explanations inside a `<Component>` or `<Flow>`, e.g. `<Component id="x" label="X">Prose</Component>`';
const TOUR_TEXT_HINT = 'put the prose inside a `<Step>`, e.g. `<Step title="..." focus="x">Prose</Step>`';

export interface Extracted {
  views: ParsedDiagram[];
  errors: ContentError[];
}

function pointOf(node: Node | undefined, fallback: SourcePoint = { line: 1, column: 1 }): SourcePoint {
  const start = node?.position?.start;
  return start ? { line: start.line, column: start.column } : fallback;
}

function isJsx(node: Node): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

function isBlank(node: Node): boolean {
  return node.type === 'text' && (node as unknown as { value: string }).value.trim() === '';
}

/**
 * The element children of a container, looking through the paragraphs MDX wraps around tags that
 * share a line with text. Anything that is not an element or whitespace is reported.
 */
function elementChildren(parent: Parent, where: string, ctx: Context, hint = TEXT_HINT): JsxElement[] {
  const out: JsxElement[] = [];
  for (const child of parent.children) {
    if (isJsx(child)) out.push(child);
    else if (child.type === 'paragraph') out.push(...elementChildren(child, where, ctx, hint));
    else if (!isBlank(child)) {
      ctx.error(child, `unexpected ${describe(child)} directly inside ${where}`, { hint });
    }
  }
  return out;
}

function describe(node: Node): string {
  if (node.type === 'text' || node.type === 'paragraph') return 'text';
  if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return '`{expression}`';
  return `\`${node.type}\``;
}

class Context {
  readonly errors: ContentError[] = [];
  constructor(readonly file: string) {}
  error(node: Node | SourcePoint | undefined, message: string, extra: { hint?: string } = {}): void {
    const at = node && 'line' in node ? node : pointOf(node as Node | undefined);
    this.errors.push({ file: this.file, ...at, severity: 'error', message, ...extra });
  }
}

function readElement(node: JsxElement, ctx: Context): ParsedElement {
  const attrs: Record<string, RawAttr> = {};
  const attrAt: Record<string, SourcePoint> = {};
  const at = pointOf(node);
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      ctx.error(attribute.position ? pointOf(attribute as unknown as Node) : at, `spread attributes are not supported on \`<${node.name}>\``, {
        hint: 'write each attribute as name="value"',
      });
      continue;
    }
    const value = attribute.value;
    attrs[attribute.name] =
      value === null || value === undefined ? null : typeof value === 'string' ? value : { expression: value.value };
    attrAt[attribute.name] = attribute.position ? pointOf(attribute) : at;
  }
  return { attrs, attrAt, at };
}

/** Removes `position` (and other unist data) so the prose tree is small, stable JSON. */
function stripPositions<T>(value: T): T {
  if (Array.isArray(value)) return value.map(stripPositions) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      if (key !== 'position' && key !== 'data') out[key] = stripPositions(inner);
    }
    return out as T;
  }
  return value;
}

/**
 * Replaces each `<Cite>` under `parent` with a marker node that becomes `<cite-ref data-source data-quote>`
 * in the HTML tree (mdast-util-to-hast applies `data.hName`/`hProperties` to unknown nodes), and returns
 * the citations as read, in document order, with their positions.
 */
function takeCites(parent: Parent, ctx: Context): ParsedElement[] {
  const cites: ParsedElement[] = [];
  const kept: Parent['children'] = [];
  for (const child of parent.children) {
    if (isJsx(child) && child.name === 'Cite') {
      const cite = readElement(child, ctx);
      if (child.children.some((inner) => !isBlank(inner))) {
        ctx.error(child, '`<Cite>` takes no content', { hint: 'put the quoted words in `quote="..."` and close the tag: `<Cite source="..." quote="..." />`' });
      }
      cites.push(cite);
      const text = (key: string) => (typeof cite.attrs[key] === 'string' ? (cite.attrs[key] as string) : '');
      const marker = {
        type: 'citeMarker',
        children: [],
        data: { hName: CITE_MARKER_TAG, hProperties: { dataSource: text('source'), dataQuote: text('quote') } },
      } as unknown as RootContent;
      // A `<Cite />` on a line of its own after a paragraph (a flow element) cites that paragraph: keep it inline there.
      const previous = kept.at(-1);
      if (child.type === 'mdxJsxFlowElement' && previous?.type === 'paragraph') (previous as Parent).children.push(marker as Parent['children'][number]);
      else kept.push(marker as Parent['children'][number]);
      continue;
    }
    if ('children' in child && Array.isArray((child as Parent).children)) cites.push(...takeCites(child as Parent, ctx));
    kept.push(child);
  }
  parent.children = kept;
  return cites;
}

/** Prose children -> HTML syntax tree. `<Cite>` becomes a marker; other JSX, expressions and imports are reported. */
function readProse(node: JsxElement, ctx: Context): ParsedProse {
  const children = node.children.filter((child) => !isBlank(child)) as RootContent[];
  if (children.length === 0) return { prose: null, text: '', cites: [] };
  const root: Root = { type: 'root', children };
  const cites = takeCites(root, ctx);
  reportNonMarkdown(root.children, ctx, `\`<${node.name}>\` prose`);
  const hast = toHast(root) as HastRoot;
  const text = toString(root).replace(/\s+/g, ' ').replace(/\s+([.,;:!?])/g, '$1').trim();
  return { prose: stripPositions(hast), text, cites };
}

function reportNonMarkdown(nodes: Node[], ctx: Context, where: string): void {
  for (const node of nodes) {
    if (isJsx(node)) {
      reportElement(node, ctx, where);
      continue;
    }
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      ctx.error(node, `\`{expressions}\` are not supported in ${where}`, {
        hint: 'write plain Markdown; to show a literal brace, escape it as `\\{`',
      });
    }
    if ('children' in node && Array.isArray((node as Parent).children)) {
      reportNonMarkdown((node as Parent).children, ctx, where);
    }
  }
}

/** An element somewhere it may not be: misplaced known element, or an unknown one. */
function reportElement(node: JsxElement, ctx: Context, where: string): void {
  const name = node.name ?? '';
  if (KNOWN_ELEMENTS.includes(name)) {
    ctx.error(node, `\`<${name}>\` is not allowed in ${where}`, { hint: `\`<${name}>\` must be inside ${EXPECTED_PARENT[name]}` });
  } else {
    const suggestion = didYouMean(name, KNOWN_ELEMENTS);
    ctx.error(node, `unknown element \`<${name}>\``, {
      hint: suggestion ?? `use Markdown for prose; the elements are ${KNOWN_ELEMENTS.map((n) => `<${n}>`).join(', ')}`,
    });
  }
}

function readComponent(node: JsxElement, ctx: Context): ParsedComponent {
  return { ...readElement(node, ctx), ...readProse(node, ctx) };
}

function readLayer(node: JsxElement, ctx: Context): ParsedLayer {
  const components: ParsedComponent[] = [];
  for (const child of elementChildren(node, '`<Layer>`', ctx)) {
    if (child.name === 'Component') components.push(readComponent(child, ctx));
    else reportElement(child, ctx, 'a `<Layer>` (only `<Component>` goes there)');
  }
  return { ...readElement(node, ctx), components };
}

/** A step's prose is read like a component's: Markdown only. */
function readStep(node: JsxElement, ctx: Context): ParsedStep {
  return { ...readElement(node, ctx), ...readProse(node, ctx) };
}

function readTour(node: JsxElement, ctx: Context): ParsedTour {
  const steps: ParsedStep[] = [];
  for (const child of elementChildren(node, '`<Tour>`', ctx, TOUR_TEXT_HINT)) {
    if (child.name === 'Step') steps.push(readStep(child, ctx));
    else reportElement(child, ctx, 'a `<Tour>` (only `<Step>` goes there)');
  }
  return { ...readElement(node, ctx), steps };
}

function readDiagram(node: JsxElement, ctx: Context): ParsedDiagram {
  const layers: ParsedLayer[] = [];
  const flows: ParsedFlow[] = [];
  const tours: ParsedTour[] = [];
  for (const child of elementChildren(node, '`<Diagram>`', ctx)) {
    if (child.name === 'Layer') layers.push(readLayer(child, ctx));
    else if (child.name === 'Flow') flows.push({ ...readElement(child, ctx), ...readProse(child, ctx) });
    else if (child.name === 'Tour') tours.push(readTour(child, ctx));
    else if (child.name === 'Component') {
      ctx.error(child, '`<Component>` is outside any `<Layer>`', {
        hint: 'wrap it in a layer: `<Layer id="..." title="...">…</Layer>`',
      });
    } else if (child.name === 'Step') {
      ctx.error(child, '`<Step>` is outside any `<Tour>`', {
        hint: 'wrap the steps in a tour: `<Tour id="..." title="...">…</Tour>`',
      });
    } else reportElement(child, ctx, 'a `<Diagram>`');
  }
  return { ...readElement(node, ctx), layers, flows, tours };
}

/**
 * Reads every diagram in the tree and removes them from it. Imports, exports and expressions
 * outside diagrams are reported: a content file is data, not a program.
 */
export function extractGraph(tree: Root, file: string): Extracted {
  const ctx = new Context(file);
  const views: ParsedDiagram[] = [];
  const keep: RootContent[] = [];
  for (const child of tree.children) {
    if (isJsx(child) && child.name === 'Diagram') {
      const diagram = readDiagram(child, ctx);
      views.push(diagram);
      // Leave a marker where the diagram was, so a page can render it in place (concept pages do).
      const id = typeof diagram.attrs.id === 'string' ? diagram.attrs.id : '';
      keep.push({
        type: 'mdxJsxFlowElement',
        name: 'DiagramSlot',
        attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: id }],
        children: [],
      } as MdxJsxFlowElement);
      continue;
    }
    if (isJsx(child) && (child.name === 'Tour' || child.name === 'Step')) {
      // Not "not allowed in the intro prose": say where it belongs. Its children are not read.
      ctx.error(child, child.name === 'Tour' ? '`<Tour>` is outside any `<Diagram>`' : '`<Step>` is outside any `<Tour>`', {
        hint: child.name === 'Tour'
          ? 'move it inside the `<Diagram>` whose components it focuses, after its layers and flows'
          : 'put it inside a `<Tour>`, which goes inside a `<Diagram>`',
      });
      continue;
    }
    // remark-mdx-frontmatter's generated `export const frontmatter` has no position: keep it.
    if ((child as Node).type === 'mdxjsEsm' && child.position) {
      ctx.error(child, '`import` and `export` are not supported in content files', {
        hint: 'content is data: use the `<Diagram>` elements and Markdown only',
      });
      continue;
    }
    if (child.type === 'paragraph' && child.children.some((c) => isJsx(c) && c.name === 'Diagram')) {
      ctx.error(child, '`<Diagram>` must start on its own line', { hint: 'put a blank line before `<Diagram ...>`' });
      continue;
    }
    if (child.type !== 'yaml') reportNonMarkdown([child], ctx, 'the intro prose');
    keep.push(child);
  }
  tree.children = keep;
  return { views, errors: ctx.errors };
}

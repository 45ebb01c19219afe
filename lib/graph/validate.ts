/**
 * ParsedDocument -> ValidDocument (a stack or a concept page), or every problem as data. Shapes are
 * checked with the zod schemas; cross-references (flows, reuse, duplicates) are checked here, each with
 * a position and a fix. What differs between kinds comes from the table in ./documents.
 */
import type { z } from 'zod';
import {
  ELEMENT_SCHEMAS,
  FLOW_MODES,
  sourceSchema,
  type Citation,
  LAYER_ROLES,
  ID_PATTERN,
  type ContentError,
  type ElementName,
  type FrontmatterPath,
  type ParsedDocument,
  type ParsedElement,
  type ParsedDiagram,
  type SourcePoint,
  type StackComponent,
  type StackView,
  type StackFlow,
  type Tour,
  type TourStep,
} from './schema';
import { DOCUMENT_KIND_SPECS, type DocumentKind, type DocumentKindSpec, type ValidDocument } from './documents';
import { didYouMean } from './suggest';

export type DocumentValidation<K extends DocumentKind = DocumentKind> =
  /**
   * `uncited`: a warning per component and flow with neither a `<Cite>` nor `inferred`. Apart from
   * `warnings` because it is an editorial to-do list `npm run check` prints, not a content problem
   * the pipeline reports everywhere (examples and fixtures are allowed to be uncited).
   */
  | { ok: true; document: ValidDocument<K>; warnings: ContentError[]; uncited: ContentError[] }
  | { ok: false; errors: ContentError[]; warnings: ContentError[] };

export interface ValidateOptions {
  /** Known technology ids; when given, `tech="..."` must be one of them. */
  techIds?: ReadonlySet<string>;
}
interface GraphOptions extends ValidateOptions {
  /** The stack's source ids; undefined when the frontmatter is invalid (citations are then not checked against it). */
  sourceIds?: ReadonlySet<string>;
  /** Whether to list components and flows that neither cite nor say `inferred` (stacks only). */
  listUncited?: boolean;
}

class Report {
  readonly errors: ContentError[] = [];
  readonly warnings: ContentError[] = [];
  readonly uncited: ContentError[] = [];
  constructor(readonly file: string) {}
  add(severity: 'error' | 'warning' | 'uncited', at: SourcePoint, message: string, hint?: string): void {
    (severity === 'error' ? this.errors : severity === 'warning' ? this.warnings : this.uncited).push({
      file: this.file,
      line: at.line,
      column: at.column,
      severity: severity === 'uncited' ? 'warning' : severity,
      message,
      ...(hint ? { hint } : {}),
    });
  }
}

/** Values are quoted in messages up to this many characters, then cut with `…`. */
const SHOWN_LENGTH = 40;

/**
 * `, got "javascript:alert(1)"`: the bad value, as a message quotes it. Empty when there is nothing
 * to show (a blank or missing value: the rule says enough).
 */
export function got(value: unknown): string {
  if (typeof value === 'string') {
    if (value.trim() === '') return '';
    return `, got ${JSON.stringify(value.length > SHOWN_LENGTH ? `${value.slice(0, SHOWN_LENGTH).trimEnd()}…` : value)}`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return `, got ${String(value)}`;
  if (Array.isArray(value)) return ', got a list';
  if (value && typeof value === 'object') return ', got `key: value` fields';
  return '';
}

/** Schema rules may end with an example (`..., e.g. \`rider-app\``): the rule goes in the message, the example in the hint. */
function splitExample(message: string): { rule: string; example?: string } {
  const at = message.indexOf(', e.g. ');
  return at < 0 ? { rule: message } : { rule: message.slice(0, at), example: message.slice(at + 2) };
}

/** Attributes whose value comes from a closed list: an unknown value gets a did-you-mean. */
const VOCABULARIES: Record<string, readonly string[]> = { mode: FLOW_MODES, role: LAYER_ROLES };

function describeIssue(name: ElementName, issue: z.core.$ZodIssue, attrs: Record<string, unknown>): { key: string; message: string; hint?: string } {
  const key = String(issue.path[0] ?? '');
  const on = `on \`<${name}>\``;
  if (issue.code === 'unrecognized_keys') {
    return { key: issue.keys[0] ?? '', message: `unknown attribute \`${issue.keys.join('`, `')}\` ${on}` };
  }
  const vocabulary = issue.code === 'invalid_value' ? VOCABULARIES[key] : undefined;
  if (vocabulary) {
    return {
      key,
      message: `unknown ${key} \`${String(attrs[key])}\` ${on}`,
      hint: didYouMean(String(attrs[key]), vocabulary) ?? `use one of ${vocabulary.map((m) => `\`${m}\``).join(', ')}`,
    };
  }
  if (issue.code === 'invalid_type' && attrs[key] === undefined) {
    return { key, message: `missing required attribute \`${key}\` ${on}` };
  }
  const { rule, example } = splitExample(issue.message);
  return { key, message: `attribute \`${key}\` ${on} ${rule}${got(attrs[key])}`, ...(example ? { hint: example } : {}) };
}

/** Checks one element's attributes against its schema; returns the parsed value or null. */
function checkAttrs<N extends ElementName>(
  name: N,
  element: ParsedElement,
  report: Report,
): z.infer<(typeof ELEMENT_SCHEMAS)[N]> | null {
  const attrs: Record<string, unknown> = {};
  const expressions = new Set<string>();
  for (const [key, value] of Object.entries(element.attrs)) {
    if (value !== null && typeof value === 'object') {
      expressions.add(key);
      report.add('error', element.attrAt[key] ?? element.at, `attribute \`${key}\` on \`<${name}>\` must be a quoted string`,
        `write ${key}="..." instead of ${key}={...}`);
      continue;
    }
    attrs[key] = value ?? '';
  }
  const schema = ELEMENT_SCHEMAS[name];
  const result = schema.safeParse(attrs);
  if (result.success && expressions.size === 0) return result.data as z.infer<(typeof ELEMENT_SCHEMAS)[N]>;
  if (result.success) return null;
  const allowed = Object.keys(schema.shape);
  for (const issue of result.error.issues) {
    const { key, message, hint } = describeIssue(name, issue, attrs);
    if (expressions.has(key)) continue; // already reported as "must be a quoted string"

    const unknownHint = issue.code === 'unrecognized_keys'
      ? (didYouMean(key, allowed) ?? `\`<${name}>\` takes ${allowed.map((a) => `\`${a}\``).join(', ')}`)
      : undefined;
    report.add('error', element.attrAt[key] ?? element.at, message, hint ?? unknownHint);
  }
  return null;
}

/** What zod calls a type, in an author's words. */
const TYPE_WORDS: Record<string, string> = { string: 'text', array: 'a list', object: '`key: value` fields', number: 'a number', boolean: '`true` or `false`' };

function valueAt(data: unknown, path: FrontmatterPath): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), data);
}

function checkFrontmatter<S extends z.ZodObject>(parsed: ParsedDocument, schema: S, report: Report): z.infer<S> | null {
  const data = parsed.frontmatter.data ?? {};
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      // Each unknown field at its own line. Nested ones can only be in a source.
      const known = path.length ? Object.keys(sourceSchema.shape) : Object.keys(schema.shape);
      for (const key of issue.keys) {
        report.add('error', parsed.frontmatter.pointOf([...path, key]), `unknown frontmatter field \`${[...path, key].join('.')}\``, didYouMean(key, known));
      }
      continue;
    }
    const at = parsed.frontmatter.pointOf(path);
    const name = path.join('.');
    const value = valueAt(data, path);
    if (issue.code === 'invalid_type' && value === undefined) {
      const hint = path[0] === 'sources' && path.at(-1) === 'id'
        ? 'give the source an id in lowercase kebab-case, e.g. `id: events-at-acme`: `<Cite source="...">` names it'
        : `add \`${String(path.at(-1))}: ...\` between the \`---\` lines`;
      report.add('error', at, `missing frontmatter field \`${name}\``, hint);
      continue;
    }
    const { rule, example } = issue.code === 'invalid_type'
      ? { rule: `must be ${TYPE_WORDS[issue.expected] ?? `a ${issue.expected}`}`, example: undefined }
      : splitExample(issue.message);
    report.add('error', at, `frontmatter \`${name}\` ${rule}${got(value)}`, example);
  }
  return null;
}

function checkSlug(parsed: ParsedDocument, report: Report): void {
  if (!ID_PATTERN.test(parsed.slug)) {
    report.add('error', { line: 1, column: 1 }, `file name \`${parsed.slug}\` is not a URL-safe slug`,
      'rename the file to lowercase kebab-case, e.g. `my-company.mdx`');
  }
}

/** A stack (`kind` 'stack') or a concept page ('concept'): frontmatter, diagrams and cross-references. */
export function validateDocument<K extends DocumentKind>(parsed: ParsedDocument, kind: K, options: ValidateOptions = {}): DocumentValidation<K> {
  // One spec for either kind; the table's types line meta up with `K`.
  const spec = DOCUMENT_KIND_SPECS[kind] as unknown as DocumentKindSpec<K, z.ZodObject>;
  const report = new Report(parsed.file);
  report.errors.push(...parsed.errors);
  const frontmatter = checkFrontmatter(parsed, spec.frontmatter, report);
  for (const note of frontmatter && spec.notes ? spec.notes(frontmatter) : []) {
    report.add('warning', { line: 1, column: 1 }, note.message, note.hint);
  }
  checkSlug(parsed, report);
  const sourceIds = frontmatter ? checkSourceIds(parsed, frontmatter, report) : undefined;
  if (spec.requiresDiagram && parsed.views.length === 0 && parsed.errors.length === 0) {
    report.add('error', { line: 1, column: 1 }, `the ${spec.noun} has no \`<Diagram>\``, 'add `<Diagram id="main" title="...">` with layers, components and flows');
  }
  // Concept pages illustrate an idea and have no sources: only stacks get the uncited list.
  const { components, views } = validateGraph(parsed, report, { ...options, sourceIds, listUncited: kind === 'stack' });
  const errors = report.errors.sort((a, b) => a.line - b.line || a.column - b.column);
  if (errors.length > 0 || !frontmatter) return { ok: false, errors, warnings: report.warnings };
  const document = { meta: spec.meta(frontmatter, parsed), components, views, code: parsed.code } as ValidDocument<K>;
  return { ok: true, document, warnings: report.warnings, uncited: report.uncited };
}

/** Source ids, each once; a repeat is an error at the repeated id. Concept pages have no sources: an empty set. */
function checkSourceIds(parsed: ParsedDocument, frontmatter: object, report: Report): ReadonlySet<string> {
  const ids = new Set<string>();
  const sources = 'sources' in frontmatter && Array.isArray(frontmatter.sources) ? (frontmatter.sources as { id: string }[]) : [];
  sources.forEach((source, index) => {
    if (ids.has(source.id)) {
      const first = sources.findIndex((other) => other.id === source.id);
      report.add('error', parsed.frontmatter.pointOf(['sources', index, 'id']), `source id \`${source.id}\` is used twice (first by source ${first + 1})`,
        'give each source its own id; citations name sources by id');
    }
    ids.add(source.id);
  });
  return ids;
}

/** Each `<Cite>` of one element's prose: its attributes, and a source the stack lists. */
function checkCites(cites: ParsedElement[], report: Report, sourceIds: ReadonlySet<string> | undefined): Citation[] {
  const out: Citation[] = [];
  for (const cite of cites) {
    const attrs = checkAttrs('Cite', cite, report);
    if (!attrs) continue;
    // Unknown frontmatter (already an error): do not report every citation as well.
    if (!sourceIds) continue;
    if (!sourceIds.has(attrs.source)) {
      report.add('error', cite.attrAt.source ?? cite.at, `citation of unknown source \`${attrs.source}\``,
        didYouMean(attrs.source, sourceIds) ?? (sourceIds.size ? `sources here: ${listOf(sourceIds)}` : 'add the post to `sources:` with an `id`, then cite that id'));
      continue;
    }
    out.push({ source: attrs.source, quote: attrs.quote.replace(/\s+/g, ' ') });
  }
  return out;
}

/** An element that neither cites a source nor says it is inferred: `npm run check`'s to-do list. */
function noteUncited(report: Report, at: SourcePoint, what: string, citations: Citation[], inferred: boolean | undefined, listUncited = true): void {
  if (!listUncited || citations.length > 0 || inferred) return;
  report.add('uncited', at, `${what} cites no source`, 'add `<Cite source="..." quote="..." />` to its prose, or mark it `inferred` if the sources do not state it');
}

/** Components, layers, reuse and flows of every diagram in a file; problems go to the report. */
function validateGraph(parsed: ParsedDocument, report: Report, options: GraphOptions) {
  // Pass 1: definitions (a component with a label), wherever they are in the file.
  const components: Record<string, StackComponent> = {};
  const definedAt = new Map<string, SourcePoint>();
  const techs = options.techIds;
  for (const diagram of parsed.views) {
    for (const layer of diagram.layers) {
      for (const element of layer.components) {
        if (element.attrs.label === undefined) continue;
        const attrs = checkAttrs('Component', element, report);
        if (!attrs) {
          // Keep a valid id defined even when another attribute is wrong, so its reuses and flows
          // are not reported as unknown too: one mistake, one message.
          const id = element.attrs.id;
          if (typeof id === 'string' && ID_PATTERN.test(id) && !components[id]) {
            definedAt.set(id, element.at);
            components[id] = { id, label: String(element.attrs.label ?? id), prose: element.prose, text: element.text, citations: [] };
          }
          checkCites(element.cites, report, options.sourceIds);
          continue;
        }
        const first = definedAt.get(attrs.id);
        if (first) {
          report.add('error', element.attrAt.id ?? element.at, `component \`${attrs.id}\` is defined twice (first on line ${first.line})`,
            `to show it again, reuse it bare: \`<Component id="${attrs.id}" />\`; otherwise pick another id`);
          continue;
        }
        if (attrs.tech && techs && !techs.has(attrs.tech)) {
          report.add('error', element.attrAt.tech ?? element.at, `unknown technology \`${attrs.tech}\``,
            didYouMean(attrs.tech, techs) ?? 'add it to `content/technologies.json` or remove `tech`');
        }
        definedAt.set(attrs.id, element.at);
        const citations = checkCites(element.cites, report, options.sourceIds);
        noteUncited(report, element.at, `component \`${attrs.id}\``, citations, attrs.inferred, options.listUncited);
        components[attrs.id] = {
          id: attrs.id,
          label: attrs.label!,
          ...(attrs.tech ? { tech: attrs.tech } : {}),
          ...(attrs.inferred ? { inferred: true } : {}),
          prose: element.prose,
          text: element.text,
          citations,
        };
      }
    }
  }

  // Every flow id declared anywhere in the file, to tell "in another view" from "unknown" in tours.
  const flowsAnywhere = new Set(parsed.views.flatMap((diagram) => diagram.flows.map(declaredFlowId)));
  const tourIds = new Map<string, SourcePoint>();

  // Pass 2: each diagram's layers, reuses, flows and tours.
  const views: StackView[] = [];
  const diagramIds = new Set<string>();
  const touched = new Set<string>();
  for (const diagram of parsed.views) {
    const attrs = checkAttrs('Diagram', diagram, report);
    if (attrs && diagramIds.has(attrs.id)) {
      report.add('error', diagram.attrAt.id ?? diagram.at, `diagram id \`${attrs.id}\` is used twice`, 'give each `<Diagram>` its own id');
    }
    if (attrs) diagramIds.add(attrs.id);
    const inDiagram = new Map<string, number>(); // component id -> layer index
    const layerIds = new Set<string>();
    const layers = diagram.layers.map((layer, layerIndex) => {
      const layerAttrs = checkAttrs('Layer', layer, report);
      if (layerAttrs && layerIds.has(layerAttrs.id)) {
        report.add('error', layer.attrAt.id ?? layer.at, `layer id \`${layerAttrs.id}\` is used twice in this diagram`, 'give each `<Layer>` its own id');
      }
      if (layerAttrs) layerIds.add(layerAttrs.id);
      if (layer.components.length === 0) {
        report.add('error', layer.at, `layer \`${layerAttrs?.id ?? '?'}\` has no components`, 'add a `<Component>` to it or remove the layer');
      }
      const componentIds: string[] = [];
      for (const element of layer.components) {
        const componentAttrs = element.attrs.label === undefined ? checkAttrs('Component', element, report) : { id: String(element.attrs.id) };
        if (!componentAttrs) continue;
        const id = componentAttrs.id;
        if (element.attrs.label === undefined) {
          if (element.prose) {
            report.add('error', element.at, `component \`${id}\` has prose but no \`label\``, `add label="..." to define it here`);
          }
          if (!components[id]) {
            report.add('error', element.attrAt.id ?? element.at, `\`<Component id="${id}" />\` reuses a component that is defined nowhere`,
              didYouMean(id, Object.keys(components)) ?? `define it once with a label and prose: \`<Component id="${id}" label="...">…</Component>\``);
            continue;
          }
        }
        if (inDiagram.has(id)) {
          report.add('error', element.attrAt.id ?? element.at, `component \`${id}\` appears twice in diagram \`${attrs?.id ?? '?'}\``,
            'a component sits in one layer per diagram; remove one of them');
          continue;
        }
        inDiagram.set(id, layerIndex);
        componentIds.push(id);
      }
      return { id: layerAttrs?.id ?? `layer-${layerIndex}`, title: layerAttrs?.title ?? '', ...(layerAttrs?.role ? { role: layerAttrs.role } : {}), componentIds };
    });
    if (diagram.layers.length === 0) {
      report.add('error', diagram.at, `diagram \`${attrs?.id ?? '?'}\` is empty`, 'add `<Layer>` elements with `<Component>`s inside');
    }

    const flows: StackFlow[] = [];
    const flowIds = new Map<string, SourcePoint>();
    for (const element of diagram.flows) {
      const flowAttrs = checkAttrs('Flow', element, report);
      const citations = checkCites(element.cites, report, options.sourceIds);
      if (!flowAttrs) continue;
      let ok = true;
      for (const end of ['from', 'to'] as const) {
        const id = flowAttrs[end];
        if (inDiagram.has(id)) continue;
        ok = false;
        const at = element.attrAt[end] ?? element.at;
        if (components[id]) {
          report.add('error', at, `flow ${end} \`${id}\`, which is not in diagram \`${attrs?.id ?? '?'}\``, `add \`<Component id="${id}" />\` to one of its layers`);
        } else {
          report.add('error', at, `flow ${end} unknown component \`${id}\``,
            didYouMean(id, inDiagram.keys()) ?? `components here: ${[...inDiagram.keys()].slice(0, 8).map((c) => `\`${c}\``).join(', ')}`);
        }
      }
      const id = flowAttrs.id ?? `${flowAttrs.from}-to-${flowAttrs.to}`;
      const first = flowIds.get(id);
      if (first) {
        report.add('error', element.at, `flow \`${id}\` is declared twice (first on line ${first.line})`,
          flowAttrs.id ? 'give each flow its own `id`' : 'merge the two flows, or give one an `id="..."` of its own');
        ok = false;
      }
      flowIds.set(id, element.at);
      if (!ok) continue;
      if (inDiagram.get(flowAttrs.to)! < inDiagram.get(flowAttrs.from)!) {
        report.add('warning', element.at, `flow \`${id}\` goes backwards, from a later layer to an earlier one`,
          'diagrams read left to right; check `from` and `to`');
      }
      touched.add(flowAttrs.from).add(flowAttrs.to);
      noteUncited(report, element.at, `flow \`${id}\` in view \`${attrs?.id ?? '?'}\``, citations, flowAttrs.inferred, options.listUncited);
      flows.push({
        id,
        from: flowAttrs.from,
        to: flowAttrs.to,
        label: flowAttrs.label,
        ...(flowAttrs.mode ? { mode: flowAttrs.mode } : {}),
        ...(flowAttrs.inferred ? { inferred: true } : {}),
        prose: element.prose,
        text: element.text,
        citations,
      });
    }
    const scope: TourScope = { viewId: attrs?.id ?? '?', inDiagram, flowIds, components, flowsAnywhere, tourIds, sourceIds: options.sourceIds };
    const tours = diagram.tours.flatMap((tour) => checkTour(tour, scope, report) ?? []);
    views.push({ id: attrs?.id ?? '', title: attrs?.title ?? '', layers, flows, tours });
  }

  for (const [id, at] of definedAt) {
    if (!touched.has(id)) report.add('warning', at, `component \`${id}\` has no flows`, 'connect it with a `<Flow>` or remove it');
  }

  return { components, views };
}

/** A flow's id as written (explicit, or `<from>-to-<to>`), before any checks; '' when it cannot be told. */
function declaredFlowId(flow: ParsedDiagram['flows'][number]): string {
  const { id, from, to } = flow.attrs;
  if (typeof id === 'string') return id;
  return typeof from === 'string' && typeof to === 'string' ? `${from}-to-${to}` : '';
}

/** What a tour's ids are checked against: the diagram it is in, and the stack around it. */
interface TourScope {
  viewId: string;
  /** Components placed in this diagram. */
  inDiagram: ReadonlyMap<string, number>;
  /** Flows declared in this diagram (valid or not, so one bad flow is not reported again here). */
  flowIds: ReadonlyMap<string, SourcePoint>;
  components: Readonly<Record<string, StackComponent>>;
  flowsAnywhere: ReadonlySet<string>;
  /** Tour ids seen so far in the stack, with where: shared by every diagram. */
  tourIds: Map<string, SourcePoint>;
  sourceIds: ReadonlySet<string> | undefined;
}

const splitIds = (list: string) => [...new Set(list.split(/\s+/).filter(Boolean))];
const listOf = (ids: Iterable<string>) => [...ids].slice(0, 8).map((id) => `\`${id}\``).join(', ');

/** A `<Tour>` and its steps; null when the tour itself cannot be read. Each bad id is one error, at its attribute. */
function checkTour(tour: ParsedDiagram['tours'][number], scope: TourScope, report: Report): Tour | null {
  const attrs = checkAttrs('Tour', tour, report);
  if (attrs) {
    const first = scope.tourIds.get(attrs.id);
    if (first) {
      report.add('error', tour.attrAt.id ?? tour.at, `tour id \`${attrs.id}\` is used twice (first on line ${first.line})`,
        'tour ids are unique across the whole stack: give each `<Tour>` its own id');
    } else scope.tourIds.set(attrs.id, tour.at);
  }
  if (tour.steps.length === 0) {
    report.add('error', tour.at, `tour \`${attrs?.id ?? '?'}\` has no steps`, 'add `<Step title="..." focus="...">Prose</Step>` inside it, or remove the tour');
  }
  const steps: TourStep[] = [];
  for (const step of tour.steps) {
    const stepAttrs = checkAttrs('Step', step, report);
    const citations = checkCites(step.cites, report, scope.sourceIds);
    if (!stepAttrs) continue;
    const focusAt = step.attrAt.focus ?? step.at;
    const focus = splitIds(stepAttrs.focus);
    for (const id of focus) {
      if (scope.inDiagram.has(id)) continue;
      if (scope.components[id]) {
        report.add('error', focusAt, `step focuses \`${id}\`, which is not in diagram \`${scope.viewId}\``,
          `focus a component of this diagram, or add \`<Component id="${id}" />\` to one of its layers`);
      } else {
        report.add('error', focusAt, `step focuses unknown component \`${id}\``,
          didYouMean(id, scope.inDiagram.keys()) ?? `components here: ${listOf(scope.inDiagram.keys())}`);
      }
    }
    const flowsAt = step.attrAt.flows ?? step.at;
    const flows = splitIds(stepAttrs.flows ?? '');
    for (const id of flows) {
      if (scope.flowIds.has(id)) continue;
      if (scope.flowsAnywhere.has(id)) {
        report.add('error', flowsAt, `step highlights flow \`${id}\`, which is not in diagram \`${scope.viewId}\``,
          'list only flows of the diagram the tour is in');
      } else {
        report.add('error', flowsAt, `step highlights unknown flow \`${id}\``,
          didYouMean(id, scope.flowIds.keys()) ?? `flows here: ${listOf(scope.flowIds.keys())}`);
      }
    }
    steps.push({ title: stepAttrs.title, focus, flows, prose: step.prose, text: step.text, citations });
  }
  return attrs ? { id: attrs.id, title: attrs.title, steps } : null;
}

/**
 * ParsedStack -> ValidStack, or every problem as data. Shapes are checked with the zod schemas;
 * cross-references (flows, reuse, duplicates) are checked here, each with a position and a fix.
 */
import type { z } from 'zod';
import {
  ELEMENT_SCHEMAS,
  FLOW_MODES,
  frontmatterSchema,
  conceptFrontmatterSchema,
  ID_PATTERN,
  type ValidConcept,
  type ContentError,
  type ElementName,
  type ParsedElement,
  type ParsedStack,
  type SourcePoint,
  type StackComponent,
  type StackDiagram,
  type StackFlow,
  type ValidStack,
} from './schema';
import { frontmatterPoint } from './frontmatter-position';
import { didYouMean } from './suggest';

export type ValidationResult =
  | { ok: true; stack: ValidStack; warnings: ContentError[] }
  | { ok: false; errors: ContentError[]; warnings: ContentError[] };

export interface ValidateOptions {
  /** Known technology ids; when given, `tech="..."` must be one of them. */
  techIds?: ReadonlySet<string>;
}

class Report {
  readonly errors: ContentError[] = [];
  readonly warnings: ContentError[] = [];
  constructor(readonly file: string) {}
  add(severity: 'error' | 'warning', at: SourcePoint, message: string, hint?: string): void {
    (severity === 'error' ? this.errors : this.warnings).push({
      file: this.file,
      line: at.line,
      column: at.column,
      severity,
      message,
      ...(hint ? { hint } : {}),
    });
  }
}

function describeIssue(issue: z.core.$ZodIssue, attrs: Record<string, unknown>): { key: string; message: string; hint?: string } {
  const key = String(issue.path[0] ?? '');
  if (issue.code === 'unrecognized_keys') {
    return { key: issue.keys[0] ?? '', message: `unknown attribute \`${issue.keys.join('`, `')}\`` };
  }
  if (issue.code === 'invalid_value' && key === 'mode') {
    return {
      key,
      message: `unknown mode \`${String(attrs.mode)}\``,
      hint: didYouMean(String(attrs.mode), FLOW_MODES) ?? `use one of ${FLOW_MODES.map((m) => `\`${m}\``).join(', ')}`,
    };
  }
  if (issue.code === 'invalid_type' && attrs[key] === undefined) {
    return { key, message: `missing required attribute \`${key}\`` };
  }
  const value = attrs[key];
  const shown = typeof value === 'string' ? ` (\`${value.length > 40 ? value.slice(0, 40) + '…' : value}\`)` : '';
  return { key, message: `attribute \`${key}\`${shown} ${issue.message}` };
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
    const { key, message, hint } = describeIssue(issue, attrs);
    if (expressions.has(key)) continue; // already reported as "must be a quoted string"

    const unknownHint = issue.code === 'unrecognized_keys'
      ? (didYouMean(key, allowed) ?? `\`<${name}>\` takes ${allowed.map((a) => `\`${a}\``).join(', ')}`)
      : undefined;
    report.add('error', element.attrAt[key] ?? element.at, `${message} on \`<${name}>\``, hint ?? unknownHint);
  }
  return null;
}

function checkFrontmatter<S extends z.ZodObject>(parsed: ParsedStack, schema: S, report: Report): z.infer<S> | null {
  const result = schema.safeParse(parsed.frontmatter ?? {});
  if (result.success) return result.data;
  const data = (parsed.frontmatter ?? {}) as Record<string, unknown>;
  for (const issue of result.error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      const key = issue.keys[0] ?? '';
      const at = frontmatterPoint(parsed.frontmatterText, [...path, key]);
      report.add('error', at, `unknown frontmatter field \`${[...path, key].join('.')}\``,
        didYouMean(key, path.length ? ['title', 'url', 'date'] : Object.keys(schema.shape)));
      continue;
    }
    const at = frontmatterPoint(parsed.frontmatterText, path);
    const name = path.join('.');
    const missing = issue.code === 'invalid_type' && path.reduce<unknown>((v, k) => (v as Record<string, unknown>)?.[k as string], data) === undefined;
    const message = issue.code === 'invalid_type' ? `must be ${issue.expected === 'string' ? 'text' : `a ${issue.expected}`}` : issue.message;
    report.add('error', at, missing ? `missing frontmatter field \`${name}\`` : `frontmatter \`${name}\` ${message}`,
      missing ? `add \`${String(path.at(-1))}: ...\` between the \`---\` lines` : undefined);
  }
  return null;
}

function checkSlug(parsed: ParsedStack, report: Report): void {
  if (!ID_PATTERN.test(parsed.slug)) {
    report.add('error', { line: 1, column: 1 }, `file name \`${parsed.slug}\` is not a URL-safe slug`,
      'rename the file to lowercase kebab-case, e.g. `my-company.mdx`');
  }
}

export function validateStack(parsed: ParsedStack, options: ValidateOptions = {}): ValidationResult {
  const report = new Report(parsed.file);
  report.errors.push(...parsed.errors);
  const meta = checkFrontmatter(parsed, frontmatterSchema, report);
  if (meta && meta.sources.length === 0) {
    report.add('warning', { line: 1, column: 1 }, 'the stack cites no sources', 'add `sources:` with the posts its facts come from');
  }
  checkSlug(parsed, report);
  if (parsed.diagrams.length === 0 && parsed.errors.length === 0) {
    report.add('error', { line: 1, column: 1 }, 'the stack has no `<Diagram>`', 'add `<Diagram id="main" title="...">` with layers, components and flows');
  }
  const { components, diagrams } = validateGraph(parsed, report, options);
  const errors = report.errors.sort((a, b) => a.line - b.line || a.column - b.column);
  if (errors.length > 0 || !meta) return { ok: false, errors, warnings: report.warnings };
  return {
    ok: true,
    stack: { meta: { ...meta, slug: parsed.slug, file: parsed.file }, components, diagrams, code: parsed.code },
    warnings: report.warnings,
  };
}

export type ConceptValidation =
  | { ok: true; concept: ValidConcept; warnings: ContentError[] }
  | { ok: false; errors: ContentError[]; warnings: ContentError[] };

/** A concept page: glossary frontmatter, Markdown, and optionally diagrams checked like a stack's. */
export function validateConcept(parsed: ParsedStack, options: ValidateOptions = {}): ConceptValidation {
  const report = new Report(parsed.file);
  report.errors.push(...parsed.errors);
  const meta = checkFrontmatter(parsed, conceptFrontmatterSchema, report);
  checkSlug(parsed, report);
  const { components, diagrams } = validateGraph(parsed, report, options);
  const errors = report.errors.sort((a, b) => a.line - b.line || a.column - b.column);
  if (errors.length > 0 || !meta) return { ok: false, errors, warnings: report.warnings };
  return {
    ok: true,
    concept: { meta: { ...meta, id: parsed.slug, file: parsed.file }, components, diagrams, code: parsed.code },
    warnings: report.warnings,
  };
}

/** Components, layers, reuse and flows of every diagram in a file; problems go to the report. */
function validateGraph(parsed: ParsedStack, report: Report, options: ValidateOptions) {
  // Pass 1: definitions (a component with a label), wherever they are in the file.
  const components: Record<string, StackComponent> = {};
  const definedAt = new Map<string, SourcePoint>();
  const techs = options.techIds;
  for (const diagram of parsed.diagrams) {
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
            components[id] = { id, label: String(element.attrs.label ?? id), prose: element.prose, text: element.text };
          }
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
        components[attrs.id] = { id: attrs.id, label: attrs.label!, ...(attrs.tech ? { tech: attrs.tech } : {}), prose: element.prose, text: element.text };
      }
    }
  }

  // Pass 2: each diagram's layers, reuses and flows.
  const diagrams: StackDiagram[] = [];
  const diagramIds = new Set<string>();
  const touched = new Set<string>();
  for (const diagram of parsed.diagrams) {
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
      return { id: layerAttrs?.id ?? `layer-${layerIndex}`, title: layerAttrs?.title ?? '', componentIds };
    });
    if (diagram.layers.length === 0) {
      report.add('error', diagram.at, `diagram \`${attrs?.id ?? '?'}\` is empty`, 'add `<Layer>` elements with `<Component>`s inside');
    }

    const flows: StackFlow[] = [];
    const flowIds = new Map<string, SourcePoint>();
    for (const element of diagram.flows) {
      const flowAttrs = checkAttrs('Flow', element, report);
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
      flows.push({ id, from: flowAttrs.from, to: flowAttrs.to, label: flowAttrs.label, ...(flowAttrs.mode ? { mode: flowAttrs.mode } : {}), prose: element.prose, text: element.text });
    }
    diagrams.push({ id: attrs?.id ?? '', title: attrs?.title ?? '', layers, flows });
  }

  for (const [id, at] of definedAt) {
    if (!touched.has(id)) report.add('warning', at, `component \`${id}\` has no flows`, 'connect it with a `<Flow>` or remove it');
  }

  return { components, diagrams };
}

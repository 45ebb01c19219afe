/**
 * The authoring reference, derived from the zod schemas (via their JSON Schema), so the docs page
 * and the JSON schema file cannot drift from what the validator accepts.
 */
import { z } from 'zod';
import { ELEMENT_SCHEMAS, FLOW_MODES, frontmatterSchema, sourceSchema, type ElementName } from './schema';
import { MODES } from '../model/modes';

export interface FieldDoc {
  name: string;
  required: boolean;
  type: string;
  description: string;
}

type JsonSchema = {
  type?: string;
  enum?: string[];
  pattern?: string;
  maxLength?: number;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
};

function typeOf(schema: JsonSchema): string {
  if (schema.enum) return schema.enum.map((value) => `"${value}"`).join(' | ');
  if (schema.type === 'array') return 'list';
  if (schema.pattern) return 'id';
  if (schema.anyOf) return 'string';
  return schema.type ?? 'string';
}

export function jsonSchemaOf(schema: z.ZodType): JsonSchema & Record<string, unknown> {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema & Record<string, unknown>;
}

function fieldsOf(schema: z.ZodType): FieldDoc[] {
  const json = jsonSchemaOf(schema);
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    required: json.required?.includes(name) ?? false,
    type: typeOf(property),
    description: property.description ?? '',
  }));
}

export const ELEMENT_DOCS: Record<ElementName, { summary: string; children: string }> = {
  Diagram: {
    summary: 'One view of the stack: a tab above the canvas. (The element is called Diagram; readers and the URL call it a view.)',
    children: '`<Layer>` and `<Flow>` elements, then any `<Tour>`s',
  },
  Layer: { summary: 'A column of the diagram. Layers run left to right in file order.', children: '`<Component>` elements, top to bottom in file order' },
  Component: {
    summary: 'A system in the stack: a node. Defined once with a label and prose; reused elsewhere as a bare `<Component id="..." />`.',
    children: 'Markdown prose explaining it (where it is defined); nothing on a bare reuse',
  },
  Flow: { summary: 'Data moving from one component to another in the same diagram: an edge.', children: 'Markdown prose explaining what moves and why' },
  Tour: {
    summary:
      'A guided reading of the diagram it is in, written after its layers and flows. A diagram may hold several; each step focuses some of its components.',
    children: '`<Step>` elements, numbered from 1 in file order (at least one)',
  },
  Step: {
    summary:
      'One stop of a tour: the components to focus (`focus`), and optionally flows to highlight besides those between focused components (`flows`). Ids are separated by spaces and must be in the same diagram.',
    children: 'Markdown prose for the step, one to three sentences',
  },
  Cite: {
    summary:
      'An inline citation in the prose of a `<Component>`, `<Flow>` or `<Step>`: `<Cite source="presto-at-uber" quote="exact words from the post" />`. It renders as a numbered link (the source\'s place in `sources`) that opens the post at the quoted words. `npm run check` warns about every component and flow with neither a citation nor `inferred`.',
    children: 'nothing: it is self-closing',
  },
};

export function authoringReference() {
  return {
    frontmatter: fieldsOf(frontmatterSchema),
    source: fieldsOf(sourceSchema),
    elements: (Object.keys(ELEMENT_SCHEMAS) as ElementName[]).map((name) => ({
      name,
      ...ELEMENT_DOCS[name],
      attributes: fieldsOf(ELEMENT_SCHEMAS[name]),
    })),
    modes: FLOW_MODES.map((mode) => MODES[mode]),
  };
}

/** The JSON schema of stack frontmatter, as written to `content/stack-frontmatter.schema.json`. */
export function frontmatterJsonSchema() {
  return {
    ...jsonSchemaOf(frontmatterSchema),
    $id: 'https://stack-atlas.dev/schema/stack-frontmatter.json',
    title: 'Stack Atlas stack frontmatter',
    description: 'The YAML frontmatter at the top of content/stacks/<slug>.mdx. Generated from lib/graph/schema.ts: run `npm run schema`.',
  };
}

/**
 * The one schema of Stack Atlas content. Everything else (extraction, validation, layout, the UI) takes
 * its types from here. JSDoc on each field is the authoring reference.
 */
import { z } from 'zod';
import type { Root as HastRoot } from 'hast';
import { FLOW_MODES, type FlowMode } from '../model/modes';
import { LAYER_ROLES } from '../model/roles';

/** Ids used in URLs and cross-references: lowercase letters, digits and single dashes. */
/** Longest stack title: 70 characters of page title minus " · Stack Atlas". */
export const STACK_TITLE_MAX = 56;

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const idSchema = z
  .string()
  .regex(ID_PATTERN, 'must be lowercase kebab-case (letters, digits and dashes), e.g. `rider-app`');

/** How data moves along a flow. Drawn as distinct line styles, never colour alone. */
export const flowModeSchema = z.enum(FLOW_MODES);
export { FLOW_MODES, LAYER_ROLES };
export type { FlowMode };

/** A cited source. Every stack names where its facts come from. */
export const sourceSchema = z
  .object({
    /** The source's id, unique within the stack: what `<Cite source="...">` names. */
    id: idSchema.describe('The source id, unique in the stack; what `<Cite source="...">` names, e.g. `presto-at-uber`.'),
    /** The post or talk's title, as published. */
    title: z.string().trim().min(1, 'a source needs a `title`').describe('The post or talk title, as published.'),
    /** An absolute http(s) URL. */
    url: z
      .string()
      .trim()
      .refine((value) => /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(value), {
        message: 'must be an absolute http(s) URL, e.g. `https://eng.example.com/post`',
      })
      .describe('An absolute http(s) URL of the source.'),
    /** Publication date, YYYY-MM-DD (optional). */
    date: z
      .union([z.string(), z.date()])
      .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
      .pipe(z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be a date (YYYY-MM-DD or YYYY-MM), e.g. `2021-09-30`'))
      .optional()
      .describe('Publication date, `YYYY-MM-DD` or `YYYY-MM` (optional).'),
  })
  .strict();
export type Source = z.infer<typeof sourceSchema>;

/** The YAML frontmatter at the top of `content/stacks/<slug>.mdx`. */
export const frontmatterSchema = z
  .object({
    /** The company whose stack this is, e.g. `Uber`. */
    company: z.string().trim().min(1, 'must not be empty').describe('The company whose stack this is, e.g. `Uber`.'),
    /** The stack's title, e.g. `Uber's Big Data Stack`. */
    /** At most 56 characters: with " · Stack Atlas" the page title stays within the 70 search results show. */
    title: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(STACK_TITLE_MAX, `must be at most ${STACK_TITLE_MAX} characters: the page title adds " · Stack Atlas", and search results cut titles near 70`)
      .describe(`The stack's title, e.g. \`Uber's Big Data Stack\` (at most ${STACK_TITLE_MAX} characters).`),
    /** One sentence for the stack list (at most 200 characters). */
    summary: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(200, 'must be at most 200 characters')
      .describe('One sentence for the stack list, at most 200 characters.'),
    /** Where the facts come from: a list of `{ id, title, url, date? }`. */
    sources: z
      .array(sourceSchema)
      .default([])
      .describe('Where the facts come from: a list of `{ id, title, url, date }`. A stack without sources gets a warning.'),
  })
  .strict();
export type Frontmatter = z.infer<typeof frontmatterSchema>;

/** Attributes of `<Diagram>`: one view of the stack. */
export const diagramAttrsSchema = z
  .object({
    /** The view's id, used in the URL (`?view=`). */
    id: idSchema.describe('The view id, unique in the file; used in the URL as `?view=`.'),
    /** The tab label of the view. */
    title: z.string().trim().min(1, 'must not be empty').describe('The tab label of the view.'),
  })
  .strict();

/** Attributes of `<Layer>`: one column of the diagram, drawn left to right in file order. */
export const layerAttrsSchema = z
  .object({
    /** The layer's id, unique within its diagram. */
    id: idSchema.describe('The layer id, unique within its diagram.'),
    /** The band's heading. */
    title: z.string().trim().min(1, 'must not be empty').describe("The heading of the layer's column."),
    /** What the layer does, from a fixed vocabulary; the compare page lines stacks up by it (optional). */
    role: z
      .enum(LAYER_ROLES)
      .optional()
      .describe('What the layer does (optional): lines it up with other stacks on the compare pages; see the layer roles below.'),
  })
  .strict();

/**
 * `inferred`, written bare (`<Flow ... inferred>`): drawn as a reading aid; the sources do not state it.
 * A bare attribute reaches the schema as `''`; `inferred="true"` is accepted too. Parsed to `true`.
 */
const inferredSchema = z
  .enum(['', 'true'], { message: 'is written bare, with no value, e.g. `<Flow from="a" to="b" label="x" inferred>`' })
  .transform((): true => true)
  .optional();
const INFERRED_DOC = 'Bare, no value: drawn as a reading aid; the sources do not state it (optional).';

/** Quotes are short: a citation points at a sentence, it does not copy a passage. */
export const MAX_QUOTE_WORDS = 30;
export const wordCount = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

/**
 * Attributes of `<Cite>`: an inline citation in the prose of a `<Component>`, `<Flow>` or `<Step>`.
 * It renders as a numbered link that opens the source at the quoted words.
 */
export const citeAttrsSchema = z
  .object({
    /** Id of one of the stack's `sources`. */
    source: idSchema.describe('Id of one of the frontmatter `sources`, e.g. `presto-at-uber`.'),
    /** Exact words from the source (at most 30): the link opens the post at them. */
    quote: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .refine((value) => wordCount(value) <= MAX_QUOTE_WORDS, { message: `must be at most ${MAX_QUOTE_WORDS} words, e.g. one sentence of the post` })
      .describe(`Exact words from the source, at most ${MAX_QUOTE_WORDS}; the link opens the post at them.`),
  })
  .strict();
/** A citation as the model keeps it: which source, and the words quoted. */
export type Citation = z.infer<typeof citeAttrsSchema>;

/**
 * Attributes of `<Component>`. The first `<Component id="x" label="...">` with prose defines `x`;
 * a bare `<Component id="x" />` in another diagram of the same stack reuses it.
 */
export const componentAttrsSchema = z
  .object({
    /** The component's id, unique within the stack; used in the URL (`?node=`). */
    id: idSchema.describe('The component id, unique in the stack; used in the URL as `?node=`.'),
    /** Display name. Required where the component is defined, omitted on a bare reuse. */
    label: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .optional()
      .describe('Display name. Given where the component is defined (with its prose); left out on a bare reuse.'),
    /** Id of the technology it runs on, e.g. `kafka` (optional). */
    tech: idSchema.optional().describe('Id of its technology in `content/technologies.json`, e.g. `kafka` (optional).'),
    /** A reading aid the sources do not state: bare `inferred`, no value. */
    inferred: inferredSchema.describe(INFERRED_DOC),
  })
  .strict();

/** Attributes of `<Flow>`: data moving from one component to another in the same diagram. */
export const flowAttrsSchema = z
  .object({
    /** Id of the component the data leaves. */
    from: idSchema.describe('Id of the component the data leaves (in the same diagram).'),
    /** Id of the component the data reaches. */
    to: idSchema.describe('Id of the component the data reaches (in the same diagram).'),
    /** What moves, in a few words: `trip events`, `change log`. */
    label: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(40, 'must be at most 40 characters')
      .describe('What moves, in a few words (at most 40 characters), e.g. `trip events`.'),
    /** How it moves (optional): one of `sync`, `async`, `fire-and-forget`, `stream`, `batch`, `cdc`. */
    mode: flowModeSchema.optional().describe('How the data moves (optional); see the modes below.'),
    /** The flow's id in the URL (`?flow=`); defaults to `<from>-to-<to>`. */
    id: idSchema.optional().describe('The flow id in the URL (`?flow=`); defaults to `<from>-to-<to>`.'),
    /** A reading aid the sources do not state: bare `inferred`, no value. */
    inferred: inferredSchema.describe(INFERRED_DOC),
  })
  .strict();

/**
 * A list of ids in one attribute, separated by spaces: `focus="rider-app kafka"`. The schema checks
 * only that it is not blank; each id is checked against the diagram where the tour is (./validate).
 */
const idListSchema = (what: string, example: string) =>
  z.string().trim().min(1, `must list at least one ${what} id, e.g. \`${example}\``);

/** Attributes of `<Tour>`: a guided reading of the diagram it is in, one `<Step>` at a time. */
export const tourAttrsSchema = z
  .object({
    /** The tour's id, unique within the stack (across its views); used in the URL (`?tour=`). */
    id: idSchema.describe('The tour id, unique in the stack (across its views); used in the URL as `?tour=`.'),
    /** The tour's name, as readers see it in the list of tours: `Follow a trip request`. */
    title: z.string().trim().min(1, 'must not be empty').describe('The tour name readers see, e.g. `Follow a trip request`.'),
  })
  .strict();

/** Attributes of `<Step>`: one stop of a tour. Steps are numbered from 1 in file order. */
export const stepAttrsSchema = z
  .object({
    /** The step's heading. */
    title: z.string().trim().min(1, 'must not be empty').describe('The step heading, e.g. `A rider books a trip`.'),
    /** Ids of the components to focus, separated by spaces; each must be in this diagram. */
    focus: idListSchema('component', 'rider-app kafka').describe(
      'Ids of the components of this diagram to focus, separated by spaces, e.g. `rider-app kafka`. At least one.',
    ),
    /** Ids of flows to highlight besides the flows between focused components (optional). */
    flows: idListSchema('flow', 'rider-app-to-kafka')
      .optional()
      .describe('Ids of flows of this diagram to highlight besides those between focused components, separated by spaces (optional).'),
  })
  .strict();

/** The YAML frontmatter of `content/concepts/<id>.mdx`: one glossary entry. */
export const conceptFrontmatterSchema = z
  .object({
    title: z.string().trim().min(1, 'must not be empty').describe('The term, e.g. `Asynchronous`.'),
    summary: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters').describe('A one-sentence definition.'),
    example: z.string().trim().min(1, 'must not be empty').describe('An everyday example of the idea.'),
    order: z.number().int().describe('Position in the concept list.'),
    related: z.array(idSchema).default([]).describe('Ids of related concepts.'),
  })
  .strict();
export type ConceptFrontmatter = z.infer<typeof conceptFrontmatterSchema>;

/** The MDX elements an author may use, with their attribute schemas. */
export const ELEMENT_SCHEMAS = {
  Diagram: diagramAttrsSchema,
  Layer: layerAttrsSchema,
  Component: componentAttrsSchema,
  Flow: flowAttrsSchema,
  Tour: tourAttrsSchema,
  Step: stepAttrsSchema,
  Cite: citeAttrsSchema,
} as const;
export type ElementName = keyof typeof ELEMENT_SCHEMAS;

/* ------------------------------------------------------------------ pipeline stage types */

/** A point in a content file: 1-based line and column, as editors show them. */
export interface SourcePoint {
  line: number;
  column: number;
}

/** A problem in a content file, returned as data (never thrown) so every problem can be listed. */
export interface ContentError {
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  message: string;
  /** The likely fix, e.g. "did you mean `kafka`?". */
  hint?: string;
}

/** A raw attribute as written: a string, `null` for a bare boolean, or an unsupported `{expression}`. */
export type RawAttr = string | null | { expression: string };

export interface ParsedElement {
  attrs: Record<string, RawAttr>;
  at: SourcePoint;
  /** Where each attribute sits, for precise messages (falls back to the element). */
  attrAt: Record<string, SourcePoint>;
}
/** Prose as extracted: its tree, its text, and each `<Cite>` in it (left in the tree as a marker). */
export interface ParsedProse {
  /** The explanation, as an HTML syntax tree (plain JSON); null when the tag has no children. */
  prose: HastRoot | null;
  /** The prose as plain text, for summaries and search. */
  text: string;
  /** The `<Cite>` elements in the prose, in order, with positions; checked in ./validate. */
  cites: ParsedElement[];
}
export interface ParsedComponent extends ParsedElement, ParsedProse {}
export interface ParsedFlow extends ParsedElement, ParsedProse {}
export interface ParsedLayer extends ParsedElement {
  components: ParsedComponent[];
}
export interface ParsedStep extends ParsedElement, ParsedProse {}
export interface ParsedTour extends ParsedElement {
  steps: ParsedStep[];
}
export interface ParsedDiagram extends ParsedElement {
  layers: ParsedLayer[];
  flows: ParsedFlow[];
  tours: ParsedTour[];
}

/** A path into the frontmatter, as zod reports it: `['sources', 1, 'url']`. */
export type FrontmatterPath = ReadonlyArray<string | number>;

/** The frontmatter, parsed once (the `yaml` package), with the position of every value. */
export interface ParsedFrontmatter {
  /** The YAML as plain data (`null` for an empty block). */
  data: unknown;
  /**
   * Where `path` is written (1-based, in the file): the key of a field, or the item of a list. A path
   * that is not written points at the nearest enclosing one that is; a missing top-level field at 1:1.
   */
  pointOf(path: FrontmatterPath): SourcePoint;
}

/** Stage 1: what a content file (stack or concept) says, with positions, before any checks. */
export interface ParsedDocument {
  slug: string;
  /** Path relative to the project root, e.g. `content/stacks/uber.mdx`. */
  file: string;
  frontmatter: ParsedFrontmatter;
  views: ParsedDiagram[];
  /** Problems found while walking the tree (unknown elements, misplaced tags). */
  errors: ContentError[];
  /** Compiled MDX of the prose outside the diagrams (intro), for `getMDXComponent`. */
  code: string;
}

/**
 * Prose written inside an element: an HTML syntax tree (plain JSON), its plain text, and the
 * citations in it (each also a `cite-ref` marker in the tree, where it was written).
 */
export interface Prose {
  prose: HastRoot | null;
  text: string;
  citations: Citation[];
}

/*
 * The validated model. Each type takes the author's fields from the element's zod schema
 * (`z.infer`), so a new attribute is declared once, in the schema above.
 */
type ComponentAttrs = z.infer<typeof componentAttrsSchema>;
type FlowAttrs = z.infer<typeof flowAttrsSchema>;

/** A component: defined once per stack, shown in any of its views. */
export type StackComponent = Omit<ComponentAttrs, 'label'> & Required<Pick<ComponentAttrs, 'label'>> & Prose;
/** A flow of one view; `id` is always set (it defaults to `<from>-to-<to>`). */
export type StackFlow = Omit<FlowAttrs, 'id'> & Required<Pick<FlowAttrs, 'id'>> & Prose;
export type StackLayer = z.infer<typeof layerAttrsSchema> & { componentIds: string[] };
/** One step of a tour: what to focus, what to highlight, and its prose. */
export interface TourStep extends Prose {
  title: string;
  /** Component ids of the view, in the order written. */
  focus: string[];
  /** Flow ids of the view to highlight besides the flows between focused components (often empty). */
  flows: string[];
}
/** A guided reading of one view; its id is unique in the stack. Steps are in file order (step 1 first). */
export interface Tour {
  id: string;
  title: string;
  steps: TourStep[];
}
export type StackView = z.infer<typeof diagramAttrsSchema> & { layers: StackLayer[]; flows: StackFlow[]; tours: Tour[] };
export interface StackMeta extends Frontmatter {
  slug: string;
  file: string;
}

/** Stage 2: a stack that passed every check. */
export interface ValidStack {
  meta: StackMeta;
  components: Record<string, StackComponent>;
  views: StackView[];
  code: string;
}

export interface ConceptMeta extends ConceptFrontmatter {
  /** The file name without `.mdx`; used in the URL. */
  id: string;
  file: string;
}

/** A concept page that passed every check (diagrams optional). */
export interface ValidConcept {
  meta: ConceptMeta;
  components: Record<string, StackComponent>;
  views: StackView[];
  code: string;
}
export interface LaidOutConcept extends Omit<ValidConcept, 'diagrams'> {
  views: LaidOutView[];
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
/** A component's box in one view. What it is lives once, in the stack's `components`. */
export interface LaidOutNode extends Box {
  id: string;
  layerId: string;
}
export interface LaidOutLayer extends Box {
  id: string;
  title: string;
}
/** Where a flow is drawn: computed at build time, in diagram coordinates. */
export interface FlowRoute {
  /** SVG path data of the route. */
  path: string;
  /** The centre of the flow's label. */
  labelX: number;
  labelY: number;
}
/** One record per flow: what it is and where it is drawn. */
export type LaidOutFlow = StackFlow & FlowRoute;
export interface LaidOutView extends Omit<StackView, 'flows'> {
  flows: LaidOutFlow[];
  nodes: LaidOutNode[];
  bands: LaidOutLayer[];
  width: number;
  height: number;
}

/** Stage 3: what pages read. Plain JSON, safe to hand to client components. */
export interface LaidOutStack extends Omit<ValidStack, 'diagrams'> {
  views: LaidOutView[];
}

/** A stack in lists: metadata and counts only, never compiled MDX. */
export interface StackListItem {
  meta: StackMeta;
  componentCount: number;
  flowCount: number;
  viewTitles: string[];
  techs: string[];
}

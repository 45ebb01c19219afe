/**
 * The kinds of content file. Stacks and concepts run through one pipeline (compile -> validate ->
 * layout); they differ only in what this table says: their frontmatter schema, whether a `<Diagram>`
 * is required, and the meta they produce.
 */
import type { z } from 'zod';
import {
  conceptFrontmatterSchema,
  frontmatterSchema,
  type ConceptMeta,
  type LaidOutConcept,
  type LaidOutStack,
  type ParsedDocument,
  type StackMeta,
  type ValidConcept,
  type ValidStack,
} from './schema';

/** The types each kind of document has at each stage. */
export interface DocumentTypes {
  stack: { meta: StackMeta; valid: ValidStack; laidOut: LaidOutStack };
  concept: { meta: ConceptMeta; valid: ValidConcept; laidOut: LaidOutConcept };
}
export type DocumentKind = keyof DocumentTypes;
export const DOCUMENT_KINDS = ['stack', 'concept'] as const satisfies readonly DocumentKind[];

export type ValidDocument<K extends DocumentKind = DocumentKind> = DocumentTypes[K]['valid'];
export type LaidOutDocument<K extends DocumentKind = DocumentKind> = DocumentTypes[K]['laidOut'];

/** A warning about a document that is valid, at line 1. */
export interface DocumentNote {
  message: string;
  hint: string;
}

export interface DocumentKindSpec<K extends DocumentKind, S extends z.ZodObject> {
  /** What the reader calls it, in messages: `the stack has no <Diagram>`. */
  noun: string;
  frontmatter: S;
  /** A stack is its diagram; a concept page may be prose only. */
  requiresDiagram: boolean;
  meta(frontmatter: z.infer<S>, parsed: ParsedDocument): DocumentTypes[K]['meta'];
  /** Warnings about valid frontmatter. */
  notes?(frontmatter: z.infer<S>): DocumentNote[];
}

export const DOCUMENT_KIND_SPECS: {
  stack: DocumentKindSpec<'stack', typeof frontmatterSchema>;
  concept: DocumentKindSpec<'concept', typeof conceptFrontmatterSchema>;
} = {
  stack: {
    noun: 'stack',
    frontmatter: frontmatterSchema,
    requiresDiagram: true,
    meta: (frontmatter, parsed) => ({ ...frontmatter, slug: parsed.slug, file: parsed.file }),
    notes: (frontmatter) =>
      frontmatter.sources.length === 0 ? [{ message: 'the stack cites no sources', hint: 'add `sources:` with the posts its facts come from' }] : [],
  },
  concept: {
    noun: 'concept page',
    frontmatter: conceptFrontmatterSchema,
    requiresDiagram: false,
    meta: (frontmatter, parsed) => ({ ...frontmatter, id: parsed.slug, file: parsed.file }),
  },
};

/**
 * TypeScript types of the MDX elements an author writes, derived from the zod schemas, for editor
 * tooling (e.g. the MDX language server's `MDXProvidedComponents`) and for anyone rendering the
 * elements. The build never renders them as components: it reads them from the syntax tree.
 */
import type { ReactNode } from 'react';
import type { z } from 'zod';
import type { citeAttrsSchema, componentAttrsSchema, diagramAttrsSchema, flowAttrsSchema, layerAttrsSchema, stepAttrsSchema, tourAttrsSchema } from './schema';

/** `inferred` is written bare (`<Flow ... inferred>`), which JSX reads as `inferred={true}`. */
type Inferable<T> = Omit<T, 'inferred'> & { inferred?: boolean };

export type DiagramProps = z.input<typeof diagramAttrsSchema> & { children: ReactNode };
export type LayerProps = z.input<typeof layerAttrsSchema> & { children: ReactNode };
export type ComponentProps = Inferable<z.input<typeof componentAttrsSchema>> & { children?: ReactNode };
export type FlowProps = Inferable<z.input<typeof flowAttrsSchema>> & { children?: ReactNode };
export type TourProps = z.input<typeof tourAttrsSchema> & { children: ReactNode };
/** `focus` and `flows` are space-separated id lists, as written: `focus="rider-app kafka"`. */
export type StepProps = z.input<typeof stepAttrsSchema> & { children?: ReactNode };
/** An inline citation in prose; self-closing. `source` is a frontmatter source id; `quote` is at most 30 words. */
export type CiteProps = z.input<typeof citeAttrsSchema>;

/** The complete set of elements content files may use. */
export interface StackAtlasMdxComponents {
  Diagram: (props: DiagramProps) => ReactNode;
  Layer: (props: LayerProps) => ReactNode;
  Component: (props: ComponentProps) => ReactNode;
  Flow: (props: FlowProps) => ReactNode;
  Tour: (props: TourProps) => ReactNode;
  Step: (props: StepProps) => ReactNode;
  Cite: (props: CiteProps) => ReactNode;
}

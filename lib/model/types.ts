/**
 * The slice of the content model the browser gets: ids, labels, geometry and links. Derived from
 * the pipeline's laid-out types (type-only imports: nothing of the pipeline runs in the browser).
 * Prose is rendered to React elements on the server and passed separately; compiled MDX never ships.
 */
import type { LaidOutView, LaidOutFlow, Source, TourStep } from '../graph/schema';

/** Another stack where the same technology appears, for "also used by". */
export interface TechUse {
  slug: string;
  company: string;
  componentId: string;
  label: string;
  /** The view to open so the component is on screen; undefined for the stack's first view. */
  view?: string;
}

export interface ClientComponent {
  id: string;
  label: string;
  tech?: { id: string; name: string; alsoUsedBy: TechUse[] };
}

/** A flow: what it is and where it is drawn, without its prose. */
export type ClientFlow = Omit<LaidOutFlow, 'prose' | 'text'>;

/** A tour step without its prose (rendered on the server under `proseKey.step`). */
export type ClientTourStep = Omit<TourStep, 'prose' | 'text'>;
export interface ClientTour {
  id: string;
  title: string;
  steps: ClientTourStep[];
}

/** One view (a tab of the stack page) as the browser draws it. */
export type ClientView = Omit<LaidOutView, 'flows' | 'tours'> & { flows: ClientFlow[]; tours: ClientTour[] };

/** Everything the stack explorer needs, besides prose. */
export interface ExplorerModel {
  sources: Source[];
  components: Record<string, ClientComponent>;
  views: ClientView[];
}

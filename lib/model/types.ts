/**
 * The slice of the content model the browser gets: ids, labels, geometry and links. Derived from
 * the pipeline's laid-out types (type-only imports: nothing of the pipeline runs in the browser).
 * Prose is rendered to React elements on the server and passed separately; compiled MDX never ships.
 */
import type { Citation, LaidOutView, LaidOutFlow, Source, TourStep } from '../graph/schema';

export type { Citation };

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
  /** The first sentence of its prose (its role, in a line), for the phone's layer list; absent without prose. */
  summary?: string;
  /** Drawn as a reading aid: the sources do not state it. */
  inferred?: true;
  /** The `<Cite>`s in its prose, in order (each is also a numbered link in the prose). */
  citations: Citation[];
  tech?: { id: string; name: string; alsoUsedBy: TechUse[] };
}

/** A flow: what it is and where it is drawn, with its citations and `inferred`, without its prose. */
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

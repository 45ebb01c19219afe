/**
 * Every internal URL the site builds, in one place. Paths end in `/` (the static export uses
 * trailing slashes); Next's <Link> adds the base path.
 */
import type { TraceDirection } from './trace';

export interface StackLinkState {
  /** The view to open; leave out for the stack's first view (its URL has no `view=`). */
  view?: string;
  node?: string;
  flow?: string;
  /** Trace the selected component's data: where it goes, where it comes from, or both. */
  trace?: TraceDirection;
  /** An open tour of the view, and its step (from 1). */
  tour?: string;
  step?: number;
  /** Read the tour as an article beside the diagram (wide screens). */
  read?: boolean;
}

/** `/stacks/uber/?view=kafka-hub&node=flink`: a stack, its view and what is selected. */
export function stackHref(slug: string, state: StackLinkState = {}): string {
  return `/stacks/${slug}/${stackQuery(state)}`;
}

/** The query string of a stack's URL state (`?view=...&node=...`), or '' when there is none. */
export function stackQuery({ view, node, flow, trace, tour, step, read }: StackLinkState): string {
  const params = new URLSearchParams();
  if (view) params.set('view', view);
  if (tour) {
    params.set('tour', tour);
    params.set('step', String(step ?? 1));
    if (read) params.set('read', '1');
  }
  if (node) {
    params.set('node', node);
    if (trace) params.set('trace', trace);
  } else if (flow) params.set('flow', flow);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export const techHref = (id: string) => `/tech/${id}/`;
export const conceptHref = (id: string) => `/concepts/${id}/`;

/** The page that lines up two stacks by layer role. */
export const compareHref = (a: string, b: string) => `/compare/${a}/${b}/`;

/**
 * How much of a stack rests on its sources: how many components and flows cite one, and how many
 * are marked `inferred` (drawn as a reading aid). Pure and client-safe.
 *
 * Counting: a component is defined once per stack, so it counts once however many views show it.
 * A flow counts once per view it is declared in: each `<Flow>` is its own declaration with its own
 * prose and citations (the same id in two views is two declarations, and either may be uncited),
 * so the totals match the flows a reader can open and the warnings `npm run check` prints.
 */

interface Citable {
  inferred?: boolean;
  citations: readonly unknown[];
}

export interface CoverageInput {
  components: Record<string, Citable>;
  views: ReadonlyArray<{ flows: ReadonlyArray<Citable> }>;
}

export interface CoverageCount {
  total: number;
  /** With at least one `<Cite>`. */
  citing: number;
  /** Marked `inferred` (whether or not it also cites). */
  inferred: number;
}

export interface Coverage {
  components: CoverageCount;
  flows: CoverageCount;
}

function count(items: Iterable<Citable>): CoverageCount {
  const out: CoverageCount = { total: 0, citing: 0, inferred: 0 };
  for (const item of items) {
    out.total++;
    if (item.citations.length > 0) out.citing++;
    if (item.inferred) out.inferred++;
  }
  return out;
}

export function coverage(stack: CoverageInput): Coverage {
  return {
    components: count(Object.values(stack.components)),
    flows: count(stack.views.flatMap((view) => view.flows)),
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "21 of 24 components and 30 of 39 flows cite a source; 6 flows are inferred" */
export function coverageSentence({ components, flows }: Coverage): string {
  const citing = `${components.citing} of ${plural(components.total, 'component')} and ${flows.citing} of ${plural(flows.total, 'flow')} cite a source`;
  const inferred = [
    components.inferred ? plural(components.inferred, 'component') : '',
    flows.inferred ? plural(flows.inferred, 'flow') : '',
  ].filter(Boolean);
  if (inferred.length === 0) return citing;
  const verb = inferred.length === 1 && (components.inferred || flows.inferred) === 1 ? 'is' : 'are';
  return `${citing}; ${inferred.join(' and ')} ${verb} inferred`;
}

'use client';
import { useRef } from 'react';

/** The highlight state, the only thing a selection changes (bands have none). */
const stateOf = (item: { data?: object }) => (item.data && 'state' in item.data ? item.data.state : undefined);

/** Each item, or the previous object with the same id when its highlight state is unchanged. */
export function reuseUnchanged<T extends { id: string; data?: object }>(previous: ReadonlyMap<string, T>, items: T[]): T[] {
  return items.map((item) => {
    const before = previous.get(item.id);
    return before && stateOf(before) === stateOf(item) ? before : item;
  });
}

/**
 * Returns `items`, but reusing the previous object for every item that has not changed, so a new
 * selection re-renders only the nodes and flows whose highlight changed (React Flow skips items
 * whose object is identical). `scope` resets the memory, e.g. when the view changes.
 */
export function useStableItems<T extends { id: string; data?: object }>(items: T[], scope: string): T[] {
  const previous = useRef<{ scope: string; byId: Map<string, T> }>({ scope, byId: new Map() });
  if (previous.current.scope !== scope) previous.current = { scope, byId: new Map() };
  const result = reuseUnchanged(previous.current.byId, items);
  previous.current.byId = new Map(result.map((item) => [item.id, item]));
  return result;
}

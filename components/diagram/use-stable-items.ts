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

/** Whether two lists hold the very same objects in the same order. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

/**
 * Returns `items`, but reusing the previous object for every item that has not changed, so a new
 * selection re-renders only the nodes and flows whose highlight changed (React Flow skips items
 * whose object is identical). When nothing changed, the previous list itself: a new array would
 * make React Flow re-adopt every node and the static canvas recompute its fit. `scope` resets the
 * memory, e.g. when the view changes.
 */
export function useStableItems<T extends { id: string; data?: object }>(items: T[], scope: string): T[] {
  const previous = useRef<{ scope: string; input: T[] | null; result: T[]; byId: Map<string, T> }>({ scope, input: null, result: [], byId: new Map() });
  if (previous.current.scope !== scope) previous.current = { scope, input: null, result: [], byId: new Map() };
  const memory = previous.current;
  if (memory.input === items) return memory.result;
  const reused = reuseUnchanged(memory.byId, items);
  const result = sameItems(reused, memory.result) ? memory.result : reused;
  previous.current = { scope, input: items, result, byId: new Map(result.map((item) => [item.id, item])) };
  return result;
}

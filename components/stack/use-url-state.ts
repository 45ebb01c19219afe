'use client';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { stackQuery, type StackLinkState } from '@/lib/model/links';

/** What the URL says, as written (the explorer checks each value and says when one is wrong). */
export type UrlParams = Partial<Record<(typeof KEYS)[number], string>>;
const KEYS = ['view', 'node', 'flow', 'trace', 'tour', 'step', 'read'] as const;

const CHANGE = 'stack-atlas:urlchange';
/** URL values are untrusted: cap them before they reach any lookup or message. */
const MAX_PARAM = 120;

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}
const getSnapshot = () => window.location.search;
// The static HTML is the default state; the URL's state applies right after hydration.
const getServerSnapshot = () => '';

/**
 * Reads and writes the state a reader would share (`?view=&tour=&step=&node=&flow=&trace=`) with
 * the History API (no Suspense boundary needed, so the diagram stays in the static HTML). Each
 * change is a history entry: Back/Forward step through.
 */
export function useUrlState(): [UrlParams, (next: StackLinkState, options?: { replace?: boolean }) => void] {
  const search = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  const state = useMemo(() => {
    const params = new URLSearchParams(search);
    const result: UrlParams = {};
    for (const key of KEYS) {
      const value = params.get(key);
      if (value) result[key] = value.slice(0, MAX_PARAM);
    }
    return result;
  }, [search]);

  // `replace` for changes the reader did not ask for as a step of their own (scrolling in reading mode).
  const setState = useCallback((next: StackLinkState, options: { replace?: boolean } = {}) => setUrlSearch(stackQuery(next), options), []);

  return [state, setState];
}

/**
 * Moves this page to another URL state (`?view=...&node=...`) as a reader's step: a history entry
 * the explorer hears. For code outside the explorer too (the search palette opening a deep link
 * into the page it is on), where a router navigation would not tell the explorer.
 */
export function setUrlSearch(search: string, { replace = false }: { replace?: boolean } = {}): void {
  const url = new URL(window.location.href);
  url.search = search;
  if (url.search === window.location.search) return;
  window.history[replace ? 'replaceState' : 'pushState'](window.history.state, '', url);
  window.dispatchEvent(new Event(CHANGE));
}

'use client';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { stackQuery, type StackLinkState } from '@/lib/model/links';

/** The state a reader would share: which view is open and what is selected. */
export type StackUrlState = StackLinkState;

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

function read(params: URLSearchParams, key: string): string | undefined {
  const value = params.get(key);
  return value ? value.slice(0, MAX_PARAM) : undefined;
}

/**
 * Reads and writes `?view=&node=&flow=` with the History API (no Suspense boundary needed, so the
 * diagram stays in the static HTML). Each change is a history entry: Back/Forward step through.
 */
export function useUrlState(): [StackUrlState, (next: StackUrlState) => void] {
  const search = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  const state = useMemo(() => {
    const params = new URLSearchParams(search);
    const result: StackUrlState = {};
    for (const key of ['view', 'node', 'flow'] as const) {
      const value = read(params, key);
      if (value) result[key] = value;
    }
    // Kept as written (even if invalid) so the page can say so; the explorer checks it.
    const trace = read(params, 'trace');
    if (trace) result.trace = trace as StackUrlState['trace'];
    return result;
  }, [search]);

  const setState = useCallback((next: StackUrlState) => {
    const url = new URL(window.location.href);
    url.search = stackQuery(next);
    if (url.search === window.location.search) return;
    window.history.pushState(window.history.state, '', url);
    window.dispatchEvent(new Event(CHANGE));
  }, []);

  return [state, setState];
}

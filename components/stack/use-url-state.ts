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
if (typeof window !== 'undefined') {
  // Back or Forward wins over a change not yet written (registered once, before any subscriber).
  window.addEventListener('popstate', () => void (pending = null), { capture: true });
  // The reader's next input writes a pending change first: Alt+Left or a mouse's Back button right
  // after a click steps back from the state the click made, and a link leaves from it.
  for (const type of ['keydown', 'pointerdown', 'pagehide'] as const) window.addEventListener(type, () => flushUrl(), { capture: true });
}

/**
 * A URL change not yet written to history: the page shows it at once, and the History API call
 * follows at an idle moment after the frame that shows it. Writing history costs milliseconds (the browser serialises the
 * framework's router state in `history.state`, and Next.js hears the write), which a click's panel
 * would otherwise wait for.
 */
let pending: { search: string; replace: boolean; path: string } | null = null;
let flushScheduled = false;
const getSnapshot = () => (pending && pending.path === window.location.pathname ? pending.search : window.location.search);
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
  const normalised = new URL(`?${search.replace(/^\?/, '')}`, window.location.href).search;
  if (normalised === getSnapshot()) return;
  // Several changes before the write make one history entry, a step of the reader's if any was.
  pending = { search: normalised, replace: (pending?.replace ?? true) && replace, path: window.location.pathname };
  if (!flushScheduled) {
    flushScheduled = true;
    // At the first idle moment after the frame (at most a tenth of a second later).
    if ('requestIdleCallback' in window) requestIdleCallback(flushUrl, { timeout: 100 });
    else setTimeout(flushUrl, 50);
  }
  window.dispatchEvent(new Event(CHANGE));
}

/** Writes a pending change to history now (also before anything else reads or moves the URL). */
export function flushUrl(): void {
  flushScheduled = false;
  if (!pending) return;
  const { search, replace, path } = pending;
  pending = null;
  // The reader has left for another page meanwhile: that page's URL is not this state's.
  if (window.location.pathname !== path) return;
  const url = new URL(window.location.href);
  url.search = search;
  if (url.search !== window.location.search) window.history[replace ? 'replaceState' : 'pushState'](window.history.state, '', url);
}

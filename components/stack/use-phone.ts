'use client';
import { useRef, useSyncExternalStore } from 'react';

/** Tailwind's `sm` breakpoint: below it the layer list shows (globals.css, `.sa-phone`). */
export const PHONE_QUERY = '(max-width: 639.98px)';

function subscribe(onChange: () => void) {
  const query = window.matchMedia(PHONE_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}
const getSnapshot = () => window.matchMedia(PHONE_QUERY).matches;
// The HTML is rendered for every width; hydration keeps it as it is.
const getServerSnapshot = () => false;

/** Whether the screen is a phone's (the layer list is the view), following resizes and rotation. */
export function usePhone(): boolean {
  return useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
}

/**
 * `value` while `live`, else the value it last had while live (its first value if never). For what
 * the screen does not show: on a wide screen the layer list is `display: none`, and re-rendering its
 * hundred rows on every selection was the largest part of a click (10 ms of 24 ms of React work on
 * the first click); it catches up the moment the screen becomes a phone's.
 */
export function useWhileLive<T>(value: T, live: boolean): T {
  const shown = useRef(value);
  if (live) shown.current = value;
  return live ? value : shown.current;
}

'use client';
import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * A ref that always holds the latest `value` (updated before any event can run). Handlers that read
 * it can be created once, so the props and context they are passed down as never change: a
 * selection then re-renders only what shows the selection, not every node and list that merely
 * holds a handler.
 */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}

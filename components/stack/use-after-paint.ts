'use client';
import { startTransition, useEffect, useState } from 'react';

/**
 * `value`, one painted frame late: a change shows here only after the browser has painted the
 * render that made it (a frame callback, then a task, then a transition render React may
 * interrupt). The diagram's highlight reads the selection through this, so a click paints its panel
 * first. `useDeferredValue` was not enough: its render is a scheduler task queued before that
 * frame, and on a cold page it ran first and held the panel's paint back by about 5 ms.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setShown(value)));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value, shown]);
  return shown;
}

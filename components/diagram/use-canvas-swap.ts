'use client';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ComponentType, type FocusEvent, type RefObject } from 'react';
import type { CanvasProps, SwapReason } from './canvas-props';

export type InteractiveCanvasType = ComponentType<CanvasProps & { onZoom?(zoom: number): void }>;

let interactiveModule: Promise<InteractiveCanvasType> | undefined;
/** React Flow (~60 kB gzip) is fetched once, in its own chunk, off the critical path. */
function loadInteractive(): Promise<InteractiveCanvasType> {
  interactiveModule ??= import('./interactive-canvas').then((module) => module.InteractiveCanvas);
  return interactiveModule;
}

/** After the page's load event and an idle moment: the reader sees the diagram first. */
function whenIdleAfterLoad(run: () => void): () => void {
  let cancelled = false;
  const idle = () => {
    if (cancelled) return;
    if ('requestIdleCallback' in window) window.requestIdleCallback(() => !cancelled && run(), { timeout: 1500 });
    else setTimeout(() => !cancelled && run(), 200);
  };
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
  return () => {
    cancelled = true;
    window.removeEventListener('load', idle);
  };
}

/** Runs `run` once `element` has a size on screen (at once if it has one now). */
function whenShown(element: HTMLElement | null, run: () => void): () => void {
  const hasSize = () => !element || element.getClientRects().length > 0;
  if (hasSize() || typeof ResizeObserver === 'undefined') {
    run();
    return () => {};
  }
  const observer = new ResizeObserver(() => {
    if (!hasSize()) return;
    observer.disconnect();
    run();
  });
  observer.observe(element!);
  return () => observer.disconnect();
}

/**
 * When the static canvas gives way to React Flow: once it has loaded (after the page's load event,
 * or at once when the reader reaches for pan or zoom), at a quiet moment. The swap replaces the
 * canvas DOM, so it never happens between the press and release of a click, and (unless the reader
 * asked for pan or zoom) never while focus is inside the canvas, where a keyboard reader is moving
 * from component to component. Focus returns to the same component afterwards.
 */
export function useCanvasSwap(canvas: RefObject<HTMLElement | null>) {
  const [Interactive, setInteractive] = useState<InteractiveCanvasType | null>(null);
  const refocus = useRef<string | null>(null);
  const pressed = useRef(false);
  const deferred = useRef<{ swap: () => void; asked: boolean } | null>(null);
  const focusInside = () => canvas.current?.contains(document.activeElement) ?? false;

  const want = useCallback((reason: SwapReason) => {
    const asked = reason === 'reader';
    void loadInteractive().then((component) => {
      const swap = () => {
        deferred.current = null;
        refocus.current = document.activeElement?.closest('[data-node-id]')?.getAttribute('data-node-id') ?? null;
        setInteractive(() => component);
      };
      if (pressed.current || (canvas.current?.contains(document.activeElement) && !asked)) deferred.current = { swap, asked };
      else swap();
    });
  }, [canvas]);

  const runDeferred = (onlyIfAsked: boolean) => {
    const pending = deferred.current;
    if (!pending || (onlyIfAsked && !pending.asked)) return;
    // After the click event this release produces.
    setTimeout(() => deferred.current === pending && !pressed.current && pending.swap(), 0);
  };

  /** Spread on the canvas's root element. */
  const events = {
    onPointerDownCapture: () => {
      pressed.current = true;
      // The release may happen anywhere on the page, so listen for it there.
      const release = () => {
        pressed.current = false;
        window.removeEventListener('pointerup', release, true);
        window.removeEventListener('pointercancel', release, true);
        runDeferred(focusInside());
      };
      window.addEventListener('pointerup', release, true);
      window.addEventListener('pointercancel', release, true);
    },
    onBlurCapture: (event: FocusEvent) => {
      if (!canvas.current?.contains(event.relatedTarget as Node | null)) runDeferred(false);
    },
  };

  // A canvas the screen does not show (the phone's layer list is up) waits until it is shown: React
  // Flow fits and measures on mount, which a hidden canvas cannot give it.
  useEffect(() => {
    let stopWatching = () => {};
    const stopWaiting = whenIdleAfterLoad(() => {
      stopWatching = whenShown(canvas.current, () => want('idle'));
    });
    return () => {
      stopWaiting();
      stopWatching();
    };
  }, [want, canvas]);

  useLayoutEffect(() => {
    if (!Interactive || !refocus.current) return;
    canvas.current?.querySelector<HTMLElement>(`[data-node-id="${CSS.escape(refocus.current)}"]`)?.focus();
    refocus.current = null;
  }, [Interactive, canvas]);

  return { Interactive, want, events };
}

'use client';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ComponentType, type FocusEvent, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import type { CanvasProps, SwapReason } from './canvas-props';

export type InteractiveCanvasType = ComponentType<CanvasProps & { onZoom?(zoom: number): void }>;

let interactiveModule: Promise<InteractiveCanvasType> | undefined;
/** React Flow (~60 kB gzip) is fetched once, in its own chunk, only when the reader reaches for the canvas. */
function loadInteractive(): Promise<InteractiveCanvasType> {
  interactiveModule ??= import('./interactive-canvas').then((module) => module.InteractiveCanvas);
  return interactiveModule;
}

/**
 * Long after the load event, at an idle moment: a reader who stays on the page without touching the
 * canvas still ends up with React Flow (the minimap, pinch), but the page's first seconds never pay for it.
 */
export const IDLE_FALLBACK_MS = 8000;

function whenIdleLongAfterLoad(run: () => void): () => void {
  let cancelled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const idle = () => {
    if (cancelled) return;
    if ('requestIdleCallback' in window) window.requestIdleCallback(() => !cancelled && run(), { timeout: 2000 });
    else run();
  };
  const wait = () => (timer = setTimeout(idle, IDLE_FALLBACK_MS));
  if (document.readyState === 'complete') wait();
  else window.addEventListener('load', wait, { once: true });
  return () => {
    cancelled = true;
    clearTimeout(timer);
    window.removeEventListener('load', wait);
  };
}

const isShown = (element: HTMLElement | null) => !element || element.getClientRects().length > 0;

/** Runs `run` once `element` has a size on screen (at once if it has one now). */
function whenShown(element: HTMLElement | null, run: () => void): () => void {
  if (isShown(element) || typeof ResizeObserver === 'undefined') {
    run();
    return () => {};
  }
  const observer = new ResizeObserver(() => {
    if (!isShown(element)) return;
    observer.disconnect();
    run();
  });
  observer.observe(element!);
  return () => observer.disconnect();
}

/**
 * What tells that the reader is about to use the canvas: the pointer entering it or pressing on it,
 * a wheel or a touch on it, a key pressed or focus moving inside it. Each asks for React Flow (fetched
 * at the next quiet moment, see `load`);
 * meanwhile the static canvas's own camera answers (see use-static-gestures.ts), so nobody waits.
 * A Ctrl+wheel (a trackpad pinch) asks for pan and zoom outright.
 */
const INTENT_EVENTS = ['pointerenter', 'pointerdown', 'wheel', 'touchstart', 'keydown', 'focusin'] as const;
const reasonOf = (event: Event): SwapReason => (event.type === 'wheel' && (event as WheelEvent).ctrlKey ? 'reader' : 'idle');

/** Input on the canvas that a swap must not land in the middle of (the static camera is following it). */
const ACTIVITY_EVENTS = ['pointermove', 'pointerdown', 'pointerup', 'wheel', 'touchmove', 'keydown'] as const;
/**
 * How long the canvas must have had no input before the swap. Mounting React Flow is one long task
 * (tens of ms); landing it between a reader's pointer arriving and the wheel or drag that follows
 * would delay that gesture's first frame, which the static camera answers at once instead.
 */
export const QUIET_MS = 400;

/**
 * When the static canvas gives way to React Flow. React Flow is fetched on intent (see INTENT_EVENTS),
 * once the canvas has had QUIET_MS without input (at once for a pinch or Ctrl+wheel), or, failing any
 * intent, long after load (IDLE_FALLBACK_MS); never right after load, and no preload hint names its
 * chunk. Once loaded it is swapped in at a quiet moment: QUIET_MS after the last input on the
 * canvas (a wheel stream, a drag or a pinch is followed by the static camera to its end, and React Flow
 * starts where it stopped); never while a pointer is down (the swap replaces the canvas DOM, so it
 * never splits a click's press and release); and (unless the reader asked for pan or zoom) never while
 * keyboard focus (`:focus-visible`) is inside the canvas, where a keyboard reader is moving from
 * component to component. Focus
 * returns to the same component afterwards.
 */
export function useCanvasSwap(canvas: RefObject<HTMLElement | null>) {
  const [Interactive, setInteractive] = useState<InteractiveCanvasType | null>(null);
  const refocus = useRef<string | null>(null);
  /** Pointers down on the canvas (two for a pinch): the swap waits until none is. */
  const pointers = useRef(new Set<number>());
  const lastInput = useRef(0);
  const asked = useRef(false);
  const loaded = useRef<InteractiveCanvasType | null>(null);
  const swapped = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  /** Swaps now if this is a quiet moment; else a later release, blur or timer tries again. */
  const trySwap = useCallback(() => {
    const component = loaded.current;
    if (!component || swapped.current || pointers.current.size > 0) return;
    // A keyboard reader's focus (it shows a ring) holds the swap; a component focused by a click does not.
    if (!asked.current && canvas.current?.contains(document.activeElement) && document.activeElement?.matches(':focus-visible')) return;
    const wait = lastInput.current + QUIET_MS - performance.now();
    if (wait > 0) {
      clearTimeout(timer.current);
      timer.current = setTimeout(trySwap, wait);
      return;
    }
    swapped.current = true;
    refocus.current = document.activeElement?.closest('[data-node-id]')?.getAttribute('data-node-id') ?? null;
    setInteractive(() => component);
  }, [canvas]);

  const loading = useRef(false);
  const loadTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(loadTimer.current), []);

  /**
   * Fetches and evaluates React Flow's chunk (about 11 ms of script) at once when the reader asked for
   * pan or zoom, else at the first quiet moment: the pointer entering the canvas is usually followed by
   * a click within milliseconds, and evaluating the chunk under that click would delay its panel.
   */
  const load = useCallback(
    (now: boolean) => {
      if (loading.current) return;
      const wait = lastInput.current + QUIET_MS - performance.now();
      if (!now && (wait > 0 || pointers.current.size > 0)) {
        clearTimeout(loadTimer.current);
        loadTimer.current = setTimeout(() => load(asked.current), Math.max(wait, 50));
        return;
      }
      // A canvas the screen does not show (the phone's layer list is up) cannot be measured by React
      // Flow: the fallback's whenShown asks again once it shows. Checked after the wait, on the timer,
      // not in the input handler that asked: it reads layout, which the hover, press or focus has just
      // invalidated (a cold click paid for a style and layout pass in its pointerdown).
      if (!isShown(canvas.current)) return;
      loading.current = true;
      void loadInteractive().then((component) => {
        loaded.current = component;
        trySwap();
      });
    },
    [trySwap, canvas],
  );

  const want = useCallback(
    (reason: SwapReason) => {
      if (swapped.current) return;
      // A reader's ask is kept: it never downgrades to a quiet-moment wish.
      if (reason === 'reader') asked.current = true;
      load(asked.current);
    },
    [load],
  );

  // After the click event this release produces, or once focus has left.
  const tryLater = () => setTimeout(trySwap, 0);

  /** Spread on the canvas's root element. */
  const events = {
    onPointerDownCapture: (event: ReactPointerEvent) => {
      const id = event.pointerId;
      pointers.current.add(id);
      // The release may happen anywhere on the page, so listen for it there.
      const release = (up: PointerEvent) => {
        if (up.pointerId !== id) return;
        pointers.current.delete(id);
        lastInput.current = performance.now();
        window.removeEventListener('pointerup', release, true);
        window.removeEventListener('pointercancel', release, true);
        if (pointers.current.size === 0) tryLater();
      };
      window.addEventListener('pointerup', release, true);
      window.addEventListener('pointercancel', release, true);
    },
    onBlurCapture: (event: FocusEvent) => {
      if (!canvas.current?.contains(event.relatedTarget as Node | null)) tryLater();
    },
  };

  // Input on the canvas postpones the swap to the next quiet moment.
  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const onInput = () => void (lastInput.current = performance.now());
    for (const type of ACTIVITY_EVENTS) element.addEventListener(type, onInput, { passive: true, capture: true });
    return () => {
      for (const type of ACTIVITY_EVENTS) element.removeEventListener(type, onInput, { capture: true });
    };
  }, [canvas]);

  // Intent: the first sign that the reader is about to use the canvas fetches React Flow.
  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const onIntent = (event: Event) => {
      // The intent is input too: the quiet moment that loads React Flow is counted from it.
      lastInput.current = performance.now();
      want(reasonOf(event));
    };
    for (const type of INTENT_EVENTS) element.addEventListener(type, onIntent, { passive: true, capture: true });
    return () => {
      for (const type of INTENT_EVENTS) element.removeEventListener(type, onIntent, { capture: true });
    };
  }, [want, canvas]);

  // The fallback: long after load, once the canvas is shown.
  useEffect(() => {
    let stopWatching = () => {};
    const stopWaiting = whenIdleLongAfterLoad(() => {
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

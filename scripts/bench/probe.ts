/**
 * The in-page half of the benchmark: `installProbe` runs as an init script before any page script
 * and keeps every timestamp inside the page (performance.now(), whose zero is navigation start), so
 * Playwright's round trips never count. It is a real function, type-checked like the rest; it must
 * not use anything from this module's scope, because only its source text reaches the page. It
 * returns the probe only so that its type is `Probe`; in the page it is `window.__saBench`.
 */
import type { JSHandle, Page } from '@playwright/test';

export interface PanelTiming {
  /** `timeStamp` of the pointerdown before the click (null if none was seen). */
  downAt: number | null;
  /** `timeStamp` of the trusted click event: when the browser received the input. */
  clickAt: number;
  /** When the click reached the page's first (capture) listener: clickAt + input delay. */
  handledAt: number;
  /** When a mutation made `#panel-heading` read the label. */
  shownAt: number;
  /** The animation frame after that: its callbacks run before the frame's style, layout and paint. */
  frameAt: number;
  /** A task posted from that frame's callback: it runs once the frame has been rendered (painted). */
  paintedAt: number;
  /**
   * The same for the frame in which the whole panel shows: the stack page paints the panel's heading
   * and explanation first and its lists a frame later (`data-complete`); equal to paintedAt on a page
   * that paints it at once; null if it was not whole within 3 s.
   */
  completeAt: number | null;
}

export type Probe = ReturnType<typeof installProbe>;
export type FrameCount = ReturnType<Probe['stopFrames']>;

/** The page's probe, typed: `(await probeOf(page)).evaluate((probe) => probe.settle())`. */
export function probeOf(page: Page): Promise<JSHandle<Probe>> {
  return page.evaluateHandle(() => (window as unknown as { __saBench: Probe }).__saBench);
}

/** `expectedByPath` maps a pathname (e.g. `/stacks/uber/`) to the number of components its first view shows. */
function installProbe(expectedByPath: Record<string, number>) {
  let resolveReady = () => {};
  let resolveVisible = () => {};
  let resolveInteractive = () => {};
  let frameRun = { frames: 0, start: 0, last: 0, maxGap: 0, moved: 0, transform: '', stop: false };
  const viewportTransform = () => document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';

  const probe = {
    /** How many components the first view of this path has (null: not a measured page). */
    expected: expectedByPath[location.pathname] ?? null,
    /** First animation frame with exactly `expected` `[data-node-id]` elements, each with a non-zero box. */
    allVisibleAt: null as number | null,
    /** First frame with `[data-testid="diagram"][data-hydrated="true"]`. */
    hydratedAt: null as number | null,
    /** First frame after hydration in which the diagram is React Flow (`data-interactive` is not "false"). */
    interactiveAt: null as number | null,
    /** Event Timing entries of clicks (>= 16 ms only: the API's threshold): the browser's own input-to-next-paint. */
    clickEvents: [] as { startTime: number; processingStart: number; duration: number }[],
    /** Every 'longtask' entry (buffered observer, registered before the page's scripts). */
    longTasks: [] as { start: number; duration: number }[],
    /** Resolves on the frame in which all nodes are visible (hydrated or not). */
    visible: new Promise<void>((resolve) => (resolveVisible = resolve)),
    /** Resolves once all nodes are visible and the diagram has hydrated. */
    ready: new Promise<void>((resolve) => (resolveReady = resolve)),
    interactive: new Promise<void>((resolve) => (resolveInteractive = resolve)),
    /** Set by armPanel: resolves on the frame after the panel heading shows the clicked label. */
    panel: undefined as Promise<PanelTiming> | undefined,

    // Click-to-panel: armed before the click; resolves on the frame after the heading shows the label.
    armPanel(label: string) {
      probe.panel = new Promise((resolve) => {
        let downAt: number | null = null;
        let clickAt: number | null = null;
        let handledAt = 0;
        window.addEventListener('pointerdown', (event) => (downAt = event.timeStamp), { capture: true, once: true });
        window.addEventListener(
          'click',
          (event) => {
            clickAt = event.timeStamp;
            handledAt = performance.now();
          },
          { capture: true, once: true },
        );
        // A message posted from a frame callback is delivered after that frame's rendering steps.
        const afterNextFrame = (done: (frameAt: number, paintedAt: number) => void) =>
          requestAnimationFrame(() => {
            const frameAt = performance.now();
            const channel = new MessageChannel();
            channel.port1.onmessage = () => done(frameAt, performance.now());
            channel.port2.postMessage(null);
          });
        const complete = () => document.querySelector('[data-testid="panel"]')?.getAttribute('data-complete') !== 'false';
        let shown: Omit<PanelTiming, 'completeAt'> | null = null;
        let completeAt: number | null | undefined;
        const finish = () => {
          if (shown && completeAt !== undefined) resolve({ ...shown, completeAt });
        };
        const observer = new MutationObserver(() => {
          const heading = document.getElementById('panel-heading');
          if (clickAt === null || heading?.textContent?.trim() !== label) return;
          const shownAt = performance.now();
          const at = clickAt;
          const whole = complete();
          observer.disconnect();
          afterNextFrame((frameAt, paintedAt) => {
            shown = { downAt, clickAt: at, handledAt, shownAt, frameAt, paintedAt };
            if (whole) completeAt = paintedAt;
            finish();
          });
          if (whole) return;
          // The whole panel's frame; given up after 3 s, so the click's own figure still resolves.
          const giveUp = setTimeout(() => {
            rest.disconnect();
            completeAt = null;
            finish();
          }, 3000);
          const rest = new MutationObserver(() => {
            if (!complete()) return;
            rest.disconnect();
            clearTimeout(giveUp);
            afterNextFrame((_, paintedAt) => {
              completeAt = paintedAt;
              finish();
            });
          });
          rest.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-complete'] });
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
    },

    // Frame counter for pan and zoom.
    startFrames() {
      const now = performance.now();
      const run = { frames: 0, start: now, last: now, maxGap: 0, moved: 0, transform: viewportTransform(), stop: false };
      frameRun = run;
      const tick = (time: number) => {
        if (run.stop) return;
        run.frames++;
        run.maxGap = Math.max(run.maxGap, time - run.last);
        run.last = time;
        const transform = viewportTransform();
        if (transform !== run.transform) {
          run.moved++;
          run.transform = transform;
        }
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    stopFrames() {
      frameRun.stop = true;
      return { frames: frameRun.frames, elapsed: performance.now() - frameRun.start, maxGap: frameRun.maxGap, moved: frameRun.moved };
    },

    // Resolves once the page produces frames steadily again (5 in a row < 25 ms apart; at most 10 s),
    // so input still queued from one measurement never lands in the next.
    settle: () =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        let last = start;
        let quiet = 0;
        const tick = (now: number) => {
          quiet = now - last < 25 ? quiet + 1 : 0;
          last = now;
          if (quiet >= 5 || now - start > 10_000) resolve(now - start);
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),

    // A point on the canvas where a drag pans: inside the visible part of the pane, over no node,
    // edge, label or control (bands let the pointer through).
    emptyPanePoint(): { x: number; y: number } | null {
      const pane = document.querySelector('.react-flow__pane');
      if (!pane) return null;
      const box = pane.getBoundingClientRect();
      const top = Math.max(box.top, 0) + 20;
      const bottom = Math.min(box.bottom, innerHeight) - 20;
      const left = box.left + 20;
      const right = Math.min(box.right, innerWidth) - 20;
      const blocked = '.react-flow__node-component, .react-flow__edge, .react-flow__edgelabel-renderer *, .react-flow__panel, .react-flow__handle';
      for (let gy = 0; gy < 24; gy++) {
        for (let gx = 0; gx < 24; gx++) {
          const x = left + ((right - left) * (gx + 0.5)) / 24;
          const y = top + ((bottom - top) * (gy + 0.5)) / 24;
          const element = document.elementFromPoint(x, y);
          if (element && pane.contains(element) && !element.closest(blocked)) return { x, y };
        }
      }
      return null;
    },

    /** Event Timing duration of the click whose timestamp is `clickAt`, once reported (null: none, or under 16 ms). */
    clickEventDuration(clickAt: number): number | null {
      return probe.clickEvents.find((entry) => Math.abs(entry.startTime - clickAt) < 1)?.duration ?? null;
    },

    pageTimes() {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return {
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        dcl: nav.domContentLoadedEventEnd,
        load: nav.loadEventEnd,
        htmlScripts: [...document.querySelectorAll('script[src]')].map((s) => ({ src: (s as HTMLScriptElement).src, noModule: (s as HTMLScriptElement).noModule })),
        resources: performance.getEntriesByType('resource').map((r) => ({ name: r.name, startTime: r.startTime })),
      };
    },
  };
  Object.defineProperty(window, '__saBench', { value: probe, enumerable: false });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no longtask support: the total stays 0
  }
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceEventTiming[]) {
        if (entry.name === 'click') probe.clickEvents.push({ startTime: entry.startTime, processingStart: entry.processingStart, duration: entry.duration });
      }
    }).observe({ type: 'event', buffered: true, durationThreshold: 16 } as PerformanceObserverInit);
  } catch {
    // no Event Timing: the cross-check stays null
  }

  const poll = () => {
    const diagram = document.querySelector('[data-testid="diagram"]');
    if (probe.hydratedAt === null && diagram?.getAttribute('data-hydrated') === 'true') probe.hydratedAt = performance.now();
    // React Flow mounted: a diagram without data-interactive is interactive once hydrated.
    if (probe.interactiveAt === null && probe.hydratedAt !== null && diagram && diagram.getAttribute('data-interactive') !== 'false') {
      probe.interactiveAt = performance.now();
      resolveInteractive();
    }
    if (probe.allVisibleAt === null && probe.expected !== null) {
      const nodes = [...document.querySelectorAll('[data-node-id]')];
      if (nodes.length === probe.expected && nodes.every((node) => node.getBoundingClientRect().width > 0 && node.getBoundingClientRect().height > 0)) {
        probe.allVisibleAt = performance.now();
        resolveVisible();
      }
    }
    const loaded = probe.hydratedAt !== null && (probe.allVisibleAt !== null || probe.expected === null);
    if (loaded) resolveReady();
    if (!loaded || probe.interactiveAt === null) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
  return probe;
}

/**
 * The init script. tsx compiles with esbuild's keepNames, which wraps inner functions in a
 * `__name(fn, "name")` helper that exists only in Node: the script defines a stand-in first (a
 * global, so functions passed to `page.evaluate` may use inner functions too).
 */
export function probeScript(expectedByPath: Record<string, number>): string {
  return `var __name = (fn) => fn;\n(${installProbe.toString()})(${JSON.stringify(expectedByPath)});`;
}

/**
 * The in-page half of the benchmark: an init script that runs before any page script and keeps every
 * timestamp inside the page (performance.now(), whose zero is navigation start), so Playwright's
 * round trips never count. It is plain JavaScript in a string: functions compiled by tsx would carry
 * helper calls that do not exist in the page.
 *
 * window.__saBench holds:
 *  - ready: resolves once both of the following are recorded;
 *  - allVisibleAt: first animation frame in which the page has exactly the expected number of
 *    `[data-node-id]` elements and each has a non-zero bounding box (expected per path, below);
 *  - hydratedAt: first frame with `[data-testid="diagram"][data-hydrated="true"]`;
 *  - interactiveAt / interactive: first frame after hydration in which the diagram is the React Flow
 *    canvas (`data-interactive` is not "false": a page that loads React Flow lazily marks its static
 *    first paint with data-interactive="false");
 *  - longTasks: every 'longtask' entry (buffered observer, registered before the page's scripts);
 *  - armPanel(label) / panelShown(): click-to-panel timing (see click.ts);
 *  - startFrames() / stopFrames(): animation frames counted while the benchmark pans or zooms;
 *  - settle(): resolves when the page renders frames steadily again;
 *  - emptyPanePoint(): where a drag on the canvas pans.
 */

export interface ProbeState {
  expected: number | null;
  allVisibleAt: number | null;
  hydratedAt: number | null;
  interactiveAt: number | null;
  longTasks: { start: number; duration: number }[];
}

export interface PanelTiming {
  /** `timeStamp` of the trusted click event: when the browser received the input. */
  clickAt: number;
  /** When a mutation made `#panel-heading` read the label. */
  shownAt: number;
  /** The animation frame after that: the update is about to be painted. */
  frameAt: number;
}

export interface FrameCount {
  frames: number;
  elapsed: number;
  /** Longest gap between two frames, ms. */
  maxGap: number;
  /** Frames in which `.react-flow__viewport`'s transform differed from the frame before. */
  moved: number;
}

/** `expectedNodes` maps a pathname (e.g. `/stacks/uber/`) to the number of components its first view shows. */
export function probeScript(expectedNodes: Record<string, number>): string {
  return `(() => {
  const expectedByPath = ${JSON.stringify(expectedNodes)};
  const state = {
    expected: expectedByPath[location.pathname] ?? null,
    allVisibleAt: null,
    hydratedAt: null,
    interactiveAt: null,
    longTasks: [],
  };
  Object.defineProperty(window, '__saBench', { value: state, enumerable: false });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (error) {}

  let ready, interactive;
  state.ready = new Promise((resolve) => { ready = resolve; });
  state.interactive = new Promise((resolve) => { interactive = resolve; });
  const poll = () => {
    const diagram = document.querySelector('[data-testid="diagram"]');
    if (state.hydratedAt === null && diagram && diagram.getAttribute('data-hydrated') === 'true') {
      state.hydratedAt = performance.now();
    }
    // React Flow mounted: a diagram without data-interactive is interactive once hydrated.
    if (state.interactiveAt === null && state.hydratedAt !== null && diagram && diagram.getAttribute('data-interactive') !== 'false') {
      state.interactiveAt = performance.now();
      interactive();
    }
    if (state.allVisibleAt === null && state.expected !== null) {
      const nodes = document.querySelectorAll('[data-node-id]');
      if (nodes.length === state.expected) {
        let all = true;
        for (const node of nodes) {
          const box = node.getBoundingClientRect();
          if (box.width === 0 || box.height === 0) { all = false; break; }
        }
        if (all) state.allVisibleAt = performance.now();
      }
    }
    const loaded = state.hydratedAt !== null && (state.allVisibleAt !== null || state.expected === null);
    if (loaded) ready();
    if (!loaded || state.interactiveAt === null) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);

  // Click-to-panel: armed before the click; resolves on the frame after the heading shows the label.
  state.armPanel = (label) => {
    state.panel = new Promise((resolve) => {
      let clickAt = null;
      window.addEventListener('click', (event) => { clickAt = event.timeStamp; }, { capture: true, once: true });
      const check = () => {
        const heading = document.getElementById('panel-heading');
        if (clickAt === null || !heading || heading.textContent.trim() !== label) return false;
        const shownAt = performance.now();
        observer.disconnect();
        requestAnimationFrame(() => resolve({ clickAt, shownAt, frameAt: performance.now() }));
        return true;
      };
      const observer = new MutationObserver(check);
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  };
  state.panelShown = () => state.panel;

  // Frame counter for pan and zoom.
  state.startFrames = () => {
    const viewport = document.querySelector('.react-flow__viewport');
    const run = { frames: 0, start: performance.now(), last: performance.now(), maxGap: 0, moved: 0, transform: viewport ? viewport.style.transform : '', stop: false };
    const tick = (now) => {
      if (run.stop) return;
      run.frames++;
      run.maxGap = Math.max(run.maxGap, now - run.last);
      run.last = now;
      const transform = viewport ? viewport.style.transform : '';
      if (transform !== run.transform) { run.moved++; run.transform = transform; }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    state.frameRun = run;
  };
  state.stopFrames = () => {
    const run = state.frameRun;
    run.stop = true;
    return { frames: run.frames, elapsed: performance.now() - run.start, maxGap: run.maxGap, moved: run.moved };
  };

  // Resolves once the page produces frames steadily again (5 in a row < 25 ms apart; at most 10 s),
  // so input still queued from one measurement never lands in the next.
  state.settle = () => new Promise((resolve) => {
    const start = performance.now();
    let last = start, quiet = 0;
    const tick = (now) => {
      quiet = now - last < 25 ? quiet + 1 : 0;
      last = now;
      if (quiet >= 5 || now - start > 10000) resolve(now - start);
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });

  // A point on the canvas where a drag pans: inside the visible part of the pane, over no node,
  // edge, label or control (bands let the pointer through).
  state.emptyPanePoint = () => {
    const pane = document.querySelector('.react-flow__pane');
    if (!pane) return null;
    const box = pane.getBoundingClientRect();
    const top = Math.max(box.top, 0) + 20, bottom = Math.min(box.bottom, innerHeight) - 20;
    const left = box.left + 20, right = Math.min(box.right, innerWidth) - 20;
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
  };
})();`;
}

'use client';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import type { ClientComponent, ClientDiagram, ModeInfo } from '@/lib/graph/client-model';
import type { FlowMode } from '@/lib/graph/schema';
import { canvasHeight, initialViewport, NOMINAL_WIDTH, toFlowEdges, toFlowNodes } from './to-flow';
import { DiagramActionsContext, type DiagramActions } from './selection-context';
import type { Selection } from './types';
import type { CanvasAction, CanvasProps } from './canvas-props';
import { ArrowMarker } from './arrow-marker';
import { StaticDiagram } from './static-diagram';
import { useStableItems } from './use-stable-items';

export interface StackDiagramProps {
  diagram: ClientDiagram;
  components: Record<string, ClientComponent>;
  modes: Partial<Record<FlowMode, ModeInfo>>;
  selection: Selection;
  actions: DiagramActions & { clear(): void };
}

type Interactive = ComponentType<CanvasProps & { pendingAction?: CanvasAction; onZoom?(zoom: number): void }>;

/**
 * Below this zoom, flow labels are too small to read (about 4 px) and cost the most to repaint
 * while panning a large diagram: they are hidden until the reader zooms in.
 */
const LABELS_MIN_ZOOM = 0.35;
let interactiveModule: Promise<Interactive> | undefined;
/** React Flow (~60 kB gzip) is fetched once, in its own chunk, off the critical path. */
function loadInteractive(): Promise<Interactive> {
  interactiveModule ??= import('./interactive-diagram').then((module) => module.InteractiveDiagram);
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

/**
 * A stack diagram: the static canvas first (in the HTML, working without React Flow), swapped for
 * the interactive React Flow canvas once it has loaded. Both draw the same nodes at the same place.
 */
export function StackDiagram({ diagram, components, modes, selection, actions }: StackDiagramProps) {
  const nodes = useStableItems(
    useMemo(() => toFlowNodes(diagram, components, selection), [diagram, components, selection]),
    diagram.id,
  );
  const edges = useStableItems(
    useMemo(() => toFlowEdges(diagram, components, modes, selection), [diagram, components, modes, selection]),
    diagram.id,
  );
  const height = canvasHeight(diagram);
  // From the first render's nodes only: it must equal what the server rendered.
  const [viewport] = useState(() => initialViewport(nodes, NOMINAL_WIDTH, height));
  // Lets tests and the benchmark tell the static HTML from the live page.
  const [hydrated, setHydrated] = useState(false);
  const [Interactive, setInteractive] = useState<Interactive | null>(null);
  const pendingAction = useRef<CanvasAction | undefined>(undefined);
  const refocus = useRef<string | null>(null);
  const canvas = useRef<HTMLDivElement>(null);
  const [far, setFar] = useState(viewport.zoom < LABELS_MIN_ZOOM);
  const farRef = useRef(far);
  // Called on every pan and zoom frame: only a change of side re-renders.
  const onZoom = useCallback((zoom: number) => {
    const next = zoom < LABELS_MIN_ZOOM;
    if (next !== farRef.current) {
      farRef.current = next;
      setFar(next);
    }
  }, []);

  // The swap replaces the canvas DOM, so it waits for a quiet moment: never between the press and
  // release of a click, and (unless the reader asked for pan or zoom) never while focus is inside
  // the canvas, where a keyboard reader is moving from component to component.
  const pressed = useRef(false);
  const deferred = useRef<{ swap: () => void; asked: boolean } | null>(null);

  const wantInteractive = useCallback((action?: CanvasAction) => {
    if (action) pendingAction.current = action;
    const asked = action !== undefined;
    void loadInteractive().then((component) => {
      const swap = () => {
        deferred.current = null;
        refocus.current = document.activeElement?.closest('[data-node-id]')?.getAttribute('data-node-id') ?? null;
        setInteractive(() => component);
      };
      const focusInside = canvas.current?.contains(document.activeElement) ?? false;
      if (pressed.current || (focusInside && !asked)) deferred.current = { swap, asked };
      else swap();
    });
  }, []);

  const runDeferred = (onlyIfAsked: boolean) => {
    const pending = deferred.current;
    if (!pending || (onlyIfAsked && !pending.asked)) return;
    // After the click event this release produces.
    setTimeout(() => deferred.current === pending && !pressed.current && pending.swap(), 0);
  };
  const canvasEvents = {
    onPointerDownCapture: () => {
      pressed.current = true;
      // The release may happen anywhere on the page, so listen for it there.
      const release = () => {
        pressed.current = false;
        window.removeEventListener('pointerup', release, true);
        window.removeEventListener('pointercancel', release, true);
        runDeferred(canvas.current?.contains(document.activeElement) ?? false);
      };
      window.addEventListener('pointerup', release, true);
      window.addEventListener('pointercancel', release, true);
    },
    onBlurCapture: (event: React.FocusEvent) => {
      if (!canvas.current?.contains(event.relatedTarget as Node | null)) runDeferred(false);
    },
  };

  useEffect(() => {
    setHydrated(true);
    return whenIdleAfterLoad(() => wantInteractive());
  }, [wantInteractive]);

  useLayoutEffect(() => {
    if (!Interactive || !refocus.current) return;
    canvas.current?.querySelector<HTMLElement>(`[data-node-id="${CSS.escape(refocus.current)}"]`)?.focus();
    refocus.current = null;
  }, [Interactive]);

  const props: CanvasProps = {
    nodes,
    edges,
    viewport,
    height,
    label: `${diagram.title} diagram`,
    onEdgeClick: actions.selectFlow,
    onPaneClick: actions.clear,
  };

  return (
    <DiagramActionsContext value={actions}>
      {/* +2 for the 1px border: the inner size must be exactly the size the server fitted to. */}
      <div
        ref={canvas}
        className="sa-canvas"
        style={{ height: height + 2, maxWidth: NOMINAL_WIDTH + 2 }}
        data-testid="diagram"
        data-view={diagram.id}
        data-hydrated={hydrated}
        data-interactive={Interactive !== null}
        data-far={far}
        {...canvasEvents}
      >
        <ArrowMarker />
        {Interactive ? (
          <Interactive {...props} pendingAction={pendingAction.current} onZoom={onZoom} />
        ) : (
          <StaticDiagram {...props} onWantInteractive={wantInteractive} />
        )}
      </div>
    </DiagramActionsContext>
  );
}

'use client';
import { useEffect, useMemo, useRef, type CSSProperties } from 'react';
import type { CanvasProps, SwapReason } from './canvas-props';
import { nodeTypes } from './node-types';
import { staticNodeProps, staticNodeWrapper } from './static-props';
import { EdgeLayer } from './edge-layer';
import { useStaticCamera } from './camera';
import { BACKGROUND_GAP, FIT_OPTIONS } from './canvas-size';
import { FitViewIcon, ZoomInIcon, ZoomOutIcon } from './controls-icons';
import { nodesBounds, type Viewport } from './camera-math';
import { fitExpression, fitStyle } from './fit-css';
import { LABELS_MIN_ZOOM } from './use-far-zoom';
import type { DiagramNode } from './flow-types';

const FILL: CSSProperties = { position: 'absolute', width: '100%', height: '100%', top: 0, left: 0 };
/** Big enough to cover the canvas at the smallest zoom (a 1000 px canvas at 0.2 is 5000 diagram px). */
const BACKGROUND_REACH = 100_000;

/**
 * The dot grid, as React Flow's Background draws it for a known viewport; before the viewport is
 * known (the HTML, the hydrating render) the same dots in diagram space, moved by the CSS fit.
 */
function StaticBackground({ viewport, fitted }: { viewport: Viewport | null; fitted: CSSProperties }) {
  if (!viewport) {
    const gap = BACKGROUND_GAP;
    return (
      <svg className="react-flow__background" style={FILL} aria-hidden="true">
        <pattern id="sa-static-dots" x={0} y={0} width={gap} height={gap} patternUnits="userSpaceOnUse" patternTransform={`translate(-${gap / 2},-${gap / 2})`}>
          <circle cx={0.5} cy={0.5} r={0.5} className="react-flow__background-pattern dots" />
        </pattern>
        <rect
          x={-BACKGROUND_REACH}
          y={-BACKGROUND_REACH}
          width={2 * BACKGROUND_REACH}
          height={2 * BACKGROUND_REACH}
          fill="url(#sa-static-dots)"
          style={{ ...fitted, transformOrigin: '0 0' }}
        />
      </svg>
    );
  }
  const { x, y, zoom } = viewport;
  const gap = BACKGROUND_GAP * zoom;
  return (
    <svg className="react-flow__background" style={FILL} aria-hidden="true">
      <pattern
        id="sa-static-dots"
        x={x % gap}
        y={y % gap}
        width={gap}
        height={gap}
        patternUnits="userSpaceOnUse"
        patternTransform={`translate(-${gap / 2},-${gap / 2})`}
      >
        <circle cx={zoom / 2} cy={zoom / 2} r={zoom / 2} className="react-flow__background-pattern dots" />
      </pattern>
      <rect x="0" y="0" width="100%" height="100%" fill="url(#sa-static-dots)" />
    </svg>
  );
}

/** React Flow's controls, in its order, with its names; here they move the static camera. */
const CONTROLS = [
  ['zoomIn', 'Zoom In', ZoomInIcon, 'zoomin'],
  ['zoomOut', 'Zoom Out', ZoomOutIcon, 'zoomout'],
  ['fitAll', 'Fit View', FitViewIcon, 'fitview'],
] as const;

/** One node through the shared renderer registry, inside React Flow's wrapper markup. */
function StaticNode({ node }: { node: DiagramNode }) {
  // The registry is typed per kind; the pair (node, renderer) always matches.
  const Renderer = nodeTypes[node.type] as React.ComponentType<ReturnType<typeof staticNodeProps<DiagramNode>>>;
  return (
    <div {...staticNodeWrapper(node)}>
      <Renderer {...staticNodeProps(node)} />
    </div>
  );
}

/**
 * The first paint of a view: React Flow's markup and classes at the same viewport, drawn by the same
 * node and edge renderers, without React Flow's JavaScript. Components and flows already work
 * (click, keyboard, selection) and the camera moves it (the zoom controls work at once); dragging,
 * pinch and the minimap arrive when React Flow loads, after the page has loaded or as soon as the
 * reader reaches for pan or zoom.
 */
export function StaticCanvas({
  nodes,
  edges,
  height,
  label,
  onEdgeClick,
  onPaneClick,
  attachCamera,
  onWantInteractive,
  onViewportChange,
}: CanvasProps & { onWantInteractive(reason: SwapReason): void; onViewportChange(viewport: Viewport): void }) {
  const root = useRef<HTMLDivElement>(null);
  const { viewport, camera } = useStaticCamera(nodes, root, onViewportChange);
  // The first paint's fit, in CSS: right at any width without JavaScript (see fit-css.ts).
  const fitted = useMemo(() => fitStyle(fitExpression(nodesBounds(nodes), height, FIT_OPTIONS), LABELS_MIN_ZOOM) as CSSProperties, [nodes, height]);
  useEffect(() => {
    attachCamera(camera);
    return () => attachCamera(null);
  }, [attachCamera, camera]);

  const transform: CSSProperties = viewport ? { transform: `translate(${viewport.x}px,${viewport.y}px) scale(${viewport.zoom})` } : fitted;
  // The flows and components do not change when the camera moves: every viewport change (each frame
  // of a camera move or a pan, a refit when the canvas is resized) re-renders only the viewport's
  // transform and the dot grid, not every node and edge.
  const content = useMemo(
    () => (
      <>
        <EdgeLayer nodes={nodes} edges={edges} onEdgeClick={onEdgeClick} />
        <div className="react-flow__nodes" style={FILL}>
          {nodes.map((node) => (
            <StaticNode key={node.id} node={node} />
          ))}
        </div>
      </>
    ),
    [nodes, edges, onEdgeClick],
  );
  return (
    <div
      ref={root}
      className="react-flow light"
      role="application"
      aria-label={label}
      // A size container: the CSS fit reads the canvas's width as 100cqw.
      style={{ width: '100%', height: '100%', overflow: 'hidden', position: 'relative', zIndex: 0, containerType: 'inline-size' }}
      onWheel={(event) => event.ctrlKey && onWantInteractive('reader')}
    >
      <div className="react-flow__renderer" style={FILL}>
        <div
          className="react-flow__pane draggable"
          style={FILL}
          // A press on the pane starts a drag: the reader wants pan now. A press on a component or flow
          // is a click, answered by this canvas; React Flow waits for a quiet moment (use-canvas-swap.ts).
          onPointerDown={(event) => !(event.target as Element).closest('[data-node-id], .react-flow__edge') && onWantInteractive('reader')}
          onClick={(event) => event.target === event.currentTarget && onPaneClick()}
        >
          <div className="react-flow__viewport xyflow__viewport react-flow__container" style={transform}>
            {content}
          </div>
        </div>
      </div>
      <StaticBackground viewport={viewport} fitted={fitted} />
      <div className="react-flow__panel react-flow__controls vertical top right" role="group" aria-label="Control Panel">
        {CONTROLS.map(([action, title, Icon, suffix]) => (
          <button
            key={action}
            type="button"
            className={`react-flow__controls-button react-flow__controls-${suffix}`}
            title={title}
            aria-label={title}
            onClick={() => {
              camera[action]();
              onWantInteractive('reader');
            }}
          >
            <Icon />
          </button>
        ))}
      </div>
    </div>
  );
}

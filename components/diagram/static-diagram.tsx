'use client';
import type { CSSProperties } from 'react';
import type { CanvasAction, CanvasProps } from './canvas-props';
import { ComponentButton } from './nodes/component-button';
import { BandBody } from './nodes/band-node';
import { FlowEdgeShape } from './edges/flow-edge-shape';
import { FitViewIcon, ZoomInIcon, ZoomOutIcon } from './controls-icons';

const FILL: CSSProperties = { position: 'absolute', width: '100%', height: '100%', top: 0, left: 0 };
const GAP = 24;

/**
 * The first paint of a diagram: the same markup and classes React Flow renders, at the same
 * viewport, without React Flow's JavaScript. Components and flows already work (click, keyboard,
 * selection); pan, zoom and the minimap arrive when React Flow loads, after the page has loaded or
 * as soon as the reader reaches for them (`onWantInteractive`).
 */
export function StaticDiagram({
  nodes,
  edges,
  viewport,
  label,
  onEdgeClick,
  onPaneClick,
  onWantInteractive,
}: CanvasProps & { onWantInteractive(action?: CanvasAction): void }) {
  const { x, y, zoom } = viewport;
  const gap = GAP * zoom;
  return (
    <div
      className="react-flow light"
      role="application"
      aria-label={label}
      style={{ width: '100%', height: '100%', overflow: 'hidden', position: 'relative', zIndex: 0 }}
      onWheel={(event) => event.ctrlKey && onWantInteractive('gesture')}
    >
      <div className="react-flow__renderer" style={FILL}>
        <div
          className="react-flow__pane draggable"
          style={FILL}
          onPointerDown={() => onWantInteractive('gesture')}
          onClick={(event) => event.target === event.currentTarget && onPaneClick()}
        >
          <div className="react-flow__viewport xyflow__viewport react-flow__container" style={{ transform: `translate(${x}px,${y}px) scale(${zoom})` }}>
            <div className="react-flow__edges">
              {edges.map((edge) => (
                <svg key={edge.id} style={{ zIndex: 0 }}>
                  <g
                    className="react-flow__edge react-flow__edge-flow nopan"
                    role="img"
                    aria-roledescription="edge"
                    aria-label={edge.ariaLabel}
                    data-id={edge.id}
                    data-testid={`rf__edge-${edge.id}`}
                    onClick={() => onEdgeClick(edge.id)}
                  >
                    {edge.data ? <FlowEdgeShape data={edge.data} /> : null}
                  </g>
                </svg>
              ))}
            </div>
            <div className="react-flow__nodes" style={FILL}>
              {nodes.map((node) => (
                <div
                  key={node.id}
                  className={`react-flow__node react-flow__node-${node.type}`}
                  style={{
                    zIndex: node.zIndex ?? 0,
                    transform: `translate(${node.position.x}px,${node.position.y}px)`,
                    pointerEvents: node.type === 'band' ? 'none' : 'all',
                    width: node.width,
                    height: node.height,
                  }}
                  data-id={node.id}
                  role="group"
                  aria-label={node.ariaLabel}
                >
                  {node.type === 'band' ? <BandBody title={node.data.title} /> : <ComponentButton data={node.data} />}
                </div>
              ))}
            </div>
          </div>
        </div>
      </div>
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
      <div className="react-flow__panel react-flow__controls vertical top right" role="group" aria-label="Control Panel">
        {(
          [
            ['zoomIn', 'Zoom In', ZoomInIcon, 'zoomin'],
            ['zoomOut', 'Zoom Out', ZoomOutIcon, 'zoomout'],
            ['fitView', 'Fit View', FitViewIcon, 'fitview'],
          ] as const
        ).map(([action, title, Icon, suffix]) => (
          <button
            key={action}
            type="button"
            className={`react-flow__controls-button react-flow__controls-${suffix}`}
            title={title}
            aria-label={title}
            onClick={() => onWantInteractive(action)}
          >
            <Icon />
          </button>
        ))}
      </div>
    </div>
  );
}

/**
 * What React Flow hands a renderer and puts on its wrapper, computed for the static canvas from
 * the same node and edge objects (mirroring NodeWrapper/EdgeWrapper of @xyflow/react 12 for a
 * canvas with nothing draggable, selectable or connectable). The parity test compares the DOM of
 * both canvases, so a change in React Flow's markup fails a test instead of drifting.
 */
import type { CSSProperties } from 'react';
import type { EdgeProps, NodeProps, Position } from '@xyflow/react';
import type { DiagramNode, FlowEdge } from './flow-types';

export function staticNodeProps<N extends DiagramNode>(node: N): NodeProps<N> {
  return {
    id: node.id,
    data: node.data,
    type: node.type,
    width: node.width,
    height: node.height,
    positionAbsoluteX: node.position.x,
    positionAbsoluteY: node.position.y,
    selected: false,
    selectable: false,
    draggable: false,
    deletable: true,
    dragging: false,
    isConnectable: false,
    zIndex: node.zIndex ?? 0,
  } as NodeProps<N>;
}

/** The node wrapper's attributes, as React Flow renders them. */
export function staticNodeWrapper(node: DiagramNode) {
  const style: CSSProperties = {
    zIndex: node.zIndex ?? 0,
    transform: `translate(${node.position.x}px,${node.position.y}px)`,
    pointerEvents: 'none',
    visibility: 'visible',
    ...node.style,
    width: node.width,
    height: node.height,
  };
  return {
    className: `react-flow__node react-flow__node-${node.type}`,
    style,
    'data-id': node.id,
    'data-testid': `rf__node-${node.id}`,
    role: node.ariaRole,
    'aria-roledescription': 'node',
    'aria-label': node.ariaLabel,
  };
}

type Point = { x: number; y: number };
/** Where an edge's handles are: the right middle of its source, the left middle of its target. */
function handlePoint(node: DiagramNode | undefined, type: 'source' | 'target'): Point {
  const handle = node?.handles?.find((h) => h.type === type);
  if (!node || !handle) return { x: 0, y: 0 };
  return { x: node.position.x + handle.x + (handle.width ?? 0) / 2, y: node.position.y + handle.y + (handle.height ?? 0) / 2 };
}

export function staticEdgeProps(edge: FlowEdge, nodesById: ReadonlyMap<string, DiagramNode>): EdgeProps<FlowEdge> {
  const source = handlePoint(nodesById.get(edge.source), 'source');
  const target = handlePoint(nodesById.get(edge.target), 'target');
  return {
    id: edge.id,
    type: edge.type,
    source: edge.source,
    target: edge.target,
    data: edge.data,
    selected: false,
    selectable: false,
    deletable: true,
    sourceX: source.x,
    sourceY: source.y,
    targetX: target.x,
    targetY: target.y,
    sourcePosition: 'right' as Position,
    targetPosition: 'left' as Position,
  };
}

/** The edge wrapper's attributes, as React Flow renders them (with an onEdgeClick handler). */
export function staticEdgeWrapper(edge: FlowEdge) {
  return {
    className: `react-flow__edge react-flow__edge-${edge.type} nopan`,
    role: edge.ariaRole ?? 'img',
    'aria-roledescription': 'edge',
    'aria-label': edge.ariaLabel ?? `Edge from ${edge.source} to ${edge.target}`,
    'data-id': edge.id,
    'data-testid': `rf__edge-${edge.id}`,
  };
}

import type { Viewport } from './fit';
import type { DiagramNode, FlowEdge } from './types';

/** A pan/zoom request made before React Flow has loaded, replayed once it has. */
export type CanvasAction = 'zoomIn' | 'zoomOut' | 'fitView';

/** What both canvases (the static first paint and the interactive React Flow) draw from. */
export interface CanvasProps {
  nodes: DiagramNode[];
  edges: FlowEdge[];
  viewport: Viewport;
  height: number;
  label: string;
  onEdgeClick(id: string): void;
  onPaneClick(): void;
}

import type { Viewport } from './camera-math';
import type { Camera } from './camera';
import type { DiagramNode, FlowEdge } from './flow-types';

/**
 * What the reader reached for before React Flow had loaded: a control to replay once it has, or a
 * pan/zoom gesture (nothing to replay, but a reason to load and swap in right away).
 */
export type CanvasAction = 'zoomIn' | 'zoomOut' | 'fitView' | 'gesture';

/** What both canvases (the static first paint and the interactive React Flow) draw from. */
export interface CanvasProps {
  nodes: DiagramNode[];
  edges: FlowEdge[];
  /** Where the canvas starts. */
  viewport: Viewport;
  height: number;
  label: string;
  onEdgeClick(id: string): void;
  onPaneClick(): void;
  /** Called with the canvas's camera when it mounts, and with null when it unmounts. */
  attachCamera(camera: Camera | null): void;
}

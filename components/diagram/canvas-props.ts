import type { Viewport } from './camera-math';
import type { Camera } from './camera';
import type { DiagramNode, FlowEdge } from './flow-types';

/**
 * Why React Flow is wanted: the page is idle, or the reader reached for pan or zoom (a control or
 * a gesture), which swaps it in at once, even while focus is inside the canvas.
 */
export type SwapReason = 'idle' | 'reader';

/** What both canvases (the static first paint and the interactive React Flow) draw from. */
export interface CanvasProps {
  nodes: DiagramNode[];
  edges: FlowEdge[];
  /**
   * Where the canvas starts; null: fitted to the canvas's size (the static canvas's first paint,
   * fitted in CSS before JavaScript knows the size).
   */
  viewport: Viewport | null;
  height: number;
  label: string;
  onEdgeClick(id: string): void;
  onPaneClick(): void;
  /** Called with the canvas's camera when it mounts, and with null when it unmounts. */
  attachCamera(camera: Camera | null): void;
}

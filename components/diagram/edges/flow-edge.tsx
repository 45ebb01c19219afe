'use client';
import { memo } from 'react';
import type { EdgeProps } from '@xyflow/react';
import type { FlowEdge } from '../types';
import { FlowEdgeShape } from './flow-edge-shape';

/** React Flow's renderer for a flow: the shared shape (React Flow supplies the wrapper and clicks). */
function FlowEdgeView({ data }: EdgeProps<FlowEdge>) {
  return data ? <FlowEdgeShape data={data} /> : null;
}

export default memo(FlowEdgeView);

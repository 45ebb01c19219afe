'use client';
import { memo } from 'react';
import { BaseEdge, type EdgeProps } from '@xyflow/react';
import type { FlowEdge } from '../types';
import { MODE_STROKE } from '../mode-style';

/**
 * A data flow, drawn along the route elkjs computed at build time. The label is plain SVG text, so
 * it shows in the static HTML before any script runs (React Flow's own labels wait for measuring).
 */
function FlowEdgeView({ data }: EdgeProps<FlowEdge>) {
  if (!data) return null;
  const stroke = MODE_STROKE[data.mode ?? 'none'];
  const width = data.label.length * 6.2 + 12;
  return (
    <g className={`sa-edge ${stroke.className}`} data-state={data.state} data-mode={data.mode ?? 'none'}>
      <BaseEdge
        path={data.path}
        interactionWidth={14}
        markerEnd="url(#sa-arrow)"
        style={{ stroke: 'currentColor', strokeWidth: stroke.width, strokeDasharray: stroke.dash, strokeLinecap: 'round' }}
      />
      <g transform={`translate(${data.labelX} ${data.labelY})`} className="sa-edge-label">
        <rect x={-width / 2} y={-9} width={width} height={18} rx={4} />
        <text textAnchor="middle" dominantBaseline="central">
          {data.label}
        </text>
      </g>
    </g>
  );
}

export default memo(FlowEdgeView);

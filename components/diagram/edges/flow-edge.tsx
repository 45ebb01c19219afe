'use client';
import { memo } from 'react';
import type { EdgeProps } from '@xyflow/react';
import { labelSize, lineOffsets } from '@/lib/model/label-metrics';
import type { FlowEdge } from '../flow-types';
import { INFERRED_LABEL_DASH, INFERRED_TICKS, MODE_STROKE } from '../mode-style';

/**
 * A data flow, drawn along the route elkjs computed at build time, with the classes React Flow's own
 * edges use. The label is plain SVG text, so it shows before any script runs. The one renderer both
 * canvases use (each supplies the wrapper `<g>` and the click).
 */
function FlowEdgeView({ data }: EdgeProps<FlowEdge>) {
  if (!data) return null;
  const stroke = MODE_STROKE[data.mode ?? 'none'];
  const { width, height, lines } = labelSize(data.label);
  const offsets = lineOffsets(lines.length);
  return (
    <g
      className={`sa-edge ${stroke.className}`}
      data-state={data.state}
      data-mode={data.mode ?? 'none'}
      {...(data.inferred ? { 'data-inferred': 'true' } : {})}
    >
      <path
        d={data.path}
        fill="none"
        className="react-flow__edge-path"
        markerEnd="url(#sa-arrow)"
        style={{ stroke: 'currentColor', strokeWidth: stroke.width, strokeDasharray: stroke.dash, strokeLinecap: 'round' }}
      />
      {data.inferred ? (
        <path
          d={data.path}
          fill="none"
          className="sa-edge-inferred"
          style={{ stroke: 'currentColor', strokeWidth: INFERRED_TICKS.width, strokeDasharray: INFERRED_TICKS.dash, strokeLinecap: 'butt' }}
        />
      ) : null}
      {/* A wide invisible twin, so a thin line is easy to click. */}
      <path d={data.path} fill="none" strokeOpacity={0} strokeWidth={14} className="react-flow__edge-interaction" />
      <g transform={`translate(${data.labelX} ${data.labelY})`} className="sa-edge-label">
        <rect x={-width / 2} y={-height / 2} width={width} height={height} rx={4} strokeDasharray={data.inferred ? INFERRED_LABEL_DASH : undefined} />
        {/* One line per tspan; a wrapped line keeps its trailing space, so the text reads as the label. */}
        <text textAnchor="middle" dominantBaseline="central">
          {lines.map((line, index) => (
            <tspan key={index} x={0} y={offsets[index]}>
              {index < lines.length - 1 ? `${line} ` : line}
            </tspan>
          ))}
        </text>
      </g>
    </g>
  );
}

export default memo(FlowEdgeView);

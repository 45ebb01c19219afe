import type { FlowEdgeData } from '../types';
import { MODE_STROKE } from '../mode-style';

/**
 * A data flow, drawn along the route elkjs computed at build time, with the same classes React
 * Flow's own edges use. The label is plain SVG text, so it shows before any script runs.
 */
export function FlowEdgeShape({ data }: { data: FlowEdgeData }) {
  const stroke = MODE_STROKE[data.mode ?? 'none'];
  const width = data.label.length * 6.2 + 12;
  return (
    <g className={`sa-edge ${stroke.className}`} data-state={data.state} data-mode={data.mode ?? 'none'}>
      <path
        d={data.path}
        fill="none"
        className="react-flow__edge-path"
        markerEnd="url(#sa-arrow)"
        style={{ stroke: 'currentColor', strokeWidth: stroke.width, strokeDasharray: stroke.dash, strokeLinecap: 'round' }}
      />
      {/* A wide invisible twin, so a thin line is easy to click. */}
      <path d={data.path} fill="none" strokeOpacity={0} strokeWidth={14} className="react-flow__edge-interaction" />
      <g transform={`translate(${data.labelX} ${data.labelY})`} className="sa-edge-label">
        <rect x={-width / 2} y={-9} width={width} height={18} rx={4} />
        <text textAnchor="middle" dominantBaseline="central">
          {data.label}
        </text>
      </g>
    </g>
  );
}

import { ARROW } from './mode-style';

/** One arrowhead for every flow, coloured by the edge's `currentColor`. */
export function ArrowMarker() {
  return (
    <svg width="0" height="0" className="absolute" aria-hidden="true" focusable="false">
      <defs>
        <marker id="sa-arrow" viewBox={ARROW.viewBox} refX={ARROW.refX} refY={ARROW.refY} markerWidth={ARROW.size} markerHeight={ARROW.size} markerUnits="userSpaceOnUse" orient="auto-start-reverse">
          <path d={ARROW.path} className="sa-arrowhead" />
        </marker>
      </defs>
    </svg>
  );
}

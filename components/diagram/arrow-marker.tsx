/** One arrowhead for every flow, coloured by the edge's `currentColor`. */
export function ArrowMarker() {
  return (
    <svg width="0" height="0" className="absolute" aria-hidden="true" focusable="false">
      <defs>
        <marker id="sa-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="10" markerHeight="10" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" className="sa-arrowhead" />
        </marker>
      </defs>
    </svg>
  );
}

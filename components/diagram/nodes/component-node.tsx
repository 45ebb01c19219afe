'use client';
import { memo } from 'react';
import type { NodeProps, Position } from '@xyflow/react';
import type { ComponentNode } from '../flow-types';
import { useDiagramActions } from '../diagram-actions';
import { HandleSlot } from '../handle-slot';

/**
 * A component of the stack: a real button, so Tab, Enter and Space work and it has a name, between
 * the handles its flows attach to. The one renderer both canvases use.
 */
function ComponentNodeView({ data }: NodeProps<ComponentNode>) {
  const { selectNode } = useDiagramActions();
  return (
    <>
      <HandleSlot type="target" position={'left' as Position} />
      <button
        type="button"
        data-node-id={data.id}
        data-state={data.state}
        aria-label={data.ariaLabel}
        aria-pressed={data.state === 'selected'}
        {...(data.inferred ? { 'data-inferred': 'true' } : {})}
        onClick={() => selectNode(data.id)}
        className="sa-node nopan"
      >
        <span className="sa-node-label">{data.label}</span>
        {/* Seen, not read twice: the accessible name already says "inferred". */}
        {data.inferred ? (
          <span className="sa-node-inferred" aria-hidden="true">
            inferred
          </span>
        ) : null}
      </button>
      <HandleSlot type="source" position={'right' as Position} />
    </>
  );
}

export default memo(ComponentNodeView);

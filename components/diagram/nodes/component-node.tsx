'use client';
import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { ComponentNode } from '../types';
import { useDiagramActions } from '../selection-context';

/** A component of the stack: a real button, so Tab, Enter and Space work and it has a name. */
function ComponentNodeView({ data }: NodeProps<ComponentNode>) {
  const { selectNode } = useDiagramActions();
  return (
    <>
      <Handle type="target" position={Position.Left} isConnectable={false} className="sa-handle" />
      <button
        type="button"
        data-node-id={data.id}
        data-state={data.state}
        aria-label={data.ariaLabel}
        aria-pressed={data.state === 'selected'}
        onClick={() => selectNode(data.id)}
        className="sa-node nopan"
      >
        <span className="sa-node-label">{data.label}</span>
      </button>
      <Handle type="source" position={Position.Right} isConnectable={false} className="sa-handle" />
    </>
  );
}

export default memo(ComponentNodeView);

'use client';
import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { ComponentNode } from '../types';
import { ComponentButton } from './component-button';

/** React Flow's renderer for a component: the shared button, plus the handles edges attach to. */
function ComponentNodeView({ data }: NodeProps<ComponentNode>) {
  return (
    <>
      <Handle type="target" position={Position.Left} isConnectable={false} className="sa-handle" />
      <ComponentButton data={data} />
      <Handle type="source" position={Position.Right} isConnectable={false} className="sa-handle" />
    </>
  );
}

export default memo(ComponentNodeView);

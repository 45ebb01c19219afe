'use client';
import type { ComponentNodeData } from '../types';
import { useDiagramActions } from '../selection-context';

/** A component of the stack: a real button, so Tab, Enter and Space work and it has a name. */
export function ComponentButton({ data }: { data: ComponentNodeData }) {
  const { selectNode } = useDiagramActions();
  return (
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
  );
}

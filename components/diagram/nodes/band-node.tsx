'use client';
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { BandNode } from '../types';

/** A layer's background column with its title. Not interactive. */
export function BandBody({ title }: { title: string }) {
  return (
    <div className="sa-band" aria-hidden="true">
      <span className="sa-band-title">{title}</span>
    </div>
  );
}

function BandNodeView({ data }: NodeProps<BandNode>) {
  return <BandBody title={data.title} />;
}

export default memo(BandNodeView);

'use client';
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { BandNode } from '../flow-types';

/** A layer's background column with its title. Not interactive. */
function BandNodeView({ data }: NodeProps<BandNode>) {
  return (
    <div className="sa-band" aria-hidden="true">
      <span className="sa-band-title">{data.title}</span>
    </div>
  );
}

export default memo(BandNodeView);

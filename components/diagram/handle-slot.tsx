'use client';
import { createContext, useContext, type ComponentType } from 'react';
import type { Position } from '@xyflow/react';

/**
 * Where a node renderer puts the points its flows attach to. React Flow needs real `<Handle>`s to
 * measure; the static canvas draws edges from build-time paths and needs none. Renderers take the
 * handle from context, so one renderer serves both canvases without pulling React Flow into the
 * first-load bundle.
 */
export type HandleSlotProps = { type: 'source' | 'target'; position: Position };

/** No handle: for a canvas whose flows are drawn from build-time routes (the static canvas, a large view). */
export const NoHandle: ComponentType<HandleSlotProps> = () => null;

export const HandleSlotContext = createContext<ComponentType<HandleSlotProps>>(NoHandle);

export function HandleSlot(props: HandleSlotProps) {
  const Handle = useContext(HandleSlotContext);
  return <Handle {...props} />;
}

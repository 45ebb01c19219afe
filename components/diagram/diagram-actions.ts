'use client';
import { createContext, useContext } from 'react';

/** Behaviour for nodes and edges: data stays plain JSON, actions come from here. */
export interface DiagramActions {
  selectNode(id: string): void;
  selectFlow(id: string): void;
  clear(): void;
}

export const DiagramActionsContext = createContext<DiagramActions | null>(null);

export function useDiagramActions(): DiagramActions {
  const actions = useContext(DiagramActionsContext);
  if (!actions) throw new Error('useDiagramActions must be used inside <DiagramActionsContext>');
  return actions;
}

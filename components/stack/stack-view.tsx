'use client';
import { useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { StackViewModel } from '@/lib/graph/client-model';
import type { FlowMode } from '@/lib/graph/schema';
import { StackDiagram } from '../diagram/stack-diagram';
import { Legend } from '../diagram/legend';
import type { Selection } from '../diagram/types';
import { Panel } from '../panel/panel';
import { ComponentDetails } from '../panel/component-details';
import { FlowDetails } from '../panel/flow-details';
import { ViewTabs } from './view-tabs';
import { FlowList } from './flow-list';
import { useUrlState, type StackUrlState } from './use-url-state';
import { proseKey } from './prose-key';

export interface StackViewProps {
  model: StackViewModel;
  /** Prose rendered on the server, keyed by `proseKey`. */
  prose: Record<string, ReactNode>;
}

const shorten = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

/** A stack's views, diagram and panel, with the URL as the source of truth for what is open. */
export function StackView({ model, prose }: StackViewProps) {
  const [url, setUrl] = useUrlState();
  const first = model.diagrams[0]!;
  const diagram = model.diagrams.find((d) => d.id === url.view) ?? first;
  const viewParam = diagram.id === first.id ? undefined : diagram.id;

  const { selection, notice } = useMemo(() => {
    const notices: string[] = [];
    if (url.view && url.view !== diagram.id) notices.push(`There is no view “${shorten(url.view)}”; showing ${diagram.title}.`);
    let result: Selection = {};
    if (url.node) {
      if (diagram.nodes.some((node) => node.id === url.node)) result = { node: url.node };
      else notices.push(`There is no component “${shorten(url.node)}” in ${diagram.title}.`);
    } else if (url.flow) {
      if (diagram.flows.some((flow) => flow.id === url.flow)) result = { flow: url.flow };
      else notices.push(`There is no flow “${shorten(url.flow)}” in ${diagram.title}.`);
    }
    return { selection: result, notice: notices.join(' ') };
  }, [url.view, url.node, url.flow, diagram]);

  // Where focus goes when the panel closes, and whether the panel should take focus when it changes.
  const returnFocus = useRef<Element | null>(null);
  const focusPanel = useRef(false);

  const select = useCallback(
    (next: StackUrlState, fromPanel = false) => {
      const active = document.activeElement;
      if (!active?.closest('[data-testid="panel"]')) returnFocus.current = active;
      focusPanel.current = fromPanel;
      setUrl({ view: viewParam, ...next });
    },
    [setUrl, viewParam],
  );
  const clear = useCallback(() => {
    // Components are found by id: the canvas may have been re-rendered (React Flow swapped in) since.
    const remembered = returnFocus.current?.getAttribute('data-node-id');
    const nodeId = selection.node ?? remembered;
    const target = nodeId ? document.querySelector(`[data-node-id="${CSS.escape(nodeId)}"]`) : returnFocus.current;
    setUrl({ view: viewParam });
    if (target instanceof HTMLElement && target.isConnected) target.focus();
  }, [selection.node, setUrl, viewParam]);

  const actions = useMemo(
    () => ({ selectNode: (id: string) => select({ node: id }), selectFlow: (id: string) => select({ flow: id }), clear }),
    [select, clear],
  );

  useEffect(() => {
    if (!selection.node && !selection.flow) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) clear();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [selection, clear]);

  const openView = (id: string) => {
    const target = model.diagrams.find((d) => d.id === id);
    const keepNode = selection.node && target?.nodes.some((node) => node.id === selection.node) ? selection.node : undefined;
    setUrl({ view: id === first.id ? undefined : id, node: keepNode });
  };

  const usedModes = useMemo(
    () => (Object.keys(model.modes) as FlowMode[]).filter((mode) => diagram.flows.some((flow) => flow.mode === mode)),
    [model.modes, diagram],
  );

  const component = selection.node ? model.components[selection.node] : undefined;
  const flow = selection.flow ? diagram.flows.find((f) => f.id === selection.flow) : undefined;
  const title = component?.label ?? (flow ? `${model.components[flow.from]?.label} → ${model.components[flow.to]?.label}` : undefined);

  return (
    <div>
      <ViewTabs views={model.diagrams} current={diagram.id} onChange={openView} />
      <p role="status" className={notice ? 'mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100' : 'sr-only'}>
        {notice}
      </p>
      <div className="mt-4 grid gap-6 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <section id="view-panel" role="tabpanel" aria-labelledby={`tab-${diagram.id}`} className="min-w-0">
          <StackDiagram
            key={diagram.id}
            diagram={diagram}
            components={model.components}
            modes={model.modes}
            selection={selection}
            actions={actions}
          />
          <Legend modes={model.modes} used={usedModes} />
          <FlowList flows={diagram.flows} components={model.components} modes={model.modes} onSelect={(id) => select({ flow: id }, true)} />
        </section>
        <Panel
          title={title}
          selectionKey={selection.node ?? selection.flow}
          focusHeading={focusPanel.current}
          sources={model.sources}
          onClose={clear}
        >
          {component ? (
            <ComponentDetails
              component={component}
              diagram={diagram}
              otherViews={model.diagrams.filter((d) => d.id !== diagram.id && d.nodes.some((n) => n.id === component.id))}
              components={model.components}
              modes={model.modes}
              prose={prose[proseKey.component(component.id)]}
              onSelectFlow={(id) => select({ flow: id }, true)}
              onOpenView={openView}
            />
          ) : flow ? (
            <FlowDetails
              flow={flow}
              components={model.components}
              modes={model.modes}
              prose={prose[proseKey.flow(diagram.id, flow.id)]}
              onSelectNode={(id) => select({ node: id }, true)}
            />
          ) : null}
        </Panel>
      </div>
    </div>
  );
}

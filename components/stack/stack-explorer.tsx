'use client';
import { useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { modesUsed } from '@/lib/model/modes';
import { isTraceDirection } from '@/lib/model/trace';
import type { ExplorerModel } from '@/lib/model/types';
import { ViewCanvas } from '../diagram/view-canvas';
import { Legend } from '../diagram/legend';
import type { Selection } from '../diagram/flow-types';
import { Panel } from '../panel/panel';
import { ComponentDetails } from '../panel/component-details';
import { FlowDetails } from '../panel/flow-details';
import { ViewTabs } from './view-tabs';
import { FlowList } from './flow-list';
import { useUrlState, type StackUrlState } from './use-url-state';
import { proseKey } from './prose-key';

export interface StackExplorerProps {
  model: ExplorerModel;
  /** Prose rendered on the server, keyed by `proseKey`. */
  prose: Record<string, ReactNode>;
}

const shorten = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

/** A stack's views, diagram and panel, with the URL as the source of truth for what is open. */
export function StackExplorer({ model, prose }: StackExplorerProps) {
  const [url, setUrl] = useUrlState();
  const first = model.views[0]!;
  const view = model.views.find((candidate) => candidate.id === url.view) ?? first;
  const viewParam = view.id === first.id ? undefined : view.id;

  const { selection, notice } = useMemo(() => {
    const notices: string[] = [];
    if (url.view && url.view !== view.id) notices.push(`There is no view “${shorten(url.view)}”; showing ${view.title}.`);
    let result: Selection = {};
    if (url.node) {
      if (view.nodes.some((node) => node.id === url.node)) result = { node: url.node };
      else notices.push(`There is no component “${shorten(url.node)}” in ${view.title}.`);
      if (url.trace && isTraceDirection(url.trace)) {
        if (result.node) result.trace = url.trace;
      } else if (url.trace) notices.push(`There is no trace “${shorten(url.trace)}”; use down, up or both.`);
    } else if (url.flow) {
      if (view.flows.some((flow) => flow.id === url.flow)) result = { flow: url.flow };
      else notices.push(`There is no flow “${shorten(url.flow)}” in ${view.title}.`);
    }
    return { selection: result, notice: notices.join(' ') };
  }, [url.view, url.node, url.flow, url.trace, view]);

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
    const target = model.views.find((candidate) => candidate.id === id);
    const keepNode = selection.node && target?.nodes.some((node) => node.id === selection.node) ? selection.node : undefined;
    setUrl({ view: id === first.id ? undefined : id, node: keepNode });
  };

  const usedModes = useMemo(() => modesUsed(view.flows), [view]);

  const component = selection.node ? model.components[selection.node] : undefined;
  const flow = selection.flow ? view.flows.find((f) => f.id === selection.flow) : undefined;
  const title = component?.label ?? (flow ? `${model.components[flow.from]?.label} → ${model.components[flow.to]?.label}` : undefined);

  return (
    <div>
      <ViewTabs views={model.views} current={view.id} onChange={openView} />
      <p role="status" className={notice ? 'mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100' : 'sr-only'}>
        {notice}
      </p>
      <div className="mt-4 grid gap-6 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <section id="view-panel" role="tabpanel" aria-labelledby={`tab-${view.id}`} className="min-w-0">
          <ViewCanvas key={view.id} view={view} components={model.components} selection={selection} actions={actions} />
          <Legend used={usedModes} />
          <FlowList flows={view.flows} components={model.components} onSelect={(id) => select({ flow: id }, true)} />
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
              view={view}
              otherViews={model.views.filter((other) => other.id !== view.id && other.nodes.some((n) => n.id === component.id))}
              components={model.components}
              prose={prose[proseKey.component(component.id)]}
              trace={selection.trace}
              onSelectFlow={(id) => select({ flow: id }, true)}
              onOpenView={openView}
              onTrace={(trace) => setUrl({ view: viewParam, node: component.id, trace })}
            />
          ) : flow ? (
            <FlowDetails
              flow={flow}
              components={model.components}
              prose={prose[proseKey.flow(view.id, flow.id)]}
              onSelectNode={(id) => select({ node: id }, true)}
            />
          ) : null}
        </Panel>
      </div>
    </div>
  );
}

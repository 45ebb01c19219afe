'use client';
import { useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { modesUsed } from '@/lib/model/modes';
import type { StackLinkState } from '@/lib/model/links';
import type { ExplorerModel } from '@/lib/model/types';
import { ViewCanvas } from '../diagram/view-canvas';
import type { Camera } from '../diagram/camera';
import { Legend } from '../diagram/legend';
import { Panel } from '../panel/panel';
import { ComponentDetails } from '../panel/component-details';
import { FlowDetails } from '../panel/flow-details';
import { TourList } from '../tour/tour-list';
import { TourStep } from '../tour/tour-step';
import { TourOutline, stepAnchor } from '../tour/tour-outline';
import { TourArticle } from '../tour/tour-article';
import { prefersReducedMotion } from '../diagram/camera';
import { useTourCamera, useTourKeys } from '../tour/use-tour';
import { ViewTabs } from './view-tabs';
import { FlowList } from './flow-list';
import { useUrlState } from './use-url-state';
import { explorerState } from './explorer-state';
import { proseKey } from './prose-key';
import { ExportButtons } from './export-buttons';
import { FullscreenButton } from './fullscreen-button';
import { PhoneViews, componentIdOf, shownComponent } from './layer-list';
import { useClearOfDrawer } from './use-clear-of-drawer';
import { useLatest } from './use-latest';
import { useAfterPaint } from './use-after-paint';

export interface StackExplorerProps {
  model: ExplorerModel;
  /** Prose rendered on the server, keyed by `proseKey`. */
  prose: Record<string, ReactNode>;
  /** A stack's slug and title: shows the view's "Download SVG / PNG" buttons (concept pages have none). */
  exportAs?: { slug: string; title: string };
}

/** A stack's views, diagram, tours and panel, with the URL as the source of truth for what is open. */
export function StackExplorer({ model, prose, exportAs }: StackExplorerProps) {
  const [url, setUrl] = useUrlState();
  const { view, viewParam, selection, tour, notice } = useMemo(() => explorerState(model, url), [model, url]);
  const first = model.views[0]!;
  const reading = Boolean(tour && url.read === '1');
  // What the diagram (and the phone's layer list) highlights: the selection, one painted frame
  // behind. A click paints its panel first, in the frame right after the click; the diagram's
  // highlight (every node and flow changes state on a first selection) follows in the next frame,
  // in a render React can interrupt. The URL, the panel and focus are never deferred.
  const highlight = useAfterPaint(selection);
  // The panel paints in two steps on the same clock: in the click's frame its heading and what the
  // selection is (a panel of lists and links is most of a click's layout work), and its lists with the
  // highlight, a frame later (a frame callback, then a task: a hidden tab, which paints no frames,
  // completes it when shown, as it does the highlight).
  const panelComplete = !(selection.node || selection.flow) || (highlight.node === selection.node && highlight.flow === selection.flow);
  const tourParams = useMemo<StackLinkState>(() => (tour ? { tour: tour.tour.id, step: tour.index + 1 } : {}), [tour]);
  const camera = useRef<Camera | null>(null);

  // Where focus goes when the panel closes, and whether the panel should take focus when it changes.
  const returnFocus = useRef<Element | null>(null);
  const focusPanel = useRef(false);

  const select = useCallback(
    (next: StackLinkState, fromPanel = false) => {
      const active = document.activeElement;
      if (!active?.closest('[data-testid="panel"]')) returnFocus.current = active;
      focusPanel.current = fromPanel;
      // During a tour a selection opens on top of the step; closing it returns to the step.
      setUrl({ view: viewParam, ...tourParams, ...next });
    },
    [setUrl, viewParam, tourParams],
  );
  const clear = useCallback(() => {
    // Components are found by id: the canvas may have been re-rendered (React Flow swapped in) since.
    const remembered = componentIdOf(returnFocus.current);
    const nodeId = selection.node ?? remembered;
    // A phone may show the component as a layer list row rather than a node.
    const target = nodeId ? shownComponent(nodeId) : returnFocus.current;
    setUrl({ view: viewParam, ...tourParams });
    if (target instanceof HTMLElement && target.isConnected) target.focus();
  }, [selection.node, setUrl, viewParam, tourParams]);

  // Created once (they read the latest select and clear): the diagram's context, the layer list and
  // the flow list never change with a selection, so only what shows the selection re-renders.
  const latest = useLatest({ select, clear });
  const actions = useMemo(
    () => ({
      selectNode: (id: string) => latest.current.select({ node: id }),
      selectFlow: (id: string) => latest.current.select({ flow: id }),
      clear: () => latest.current.clear(),
    }),
    [latest],
  );
  const selectFlowFromList = useCallback((id: string) => latest.current.select({ flow: id }, true), [latest]);
  const outlineProse = useCallback((tourId: string, index: number) => prose[proseKey.step(view.id, tourId, index)], [prose, view.id]);

  // Tours: where focus was when one started, to return it when the tour ends.
  const tourReturnFocus = useRef<Element | null>(null);
  const startTour = (id: string, read = false) => {
    tourReturnFocus.current = document.activeElement;
    focusPanel.current = !read;
    setUrl({ view: viewParam, tour: id, step: read && tour?.tour.id === id ? tour.index + 1 : 1, read });
  };
  const goToStep = useCallback(
    (index: number) => {
      if (!tour || index < 0 || index >= tour.tour.steps.length) return;
      if (reading) {
        // In reading mode the page scrolls to the step; the scroll makes it the active one.
        const behavior = prefersReducedMotion() ? 'auto' : 'smooth';
        document.getElementById(stepAnchor(tour.tour.id, index))?.scrollIntoView({ block: 'center', behavior });
        return;
      }
      setUrl({ view: viewParam, tour: tour.tour.id, step: index + 1 });
    },
    [tour, reading, setUrl, viewParam],
  );
  const onReadStep = useCallback(
    (index: number) => tour && setUrl({ view: viewParam, tour: tour.tour.id, step: index + 1, read: true }, { replace: true }),
    [tour, setUrl, viewParam],
  );
  const leaveReading = useCallback(() => tour && setUrl({ view: viewParam, tour: tour.tour.id, step: tour.index + 1 }), [tour, setUrl, viewParam]);
  const endTour = useCallback(() => {
    setUrl({ view: viewParam });
    camera.current?.fitAll();
    const target = tourReturnFocus.current ?? document.querySelector(tour ? `[data-tour-id="${CSS.escape(tour.tour.id)}"]` : '');
    if (target instanceof HTMLElement && target.isConnected) target.focus();
  }, [setUrl, viewParam, tour]);

  const selected = Boolean(selection.node || selection.flow);
  useTourKeys({ tour, selected, onGo: goToStep, onEnd: reading ? leaveReading : endTour });
  useTourCamera(camera, view.id, tour);

  useEffect(() => {
    if (!selected) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) {
        event.preventDefault();
        clear();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [selected, clear]);

  useClearOfDrawer(camera, view.id, selection);

  const openView = (id: string) => {
    const target = model.views.find((candidate) => candidate.id === id);
    const keepNode = selection.node && target?.nodes.some((node) => node.id === selection.node) ? selection.node : undefined;
    setUrl({ view: id === first.id ? undefined : id, node: keepNode });
  };

  const usedModes = useMemo(() => modesUsed(view.flows), [view]);
  const inferredUse = useMemo(
    () => ({ flows: view.flows.some((f) => f.inferred), components: view.nodes.some((n) => model.components[n.id]?.inferred) }),
    [view, model.components],
  );

  const component = selection.node ? model.components[selection.node] : undefined;
  const flow = selection.flow ? view.flows.find((f) => f.id === selection.flow) : undefined;
  const step = tour ? tour.tour.steps[tour.index] : undefined;
  const title =
    component?.label ?? (flow ? `${model.components[flow.from]?.label} → ${model.components[flow.to]?.label}` : step?.title);
  const backToTour =
    tour && (component || flow) ? (
      <button type="button" className="sa-link-button mb-3" onClick={clear}>
        ← Back to the tour ({tour.tour.title}, step {tour.index + 1})
      </button>
    ) : null;

  const fullscreenRoot = useRef<HTMLDivElement>(null);
  // The open tour step, for the exported file's caption. Built from the model's own objects, so it
  // changes with the step and not with every URL change.
  const tourModel = tour?.tour;
  const tourIndex = tour?.index;
  const exportTour = useMemo(
    () => (tourModel && tourIndex !== undefined && step ? { title: tourModel.title, step: tourIndex + 1, steps: tourModel.steps.length, stepTitle: step.title } : undefined),
    [tourModel, tourIndex, step],
  );
  // Memoised on what it draws, so the phone's views around it (the radio toggle, the layer list) skip
  // a click's first frame: the canvas shows the selection a frame later, with the highlight. The
  // export marks that highlight too: the selection, by the time anyone presses Download.
  const canvas = useMemo(
    () => (
      <>
        <div className="mb-2 flex flex-wrap items-center justify-end gap-2">
          {reading ? null : <FullscreenButton target={fullscreenRoot} />}
          {exportAs ? (
            <ExportButtons
              slug={exportAs.slug}
              stackTitle={exportAs.title}
              view={view}
              components={model.components}
              selection={highlight}
              sources={model.sources}
              {...(exportTour ? { tour: exportTour } : {})}
            />
          ) : null}
        </div>
        <ViewCanvas key={view.id} view={view} components={model.components} selection={highlight} actions={actions} cameraRef={camera} />
      </>
    ),
    [reading, exportAs, view, model.components, model.sources, highlight, exportTour, actions],
  );

  return (
    <div>
      <ViewTabs views={model.views} current={view.id} onChange={openView} />
      <p role="status" className={notice ? 'mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100' : 'sr-only'}>
        {notice}
      </p>
      {/* Tour steps are announced: the panel's heading changes, but focus may be elsewhere. */}
      <p className="sr-only" aria-live="polite" data-testid="tour-announcer">
        {tour && step ? `Step ${tour.index + 1} of ${tour.tour.steps.length}: ${step.title}` : ''}
      </p>
      <TourList tours={view.tours} open={tour?.tour.id} reading={reading} onStart={startTour} />
      {reading && tour ? (
        <div className="mt-4" id="view-panel" role="tabpanel" aria-labelledby={`tab-${view.id}`}>
          <TourArticle open={tour} prose={(index) => prose[proseKey.step(view.id, tour.tour.id, index)]} onActive={onReadStep} onExit={leaveReading}>
            {canvas}
            <Legend used={usedModes} inferred={inferredUse} />
          </TourArticle>
        </div>
      ) : (
      // One grid cell for both at xl: the panel floats over the diagram's right edge as a drawer.
      <div ref={fullscreenRoot} className="sa-fullscreen-root mt-4 grid gap-6 xl:grid-cols-1">
        <section id="view-panel" role="tabpanel" aria-labelledby={`tab-${view.id}`} className="min-w-0 xl:col-start-1 xl:row-start-1">
          <PhoneViews view={view} components={model.components} selection={highlight} actions={actions} cameraRef={camera}>
            {canvas}
          </PhoneViews>
          {selected || tour ? null : (
            <p className="mt-2 text-sm text-slate-700 dark:text-slate-300" data-testid="explore-hint">
              Select a component or a flow to read what it is, what it does here and where its data goes. Tab moves
              through components in layer order; Enter opens one; Esc closes.
            </p>
          )}
          <Legend used={usedModes} inferred={inferredUse} />
          <FlowList flows={view.flows} components={model.components} onSelect={selectFlowFromList} />
          <TourOutline tours={view.tours} prose={outlineProse} />
        </section>
        <Panel
          title={title}
          selectionKey={selection.node ?? selection.flow ?? (tour ? `${tour.tour.id}/${tour.index}` : undefined)}
          focusHeading={focusPanel.current}
          complete={panelComplete}
          sources={model.sources}
          onClose={component || flow ? clear : endTour}
        >
          {backToTour}
          {component ? (
            <ComponentDetails
              component={component}
              view={view}
              otherViews={model.views.filter((other) => other.id !== view.id && other.nodes.some((n) => n.id === component.id))}
              components={model.components}
              prose={prose[proseKey.component(component.id)]}
              sources={model.sources}
              trace={selection.trace}
              complete={panelComplete}
              onSelectFlow={(id) => select({ flow: id }, true)}
              onOpenView={openView}
              onTrace={(trace) => setUrl({ view: viewParam, ...tourParams, node: component.id, trace })}
            />
          ) : flow ? (
            <FlowDetails
              flow={flow}
              components={model.components}
              prose={prose[proseKey.flow(view.id, flow.id)]}
              sources={model.sources}
              complete={panelComplete}
              onSelectNode={(id) => select({ node: id }, true)}
            />
          ) : tour ? (
            <TourStep open={tour} prose={prose[proseKey.step(view.id, tour.tour.id, tour.index)]} sources={model.sources} onGo={goToStep} onEnd={endTour} />
          ) : null}
        </Panel>
      </div>
      )}
    </div>
  );
}

'use client';
import { memo, useEffect, useMemo, type ReactNode, type RefObject } from 'react';
import type { ClientComponent, ClientView } from '@/lib/model/types';
import type { Camera } from '../diagram/camera';
import type { DiagramActions } from '../diagram/diagram-actions';
import type { Selection } from '../diagram/flow-types';
import { flowAriaLabel } from '../diagram/to-flow';
import { ModeBadge } from '../panel/mode-badge';
import { layerRows, rowFlowText } from './layer-rows';
import { readableViewport } from './readable-viewport';
import { usePhone, useWhileLive } from './use-phone';

const shown = (element: Element | null): element is HTMLElement => element instanceof HTMLElement && element.getClientRects().length > 0;

/** The component's id from a list row or a diagram node (where focus returns when the panel closes). */
export const componentIdOf = (element: Element | null) => element?.getAttribute('data-node-id') ?? element?.getAttribute('data-row-id') ?? null;

/** The component's row or node, whichever the screen shows (the node when neither is). */
export function shownComponent(id: string): HTMLElement | null {
  const escaped = CSS.escape(id);
  const candidates = [...document.querySelectorAll(`[data-row-id="${escaped}"], [data-node-id="${escaped}"]`)];
  return (candidates.find(shown) ?? document.querySelector<HTMLElement>(`[data-node-id="${escaped}"]`)) as HTMLElement | null;
}

/** Below Tailwind's `xl` the panel is a bottom sheet (panel.tsx, globals.css); from `xl` up, a drawer beside the diagram. */
const SHEET_QUERY = '(max-width: 79.99rem)';

/** Scrolls the page so `element` sits above the sheet (the panel, when it is a bottom sheet). */
function revealAboveSheet(element: HTMLElement) {
  const panel = document.querySelector<HTMLElement>('[data-testid="panel"][data-open="true"]');
  if (!panel || getComputedStyle(panel).position !== 'fixed') return;
  const sheetTop = panel.getBoundingClientRect().top;
  const box = element.getBoundingClientRect();
  const room = sheetTop - 8;
  if (box.top >= 8 && box.bottom <= room) return;
  // Its top a third of the way down the room above the sheet.
  const target = Math.max(8, Math.min((room - box.height) / 3, room - box.height));
  window.scrollBy({ top: box.top - target, behavior: 'instant' });
}

export interface LayerListProps {
  view: ClientView;
  components: Record<string, ClientComponent>;
  selection: Selection;
  actions: DiagramActions;
}

/**
 * The phone's reading of a view: a section per layer, a row per component (name, role, "3 in · 2
 * out") with its flows as links under it. A row selects its component as a click on its node does;
 * rows carry the nodes' `data-state` and names, so traces and tour steps show here too.
 */
export const LayerList = memo(function LayerList({ view, components, selection, actions }: LayerListProps) {
  const sections = useMemo(() => layerRows(view, components, selection), [view, components, selection]);
  const flowsById = useMemo(() => new Map(view.flows.map((flow) => [flow.id, flow])), [view]);
  return (
    <div className="sa-layer-list" data-testid="layer-list" data-view={view.id}>
      {sections.map((section) => (
        <section key={section.id} className="mt-4 first:mt-0">
          <h2 className="sa-list-title mb-2">{section.title}</h2>
          <ul className="space-y-2">
            {section.rows.map((row) => (
              <li key={row.id}>
                <button
                  type="button"
                  className="sa-row"
                  data-row-id={row.id}
                  data-state={row.state}
                  aria-label={row.ariaLabel}
                  aria-pressed={row.state === 'selected'}
                  aria-describedby={row.summary ? `sa-row-${view.id}-${row.id}` : undefined}
                  onClick={() => actions.selectNode(row.id)}
                >
                  <span className="flex items-baseline justify-between gap-3">
                    <span className="font-semibold">
                      {row.label}
                      {row.inferred ? <span className="ml-2 text-xs font-normal italic text-slate-600 dark:text-slate-400">inferred</span> : null}
                    </span>
                    <span className="shrink-0 text-xs text-slate-600 dark:text-slate-400">{row.counts}</span>
                  </span>
                  {row.summary ? (
                    <span id={`sa-row-${view.id}-${row.id}`} className="sa-row-summary">
                      {row.summary}
                    </span>
                  ) : null}
                </button>
                {row.flows.length > 0 ? (
                  <ul className="mt-1 pl-3">
                    {row.flows.map((flow) => (
                      <li key={`${flow.direction}:${flow.id}`}>
                        <button
                          type="button"
                          className="sa-row-flow"
                          data-row-flow={flow.id}
                          data-state={flow.state}
                          aria-label={flowAriaLabel(flowsById.get(flow.id)!, components)}
                          aria-pressed={flow.state === 'selected'}
                          onClick={() => actions.selectFlow(flow.id)}
                        >
                          <span>{rowFlowText(flow)}</span>
                          {flow.mode ? <ModeBadge mode={flow.mode} compact /> : null}
                          {flow.inferred ? <span className="ml-1 text-xs italic text-slate-600 dark:text-slate-400">(inferred)</span> : null}
                        </button>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
});

export interface PhoneViewsProps extends LayerListProps {
  cameraRef: RefObject<Camera | null>;
  /** The canvas. */
  children: ReactNode;
}

/**
 * Below 640 px: the layer list, or (the "Diagram" toggle) the canvas at a readable zoom. Both are in
 * the HTML; which shows is CSS (globals.css, `.sa-phone`) reading the toggle, a pair of radio
 * buttons: local state that works before (and without) JavaScript and never shifts the layout at
 * hydration. Not in the URL: it is how this reader's screen shows the view, not what they share.
 * From 640 px up only the canvas shows and the toggle is hidden; there the list keeps the selection it
 * last showed and is not re-rendered (memo): it is not on screen, and it catches up on a resize.
 */
export const PhoneViews = memo(function PhoneViews({ view, components, selection, actions, cameraRef, children }: PhoneViewsProps) {
  const listSelection = useWhileLive(selection, usePhone());
  const onShowDiagram = () => {
    const canvas = document.querySelector('[data-testid="diagram"]');
    if (!shown(canvas)) return;
    const { width, height } = canvas.getBoundingClientRect();
    cameraRef.current?.moveTo(readableViewport(view, selection, { width, height }), { duration: 0 });
  };

  // The selected component (or a selected flow's link) stays in sight above the sheet. The media
  // query is asked first: finding what shows reads layout (it forced the highlight's style pass early
  // in a frame callback), and on a wide screen there is no sheet to stay above.
  useEffect(() => {
    const id = selection.node ?? selection.flow;
    if (!id || !window.matchMedia(SHEET_QUERY).matches) return;
    const frame = requestAnimationFrame(() => {
      const target = selection.node
        ? shownComponent(selection.node)
        : ([...document.querySelectorAll(`[data-row-flow="${CSS.escape(id)}"]`)].find(shown) ?? null);
      if (shown(target)) revealAboveSheet(target);
    });
    return () => cancelAnimationFrame(frame);
  }, [selection.node, selection.flow]);

  return (
    <div className="sa-phone">
      <fieldset className="sa-phone-toggle">
        <legend className="sr-only">Show this view as</legend>
        <label>
          <input type="radio" name="sa-phone-show" value="list" defaultChecked />
          <span>List</span>
        </label>
        <label>
          <input type="radio" name="sa-phone-show" value="diagram" onChange={onShowDiagram} />
          <span>Diagram</span>
        </label>
      </fieldset>
      {/* The canvas first in the HTML, the list after it: only one of the two shows at a time on a phone
          and the list never shows from 640 px up, so the order changes no reading order, but the
          diagram reaches the browser (and is painted) before the list's 50-odd kB of rows. */}
      <div className="sa-phone-diagram">{children}</div>
      <div className="sa-phone-list">
        <LayerList view={view} components={components} selection={listSelection} actions={actions} />
      </div>
    </div>
  );
});

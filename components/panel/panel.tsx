'use client';
import { memo, useEffect, useRef, useState, type PointerEvent, type ReactNode } from 'react';
import type { Source } from '@/lib/graph/schema';
import { SourceList } from '../ui/source-list';

export interface PanelProps {
  /** The heading: the component's name or the flow's ends. Undefined shows the empty state. */
  title?: string;
  /** Changes whenever the selection changes, so focus can follow a selection made inside the panel. */
  selectionKey?: string;
  focusHeading: boolean;
  /** Whether everything below the heading has rendered (`data-complete`, read by the benchmark's probe). */
  complete?: boolean;
  sources: Source[];
  onClose(): void;
  children?: ReactNode;
}

/** The stack's sources never change with the selection: not re-rendered with each one. */
const StackSources = memo(SourceList);

/** How far (px) the handle must be dragged before the sheet snaps to the next height. */
const SNAP = 48;

/**
 * The annotation panel: a complementary landmark named by its heading, shown only while something is
 * selected (or a tour step is open). On wide screens a drawer floating over the diagram's right edge,
 * so the diagram keeps the full content width; on narrow ones a bottom sheet opening at half the
 * screen's height, dragged (or expanded) to full, dragged down to close.
 */
export function Panel({ title, selectionKey, focusHeading, complete = true, sources, onClose, children }: PanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading && selectionKey) heading.current?.focus();
  }, [focusHeading, selectionKey]);

  const open = title !== undefined;
  // The sheet (below xl): half the screen when it opens; dragged or expanded to full height.
  const [full, setFull] = useState(false);
  const [drag, setDrag] = useState<{ pointer: number; startY: number; startHeight: number; height: number } | null>(null);
  const sheet = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!open) setFull(false);
  }, [open]);

  const onHandleDown = (event: PointerEvent) => {
    if (!sheet.current) return;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    const startHeight = sheet.current.getBoundingClientRect().height;
    setDrag({ pointer: event.pointerId, startY: event.clientY, startHeight, height: startHeight });
  };
  const onHandleMove = (event: PointerEvent) => {
    if (!drag || event.pointerId !== drag.pointer) return;
    const height = Math.max(0, Math.min(window.innerHeight, drag.startHeight - (event.clientY - drag.startY)));
    setDrag({ ...drag, height });
  };
  const onHandleUp = (event: PointerEvent) => {
    if (!drag || event.pointerId !== drag.pointer) return;
    const moved = drag.startY - event.clientY;
    setDrag(null);
    if (moved > SNAP) setFull(true);
    else if (moved < -SNAP) {
      if (full) setFull(false);
      else onClose();
    }
  };

  return (
    <aside
      ref={sheet}
      aria-labelledby="panel-heading"
      data-testid="panel"
      data-open={open}
      data-complete={open ? complete : undefined}
      data-sheet={open ? (full ? 'full' : 'half') : undefined}
      style={drag ? { height: drag.height, transition: 'none' } : undefined}
      className={`sa-panel ${open ? `fixed inset-x-0 bottom-0 z-40 ${full ? 'h-[calc(100dvh-2rem)]' : 'h-[50dvh]'} rounded-t-2xl pt-0 shadow-2xl transition-[height] duration-200` : 'hidden'} overflow-y-auto border border-slate-200 bg-white p-5 dark:border-slate-700 dark:bg-slate-900 xl:sticky xl:inset-auto xl:top-4 xl:z-30 xl:h-auto xl:col-start-1 xl:row-start-1 xl:mr-3 xl:mt-12 xl:max-h-[calc(100vh-2rem)] xl:w-[22rem] xl:self-start xl:justify-self-end xl:rounded-xl xl:pt-5 xl:shadow-xl`}
    >
      {open ? (
        <>
          {/* The sheet's top: a drag handle (pointer) and, for keyboards, Expand and Close. Stays in sight as the sheet scrolls. */}
          <div className="sticky top-0 z-10 -mx-5 bg-white px-5 pb-2 dark:bg-slate-900 xl:static xl:mx-0 xl:p-0">
            <div
              className="flex h-6 cursor-grab touch-none items-center justify-center xl:hidden"
              data-testid="sheet-handle"
              aria-hidden="true"
              onPointerDown={onHandleDown}
              onPointerMove={onHandleMove}
              onPointerUp={onHandleUp}
              onPointerCancel={() => setDrag(null)}
            >
              <span className="block h-1.5 w-12 rounded-full bg-slate-300 dark:bg-slate-600" />
            </div>
            <div className="flex items-start justify-between gap-3">
              <h2 id="panel-heading" ref={heading} tabIndex={-1} className="text-lg font-semibold leading-snug outline-offset-4">
                {title}
              </h2>
              <div className="flex shrink-0 items-center gap-1">
                <button
                  type="button"
                  onClick={() => setFull(!full)}
                  className="sa-icon-button xl:hidden"
                  aria-label={full ? 'Collapse panel' : 'Expand panel'}
                  aria-expanded={full}
                >
                  <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
                    <path d={full ? 'M3 6l5 5 5-5' : 'M3 10l5-5 5 5'} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
                  </svg>
                </button>
                <button type="button" onClick={onClose} className="sa-icon-button" aria-label="Close panel">
                  <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
                    <path d="M3 3l10 10M13 3L3 13" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
                  </svg>
                </button>
              </div>
            </div>
          </div>
          <div className="mt-2">{children}</div>
        </>
      ) : null}
      {sources.length > 0 ? (
        // Out of the layout until the panel is complete: in the click's frame the panel is short, so
        // this list would be on screen, and laying it out is as much work as the rest of the panel.
        <section aria-label="Sources" hidden={open && !complete} className="sa-panel-below mt-6 border-t border-slate-200 pt-4 dark:border-slate-700">
          <h3 className="text-sm font-semibold">Sources</h3>
          <StackSources sources={sources} />
        </section>
      ) : null}
    </aside>
  );
}

'use client';
import { useEffect, useRef, type ReactNode } from 'react';
import type { Source } from '@/lib/graph/schema';
import { SourceList } from '../ui/source-list';

export interface PanelProps {
  /** The heading: the component's name or the flow's ends. Undefined shows the empty state. */
  title?: string;
  /** Changes whenever the selection changes, so focus can follow a selection made inside the panel. */
  selectionKey?: string;
  focusHeading: boolean;
  sources: Source[];
  onClose(): void;
  children?: ReactNode;
}

/**
 * The annotation panel: a complementary landmark named by its heading. Beside the diagram on wide
 * screens; a bottom sheet on narrow ones (hidden there until something is selected).
 */
export function Panel({ title, selectionKey, focusHeading, sources, onClose, children }: PanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading && selectionKey) heading.current?.focus();
  }, [focusHeading, selectionKey]);

  const open = title !== undefined;
  return (
    <aside
      aria-labelledby="panel-heading"
      data-testid="panel"
      data-open={open}
      className={`sa-panel ${open ? 'fixed inset-x-0 bottom-0 z-40 max-h-[60vh] rounded-t-2xl shadow-2xl' : 'hidden'} overflow-y-auto border border-slate-200 bg-white p-5 dark:border-slate-700 dark:bg-slate-900 xl:sticky xl:top-4 xl:z-auto xl:block xl:max-h-[calc(100vh-2rem)] xl:self-start xl:rounded-xl xl:shadow-none`}
    >
      {open ? (
        <>
          <div className="flex items-start justify-between gap-3">
            <h2 id="panel-heading" ref={heading} tabIndex={-1} className="text-lg font-semibold leading-snug outline-offset-4">
              {title}
            </h2>
            <button type="button" onClick={onClose} className="sa-icon-button" aria-label="Close panel">
              <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
                <path d="M3 3l10 10M13 3L3 13" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
              </svg>
            </button>
          </div>
          <div className="mt-2">{children}</div>
        </>
      ) : (
        <>
          <h2 id="panel-heading" className="text-lg font-semibold">
            Explore the stack
          </h2>
          <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
            Select a component or a flow to read what it is, what it does here and where its data goes. Tab moves
            through components in layer order; Enter opens one; Esc closes.
          </p>
        </>
      )}
      {sources.length > 0 ? (
        <section aria-label="Sources" className="mt-6 border-t border-slate-200 pt-4 dark:border-slate-700">
          <h3 className="text-sm font-semibold">Sources</h3>
          <SourceList sources={sources} />
        </section>
      ) : null}
    </aside>
  );
}

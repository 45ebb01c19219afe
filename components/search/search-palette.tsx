'use client';
/**
 * The search palette: a modal <dialog> holding a WAI-ARIA 1.2 combobox (an input that owns a
 * listbox of grouped options). Focus stays in the input; Up/Down move the active option
 * (`aria-activedescendant`), Enter opens it, Esc closes. Loaded lazily by ./search-button.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { usePathname, useRouter } from 'next/navigation';
import type { RankedHit, SearchGroup } from '@/lib/model';
import { setUrlSearch } from '@/components/stack/use-url-state';
import { loadSearchEngine } from './load-index';
import type { SearchEngine } from './search-engine';

export interface SearchPaletteProps {
  /** Called when the palette should go away (Esc, a click outside, a result chosen). */
  onClose(): void;
}

type Load = { state: 'loading' } | { state: 'ready'; engine: SearchEngine } | { state: 'failed'; message: string };

export function SearchPalette({ onClose }: SearchPaletteProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const ids = useId();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const router = useRouter();
  const pathname = usePathname();

  useEffect(() => {
    const element = dialog.current!;
    if (!element.open) element.showModal();
    input.current?.focus();
    return () => element.close();
  }, []);

  useEffect(() => {
    let current = true;
    setLoad({ state: 'loading' });
    loadSearchEngine().then(
      (engine) => current && setLoad({ state: 'ready', engine }),
      (error: unknown) => current && setLoad({ state: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [attempt]);

  const groups: SearchGroup[] = useMemo(() => (load.state === 'ready' ? load.engine.query(query) : []), [load, query]);
  const hits = useMemo(() => groups.flatMap((group) => group.hits), [groups]);
  const optionId = (index: number) => `${ids}-option-${index}`;
  const activeIndex = Math.min(active, hits.length - 1);
  const expanded = hits.length > 0;

  useEffect(() => setActive(0), [query]);
  useEffect(() => {
    if (activeIndex >= 0) document.getElementById(optionId(activeIndex))?.scrollIntoView({ block: 'nearest' });
    // optionId is derived from `ids`, which never changes.
  }, [activeIndex]);

  const open = (hit: RankedHit) => {
    onClose();
    const [path, search = ''] = hit.href.split('?');
    // Next's pathname has no base path and, with `trailingSlash`, ends in `/` like our links.
    if (path === pathname) setUrlSearch(search ? `?${search}` : '');
    else router.push(hit.href);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + hits.length) % hits.length);
    } else if (event.key === 'Home' && expanded && event.ctrlKey) {
      event.preventDefault();
      setActive(0);
    } else if (event.key === 'End' && expanded && event.ctrlKey) {
      event.preventDefault();
      setActive(hits.length - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = hits[activeIndex];
      if (hit) open(hit);
    } else if (event.key === 'Escape') {
      // Handled here, not by the dialog's cancel, so nothing under the dialog (an open
      // component, a tour) takes the same Esc as its own.
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }
  };

  const trimmed = query.trim();
  let offset = 0;
  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${ids}-title`}
      data-testid="search-palette"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => event.target === dialog.current && onClose()}
      className="m-0 mx-auto mt-[8vh] max-h-[80vh] w-[min(40rem,calc(100vw-1.5rem))] overflow-hidden rounded-xl border border-slate-300 bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-900/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="flex max-h-[80vh] flex-col">
        <h2 id={`${ids}-title`} className="sr-only">
          Search the atlas
        </h2>
        <div className="sa-search-field flex items-center gap-2 rounded-t-xl border-b border-slate-200 px-3 dark:border-slate-700">
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2" className="shrink-0 text-slate-500">
            <circle cx="7" cy="7" r="5" />
            <path d="m11 11 4 4" strokeLinecap="round" />
          </svg>
          <input
            ref={input}
            type="text"
            role="combobox"
            aria-label="Search stacks, components, flows, technologies, concepts and tour steps"
            aria-expanded={expanded}
            aria-controls={`${ids}-listbox`}
            aria-autocomplete="list"
            aria-activedescendant={expanded ? optionId(activeIndex) : undefined}
            aria-describedby={`${ids}-status`}
            autoComplete="off"
            spellCheck={false}
            placeholder="Search the atlas…"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={onKeyDown}
            className="min-w-0 flex-1 bg-transparent py-3 text-base outline-none placeholder:text-slate-500 dark:placeholder:text-slate-400"
          />
          <button
            type="button"
            onClick={onClose}
            className="shrink-0 rounded border border-slate-300 px-1.5 py-0.5 text-xs text-slate-600 hover:text-slate-950 dark:border-slate-600 dark:text-slate-300 dark:hover:text-white"
          >
            Esc<span className="sr-only"> (close search)</span>
          </button>
        </div>
        <div id={`${ids}-listbox`} role="listbox" aria-label="Results" hidden={!expanded} className="min-h-0 flex-1 overflow-y-auto py-1">
          {groups.map((group) => {
            const start = offset;
            offset += group.hits.length;
            return (
              <div key={group.kind} role="group" aria-labelledby={`${ids}-group-${group.kind}`}>
                <div role="presentation" id={`${ids}-group-${group.kind}`} className="px-3 pb-1 pt-2 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
                  {group.label}
                </div>
                {group.hits.map((hit, i) => {
                  const index = start + i;
                  const selected = index === activeIndex;
                  return (
                    <div
                      key={`${hit.kind}:${hit.href}`}
                      id={optionId(index)}
                      role="option"
                      aria-selected={selected}
                      data-href={hit.href}
                      onMouseDown={(event) => event.preventDefault()}
                      onMouseMove={() => index !== activeIndex && setActive(index)}
                      onClick={() => open(hit)}
                      className={`mx-1 cursor-pointer rounded-md border-l-4 px-2 py-1.5 ${
                        selected ? 'border-sky-700 bg-sky-50 dark:border-sky-400 dark:bg-slate-800' : 'border-transparent'
                      }`}
                    >
                      <span className="block truncate text-sm font-medium">{hit.name}</span>
                      <span className="block truncate text-xs text-slate-600 dark:text-slate-400">{hit.context}</span>
                    </div>
                  );
                })}
              </div>
            );
          })}
        </div>
        <StatusLine id={`${ids}-status`} load={load} query={trimmed} count={hits.length} onRetry={() => setAttempt((n) => n + 1)} />
      </div>
    </dialog>
  );
}

/** Loading, failure, no results, or how many: said by a live region and shown below the list. */
function StatusLine({ id, load, query, count, onRetry }: { id: string; load: Load; query: string; count: number; onRetry(): void }) {
  const text =
    load.state === 'loading'
      ? 'Loading the search index…'
      : load.state === 'failed'
        ? 'The search index could not be loaded.'
        : !query
          ? 'Type to search. Up and Down choose, Enter opens, Esc closes.'
          : count === 0
            ? `No results for “${query}”`
            : `${count} result${count === 1 ? '' : 's'}`;
  return (
    <div className="flex items-center gap-3 border-t border-slate-200 px-3 py-2 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-300">
      {load.state === 'failed' ? (
        <>
          <p id={id} role="alert" data-testid="search-status" data-state="failed">
            {text}
          </p>
          <button type="button" onClick={onRetry} className="sa-link-button">
            Try again
          </button>
        </>
      ) : (
        <p id={id} role="status" data-testid="search-status" data-state={load.state}>
          {text}
        </p>
      )}
    </div>
  );
}

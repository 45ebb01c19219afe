'use client';
import { useRef, type KeyboardEvent } from 'react';

/** The view switcher: an ARIA tablist; arrow keys move between views, as users of tabs expect. */
export function ViewTabs({
  views,
  current,
  onChange,
}: {
  views: { id: string; title: string }[];
  current: string;
  onChange(id: string): void;
}) {
  const list = useRef<HTMLDivElement>(null);
  if (views.length < 2) return null;
  const onKeyDown = (event: KeyboardEvent) => {
    const index = views.findIndex((view) => view.id === current);
    const delta = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!delta) return;
    event.preventDefault();
    const next = views[(index + delta + views.length) % views.length]!;
    onChange(next.id);
    list.current?.querySelector<HTMLButtonElement>(`[data-view-id="${next.id}"]`)?.focus();
  };
  return (
    <div ref={list} role="tablist" aria-label="Views" className="flex flex-wrap gap-1 border-b border-slate-200 dark:border-slate-700" onKeyDown={onKeyDown}>
      {views.map((view) => {
        const selected = view.id === current;
        return (
          <button
            key={view.id}
            type="button"
            role="tab"
            id={`tab-${view.id}`}
            data-view-id={view.id}
            aria-selected={selected}
            aria-controls="view-panel"
            tabIndex={selected ? 0 : -1}
            onClick={() => onChange(view.id)}
            className={`-mb-px border-b-2 px-4 py-2 text-sm font-medium ${
              selected
                ? 'border-sky-600 text-slate-900 dark:border-sky-400 dark:text-white'
                : 'border-transparent text-slate-600 hover:text-slate-900 dark:text-slate-400 dark:hover:text-white'
            }`}
          >
            {view.title}
          </button>
        );
      })}
    </div>
  );
}

'use client';
/**
 * The header's search button and the palette's shortcut (`/`, Ctrl/Cmd+K). The palette itself, its
 * library and its index load only on the first open: a page pays here for a button and a key
 * listener. Until the page's JS runs (and without JS) the button keeps its place but is invisible
 * and out of the tab order: it could do nothing yet, and showing it later must not move the page.
 */
import { useCallback, useEffect, useRef, useState, type ComponentType } from 'react';
import { isSearchShortcut } from './shortcut';
import type { SearchPaletteProps } from './search-palette';

export function SearchButton() {
  const [mounted, setMounted] = useState(false);
  const [open, setOpen] = useState(false);
  const [Palette, setPalette] = useState<ComponentType<SearchPaletteProps> | null>(null);
  const opener = useRef<HTMLElement | null>(null);

  const show = useCallback(() => {
    if (open) return;
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpen(true);
    // Loaded once; React keeps the component in state (a function in setState would be called).
    void import('./search-palette').then((module) => setPalette(() => module.SearchPalette));
  }, [open]);

  const close = useCallback(() => setOpen(false), []);

  // Focus goes back once the dialog is gone: while it is open (modal) the rest of the page is inert.
  useEffect(() => {
    if (open) return;
    const target = opener.current;
    opener.current = null;
    if (target?.isConnected) target.focus();
  }, [open]);

  useEffect(() => setMounted(true), []);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (open || !isSearchShortcut(event)) return;
      event.preventDefault();
      show();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open, show]);

  return (
    <>
      <button
        type="button"
        onClick={show}
        aria-haspopup="dialog"
        aria-keyshortcuts="/ Control+K Meta+K"
        data-testid="search-button"
        className={`${mounted ? '' : 'invisible '}ml-auto flex items-center gap-2 rounded-md border border-slate-300 px-2.5 py-1 text-sm text-slate-700 hover:border-sky-600 hover:text-slate-950 dark:border-slate-600 dark:text-slate-300 dark:hover:text-white`}
      >
        <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2">
          <circle cx="7" cy="7" r="5" />
          <path d="m11 11 4 4" strokeLinecap="round" />
        </svg>
        Search
        <kbd aria-hidden="true" className="hidden rounded border border-slate-300 px-1 font-sans text-xs text-slate-600 sm:inline dark:border-slate-600 dark:text-slate-400">/</kbd>
      </button>
      {open && !Palette ? (
        <p role="status" className="sr-only">
          Opening search…
        </p>
      ) : null}
      {open && Palette ? <Palette onClose={close} /> : null}
    </>
  );
}

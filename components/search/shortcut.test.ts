import { describe, expect, it } from 'vitest';
import { isSearchShortcut, type ShortcutEvent } from './shortcut';

/** A stand-in for a DOM element: what `closest` would find for the given selector parts. */
const element = (tag: string, editable = false) =>
  ({ isContentEditable: editable, closest: (selector: string) => (selector.split(', ').some((part) => part.split(/[[:]/)[0] === tag) ? {} : null) }) as unknown as EventTarget;

const key = (k: string, extra: Partial<ShortcutEvent> = {}): ShortcutEvent => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  defaultPrevented: false,
  target: element('button'),
  ...extra,
});

describe('search shortcut', () => {
  it('opens on / and on Ctrl+K or Cmd+K', () => {
    expect(isSearchShortcut(key('/'))).toBe(true);
    expect(isSearchShortcut(key('k', { ctrlKey: true }))).toBe(true);
    expect(isSearchShortcut(key('K', { metaKey: true }))).toBe(true);
  });

  it('not on other keys or other modifiers', () => {
    expect(isSearchShortcut(key('k'))).toBe(false);
    expect(isSearchShortcut(key('/', { ctrlKey: true }))).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true, altKey: true }))).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isSearchShortcut(key('/', { defaultPrevented: true }))).toBe(false);
  });

  it('not while typing', () => {
    for (const tag of ['input', 'textarea', 'select']) expect(isSearchShortcut(key('/', { target: element(tag) })), tag).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true, target: element('div', true) }))).toBe(false);
    expect(isSearchShortcut(key('/', { target: null }))).toBe(true);
  });
});

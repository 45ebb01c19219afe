/**
 * The palette's keyboard shortcut: `/` or Ctrl/Cmd+K, anywhere but while typing (an input, a
 * textarea, a select or editable text keep their keys).
 */
export interface ShortcutEvent {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey?: boolean;
  defaultPrevented: boolean;
  target: EventTarget | null;
}

/** Whether the keydown's target is somewhere the reader types. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const element = target as HTMLElement;
  return element.isContentEditable || element.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') !== null;
}

export function isSearchShortcut(event: ShortcutEvent): boolean {
  if (event.defaultPrevented || event.altKey || isTypingTarget(event.target)) return false;
  if (event.key === '/') return !event.ctrlKey && !event.metaKey;
  return event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.shiftKey;
}

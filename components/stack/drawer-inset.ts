/**
 * How much of the canvas's right side the panel covers on wide screens, where it floats over the
 * diagram as a drawer (0 on narrow screens, where it is a bottom sheet, or when it is closed). The
 * camera keeps what the reader is looking at out from under it.
 */
export const DRAWER_QUERY = '(min-width: 1280px)';
/** Space kept between a component and the drawer's edge, in screen pixels. */
export const DRAWER_MARGIN = 24;

/** The open view's canvas element. */
export const diagramElement = () => document.querySelector('[data-testid="diagram"]');

export function drawerInset(): number {
  if (typeof window === 'undefined' || !window.matchMedia?.(DRAWER_QUERY).matches) return 0;
  const canvas = diagramElement()?.getBoundingClientRect();
  const panel = document.querySelector('[data-testid="panel"][data-open="true"]')?.getBoundingClientRect();
  if (!canvas || !panel || panel.width === 0) return 0;
  // Only a drawer that overlaps the canvas vertically covers anything.
  if (panel.bottom <= canvas.top || panel.top >= canvas.bottom) return 0;
  return Math.max(0, Math.ceil(canvas.right - panel.left));
}

/**
 * How far (px, positive = left) to pan so that this element's box clears the drawer, or 0 when it is
 * clear already. Never so far that the element's left edge leaves the canvas.
 */
export function panToClear(box: { left: number; right: number }, canvas: { left: number; right: number }, inset: number): number {
  if (inset <= 0) return 0;
  const freeRight = canvas.right - inset - DRAWER_MARGIN;
  if (box.right <= freeRight) return 0;
  return Math.max(0, Math.min(box.right - freeRight, box.left - canvas.left - DRAWER_MARGIN));
}

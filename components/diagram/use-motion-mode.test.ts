import { describe, expect, it } from 'vitest';
import { motionToggle } from './use-motion-mode';
import { isLargeView, LARGE_VIEW_COMPONENTS } from './large-view';
import type { DiagramNode } from './flow-types';

/** A stand-in element that records its attribute writes. */
function fakeElement() {
  const writes: string[] = [];
  const attributes = new Map<string, string>();
  return {
    writes,
    attributes,
    setAttribute: (name: string, value: string) => void (writes.push(`set ${name}=${value}`), attributes.set(name, value)),
    removeAttribute: (name: string) => void (writes.push(`remove ${name}`), attributes.delete(name)),
  };
}

describe('motionToggle', () => {
  it('marks the canvas once on the first moving frame and unmarks it once when the gesture ends', () => {
    const element = fakeElement();
    const motion = motionToggle(() => element);
    for (let frame = 0; frame < 60; frame++) motion.onMove();
    expect(element.attributes.get('data-moving')).toBe('true');
    motion.onMoveEnd();
    expect(element.attributes.has('data-moving')).toBe(false);
    expect(element.writes).toEqual(['set data-moving=true', 'remove data-moving']);
  });

  it('leaves the canvas alone for a gesture that never moved (a click on the pane), and marks the next one', () => {
    const element = fakeElement();
    const motion = motionToggle(() => element);
    motion.onMoveEnd();
    expect(element.writes).toEqual([]);
    motion.onMove();
    motion.onMoveEnd();
    motion.onMove();
    expect(element.writes).toEqual(['set data-moving=true', 'remove data-moving', 'set data-moving=true']);
  });
});

describe('isLargeView', () => {
  const view = (components: number): DiagramNode[] => [
    { id: 'band:a', type: 'band', position: { x: 0, y: 0 }, data: { title: 'A' } },
    ...Array.from({ length: components }, (_, i): DiagramNode => ({
      id: `c${i}`,
      type: 'component',
      position: { x: 0, y: i * 60 },
      data: { id: `c${i}`, label: `C ${i}`, layerTitle: 'A', ariaLabel: `C ${i}`, state: 'idle' },
    })),
  ];

  it('counts components only (bands are not), and only views above the threshold are large', () => {
    expect(isLargeView(view(LARGE_VIEW_COMPONENTS))).toBe(false);
    expect(isLargeView(view(LARGE_VIEW_COMPONENTS + 1))).toBe(true);
    expect(isLargeView(view(23))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { DRAWER_MARGIN, panToClear } from './drawer-inset';

const canvas = { left: 0, right: 1000 };

describe('panToClear', () => {
  it('stays put without a drawer or when the box is clear of it', () => {
    expect(panToClear({ left: 900, right: 980 }, canvas, 0)).toBe(0);
    expect(panToClear({ left: 100, right: 200 }, canvas, 350)).toBe(0);
  });

  it('pans a covered box left until it clears the drawer with a margin', () => {
    const dx = panToClear({ left: 800, right: 900 }, canvas, 350);
    expect(900 - dx).toBe(1000 - 350 - DRAWER_MARGIN);
  });

  it('never pans the box off the canvas on the left', () => {
    expect(panToClear({ left: 40, right: 900 }, canvas, 350)).toBe(40 - DRAWER_MARGIN);
  });
});

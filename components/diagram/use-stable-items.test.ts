import { describe, expect, it } from 'vitest';
import { reuseUnchanged, sameItems } from './use-stable-items';

describe('reuseUnchanged', () => {
  it('keeps the previous object when the highlight state is the same, and takes the new one otherwise', () => {
    const before = [
      { id: 'a', data: { state: 'idle' } },
      { id: 'b', data: { state: 'idle' } },
      { id: 'band', data: { title: 'Sources' } },
    ];
    const previous = new Map(before.map((item) => [item.id, item]));
    const next = [
      { id: 'a', data: { state: 'selected' } },
      { id: 'b', data: { state: 'idle' } },
      { id: 'band', data: { title: 'Sources' } },
      { id: 'c', data: { state: 'dimmed' } },
    ];
    const result = reuseUnchanged(previous, next);
    expect(result[0]).toBe(next[0]);
    expect(result[1]).toBe(before[1]);
    expect(result[2]).toBe(before[2]);
    expect(result[3]).toBe(next[3]);
  });
});

describe('sameItems', () => {
  it('is true only for the same objects in the same order', () => {
    const a = { id: 'a' };
    const b = { id: 'b' };
    expect(sameItems([a, b], [a, b])).toBe(true);
    expect(sameItems([a, b], [b, a])).toBe(false);
    expect(sameItems([a], [a, b])).toBe(false);
    expect(sameItems([a, b], [a, { id: 'b' }])).toBe(false);
  });
});

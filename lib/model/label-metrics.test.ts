import { describe, expect, it } from 'vitest';
import { LABEL_LINE_CHARS, LABEL_LINE_HEIGHT, labelBox, labelLines, labelSize, labelTextWidth, lineOffsets } from './label-metrics';

describe('labelLines', () => {
  it('keeps a short label on one line', () => {
    expect(labelLines('trip events')).toEqual(['trip events']);
  });

  it('wraps at word boundaries, no line longer than the limit unless one word is', () => {
    const lines = labelLines('event and changelog data for the lake');
    expect(lines.join(' ')).toBe('event and changelog data for the lake');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(LABEL_LINE_CHARS);
    expect(labelLines('supercalifragilisticexpialidocious data')).toEqual(['supercalifragilisticexpialidocious', 'data']);
  });

  it('collapses runs of spaces and gives an empty label one empty line', () => {
    expect(labelLines('  a   b ')).toEqual(['a b']);
    expect(labelLines('')).toEqual(['']);
  });
});

describe('labelSize and labelBox', () => {
  it('is as wide as the longest line and as tall as its lines', () => {
    const one = labelSize('trip events');
    const two = labelSize('event and changelog data');
    expect(two.lines).toHaveLength(2);
    expect(two.height - one.height).toBe(LABEL_LINE_HEIGHT);
    expect(two.width - labelTextWidth(two.lines.reduce((a, b) => (b.length > a.length ? b : a)))).toBe(one.width - labelTextWidth('trip events'));
  });

  it('centres the box on the point', () => {
    const box = labelBox('trip events', 100, 50);
    expect(box.x + box.width / 2).toBeCloseTo(100);
    expect(box.y + box.height / 2).toBeCloseTo(50);
  });

  it('centres the lines vertically around the label', () => {
    expect(lineOffsets(1)).toEqual([0]);
    expect(lineOffsets(2)).toEqual([-LABEL_LINE_HEIGHT / 2, LABEL_LINE_HEIGHT / 2]);
  });
});

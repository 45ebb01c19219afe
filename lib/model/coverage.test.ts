import { describe, expect, it } from 'vitest';
import { coverage, coverageSentence } from './coverage';

const cite = { source: 's', quote: 'q' };
const el = (citations = 0, inferred = false) => ({ citations: Array.from({ length: citations }, () => cite), ...(inferred ? { inferred: true } : {}) });

describe('coverage', () => {
  it('counts each component once, and each flow once per view it is declared in', () => {
    const result = coverage({
      components: { a: el(2), b: el(0, true), c: el() },
      views: [
        { flows: [el(1), el(0, true), el()] },
        // The same flow id drawn again in a second view is a second declaration.
        { flows: [el(1), el(1, true)] },
      ],
    });
    expect(result).toEqual({
      components: { total: 3, citing: 1, inferred: 1 },
      flows: { total: 5, citing: 3, inferred: 2 },
    });
  });

  it('is zero for an empty stack', () => {
    expect(coverage({ components: {}, views: [] })).toEqual({
      components: { total: 0, citing: 0, inferred: 0 },
      flows: { total: 0, citing: 0, inferred: 0 },
    });
  });
});

describe('coverageSentence', () => {
  const count = (total: number, citing: number, inferred: number) => ({ total, citing, inferred });

  it('says what cites and what is inferred', () => {
    expect(coverageSentence({ components: count(24, 21, 0), flows: count(39, 30, 6) })).toBe(
      '21 of 24 components and 30 of 39 flows cite a source; 6 flows are inferred',
    );
  });

  it('names inferred components too, with singulars', () => {
    expect(coverageSentence({ components: count(1, 0, 1), flows: count(1, 1, 0) })).toBe('0 of 1 component and 1 of 1 flow cite a source; 1 component is inferred');
    expect(coverageSentence({ components: count(5, 3, 1), flows: count(9, 2, 3) })).toBe(
      '3 of 5 components and 2 of 9 flows cite a source; 1 component and 3 flows are inferred',
    );
  });

  it('leaves the inferred part out when nothing is inferred', () => {
    expect(coverageSentence({ components: count(2, 2, 0), flows: count(3, 1, 0) })).toBe('2 of 2 components and 1 of 3 flows cite a source');
  });
});

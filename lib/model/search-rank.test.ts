import { describe, expect, it } from 'vitest';
import { editDistance, groupHits, matchTier, rankHits, type SearchHit } from './search-rank';
import { fuzzyDistance, normalizeTerm } from './search';

const hit = (kind: SearchHit['kind'], name: string, score: number): SearchHit => ({ kind, name, context: '', keywords: '', href: `/${kind}/${name}/`, score });

describe('match tiers', () => {
  it('exact name, then a prefix of the name or of one of its words, then the rest', () => {
    expect(matchTier('Kafka', 'kafka')).toBe(0);
    expect(matchTier('Kafka', ' KAFKA ')).toBe(0);
    expect(matchTier('Kafka Connect', 'kafka')).toBe(1);
    expect(matchTier('Apache Kafka', 'kaf')).toBe(1);
    expect(matchTier('Rider App -> Kafka: trip events', 'trip ev')).toBe(1);
    expect(matchTier('Kafka', 'kafak')).toBe(2);
    expect(matchTier('Aggregate Kafka Clusters', 'kafak')).toBe(3);
    expect(matchTier('Flink', 'kafka')).toBe(3);
    expect(matchTier('Kafka', '')).toBe(3);
  });

  it('measures typos by edit distance, giving up past the limit', () => {
    expect(editDistance('kafka', 'kafak', 2)).toBe(2);
    expect(editDistance('kafka', 'kafka', 2)).toBe(0);
    expect(editDistance('kafka', 'flink', 2)).toBe(3);
    expect(editDistance('kafka', 'kafka connect', 2)).toBe(3);
  });

  it('ignores case and accents', () => {
    expect(normalizeTerm('Über')).toBe('uber');
    expect(matchTier('Über', 'uber')).toBe(0);
  });

  it('allows no typo in one or two letters, one up to four, two from five', () => {
    expect([fuzzyDistance('ka'), fuzzyDistance('kaf'), fuzzyDistance('kafk'), fuzzyDistance('kafak')]).toEqual([false, 1, 1, 2]);
  });
});

describe('ranking', () => {
  it('puts exact before prefix before fuzzy, whatever the index scored', () => {
    const ranked = rankHits(
      [hit('component', 'Kafak Lake', 40), hit('component', 'Kafak', 30), hit('component', 'Kafka Connect', 20), hit('component', 'Kafka', 5)],
      'kafka',
    );
    expect(ranked.map((h) => [h.name, h.tier])).toEqual([
      ['Kafka', 0],
      ['Kafka Connect', 1],
      ['Kafak', 2],
      ['Kafak Lake', 3],
    ]);
  });

  it('orders within a tier by score', () => {
    expect(rankHits([hit('flow', 'Kafka -> A', 1), hit('flow', 'Kafka -> B', 9)], 'kafka').map((h) => h.name)).toEqual(['Kafka -> B', 'Kafka -> A']);
  });
});

describe('grouping', () => {
  it('groups by kind, best group first, at most perGroup each', () => {
    const ranked = rankHits(
      [hit('step', 'A click reaches the bus', 50), hit('component', 'Kafka', 10), hit('component', 'Kafka', 9), hit('tech', 'Apache Kafka', 8), hit('component', 'Kafka', 1)],
      'kafka',
    );
    const groups = groupHits(ranked, 2);
    expect(groups.map((g) => [g.kind, g.label, g.hits.length])).toEqual([
      ['component', 'Components', 2],
      ['tech', 'Technologies', 1],
      ['step', 'Tour steps', 1],
    ]);
  });

  it('breaks ties between equally good groups by kind order', () => {
    const groups = groupHits(rankHits([hit('concept', 'Batch', 3), hit('stack', 'Batch', 3)], 'batch'));
    expect(groups.map((g) => g.kind)).toEqual(['stack', 'concept']);
  });
});

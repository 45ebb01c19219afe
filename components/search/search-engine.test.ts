import { describe, expect, it } from 'vitest';
import { createSearchEngine } from './search-engine';
import { loadAllConcepts, loadAllStacks } from '@/lib/content/load';
import { loadTechnologies } from '@/lib/content/technologies';
import { searchDocuments } from '@/lib/search/documents';

describe('search engine over the atlas', async () => {
  const [stacks, technologies, concepts] = await Promise.all([loadAllStacks(), loadTechnologies(), loadAllConcepts()]);
  const engine = createSearchEngine(searchDocuments({ stacks, technologies, concepts }));
  const names = (query: string, kind: string) => engine.query(query, 50).find((group) => group.kind === kind)?.hits.map((hit) => hit.name) ?? [];

  it('finds nothing for a blank query', () => {
    expect(engine.query('   ')).toEqual([]);
  });

  it('finds Kafka despite a swapped pair ("kafak"), as a component with its company and as a technology', () => {
    const groups = engine.query('kafak');
    const components = groups.find((group) => group.kind === 'component')!.hits;
    expect(components[0]!.name).toBe('Kafka');
    expect(components[0]!.context).toMatch(/^(Uber|LinkedIn|Netflix)\b/);
    expect(names('kafak', 'tech')).toContain('Apache Kafka');
  });

  it('ranks an exact name before names that start with it, before fuzzy matches', () => {
    const hits = engine.query('kafka', 50).find((group) => group.kind === 'component')!.hits;
    const tiers = hits.map((hit) => hit.tier);
    expect(tiers).toEqual([...tiers].sort());
    expect(hits[0]).toMatchObject({ name: 'Kafka', tier: 0 });
    // Every company's Kafka comes before anything that is only like it.
    const exact = hits.filter((hit) => hit.tier === 0).map((hit) => hit.context.split(' · ')[0]);
    const withKafka = stacks.filter((s) => Object.values(s.components).some((c) => c.label === 'Kafka')).map((s) => s.meta.company);
    expect(withKafka.length).toBeGreaterThan(1);
    expect(new Set(exact)).toEqual(new Set(withKafka));
  });

  it('matches prefixes as they are typed', () => {
    expect(names('kaf', 'component')).toContain('Kafka');
    expect(names('presto', 'component').length).toBeGreaterThan(0);
  });

  it('narrows by every word: a company and a component', () => {
    const hits = engine.query('uber kafka').find((group) => group.kind === 'component')!.hits;
    expect(hits[0]).toMatchObject({ name: 'Kafka', href: '/stacks/uber/?node=kafka' });
    expect(hits.every((hit) => hit.context.startsWith('Uber'))).toBe(true);
  });

  it('finds flows by their ends and label, stacks, views, concepts and tour steps', () => {
    expect(names('rider app kafka', 'flow')[0]).toMatch(/^Rider App -> Kafka: /);
    expect(names('linkedin', 'stack')).toEqual(['LinkedIn']);
    expect(names('kafka at the', 'view')).toContain('Kafka at the Centre');
    expect(names('asynchronous', 'concept')[0]).toBe('Asynchronous');
    expect(names('samza processes', 'step')).toContain('Samza processes it');
  });

  it('says nothing for gibberish', () => {
    expect(engine.query('qqqqzzzz')).toEqual([]);
  });
});

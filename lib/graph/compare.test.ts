import { describe, expect, it } from 'vitest';
import { compareStacks, comparePairs, pairsUsing } from './compare';
import type { LaidOutStack, StackComponent } from './schema';
import type { LayerRole } from '../model/roles';

/** A tiny laid-out stack: views of layers `[id, role?, componentIds]`; geometry is irrelevant here. */
function stack(slug: string, techs: Record<string, string | undefined>, views: [string, [string, LayerRole | undefined, string[]][]][]): LaidOutStack {
  const components: Record<string, StackComponent> = {};
  for (const [id, tech] of Object.entries(techs)) components[id] = { id, label: id.toUpperCase(), ...(tech ? { tech } : {}), prose: null, text: '', citations: [] };
  return {
    meta: { slug, file: `content/stacks/${slug}.mdx`, company: slug[0]!.toUpperCase() + slug.slice(1), title: `${slug} stack`, summary: '', sources: [] },
    components,
    code: '',
    views: views.map(([id, layers]) => ({
      id,
      title: id,
      layers: layers.map(([layerId, role, componentIds]) => ({ id: layerId, title: layerId, ...(role ? { role } : {}), componentIds })),
      flows: [],
      tours: [],
      nodes: [],
      bands: [],
      width: 0,
      height: 0,
    })),
  } as LaidOutStack;
}

const names = new Map([
  ['kafka', 'Apache Kafka'],
  ['flink', 'Apache Flink'],
  ['spark', 'Apache Spark'],
  ['pinot', 'Apache Pinot'],
]);

const uber = stack('uber', { app: undefined, kafka: 'kafka', flink: 'flink', pinot: 'pinot', notes: undefined }, [
  ['main', [['src', 'sources', ['app']], ['bus', 'ingestion', ['kafka']], ['proc', 'stream-processing', ['flink']], ['misc', undefined, ['notes']]]],
  // Kafka appears again in a later view under another role: it stays in the row of its first layer.
  ['hub', [['producers', 'sources', ['app']], ['centre', 'consumers', ['kafka', 'pinot']]]],
]);
const netflix = stack('netflix', { svc: undefined, 'fronting-kafka': 'kafka', spark: 'spark' }, [
  ['keystone', [['batch', 'batch-processing', ['spark']], ['collect', 'ingestion', ['fronting-kafka']], ['producers', 'sources', ['svc']]]],
]);

describe('compareStacks', () => {
  const comparison = compareStacks(uber, netflix, names);

  it('orders rows by the role vocabulary, not by file order, and puts layers without a role last', () => {
    expect(comparison.rows.map((row) => row.role)).toEqual(['sources', 'ingestion', 'stream-processing', 'batch-processing', 'consumers', 'other']);
  });

  it('aligns the two Kafkas in the ingestion row and marks them shared', () => {
    const ingestion = comparison.rows.find((row) => row.role === 'ingestion')!;
    expect(ingestion.a.map((c) => [c.id, c.shared])).toEqual([['kafka', true]]);
    expect(ingestion.b.map((c) => [c.id, c.shared])).toEqual([['fronting-kafka', true]]);
    expect(ingestion.b[0]!.tech).toEqual({ id: 'kafka', name: 'Apache Kafka', href: '/tech/kafka/' });
  });

  it('lists each component once, at its first layer, linking to the view that shows it', () => {
    const all = comparison.rows.flatMap((row) => row.a.map((c) => c.id));
    expect(all.filter((id) => id === 'kafka')).toHaveLength(1);
    const consumers = comparison.rows.find((row) => row.role === 'consumers')!;
    expect(consumers.a.map((c) => c.id)).toEqual(['pinot']);
    expect(consumers.a[0]!.href).toBe('/stacks/uber/?view=hub&node=pinot');
    expect(comparison.rows[0]!.a[0]!.href).toBe('/stacks/uber/?node=app');
    expect(consumers.a[0]!.shared).toBe(false);
  });

  it('keeps an empty side of a row and the Other row', () => {
    const stream = comparison.rows.find((row) => row.role === 'stream-processing')!;
    expect(stream.b).toEqual([]);
    expect(comparison.rows.at(-1)).toMatchObject({ role: 'other', title: 'Other', a: [{ id: 'notes' }], b: [] });
  });

  it('splits technologies into shared and only-one, sorted by name', () => {
    expect(comparison.shared.map((t) => t.id)).toEqual(['kafka']);
    expect(comparison.onlyA.map((t) => t.name)).toEqual(['Apache Flink', 'Apache Pinot']);
    expect(comparison.onlyB.map((t) => t.name)).toEqual(['Apache Spark']);
  });

  it('is the mirror image the other way round', () => {
    const back = compareStacks(netflix, uber, names);
    expect(back.a.slug).toBe('netflix');
    expect(back.onlyA).toEqual(comparison.onlyB);
    expect(back.rows.map((row) => row.role)).toEqual(comparison.rows.map((row) => row.role));
  });
});

describe('pairs', () => {
  it('builds every ordered pair of different stacks', () => {
    expect(comparePairs(['a', 'b', 'c'])).toEqual([
      { a: 'a', b: 'b' },
      { a: 'a', b: 'c' },
      { a: 'b', b: 'a' },
      { a: 'b', b: 'c' },
      { a: 'c', b: 'a' },
      { a: 'c', b: 'b' },
    ]);
  });

  it('lists each pair of stacks sharing a technology once', () => {
    expect(pairsUsing([uber, netflix], 'kafka').map(({ a, b }) => [a.meta.slug, b.meta.slug])).toEqual([['uber', 'netflix']]);
    expect(pairsUsing([uber, netflix], 'spark')).toEqual([]);
  });
});

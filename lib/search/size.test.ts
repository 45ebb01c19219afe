import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gzipBytes, SEARCH_INDEX_BUDGET_BYTES } from './size';
import { scaleDocuments, shiftLetters } from './estimate';
import { buildSearchIndex, searchIndexJson } from './index';
import { searchDocuments } from './documents';
import { loadAllConcepts, loadAllStacks } from '../content/load';
import { loadTechnologies } from '../content/technologies';
import type { SearchIndexFile } from '../model/search';

describe('index size', async () => {
  const [stacks, technologies, concepts] = await Promise.all([loadAllStacks(), loadTechnologies(), loadAllConcepts()]);
  const documents = searchDocuments({ stacks, technologies, concepts });

  it('counts gzip -9 bytes of the text', () => {
    const text = JSON.stringify(documents);
    const bytes = gzipBytes(text);
    expect(bytes).toBe(gzipSync(Buffer.from(text), { level: 9 }).length);
    expect(bytes).toBeLessThan(Buffer.byteLength(text));
    expect(gunzipSync(gzipSync(text, { level: 9 })).toString()).toBe(text);
  });

  it('the file is the records, as the palette reads them', () => {
    const file = JSON.parse(buildSearchIndex({ stacks, technologies, concepts })) as SearchIndexFile;
    expect(file.documents).toEqual(documents);
  });

  it('shifting letters makes new words of the same shape', () => {
    expect(shiftLetters('Kafka -> Flink: 3 events', 1)).toBe('Lbglb -> Gmjol: 3 fwfout');
    expect(shiftLetters('zebra', 26)).toBe('zebra');
  });

  it('scales the real stacks to ten, each copy with its own slug and words', () => {
    const ten = scaleDocuments(documents, 10);
    const slugs = new Set(ten.filter((doc) => doc.kind === 'stack').map((doc) => doc.href));
    expect(slugs.size).toBe(10);
    // Copies 3..9 repeat the real stacks in turn, record for record.
    const slugOf = (href: string) => href.split('/')[2]!;
    const realSlugs = [...new Set(documents.filter((doc) => doc.kind === 'stack').map((doc) => slugOf(doc.href)))];
    const recordsOf = (slug: string) => documents.filter((doc) => doc.kind !== 'tech' && doc.kind !== 'concept' && slugOf(doc.href) === slug).length;
    const copied = Array.from({ length: 10 - realSlugs.length }, (_, i) => recordsOf(realSlugs[(i + realSlugs.length) % realSlugs.length]!));
    expect(ten.length).toBe(documents.length + copied.reduce((a, b) => a + b, 0));
    expect(ten.filter((doc) => doc.kind === 'tech')).toHaveLength(documents.filter((doc) => doc.kind === 'tech').length);
    expect(() => scaleDocuments(documents, stacks.length - 1)).toThrow();
  });

  it(`stays within ${SEARCH_INDEX_BUDGET_BYTES / 1000} kB gzip for ten stacks`, () => {
    const count = Math.max(10, stacks.length);
    const bytes = gzipBytes(searchIndexJson(scaleDocuments(documents, count)));
    const real = gzipBytes(searchIndexJson(documents));
    // Not a trivial pass: while the atlas has fewer than ten stacks, the estimate grows with the
    // stacks it adds (at least half their share of the real index).
    const added = (count - stacks.length) / stacks.length;
    expect(bytes).toBeGreaterThanOrEqual(real * (1 + added / 2));
    expect(bytes).toBeLessThanOrEqual(SEARCH_INDEX_BUDGET_BYTES);
  });
});

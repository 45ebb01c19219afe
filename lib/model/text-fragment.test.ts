import { describe, expect, it } from 'vitest';
import { encodeTextTerm, textDirectiveValue, textFragmentUrl } from './text-fragment';

describe('text fragment links', () => {
  it('links a short quote whole, spaces as %20', () => {
    expect(textFragmentUrl('https://eng.example.com/post', 'Presto reads from Kafka')).toBe(
      'https://eng.example.com/post#:~:text=Presto%20reads%20from%20Kafka',
    );
  });

  it('percent-encodes the characters the directive syntax reserves: - & , and #', () => {
    expect(encodeTextTerm('near-real-time')).toBe('near%2Dreal%2Dtime');
    expect(encodeTextTerm('fast, cheap & safe')).toBe('fast%2C%20cheap%20%26%20safe');
    expect(encodeTextTerm('C# code')).toBe('C%23%20code');
  });

  it('encodes non-ASCII as UTF-8 and collapses whitespace', () => {
    expect(textDirectiveValue('  “quoted”\n  café ')).toBe('%E2%80%9Cquoted%E2%80%9D%20caf%C3%A9');
  });

  it('keeps a quote of ten words whole', () => {
    const ten = 'one two three four five six seven eight nine ten';
    expect(textDirectiveValue(ten)).toBe(ten.split(' ').join('%20'));
  });

  it('links a quote over ten words as start,end with four words each side, each side encoded', () => {
    const quote = 'Fast, near-real-time ingestion writes every event, in order, to the lake & the warehouse';
    expect(textDirectiveValue(quote)).toBe('Fast%2C%20near%2Dreal%2Dtime%20ingestion%20writes,lake%20%26%20the%20warehouse');
    // Only the range's own comma is left bare.
    expect(textDirectiveValue(quote).split(',')).toHaveLength(2);
  });

  it('puts the directive after an existing fragment', () => {
    expect(textFragmentUrl('https://example.com/post#part-2', 'Kafka')).toBe('https://example.com/post#part-2:~:text=Kafka');
    expect(textFragmentUrl('https://example.com/post#', 'Kafka')).toBe('https://example.com/post#:~:text=Kafka');
  });

  it('adds a second text directive with & when the URL already has a fragment directive', () => {
    expect(textFragmentUrl('https://example.com/post#:~:text=Hive', 'Kafka')).toBe('https://example.com/post#:~:text=Hive&text=Kafka');
  });
});

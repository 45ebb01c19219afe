import { describe, expect, it } from 'vitest';
import { citationLink } from './citations';

const sources = [
  { id: 'first', title: 'The first post', url: 'https://example.com/a' },
  { id: 'second', title: 'Kafka, at scale', url: 'https://example.com/b#intro' },
];

describe('citationLink', () => {
  it('numbers the source by its place in the list and names the link after it', () => {
    expect(citationLink(sources, { source: 'second', quote: 'fast & safe' })).toEqual({
      number: 2,
      title: 'Kafka, at scale',
      label: 'Source 2: Kafka, at scale',
      href: 'https://example.com/b#intro:~:text=fast%20%26%20safe',
      quote: 'fast & safe',
    });
  });

  it('is undefined for a source the stack does not list', () => {
    expect(citationLink(sources, { source: 'third', quote: 'x' })).toBeUndefined();
  });
});

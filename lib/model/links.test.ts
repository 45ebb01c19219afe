import { describe, expect, it } from 'vitest';
import { conceptHref, stackHref, stackQuery, techHref } from './links';

describe('stackHref', () => {
  it('is the bare stack path with no state', () => {
    expect(stackHref('uber')).toBe('/stacks/uber/');
    expect(stackHref('uber', {})).toBe('/stacks/uber/');
  });
  it('puts the view first, then the selection', () => {
    expect(stackHref('uber', { node: 'kafka' })).toBe('/stacks/uber/?node=kafka');
    expect(stackHref('uber', { view: 'kafka-hub', flow: 'kafka-to-flink' })).toBe('/stacks/uber/?view=kafka-hub&flow=kafka-to-flink');
  });
  it('selects a component over a flow: one selection at a time', () => {
    expect(stackQuery({ node: 'a', flow: 'b' })).toBe('?node=a');
  });
  it('keeps a trace only with the component it starts from', () => {
    expect(stackQuery({ node: 'kafka', trace: 'down' })).toBe('?node=kafka&trace=down');
    expect(stackQuery({ flow: 'a-to-b', trace: 'down' })).toBe('?flow=a-to-b');
  });
  it('puts a tour and its step after the view', () => {
    expect(stackQuery({ view: 'hub', tour: 'follow', step: 3 })).toBe('?view=hub&tour=follow&step=3');
    expect(stackQuery({ tour: 'follow' })).toBe('?tour=follow&step=1');
    expect(stackQuery({ tour: 'follow', step: 2, node: 'kafka' })).toBe('?tour=follow&step=2&node=kafka');
  });
  it('encodes what it is given', () => {
    expect(stackQuery({ node: 'a b&c' })).toBe('?node=a+b%26c');
  });
});

describe('other pages', () => {
  it('end in a slash, as the static export serves them', () => {
    expect(techHref('kafka')).toBe('/tech/kafka/');
    expect(conceptHref('asynchronous')).toBe('/concepts/asynchronous/');
  });
});

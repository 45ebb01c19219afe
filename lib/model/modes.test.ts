import { describe, expect, it } from 'vitest';
import { FLOW_MODES, MODES, modesExplainedBy, modesUsed } from './modes';

describe('modes', () => {
  it('describe every mode, keyed by itself', () => {
    expect(Object.keys(MODES)).toEqual([...FLOW_MODES]);
    for (const mode of FLOW_MODES) expect(MODES[mode].mode).toBe(mode);
  });
  it('lists the modes used, in canonical order, once each', () => {
    expect(modesUsed([{ mode: 'batch' }, {}, { mode: 'sync' }, { mode: 'batch' }])).toEqual(['sync', 'batch']);
    expect(modesUsed([])).toEqual([]);
  });
  it('finds the modes a concept explains', () => {
    expect(modesExplainedBy('asynchronous')).toEqual(['async']);
    expect(modesExplainedBy('parallel')).toEqual([]);
  });
});

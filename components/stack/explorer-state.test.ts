import { describe, expect, it } from 'vitest';
import type { ClientView } from '@/lib/model/types';
import { explorerState } from './explorer-state';

const view = (id: string, tours: ClientView['tours'] = []): ClientView => ({
  id,
  title: id.toUpperCase(),
  layers: [{ id: 'l', title: 'L', componentIds: ['a', 'b', 'c'] }],
  nodes: ['a', 'b', 'c'].map((n, i) => ({ id: n, layerId: 'l', x: 0, y: i * 80, width: 184, height: 56 })),
  bands: [],
  flows: [{ id: 'a-to-b', from: 'a', to: 'b', label: 'x', path: 'M0,0', labelX: 0, labelY: 0, citations: [] }],
  tours,
  width: 300,
  height: 300,
});
const tour = { id: 'walk', title: 'A walk', steps: [{ title: 'One', focus: ['a'], flows: [], citations: [] }, { title: 'Two', focus: ['a', 'b'], flows: ['a-to-b'], citations: [] }] };
const model = { views: [view('main', [tour]), view('second')] };

describe('explorerState', () => {
  it('opens the first view with nothing selected by default', () => {
    expect(explorerState(model, {})).toMatchObject({ view: { id: 'main' }, viewParam: undefined, selection: {}, tour: null, notice: '' });
  });

  it('opens a tour step, focusing its components and flows', () => {
    const state = explorerState(model, { tour: 'walk', step: '2' });
    expect(state.tour).toMatchObject({ tour: { id: 'walk' }, index: 1 });
    expect(state.selection).toEqual({ focus: { nodes: ['a', 'b'], flows: ['a-to-b'] } });
  });

  it('a component opened during a tour is selected as usual, the tour stays open', () => {
    const state = explorerState(model, { tour: 'walk', step: '1', node: 'c' });
    expect(state.selection).toEqual({ node: 'c' });
    expect(state.tour?.index).toBe(0);
  });

  it('says so, quietly, for a tour or step that does not exist', () => {
    expect(explorerState(model, { tour: 'nope' })).toMatchObject({ tour: null, notice: 'There is no tour “nope” in MAIN.' });
    for (const step of ['0', '3', 'x', '1.5']) {
      const state = explorerState(model, { tour: 'walk', step });
      expect(state.tour?.index).toBe(0);
      expect(state.notice).toBe(`A walk has no step “${step}”; showing step 1.`);
    }
    // A tour of another view is not found in this one.
    expect(explorerState(model, { view: 'second', tour: 'walk' }).tour).toBeNull();
  });

  it('keeps the other notices', () => {
    expect(explorerState(model, { view: 'zzz', node: 'q', trace: 'down' }).notice).toBe('There is no view “zzz”; showing MAIN. There is no component “q” in MAIN.');
    expect(explorerState(model, { node: 'a', trace: 'left' }).notice).toBe('There is no trace “left”; use down, up or both.');
    expect(explorerState(model, { node: 'a', trace: 'up' }).selection).toEqual({ node: 'a', trace: 'up' });
  });
});

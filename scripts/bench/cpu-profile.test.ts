import { describe, expect, it } from 'vitest';
import { firstSampleWith, summariseProfile, topEntries, type CpuProfile } from './cpu-profile';
import { shortSource } from './source-frames';

const frame = (functionName: string, url = '') => ({ functionName, url, lineNumber: 0, columnNumber: 0 });

// (root) -> app -> render -> layout, and (root) -> (idle). Samples 1 ms apart.
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)'), children: [2, 5] },
    { id: 2, callFrame: frame('app', 'http://x/_next/static/chunks/a.js'), children: [3] },
    { id: 3, callFrame: frame('render', 'http://x/_next/static/chunks/a.js'), children: [4] },
    { id: 4, callFrame: frame('app', 'http://x/_next/static/chunks/a.js') },
    { id: 5, callFrame: frame('(idle)') },
  ],
  startTime: 0,
  endTime: 6000,
  // idle, app, render, app (recursion: under render), idle, render
  samples: [5, 2, 3, 4, 5, 3],
  timeDeltas: [0, 1000, 1000, 1000, 1000, 1000],
};
const key = (f: { functionName: string }) => f.functionName;

describe('summariseProfile', () => {
  it('counts inclusive time once per sample, even through recursion, and leaves idle out', () => {
    const summary = summariseProfile(profile, key);
    expect(summary.busy).toBe(4);
    expect(summary.inclusive.get('app')).toBe(4);
    expect(summary.inclusive.get('render')).toBe(3);
    expect(summary.self.get('app')).toBe(2);
    expect(summary.self.get('render')).toBe(2);
    expect(summary.inclusive.has('(idle)')).toBe(false);
    expect(summary.inclusive.has('(root)')).toBe(false);
  });

  it('keeps only the samples in a window, and adds profiles into one summary', () => {
    const windowed = summariseProfile(profile, key, { from: 2, to: 3 });
    expect(windowed.busy).toBe(2);
    expect(windowed.self.get('app')).toBe(1);
    const twice = summariseProfile(profile, key, {}, summariseProfile(profile, key));
    expect(topEntries(twice.inclusive, 1, 2)).toEqual([['app', 4]]);
  });

  it('finds when a frame first ran', () => {
    expect(firstSampleWith(profile, (f) => f.functionName === 'render')).toBe(2);
    expect(firstSampleWith(profile, (f) => f.url.includes('/_next/'))).toBe(1);
    expect(firstSampleWith(profile, (f) => f.functionName === 'nowhere')).toBeNull();
  });
});

describe('shortSource', () => {
  it('names a package file by its package path and the project’s own by its folder', () => {
    expect(shortSource('turbopack:///[project]/node_modules/next/dist/compiled/react-dom/index.js')).toBe('~next/dist/compiled/react-dom/index.js');
    expect(shortSource('turbopack:///[project]/components/stack/layer-list.tsx')).toBe('components/stack/layer-list.tsx');
  });
});

import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { COMPILE_HINT, hintScripts, shiftedSourceMap, sourceMapOf, withCompileHint } from './compile-hints.mjs';

describe('withCompileHint', () => {
  it('puts V8’s whole-file hint on the first line, once', () => {
    // The exact spelling V8 looks for; anything else is an ordinary comment.
    expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad\n');
    const hinted = withCompileHint('(()=>{})();');
    expect(hinted).toBe('//# allFunctionsCalledOnLoad\n(()=>{})();');
    expect(withCompileHint(hinted)).toBe(hinted);
  });
});

describe('shiftedSourceMap', () => {
  it('starts a plain map one generated line later', () => {
    const map = JSON.parse(shiftedSourceMap(JSON.stringify({ version: 3, sources: ['a.ts'], names: [], mappings: 'AAAA,CAAC;AACA' })));
    expect(map.mappings).toBe(';AAAA,CAAC;AACA');
    expect(map.sources).toEqual(['a.ts']);
  });

  it('moves every section of an index map one line down', () => {
    const index = { version: 3, sections: [{ offset: { line: 0, column: 0 }, map: { version: 3, sources: [], names: [], mappings: 'AAAA' } }, { offset: { line: 4, column: 2 }, map: { version: 3, sources: [], names: [], mappings: 'AAAA' } }] };
    const map = JSON.parse(shiftedSourceMap(JSON.stringify(index)));
    expect(map.sections.map((section: { offset: unknown }) => section.offset)).toEqual([{ line: 1, column: 0 }, { line: 5, column: 2 }]);
  });

  it('refuses a map it cannot read rather than writing a wrong one', () => {
    expect(() => shiftedSourceMap('{"version":3}')).toThrow(/neither/);
  });
});

describe('hintScripts', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('hints every script under the folder, shifts the map each names, and leaves the rest alone', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'hints-'));
    mkdirSync(path.join(dir, 'chunks'));
    writeFileSync(path.join(dir, 'chunks', 'a.js'), 'a();\n//# sourceMappingURL=content-named.js.map');
    writeFileSync(path.join(dir, 'chunks', 'content-named.js.map'), JSON.stringify({ version: 3, sources: [], names: [], mappings: 'AAAA' }));
    writeFileSync(path.join(dir, 'chunks', 'b.js'), 'b();');
    writeFileSync(path.join(dir, 'chunks', 'c.css'), 'a{}');
    writeFileSync(path.join(dir, 'manifest.js'), 'self.m=1;');

    expect(hintScripts(dir)).toBe(3);
    expect(readFileSync(path.join(dir, 'chunks', 'a.js'), 'utf8').startsWith(COMPILE_HINT)).toBe(true);
    expect(readFileSync(path.join(dir, 'manifest.js'), 'utf8')).toBe(`${COMPILE_HINT}self.m=1;`);
    expect(readFileSync(path.join(dir, 'chunks', 'c.css'), 'utf8')).toBe('a{}');
    expect(JSON.parse(readFileSync(path.join(dir, 'chunks', 'content-named.js.map'), 'utf8')).mappings).toBe(';AAAA');

    // A second post-build run over the same export changes nothing: no second hint, no second shift.
    expect(hintScripts(dir)).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, 'chunks', 'content-named.js.map'), 'utf8')).mappings).toBe(';AAAA');
  });

  it('finds a script’s map from its last comment, and ignores inline maps', () => {
    expect(sourceMapOf('/x/chunks/a.js', 'a();\n//# sourceMappingURL=b.js.map\n')).toBe(path.join('/x/chunks', 'b.js.map'));
    expect(sourceMapOf('/x/a.js', 'a();\n//# sourceMappingURL=data:application/json;base64,e30=')).toBeNull();
    expect(sourceMapOf('/x/a.js', 'a();')).toBeNull();
  });
});

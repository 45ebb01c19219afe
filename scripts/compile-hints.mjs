/**
 * V8's explicit compile hint for a whole file: a script whose first line is this comment has every
 * function compiled eagerly, on a background thread while the script streams in, instead of lazily
 * on the main thread the first time each function runs (Chromium 136+; other engines ignore a
 * comment). A page's chunks are the framework, React and the components hydration runs, and the
 * chunks fetched later (React Flow, search, export) are loaded to be used at once, so little compiled
 * work goes unused. Left lazy, their compilation was most of the one long task in which Turbopack's
 * runtime instantiates the module graph and starts hydration: about 270 ms at 4x CPU before this
 * step, about 100 ms after (`instantiateModule` self time 169 -> 2 ms per load in a CPU profile).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** The script with the hint as its first line (once: a hinted script comes back as it is). */
export function withCompileHint(source) {
  return source.startsWith(COMPILE_HINT) ? source : COMPILE_HINT + source;
}

/**
 * A source map of the script moved one line down, for the line the hint adds: a plain map starts its
 * `mappings` with one more (empty) line; an index map moves each section's offset.
 */
export function shiftedSourceMap(mapText) {
  const map = JSON.parse(mapText);
  if (Array.isArray(map.sections)) {
    for (const section of map.sections) section.offset = { ...section.offset, line: section.offset.line + 1 };
  } else if (typeof map.mappings === 'string') {
    map.mappings = `;${map.mappings}`;
  } else {
    throw new Error('a source map with neither `mappings` nor `sections`');
  }
  return JSON.stringify(map);
}

/**
 * The source map file a script names in its last `//# sourceMappingURL=` comment (Turbopack names a
 * map after its content, not after the script), or null.
 */
export function sourceMapOf(file, source) {
  const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(source)?.[1];
  return url && !url.startsWith('data:') ? path.join(path.dirname(file), url) : null;
}

/**
 * Adds the hint to every `.js` file under `dir` (the export's `_next/static/`), and shifts the
 * source map of each one that changed (`SOURCE_MAPS=1` builds). Returns how many it changed.
 */
export function hintScripts(dir) {
  if (!existsSync(dir)) return 0;
  let changed = 0;
  for (const file of readdirSync(dir, { recursive: true }).map(String)) {
    if (!file.endsWith('.js')) continue;
    const full = path.join(dir, file);
    const source = readFileSync(full, 'utf8');
    const hinted = withCompileHint(source);
    if (hinted === source) continue;
    writeFileSync(full, hinted);
    changed++;
    const map = sourceMapOf(full, source);
    if (map && existsSync(map)) writeFileSync(map, shiftedSourceMap(readFileSync(map, 'utf8')));
  }
  return changed;
}

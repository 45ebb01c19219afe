/**
 * Names a CPU profile's frames by the source they came from, through the export's source maps
 * (an export built with SOURCE_MAPS=1): "selectNode components/stack/stack-explorer.tsx:81"
 * instead of "e 0zrcyuvl1kbvc.js". Frames without a map keep their minified name and file.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import type { FrameKey } from './cpu-profile';

/** Shortens a source path to what says where it is: the project's own folders, or the package. */
export function shortSource(source: string): string {
  const inPackage = /node_modules\/(.*)$/.exec(source);
  if (inPackage) return `~${inPackage[1]}`;
  const own = /(?:^|\/)((?:app|components|lib|scripts)\/.*)$/.exec(source);
  return own ? own[1]! : source.replace(/^.*\/\.\//, '');
}

/** Whether `outDir` has any browser source maps (an export built with SOURCE_MAPS=1). */
export function hasSourceMaps(outDir: string): boolean {
  const chunks = path.join(outDir, '_next', 'static', 'chunks');
  return existsSync(chunks) && readdirSync(chunks).some((name) => name.endsWith('.js.map'));
}

export function sourceFrameKey(outDir: string): FrameKey {
  const maps = new Map<string, TraceMap | null>();
  const mapFor = (url: string): TraceMap | null => {
    const pathname = url.replace(/^[a-z]+:\/\/[^/]+/, '').split('?')[0]!;
    if (!pathname.includes('/_next/')) return null;
    if (!maps.has(pathname)) {
      const script = path.join(outDir, pathname.slice(pathname.indexOf('/_next/')));
      // Turbopack names a chunk's map by its own hash: the script's last line says which.
      const ref = existsSync(script) ? /sourceMappingURL=(\S+)\s*$/.exec(readFileSync(script, 'utf8').slice(-400))?.[1] : undefined;
      const file = ref ? path.join(path.dirname(script), ref) : '';
      maps.set(pathname, file && existsSync(file) ? new TraceMap(readFileSync(file, 'utf8')) : null);
    }
    return maps.get(pathname)!;
  };
  return (frame) => {
    const file = frame.url.split('/').pop() ?? '';
    const map = frame.url ? mapFor(frame.url) : null;
    if (map) {
      const original = originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber });
      if (original.source) return `${original.name || frame.functionName || '(anonymous)'} ${shortSource(original.source)}:${original.line}`;
    }
    return `${frame.functionName || '(anonymous)'}${file ? ` ${file}` : ''}`;
  };
}

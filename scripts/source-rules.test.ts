import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const sources = ['app', 'components', 'lib']
  .flatMap((dir) => readdirSync(path.join(ROOT, dir), { recursive: true }).map((file) => path.join(dir, String(file))))
  .filter((file) => /\.(ts|tsx)$/.test(file) && !file.includes('__fixtures__') && !/\.test\.ts$/.test(file));

const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const isClientEntry = (file: string) => /^['"]use client['"]/m.test(read(file));

/** Imports that run (not `import type`, not `export type`), as written. */
function runtimeImports(code: string): string[] {
  const found: string[] = [];
  for (const match of code.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) found.push(match[1]!);
  // Lazily loaded chunks are still code the browser runs.
  for (const match of code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(match[1]!);
  return found;
}

/** A project-relative file for an import, or null for a package. */
function resolveLocal(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/') ? specifier.slice(2) : specifier.startsWith('.') ? path.join(path.dirname(from), specifier) : null;
  if (base === null) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (existsSync(path.join(ROOT, candidate)) && /\.(ts|tsx)$/.test(candidate)) return path.normalize(candidate);
  }
  throw new Error(`${from}: cannot resolve ${specifier}`);
}

/** Every module a client component can reach by following runtime imports, with the path that reaches it. */
function clientReachable(): Map<string, string[]> {
  const reached = new Map<string, string[]>();
  const queue: [string, string[]][] = sources.filter(isClientEntry).map((file) => [file, [file]]);
  for (const [file, trail] of queue) reached.set(file, trail);
  while (queue.length > 0) {
    const [file, trail] = queue.shift()!;
    for (const specifier of runtimeImports(read(file))) {
      const local = resolveLocal(file, specifier);
      if (!local || reached.has(local)) continue;
      reached.set(local, [...trail, local]);
      queue.push([local, [...trail, local]]);
    }
  }
  return reached;
}

/** Packages that only the build may run. */
const BUILD_ONLY_PACKAGES = /^(mdx-bundler(?!\/client)|elkjs|esbuild|zod|yaml|node:|fs$|path$|server-only|rehype-|remark-|unified|hast-util-to-jsx-runtime|mdast-)/;

describe('source rules', () => {
  it('found the sources', () => {
    expect(sources.length).toBeGreaterThan(30);
  });

  it('content is never injected as an HTML string', () => {
    const offenders = sources.filter((file) => /dangerouslySetInnerHTML\s*[=:]/.test(read(file)));
    expect(offenders).toEqual([]);
  });

  it('follows imports through the client graph (this test can see what it checks)', () => {
    const reached = clientReachable();
    expect(reached.has(path.normalize('components/diagram/view-canvas.tsx'))).toBe(true);
    // Reached only through imports, not marked 'use client' itself.
    expect(reached.has(path.normalize('lib/model/links.ts'))).toBe(true);
    expect(reached.has(path.normalize('components/diagram/to-flow.ts'))).toBe(true);
    expect(reached.has(path.normalize('components/diagram/interactive-canvas.tsx'))).toBe(true);
  });

  it('code a client component can reach stays in the client-safe places: nothing of lib/ but lib/model/', () => {
    const offenders = [...clientReachable()]
      .filter(([file]) => file.startsWith(`lib${path.sep}`) && !file.startsWith(path.join('lib', 'model') + path.sep))
      .map(([, trail]) => trail.join(' -> '));
    expect(offenders).toEqual([]);
  });

  it('and no build-only package', () => {
    const offenders = [...clientReachable()].flatMap(([file, trail]) =>
      runtimeImports(read(file))
        .filter((specifier) => BUILD_ONLY_PACKAGES.test(specifier))
        .map((specifier) => `${trail.join(' -> ')} imports ${specifier}`),
    );
    expect(offenders).toEqual([]);
  });

  it('lib/model/ is pure: it imports nothing at runtime but itself', () => {
    const model = sources.filter((file) => file.startsWith(path.join('lib', 'model') + path.sep));
    expect(model.length).toBeGreaterThan(3);
    const offenders = model.flatMap((file) =>
      runtimeImports(read(file))
        .filter((specifier) => !specifier.startsWith('./'))
        .map((specifier) => `${file} imports ${specifier}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the pipeline entry point is server-only', () => {
    expect(read('lib/content/index.ts')).toMatch(/^import 'server-only';/m);
  });

  it('scripts never import from e2e/ (shared code lives in scripts/lib/, which e2e may import)', () => {
    const scripts = readdirSync(path.join(ROOT, 'scripts'), { recursive: true })
      .map((file) => path.join('scripts', String(file)))
      .filter((file) => /\.(ts|mts|mjs)$/.test(file));
    const offenders = scripts.filter((file) => /from ['"](\.\.\/)+e2e\//.test(readFileSync(path.join(ROOT, file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});

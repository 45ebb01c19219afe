import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const sources = ['app', 'components', 'lib']
  .flatMap((dir) => readdirSync(path.join(ROOT, dir), { recursive: true }).map((file) => path.join(dir, String(file))))
  .filter((file) => /\.(ts|tsx)$/.test(file) && !file.includes('__fixtures__') && !/\.test\.ts$/.test(file));

describe('source rules', () => {
  it('found the sources', () => {
    expect(sources.length).toBeGreaterThan(30);
  });

  it('content is never injected as an HTML string', () => {
    const offenders = sources.filter((file) => /dangerouslySetInnerHTML\s*[=:]/.test(readFileSync(path.join(ROOT, file), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('client components import nothing but types from the build-time pipeline', () => {
    const offenders = sources.flatMap((file) => {
      const code = readFileSync(path.join(ROOT, file), 'utf8');
      if (!/^['"]use client['"]/m.test(code)) return [];
      return [...code.matchAll(/^import (?!type )[^;]*from ['"]([^'"]+)['"]/gm)]
        .map((match) => match[1]!)
        .filter((source) => /^@\/lib\/|\/lib\/|^(mdx-bundler|elkjs|esbuild|zod)/.test(source))
        .map((source) => `${file} imports ${source}`);
    });
    expect(offenders).toEqual([]);
  });

  it('scripts never import from e2e/ (shared code lives in scripts/lib/, which e2e may import)', () => {
    const scripts = readdirSync(path.join(ROOT, 'scripts'), { recursive: true })
      .map((file) => path.join('scripts', String(file)))
      .filter((file) => /\.(ts|mts|mjs)$/.test(file));
    const offenders = scripts.filter((file) => /from ['"](\.\.\/)+e2e\//.test(readFileSync(path.join(ROOT, file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});

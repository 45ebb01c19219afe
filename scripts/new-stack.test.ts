import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const project = process.cwd();
const tsx = path.join(project, 'node_modules', 'tsx', 'dist', 'cli.mjs');

/** Runs a script with a scratch project as its working directory (the scripts read content/ from there). */
function run(cwd: string, script: string, args: string[]) {
  return spawnSync(process.execPath, [tsx, path.join(project, 'scripts', script), ...args], { cwd, encoding: 'utf8' });
}

function scratchProject(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'stack-atlas-'));
  mkdirSync(path.join(dir, 'content', 'stacks'), { recursive: true });
  copyFileSync(path.join(project, 'content', 'technologies.json'), path.join(dir, 'content', 'technologies.json'));
  return dir;
}

describe('npm run new-stack', () => {
  it('writes a stack that passes `npm run check` as it is', () => {
    const dir = scratchProject();
    const created = run(dir, 'new-stack.ts', ['acme', 'Acme']);
    expect(created.status, created.stderr).toBe(0);
    expect(created.stdout).toContain('Created content/stacks/acme.mdx');
    const checked = run(dir, 'check.ts', []);
    expect(checked.stdout).toContain('1 file checked');
    expect(checked.stdout).toContain('0 errors, 0 warnings');
    expect(checked.status).toBe(0);
  });

  it('refuses to overwrite an existing file and leaves it untouched', () => {
    const dir = scratchProject();
    const file = path.join(dir, 'content', 'stacks', 'acme.mdx');
    writeFileSync(file, 'my work');
    const result = run(dir, 'new-stack.ts', ['acme', 'Acme']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/stacks/acme.mdx already exists; not overwriting it');
    expect(readFileSync(file, 'utf8')).toBe('my work');
  });

  it('rejects a slug that is not URL-safe', () => {
    const result = run(scratchProject(), 'new-stack.ts', ['Acme Corp', 'Acme']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('is not a URL-safe slug');
  });
});

/**
 * Isolation for the benchmark build. `next build` with `output: 'export'` writes the export to
 * NEXT_DIST_DIR but still keeps its build artefacts in `<project>/.next` (Next 16:
 * `getBuildDistDir()` returns '.next' whenever the distDir is the export destination). To leave the
 * main build's `.next/` and `out/` alone, the benchmark builds a snapshot of the project in a temp
 * directory (sources copied, node_modules hard-linked, so no package is copied), with the content
 * pipeline pointed at a temp copy of `content/` plus the generated stack. The export is then moved to
 * `<project>/out-bench` for serving and inspection.
 */
import { copyFileSync, cpSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Never copied into the snapshot: build output, caches, VCS, test artefacts. */
const SKIP = /^(\.git|\.next|node_modules|out|out-.*|test-results|playwright-report|\.cache|.*\.tsbuildinfo)$/;

export interface Workspace {
  dir: string;
  contentDir: string;
  projectDir: string;
  remove(): void;
}

/** Hard-links a tree (falls back to copying a file that cannot be linked). */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isSymbolicLink()) symlinkSync(readlinkSync(source), target);
    else if (entry.isDirectory()) linkTree(source, target);
    else {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
    }
  }
}

export function createWorkspace(root: string, extraStacks: Record<string, string>): Workspace {
  const dir = mkdtempSync(path.join(tmpdir(), 'stack-atlas-bench-'));
  const contentDir = path.join(dir, 'content');
  cpSync(path.join(root, 'content'), contentDir, { recursive: true });
  for (const [slug, source] of Object.entries(extraStacks)) writeFileSync(path.join(contentDir, 'stacks', `${slug}.mdx`), source);

  const projectDir = path.join(dir, 'project');
  mkdirSync(projectDir);
  for (const name of readdirSync(root)) {
    if (SKIP.test(name)) continue;
    cpSync(path.join(root, name), path.join(projectDir, name), { recursive: true, verbatimSymlinks: true });
  }
  linkTree(path.join(root, 'node_modules'), path.join(projectDir, 'node_modules'));
  return { dir, contentDir, projectDir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Replaces `<root>/<name>` with the snapshot's export. */
export function takeExport(workspace: Workspace, root: string, name: string): void {
  const target = path.join(root, name);
  rmSync(target, { recursive: true, force: true });
  const source = path.join(workspace.projectDir, name);
  try {
    renameSync(source, target);
  } catch {
    cpSync(source, target, { recursive: true });
  }
}

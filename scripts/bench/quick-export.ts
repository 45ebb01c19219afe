/**
 * The setup the quick loops (`bench:click`, `bench:visible`, `bench:lighthouse`) share: the current build (`out/`) copied
 * to `outDir` with the two reference pages added, served, and optionally a BASELINE export (another
 * commit's build) served beside it, so a change is measured against its before in the same run.
 */
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { loadTechnologies } from '../../lib/content/technologies';
import { step } from './log';
import { laidOutStack } from './pipeline';
import { probeScript } from './probe';
import { refModel, type RefModel } from './reference/model';
import { FLOOR_PATH, MINIMAL_RF_PATH, writeReferencePages } from './reference/pages';
import { startServer } from './server';

export interface QuickExport {
  /** Uber's first view, as the reference pages draw it. */
  model: RefModel;
  /** The probe script, expecting all of that view's nodes on each of the three pages. */
  probe: string;
  urls: { real: string; floor: string; minimalRf: string; before: string | null };
  stop(): Promise<void>;
}

const hasStackPage = (root: string, dir: string) => existsSync(path.join(root, dir, 'stacks', 'uber', 'index.html'));

/** `gzip`: serve both exports compressed, as a CDN does (the Lighthouse loop). */
export async function quickExport(root: string, outDir: string, baselineDir?: string, options: { gzip?: boolean } = {}): Promise<QuickExport> {
  if (!hasStackPage(root, 'out')) throw new Error('no out/stacks/uber/: run `npm run build` first');
  if (baselineDir && !hasStackPage(root, baselineDir)) throw new Error(`no ${baselineDir}/stacks/uber/`);
  rmSync(path.join(root, outDir), { recursive: true, force: true });
  cpSync(path.join(root, 'out'), path.join(root, outDir), { recursive: true });
  const techIds = new Set((await loadTechnologies(path.join(root, 'content', 'technologies.json'))).map((tech) => tech.id));
  const model = refModel(await laidOutStack('uber', readFileSync(path.join(root, 'content', 'stacks', 'uber.mdx'), 'utf8'), techIds));
  step('writing the reference pages...');
  await writeReferencePages(root, path.join(root, outDir), model);
  const server = await startServer(root, outDir, options);
  const baseline = baselineDir ? await startServer(root, baselineDir, options) : null;
  const nodes = model.nodes.length;
  return {
    model,
    probe: probeScript({ '/stacks/uber/': nodes, [FLOOR_PATH]: nodes, [MINIMAL_RF_PATH]: nodes }),
    urls: {
      real: `${server.origin}/stacks/uber/`,
      floor: `${server.origin}${FLOOR_PATH}`,
      minimalRf: `${server.origin}${MINIMAL_RF_PATH}`,
      before: baseline ? `${baseline.origin}/stacks/uber/` : null,
    },
    async stop() {
      await server.stop();
      await baseline?.stop();
    },
  };
}

/** Runs a quick loop's main: exit 0 when it ran, 1 (with the reason on stderr) when it could not. */
export function runQuick(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      step(`could not run: ${(error as Error).message}`);
      process.exit(1);
    },
  );
}

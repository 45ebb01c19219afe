/**
 * Writes the two reference pages into the benchmark's export, so its static server serves them:
 * `/__bench/floor/` and `/__bench/minimal-rf/`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { floorHtml } from './floor';
import { bundleMinimalRf, minimalRfHtml, reactFlowCss } from './minimal-rf';
import type { RefModel } from './model';

export const FLOOR_PATH = '/__bench/floor/';
export const MINIMAL_RF_PATH = '/__bench/minimal-rf/';

export async function writeReferencePages(root: string, outDir: string, model: RefModel): Promise<{ minimalRfBytes: number }> {
  const floorDir = path.join(outDir, FLOOR_PATH);
  mkdirSync(floorDir, { recursive: true });
  writeFileSync(path.join(floorDir, 'index.html'), floorHtml(model, readFileSync(path.join(root, 'bench', 'floor', 'floor.js'), 'utf8')));

  const rfDir = path.join(outDir, MINIMAL_RF_PATH);
  mkdirSync(rfDir, { recursive: true });
  const minimalRfBytes = await bundleMinimalRf(root, rfDir);
  writeFileSync(path.join(rfDir, 'index.html'), minimalRfHtml(model, reactFlowCss(root), 'main.js'));
  return { minimalRfBytes };
}

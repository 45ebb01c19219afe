/**
 * Runs Lighthouse from the benchmark through npx (it is not a dependency) against Debian's Chromium:
 * the mobile preset (Lighthouse's default form factor, simulated throttling: a mid-range phone on slow 4G),
 * performance and accessibility only, JSON to a temp file. The version is pinned, so runs compare.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromiumLaunchOptions } from '../../lib/chromium';

/** 12.x: the last line whose `engines` accepts Node 20 (13.x asks for Node 22.19), which this project supports. */
export const LIGHTHOUSE_VERSION = '12.8.2';
const PACKAGE = `lighthouse@${LIGHTHOUSE_VERSION}`;
/** The first npx call may download the package (~40 s here); a run takes 15-40 s on 2 busy cores. */
const INSTALL_TIMEOUT_MS = 240_000;
const RUN_TIMEOUT_MS = 180_000;

function npx(args: string[], timeout: number): Promise<{ ok: true; stdout: string } | { ok: false; message: string }> {
  return new Promise((resolve) => {
    execFile('npx', ['--yes', PACKAGE, ...args], { timeout, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, npm_config_update_notifier: 'false' } }, (error, stdout, stderr) => {
      if (!error) return resolve({ ok: true, stdout });
      const lastLines = `${stderr}`.split('\n').filter((line) => line.trim() && !/EBADENGINE|npm warn/.test(line)).slice(-3).join(' / ');
      resolve({ ok: false, message: `${error.killed ? `timed out after ${timeout / 1000} s` : error.message.split('\n')[0]}${lastLines ? `: ${lastLines}` : ''}` });
    });
  });
}

/** The chromium path Lighthouse gets, or why it cannot run; asks npx for the version (downloading it if needed). */
export async function lighthouseAvailable(): Promise<{ ok: true; version: string; chromePath: string } | { ok: false; reason: string }> {
  const chromePath = chromiumLaunchOptions.executablePath;
  if (!chromePath) return { ok: false, reason: 'no Chromium found (CHROMIUM_PATH, /usr/bin/chromium)' };
  const result = await npx(['--version'], INSTALL_TIMEOUT_MS);
  if (!result.ok) return { ok: false, reason: `npx ${PACKAGE} --version failed (${result.message})` };
  return { ok: true, version: result.stdout.trim(), chromePath };
}

/** One Lighthouse run of `url`; the parsed JSON report, or the reason there is none. `saveAs` keeps the report there. */
export async function runLighthouse(url: string, chromePath: string, saveAs?: string): Promise<{ json: unknown } | { error: string }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'stack-atlas-lighthouse-'));
  const output = path.join(dir, 'report.json');
  try {
    const result = await npx(
      [
        url,
        `--chrome-path=${chromePath}`,
        // The e2e tests' flags (stack-facts.md), headless.
        `--chrome-flags=--headless=new ${chromiumLaunchOptions.args.join(' ')}`,
        '--only-categories=performance,accessibility',
        '--output=json',
        `--output-path=${output}`,
        '--disable-full-page-screenshot',
        '--quiet',
      ],
      RUN_TIMEOUT_MS,
    );
    if (!result.ok) return { error: result.message };
    const text = readFileSync(output, 'utf8');
    if (saveAs) writeFileSync(saveAs, text);
    return { json: JSON.parse(text) };
  } catch (error) {
    return { error: (error as Error).message.split('\n')[0]! };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

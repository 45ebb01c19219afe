/**
 * The minimal React Flow page: bench/minimal-rf/main.tsx bundled with esbuild (minified, production
 * React), React Flow's stylesheet inline, the model as JSON in the page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { escapeHtml, FIT, scriptJson } from './floor';
import type { RefModel } from './model';

const STYLE = `
body{margin:0;font:14px/1.4 system-ui,sans-serif;color:#0f172a}
main{display:flex;gap:24px;padding:16px}
.diagram{width:${FIT.width}px;height:${FIT.height}px;flex:none;border:1px solid #e2e8f0;border-radius:12px}
.node{width:100%;height:100%;box-sizing:border-box;border:1px solid #94a3b8;border-radius:8px;background:#fff;font:inherit;cursor:pointer}
.node small{display:block;color:#64748b}
aside{width:360px}`;

export function minimalRfHtml(model: RefModel, css: string, scriptName: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><link rel="icon" href="data:,"><title>${escapeHtml(model.title)}: minimal React Flow page</title><style>${css}${STYLE}</style></head>
<body>
<div id="root"></div>
<script type="application/json" id="model">${scriptJson(model)}</script>
<script type="module" src="${scriptName}"></script>
</body>
</html>
`;
}

/** Bundles the entry into `outDir/main.js` (production, minified); returns its size in bytes. */
export async function bundleMinimalRf(root: string, outDir: string): Promise<number> {
  const result = await build({
    entryPoints: [path.join(root, 'bench', 'minimal-rf', 'main.tsx')],
    outfile: path.join(outDir, 'main.js'),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    logLevel: 'silent',
    metafile: true,
  });
  return Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
}

export function reactFlowCss(root: string): string {
  return readFileSync(path.join(root, 'node_modules', '@xyflow', 'react', 'dist', 'style.css'), 'utf8');
}

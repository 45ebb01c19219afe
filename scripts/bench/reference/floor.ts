/**
 * The floor page: the first view as static markup (inline SVG for bands, routes and flow labels;
 * HTML buttons for the components, at the laid-out boxes) plus bench/floor/floor.js. The same
 * `button[data-node-id]`, `[data-testid="diagram"][data-hydrated]` and `#panel-heading` contract as
 * the real page, so the same probes measure it.
 */
import type { RefModel } from './model';

/** The area the diagram is scaled to fit, like the real page's canvas fits the view. */
export const FIT = { width: 1000, height: 760 };

export const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** JSON safe inside a `<script>` element. */
export const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export function fitScale(model: Pick<RefModel, 'width' | 'height'>): number {
  return Math.min(1, FIT.width / model.width, FIT.height / model.height);
}

const STYLE = `
body{margin:0;font:14px/1.4 system-ui,sans-serif;color:#0f172a}
main{display:flex;gap:24px;padding:16px}
.diagram{position:relative;flex:none;overflow:hidden;border:1px solid #e2e8f0;border-radius:12px}
.view{position:absolute;left:0;top:0;transform-origin:0 0}
.view svg{position:absolute;left:0;top:0}
.band{fill:#f8fafc;stroke:#e2e8f0}
.band-title{font-weight:600;fill:#334155}
.route{fill:none;stroke:#64748b;stroke-width:1.5}
.flow-label{font-size:11px;fill:#475569;text-anchor:middle;dominant-baseline:middle}
.node{position:absolute;box-sizing:border-box;border:1px solid #94a3b8;border-radius:8px;background:#fff;font:inherit;cursor:pointer}
.node[aria-pressed="true"]{border-color:#2563eb;box-shadow:0 0 0 2px #93c5fd}
.node small{display:block;color:#64748b}
aside{width:360px}`;

export function floorHtml(model: RefModel, script: string): string {
  const scale = fitScale(model);
  const svg = [
    `<svg width="${model.width}" height="${model.height}" viewBox="0 0 ${model.width} ${model.height}" aria-hidden="true">`,
    ...model.bands.map(
      (b) => `<rect class="band" x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" rx="12"/><text class="band-title" x="${b.x + 16}" y="${b.y + 26}">${escapeHtml(b.title)}</text>`,
    ),
    ...model.edges.map((e) => `<path class="route" d="${e.path}"/>`),
    ...model.edges.map((e) => `<text class="flow-label" x="${e.labelX}" y="${e.labelY}">${escapeHtml(e.label)}</text>`),
    '</svg>',
  ].join('\n');
  const buttons = model.nodes.map(
    (n) =>
      `<button type="button" class="node" data-node-id="${escapeHtml(n.id)}" aria-pressed="false" style="left:${n.x}px;top:${n.y}px;width:${n.width}px;height:${n.height}px">` +
      `<span class="label">${escapeHtml(n.label)}</span>${n.inferred ? '\n<small aria-hidden="true">inferred</small>' : ''}</button>`,
  );
  const prose = Object.fromEntries(model.nodes.map((n) => [n.id, n.prose]));
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><link rel="icon" href="data:,"><title>${escapeHtml(model.title)}: floor page</title><style>${STYLE}</style></head>
<body>
<main>
<div class="diagram" data-testid="diagram" data-hydrated="false" style="width:${Math.ceil(model.width * scale)}px;height:${Math.ceil(model.height * scale)}px">
<div class="view" style="width:${model.width}px;height:${model.height}px;transform:scale(${scale})">
${svg}
${buttons.join('\n')}
</div>
</div>
<aside><h2 id="panel-heading">Explore the stack</h2><p id="panel-body">Select a component.</p></aside>
</main>
<script type="application/json" id="prose">${scriptJson(prose)}</script>
<script>${script}</script>
</body>
</html>
`;
}

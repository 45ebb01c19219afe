import ELK from 'elkjs/lib/elk.bundled.js';
import { loadAllStacks } from '../../lib/content/load';
const s = (await loadAllStacks())[0]!;
const d = s.diagrams[0]!;
const layerOf = new Map<string, number>();
d.layers.forEach((l, i) => l.componentIds.forEach(id => layerOf.set(id, i)));
const elk = new ELK();
const t = Date.now();
const r = await elk.layout({ id: 'root', layoutOptions: {
  'elk.algorithm': 'layered', 'elk.direction': 'RIGHT',
  'elk.layered.layering.strategy': 'INTERACTIVE', 'elk.layered.cycleBreaking.strategy': 'INTERACTIVE',
  'elk.layered.crossingMinimization.strategy': 'INTERACTIVE',
  'elk.edgeRouting': 'ORTHOGONAL', 'elk.separateConnectedComponents': 'false',
  'elk.edgeLabels.placement': 'CENTER', 'elk.spacing.nodeNode': '22', 'elk.layered.spacing.nodeNodeBetweenLayers': '60', 'elk.spacing.edgeLabel': '4',
 },
 children: d.layers.flatMap((l, li) => l.componentIds.map((id, o) => ({ id, width: 184, height: 56, x: li * 10000, y: o * 1000 }))),
 edges: d.flows.filter(f => layerOf.get(f.from) !== layerOf.get(f.to)).map(f => ({ id: f.id, sources: [f.from], targets: [f.to], labels: [{ text: f.label, width: f.label.length * 6.5 + 8, height: 16 }] })),
});
console.log(Date.now() - t, r.width, r.height);
console.log(r.children!.map(c => `${c.id}@${c.x},${c.y?.toFixed(0)}`).join(' '));
console.log(r.edges!.slice(0, 30).map(e => `${e.id} ${JSON.stringify(e.labels![0]!.x)},${e.labels![0]!.y?.toFixed(0)}`).join('\n'));

import { loadAllStacks } from '../../lib/content/load';
let t = Date.now();
const s = await loadAllStacks();
console.log(Date.now()-t, 'ms');
for (const d of s[0]!.diagrams) { console.log(d.id, d.width, d.height); console.log(d.bands); console.log(d.nodes.map(n=>`${n.id}@${n.x},${n.y}`).join(' ')); console.log(d.edges.slice(0,4)); }

/**
 * A deterministic synthetic stack for the benchmark: `generateStack({ components, flows, seed })` -> MDX.
 *
 * The output passes `npm run check`: unique kebab-case ids, one diagram (no bare reuse), every
 * component touched by a flow, flows only left to right (to the next layer, sometimes the one after),
 * at most one flow per (from, to) pair, labels of at most 40 characters, valid modes and no `tech`.
 * Same options, same bytes.
 */

export interface GenerateOptions {
  components: number;
  flows: number;
  seed: number;
  /** Columns; default: 7 for large stacks, fewer for small ones (at least 2). */
  layers?: number;
  /** Written to the frontmatter; default `Bench <components>`. */
  company?: string;
  /**
   * Flows without prose and components with one word of it, so a 1,000-component stack stays under
   * the file size limit (MAX_FILE_BYTES); the diagram is the same.
   */
  terse?: boolean;
}

const MODES = ['sync', 'async', 'fire-and-forget', 'stream', 'batch', 'cdc'] as const;
const LAYER_TITLES = ['Clients', 'Edge', 'Services', 'Messaging', 'Processing', 'Storage', 'Analytics', 'Consumers', 'Archive', 'Reports'];
const NOUNS = ['Gateway', 'Router', 'Cache', 'Indexer', 'Ledger', 'Broker', 'Worker', 'Store', 'Feed', 'Scheduler', 'Mapper', 'Auditor'];
const WHAT = ['order', 'trip', 'user', 'payment', 'click', 'metric', 'log', 'price', 'session', 'route', 'alert', 'ledger'];
const HOW = ['events', 'records', 'updates', 'snapshots', 'batches', 'changes', 'queries', 'results'];

/** mulberry32: a tiny seeded PRNG, so a seed always gives the same stack. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Node {
  id: string;
  label: string;
  layer: number;
  index: number;
}

interface Edge {
  from: Node;
  to: Node;
  label: string;
  mode: (typeof MODES)[number];
}

export function generateStack({ components, flows, seed, layers, company, terse = false }: GenerateOptions): string {
  const columns = layers ?? Math.max(2, Math.min(7, Math.round(Math.sqrt(components / 2))));
  if (components < columns * 2) throw new Error(`need at least ${columns * 2} components for ${columns} layers`);
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

  // Components, spread as evenly as possible over the columns.
  const byLayer: Node[][] = [];
  let made = 0;
  for (let layer = 0; layer < columns; layer++) {
    const size = Math.floor(components / columns) + (layer < components % columns ? 1 : 0);
    const column: Node[] = [];
    for (let index = 0; index < size; index++) {
      made++;
      column.push({ id: `l${layer + 1}-c${index + 1}`, label: `${NOUNS[(layer * 5 + index) % NOUNS.length]} ${made}`, layer, index });
    }
    byLayer.push(column);
  }

  // Flows: first one flow per component (every component touched), then near neighbours at random.
  const edges: Edge[] = [];
  const pairs = new Set<string>();
  const near = (from: Node, target: Node[]): Node => {
    // Keep flows local: a component links to the same relative height in the next column, +-3.
    const centre = Math.round((from.index / Math.max(1, byLayer[from.layer]!.length - 1)) * (target.length - 1));
    const index = Math.min(target.length - 1, Math.max(0, centre + Math.floor(random() * 7) - 3));
    return target[index]!;
  };
  const add = (from: Node, to: Node): boolean => {
    const key = `${from.id}>${to.id}`;
    if (pairs.has(key) || to.layer <= from.layer) return false;
    pairs.add(key);
    edges.push({ from, to, label: `${pick(WHAT)} ${pick(HOW)}`, mode: pick(MODES) });
    return true;
  };
  const link = (from: Node, targetLayer: number, reverse = false) => {
    const target = byLayer[targetLayer]!;
    const tryPair = (other: Node) => (reverse ? add(other, from) : add(from, other));
    for (let attempt = 0; attempt < 20; attempt++) if (tryPair(near(from, target))) return;
    // Crowded: the nearest free partner, by distance from the same relative height.
    const centre = (from.index / Math.max(1, byLayer[from.layer]!.length - 1)) * (target.length - 1);
    const byDistance = [...target].sort((a, b) => Math.abs(a.index - centre) - Math.abs(b.index - centre));
    if (!byDistance.some(tryPair)) throw new Error(`could not link ${from.id}`);
  };
  for (const node of byLayer[0]!) link(node, 1);
  for (let layer = 1; layer < columns; layer++) for (const node of byLayer[layer]!) link(node, layer - 1, true);
  if (edges.length > flows) throw new Error(`${flows} flows cannot touch all ${components} components (need ${edges.length})`);

  let misses = 0;
  while (edges.length < flows) {
    const fromLayer = Math.floor(random() * (columns - 1));
    const from = pick(byLayer[fromLayer]!);
    // Mostly to the next column; one in five skips a column when there is one.
    const toLayer = fromLayer + 2 < columns && random() < 0.2 ? fromLayer + 2 : fromLayer + 1;
    if (!add(from, near(from, byLayer[toLayer]!)) && ++misses > flows * 100) {
      throw new Error(`could not place ${flows} distinct flows among ${components} components`);
    }
  }
  // File order: by source column, then top to bottom (how a person would write it).
  edges.sort((a, b) => a.from.layer - b.from.layer || a.from.index - b.from.index || a.to.layer - b.to.layer || a.to.index - b.to.index);

  const out: string[] = [
    '---',
    `company: ${company ?? `Bench ${components}`}`,
    `title: Synthetic stack with ${components} components and ${flows} flows`,
    `summary: A generated stack for the performance benchmark (seed ${seed}).`,
    'sources:',
    '  - id: generator',
    '    title: "Stack Atlas benchmark generator"',
    '    url: https://stack-atlas.example/bench',
    '---',
    '',
    `This stack is generated by \`scripts/bench/generate.ts\` to measure the content pipeline, the build and the browser with a large diagram. It has ${columns} layers.`,
    '',
    `<Diagram id="main" title="All components">`,
  ];
  byLayer.forEach((column, layer) => {
    out.push(`  <Layer id="layer-${layer + 1}" title="${LAYER_TITLES[layer % LAYER_TITLES.length]} ${layer + 1}">`);
    for (const node of column) {
      out.push(`    <Component id="${node.id}" label="${node.label}">`);
      out.push(terse ? '      Synthetic.' : `      ${node.label} is synthetic component ${node.index + 1} of layer ${layer + 1}.`);
      out.push('    </Component>');
    }
    out.push('  </Layer>');
  });
  for (const edge of edges) {
    const attrs = `from="${edge.from.id}" to="${edge.to.id}" label="${edge.label}" mode="${edge.mode}"`;
    if (terse) {
      out.push(`  <Flow ${attrs} />`);
      continue;
    }
    out.push(`  <Flow ${attrs}>`);
    out.push(`    Moves ${edge.label} from ${edge.from.label} to ${edge.to.label}.`);
    out.push('  </Flow>');
  }
  out.push('</Diagram>', '');
  return out.join('\n');
}

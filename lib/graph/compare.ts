/**
 * Two stacks side by side, row by row by layer role (build time, pure). Each stack's components
 * are gathered from all its views in order, each once, in the row of the first layer it appears
 * in; components of layers without a role go in a last "Other" row.
 */
import { stackHref, techHref } from '../model/links';
import { LAYER_ROLES, ROLES, type LayerRole } from '../model/roles';
import type { LaidOutStack } from './schema';

export interface ComparedTech {
  id: string;
  name: string;
  href: string;
}

export interface ComparedComponent {
  id: string;
  label: string;
  tech?: ComparedTech;
  /** True when the other stack also has a component on this technology. */
  shared: boolean;
  /** Opens the component, selected, in the first view that shows it. */
  href: string;
}

export interface ComparedRow {
  role: LayerRole | 'other';
  title: string;
  meaning: string;
  a: ComparedComponent[];
  b: ComparedComponent[];
}

export interface ComparedStack {
  slug: string;
  company: string;
  title: string;
  href: string;
}

export interface Comparison {
  a: ComparedStack;
  b: ComparedStack;
  /** Rows in the vocabulary's order; a row is present when either stack has a component in it. */
  rows: ComparedRow[];
  /** Technologies both stacks use, by name. */
  shared: ComparedTech[];
  onlyA: ComparedTech[];
  onlyB: ComparedTech[];
}

const OTHER = { title: 'Other', meaning: 'Layers whose author gave them no role.' } as const;

/** Each component once, with the role and view where it first appears. */
function placements(stack: LaidOutStack): { id: string; role: LayerRole | 'other'; viewId: string }[] {
  const seen = new Set<string>();
  const out: { id: string; role: LayerRole | 'other'; viewId: string }[] = [];
  for (const view of stack.views) {
    for (const layer of view.layers) {
      for (const id of layer.componentIds) {
        if (seen.has(id)) continue;
        seen.add(id);
        out.push({ id, role: layer.role ?? 'other', viewId: view.id });
      }
    }
  }
  return out;
}

const techIds = (stack: LaidOutStack) => new Set(Object.values(stack.components).flatMap((c) => (c.tech ? [c.tech] : [])));

export function compareStacks(a: LaidOutStack, b: LaidOutStack, techNames: ReadonlyMap<string, string>): Comparison {
  const tech = (id: string): ComparedTech => ({ id, name: techNames.get(id) ?? id, href: techHref(id) });
  const byName = (x: ComparedTech, y: ComparedTech) => x.name.localeCompare(y.name);
  const techsA = techIds(a);
  const techsB = techIds(b);

  const side = (stack: LaidOutStack, other: ReadonlySet<string>) => {
    const rows = new Map<LayerRole | 'other', ComparedComponent[]>();
    for (const { id, role, viewId } of placements(stack)) {
      const component = stack.components[id]!;
      const view = stack.views[0]?.id === viewId ? undefined : viewId;
      const row = rows.get(role) ?? [];
      row.push({
        id,
        label: component.label,
        ...(component.tech ? { tech: tech(component.tech) } : {}),
        shared: component.tech !== undefined && other.has(component.tech),
        href: stackHref(stack.meta.slug, { view, node: id }),
      });
      rows.set(role, row);
    }
    return rows;
  };
  const rowsA = side(a, techsB);
  const rowsB = side(b, techsA);

  const rows: ComparedRow[] = [];
  for (const role of [...LAYER_ROLES, 'other'] as const) {
    const left = rowsA.get(role) ?? [];
    const right = rowsB.get(role) ?? [];
    if (left.length === 0 && right.length === 0) continue;
    const info = role === 'other' ? OTHER : ROLES[role];
    rows.push({ role, title: info.title, meaning: info.meaning, a: left, b: right });
  }

  const describe = (stack: LaidOutStack): ComparedStack => ({
    slug: stack.meta.slug,
    company: stack.meta.company,
    title: stack.meta.title,
    href: stackHref(stack.meta.slug, {}),
  });
  return {
    a: describe(a),
    b: describe(b),
    rows,
    shared: [...techsA].filter((id) => techsB.has(id)).map(tech).sort(byName),
    onlyA: [...techsA].filter((id) => !techsB.has(id)).map(tech).sort(byName),
    onlyB: [...techsB].filter((id) => !techsA.has(id)).map(tech).sort(byName),
  };
}

/** Every ordered pair of different stacks: the compare pages to build. */
export function comparePairs(slugs: readonly string[]): { a: string; b: string }[] {
  return slugs.flatMap((a) => slugs.filter((b) => b !== a).map((b) => ({ a, b })));
}

/** The pairs of stacks that both use a technology (each pair once, in list order), for its page. */
export function pairsUsing(stacks: LaidOutStack[], techId: string): { a: LaidOutStack; b: LaidOutStack }[] {
  const using = stacks.filter((stack) => techIds(stack).has(techId));
  return using.flatMap((a, i) => using.slice(i + 1).map((b) => ({ a, b })));
}

/** What the specs expect, read from the content model (corrections add and remove flows). */
import { loadAllStacks } from '../lib/content/load';

/** A stack's laid-out model by slug. */
export async function stackModel(slug: string) {
  const stack = (await loadAllStacks()).find((s) => s.meta.slug === slug);
  if (!stack) throw new Error(`no stack ${slug} in content/stacks`);
  return stack;
}

/** How many flows Uber's first view draws. */
export const uberFirstViewFlows = async () => (await stackModel('uber')).views[0]!.flows.length;

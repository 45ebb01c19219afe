import { beforeAll, describe, expect, it } from 'vitest';
import { searchDocuments, flowName } from './documents';
import { SEARCH_KINDS, type SearchDocument } from '../model/search';
import type { LaidOutStack } from '../graph/schema';
import { edit, GOOD, laidOut } from '../graph/__fixtures__/helpers';

let docs: SearchDocument[];
let stack: LaidOutStack;
const technologies = [
  { id: 'kafka', name: 'Apache Kafka', category: 'Streaming' },
  { id: 'hadoop', name: 'Apache Hadoop', category: 'Storage & batch' },
  { id: 'unused', name: 'Nobody Uses This', category: 'Database' },
];
const concepts = [{ meta: { id: 'asynchronous', title: 'Asynchronous', summary: 'Send and carry on.' } }];

beforeAll(async () => {
  // The fixture, plus a component that only the second view shows.
  const source = edit(
    GOOD,
    '    <Component id="kafka" />\n  </Layer>',
    '    <Component id="kafka" />\n    <Component id="schema-registry" label="Schema Registry">\n      Keeps event schemas.\n    </Component>\n  </Layer>',
  );
  ({ stack } = await laidOut(source, { slug: 'acme' }));
  docs = searchDocuments({ stacks: [stack], technologies, concepts });
});

const find = (kind: SearchDocument['kind'], name: string) => {
  const found = docs.filter((doc) => doc.kind === kind && doc.name === name);
  expect(found, `${kind} ${name}`).toHaveLength(1);
  return found[0]!;
};

describe('search documents', () => {
  it('covers every kind', () => {
    expect(new Set(docs.map((doc) => doc.kind))).toEqual(new Set(SEARCH_KINDS));
  });

  it('lists each view, flow and step of the stack, each component once, and one record per stack', () => {
    const count = (kind: SearchDocument['kind']) => docs.filter((doc) => doc.kind === kind).length;
    expect(count('stack')).toBe(1);
    expect(count('view')).toBe(stack.views.length);
    expect(count('component')).toBe(Object.keys(stack.components).length);
    expect(count('flow')).toBe(stack.views.reduce((sum, view) => sum + view.flows.length, 0));
    expect(count('step')).toBe(2);
  });

  it('links the stack and its first view without view=, later views with it', () => {
    expect(find('stack', 'Acme')).toMatchObject({ href: '/stacks/acme/', context: "Acme's Event Stack" });
    expect(find('view', 'Main View').href).toBe('/stacks/acme/');
    expect(find('view', 'Kafka Hub').href).toBe('/stacks/acme/?view=hub');
  });

  it('opens a component selected in the first view that shows it, with its company and technology', () => {
    expect(find('component', 'Kafka')).toMatchObject({ href: '/stacks/acme/?node=kafka', context: 'Acme · Main View', keywords: 'Apache Kafka' });
    expect(find('component', 'Schema Registry')).toMatchObject({ href: '/stacks/acme/?view=hub&node=schema-registry', context: 'Acme · Kafka Hub' });
  });

  it('names flows by their ends and label, and links them in their own view', () => {
    expect(find('flow', 'Web App -> Kafka: click events').href).toBe('/stacks/acme/?flow=web-app-to-kafka');
    expect(find('flow', flowName('Web App', 'Kafka', 'clicks'))).toMatchObject({ href: '/stacks/acme/?view=hub&flow=clicks', context: 'Acme · Kafka Hub' });
  });

  it('links each tour step to its view, tour and number', () => {
    expect(find('step', 'The click reaches the bus')).toMatchObject({
      href: '/stacks/acme/?view=hub&tour=follow-a-click&step=2',
      context: 'Acme · Follow a click · step 2 of 2',
    });
  });

  it('lists only the technologies a stack uses, and every concept', () => {
    expect(docs.filter((doc) => doc.kind === 'tech').map((doc) => doc.href)).toEqual(['/tech/kafka/', '/tech/hadoop/']);
    expect(find('concept', 'Asynchronous')).toMatchObject({ href: '/concepts/asynchronous/', context: 'Send and carry on.' });
  });

  it('gives every record of a kind its own link', () => {
    for (const kind of SEARCH_KINDS) {
      const hrefs = docs.filter((doc) => doc.kind === kind).map((doc) => doc.href);
      expect(new Set(hrefs).size, kind).toBe(hrefs.length);
    }
  });
});

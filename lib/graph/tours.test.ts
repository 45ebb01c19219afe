/**
 * Tours: `<Tour>/<Step>` inside a `<Diagram>`, extracted with positions, checked against the diagram
 * they are in, and carried through layout to the client model (without prose).
 */
import { describe, expect, it } from 'vitest';
import { GOOD, checkFixture, edit, laidOut, locate, parseFixture } from './__fixtures__/helpers';
import { toClientModel } from './client-model';
import type { ContentError } from './schema';

const at = (error: ContentError) => ({ line: error.line, column: error.column });

describe('extraction', () => {
  it('reads each tour of a diagram with its steps in file order, attributes, positions and prose', async () => {
    const parsed = await parseFixture(GOOD);
    expect(parsed.views[0]!.tours).toEqual([]);
    const [tour] = parsed.views[1]!.tours;
    expect(tour!.attrs).toEqual({ id: 'follow-a-click', title: 'Follow a click' });
    expect(tour!.at).toEqual(locate(GOOD, '<Tour id="follow-a-click"'));
    expect(tour!.steps.map((step) => step.attrs)).toEqual([
      { title: 'A user clicks', focus: 'web-app' },
      { title: 'The click reaches the bus', focus: 'web-app kafka', flows: 'clicks' },
    ]);
    expect(tour!.steps[1]!.attrAt.focus).toEqual(locate(GOOD, 'focus="web-app kafka"'));
    expect(tour!.steps[0]!.text).toBe('The web app sends a click event.');
    expect(JSON.stringify(tour!.steps[0]!.prose)).toContain('"tagName":"strong"');
  });

  it('reads a step written on one line (an inline element inside a paragraph)', async () => {
    const source = edit(GOOD, '    <Step title="A user clicks" focus="web-app">\n      The web app sends a **click event**.\n    </Step>',
      '    <Step title="A user clicks" focus="web-app">One *line*.</Step>');
    const parsed = await parseFixture(source);
    const step = parsed.views[1]!.tours[0]!.steps[0]!;
    expect(step.text).toBe('One line.');
    expect(step.at).toEqual(locate(source, '<Step title="A user clicks"'));
  });
});

describe('validation', () => {
  it('gives the model the contract shape: focus and flows as id lists, prose kept, several tours per diagram', async () => {
    const source = edit(GOOD, '  </Tour>\n</Diagram>', '  </Tour>\n  <Tour id="bus-only" title="Just the bus">\n    <Step title="Kafka" focus="kafka" />\n  </Tour>\n</Diagram>');
    const { validation } = await checkFixture(source);
    if (!validation?.ok) throw new Error(JSON.stringify(validation?.errors));
    const [main, hub] = validation.document.views;
    expect(main!.tours).toEqual([]);
    expect(hub!.tours.map((tour) => tour.id)).toEqual(['follow-a-click', 'bus-only']);
    expect(hub!.tours[0]!.steps[1]).toMatchObject({ title: 'The click reaches the bus', focus: ['web-app', 'kafka'], flows: ['clicks'], text: 'Kafka receives it.' });
    expect(hub!.tours[0]!.steps[0]!.flows).toEqual([]);
    expect(hub!.tours[1]!.steps[0]).toEqual({ title: 'Kafka', focus: ['kafka'], flows: [], prose: null, text: '', citations: [] });
  });

  it('one error per bad id in `focus`, each at the attribute, with a did-you-mean', async () => {
    const source = edit(GOOD, 'focus="web-app kafka"', 'focus="web-ap  kafka kafak"');
    const { errors } = await checkFixture(source);
    expect(errors.map((error) => [error.message, error.hint])).toEqual([
      ['step focuses unknown component `web-ap`', 'did you mean `web-app`?'],
      ['step focuses unknown component `kafak`', 'did you mean `kafka`?'],
    ]);
    for (const error of errors) expect(at(error)).toEqual(locate(source, 'focus="web-ap  '));
  });

  it('an id with no likely match lists the components of the diagram', async () => {
    const { errors } = await checkFixture(edit(GOOD, 'focus="web-app kafka"', 'focus="web-app zookeeper"'));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.hint).toBe('components here: `web-app`, `kafka`');
  });

  it('a blank `focus` is a schema error with an example', async () => {
    const source = edit(GOOD, 'focus="web-app kafka"', 'focus="  "');
    const { errors } = await checkFixture(source);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toBe('attribute `focus` on `<Step>` must list at least one component id');
    expect(errors[0]!.hint).toBe('e.g. `rider-app kafka`');
    expect(at(errors[0]!)).toEqual(locate(source, 'focus="  "'));
  });

  it('tour ids are unique across diagrams, and the same id twice in one diagram is caught too', async () => {
    const source = edit(GOOD, '  </Tour>\n</Diagram>', '  </Tour>\n  <Tour id="follow-a-click" title="Again">\n    <Step title="Kafka" focus="kafka" />\n  </Tour>\n</Diagram>');
    const { errors } = await checkFixture(source);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toBe(`tour id \`follow-a-click\` is used twice (first on line ${locate(GOOD, '<Tour id="follow-a-click"').line})`);
    expect(at(errors[0]!)).toEqual(locate(source, 'id="follow-a-click"', 2));
  });

  it('an element other than `<Step>` inside a tour says what goes there', async () => {
    const source = edit(GOOD, '  <Tour id="follow-a-click" title="Follow a click">\n', '  <Tour id="follow-a-click" title="Follow a click">\n    <Component id="kafka" />\n');
    const { errors } = await checkFixture(source);
    expect(errors.map((error) => [error.message, error.hint])).toEqual([
      ['`<Component>` is not allowed in a `<Tour>` (only `<Step>` goes there)', '`<Component>` must be inside a `<Layer>`'],
    ]);
  });
});

describe('through layout to the client', () => {
  it('laid-out views keep their tours; the client model drops step prose only', async () => {
    const { stack } = await laidOut(GOOD);
    expect(stack.views[1]!.tours[0]!.steps).toHaveLength(2);
    const client = toClientModel(stack);
    expect(client.views[0]!.tours).toEqual([]);
    expect(client.views[1]!.tours).toEqual([
      {
        id: 'follow-a-click',
        title: 'Follow a click',
        steps: [
          { title: 'A user clicks', focus: ['web-app'], flows: [], citations: [] },
          { title: 'The click reaches the bus', focus: ['web-app', 'kafka'], flows: ['clicks'], citations: [] },
        ],
      },
    ]);
  });
});

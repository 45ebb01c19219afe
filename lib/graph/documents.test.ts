/** Stacks and concept pages share one pipeline; the kind table says where they differ. */
import { describe, expect, it } from 'vitest';
import { validateDocument } from './validate';
import { compileFixture, GOOD } from './__fixtures__/helpers';

const CONCEPT = `---
title: Sequential
summary: Steps run one after another.
example: Brewing the coffee, then frying the eggs.
order: 2
related: [synchronous]
---

## What it means

Order, with no overlap.
`;

async function validate(source: string, kind: 'stack' | 'concept', slug = 'sequential') {
  const compiled = await compileFixture(source, slug);
  if (!compiled.ok) throw new Error(compiled.errors[0]!.message);
  return validateDocument(compiled.document, kind);
}

describe('document kinds', () => {
  it('a concept page needs no `<Diagram>`, and its meta carries its id', async () => {
    const result = await validate(CONCEPT, 'concept');
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    expect(result.document.meta).toEqual({
      title: 'Sequential',
      summary: 'Steps run one after another.',
      example: 'Brewing the coffee, then frying the eggs.',
      order: 2,
      related: ['synchronous'],
      id: 'sequential',
      file: 'content/stacks/sequential.mdx',
    });
    expect(result.document.views).toEqual([]);
  });

  it('the same prose-only file as a stack is told what it lacks', async () => {
    const result = await validate(CONCEPT, 'stack');
    expect(result.ok ? [] : result.errors.map((error) => error.message)).toEqual([
      'missing frontmatter field `company`',
      'the stack has no `<Diagram>`',
      // Every unknown field, each at its own line (not only the first).
      'unknown frontmatter field `example`',
      'unknown frontmatter field `order`',
      'unknown frontmatter field `related`',
    ]);
  });

  it('a concept page checks its diagrams like a stack does', async () => {
    const body = GOOD.slice(GOOD.indexOf('<Diagram'));
    const result = await validate(`${CONCEPT}\n${body.replace('to="kafka" label="click events"', 'to="kafak" label="click events"')}`, 'concept');
    expect(result.ok ? [] : result.errors.map((error) => error.message)).toEqual(['flow to unknown component `kafak`']);
  });

  it('a value of the wrong type is quoted too', async () => {
    const result = await validate(CONCEPT.replace('order: 2', 'order: "second"').replace('related: [synchronous]', 'related: [Synchronous]'), 'concept');
    expect(result.ok ? [] : result.errors.map((error) => `${error.line}:${error.column} ${error.message}`)).toEqual([
      '5:1 frontmatter `order` must be a number, got "second"',
      '6:11 frontmatter `related.0` must be lowercase kebab-case (letters, digits and dashes), got "Synchronous"',
    ]);
  });
});

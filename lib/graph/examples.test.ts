import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINIMAL_EXAMPLE, stackTemplate } from './examples';
import { authoringReference, frontmatterJsonSchema } from './reference';
import { ELEMENT_SCHEMAS, FLOW_MODES, frontmatterSchema } from './schema';
import { runPipeline } from './__fixtures__/helpers';
import { loadTechIds } from '../content/technologies';
import { CONTENT_DIR } from '../content/files';

describe('documented examples are valid content', () => {
  it('the minimal example passes with no errors and no warnings', async () => {
    const result = await runPipeline(MINIMAL_EXAMPLE, { slug: 'acme' });
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('the new-stack template passes as written, technology link included', async () => {
    const result = await runPipeline(stackTemplate('acme-corp', 'Acme "Corp": Inc'), { slug: 'acme-corp', techIds: await loadTechIds() });
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    if (!result.ok) return;
    expect(result.stack.meta.company).toBe('Acme "Corp": Inc');
    expect(result.stack.views.map((d) => d.id)).toEqual(['overview', 'queue-centric']);
    expect(result.stack.views[0]!.tours.map((tour) => [tour.id, tour.steps.length])).toEqual([['follow-an-event', 3]]);
  });

  it('the minimal example shows a tour', async () => {
    const result = await runPipeline(MINIMAL_EXAMPLE, { slug: 'acme' });
    if (!result.ok) throw new Error('expected a valid stack');
    expect(result.stack.views[0]!.tours[0]!.steps.map((step) => step.focus)).toEqual([['web-app'], ['web-app', 'dashboards']]);
  });
});

describe('the authoring reference is generated from the schema', () => {
  const reference = authoringReference();

  it('lists every attribute of every element, with required flags from the schema', () => {
    for (const element of reference.elements) {
      const shape = ELEMENT_SCHEMAS[element.name].shape as Record<string, { isOptional(): boolean }>;
      expect(element.attributes.map((a) => a.name).sort()).toEqual(Object.keys(shape).sort());
      for (const attribute of element.attributes) {
        expect(attribute.required, `${element.name}.${attribute.name}`).toBe(!shape[attribute.name]!.isOptional());
        expect(attribute.description, `${element.name}.${attribute.name} has a description`).not.toBe('');
      }
    }
  });

  it('lists every frontmatter field and every mode', () => {
    expect(reference.frontmatter.map((f) => f.name).sort()).toEqual(Object.keys(frontmatterSchema.shape).sort());
    expect(reference.frontmatter.find((f) => f.name === 'sources')?.required).toBe(false);
    expect(reference.modes.map((m) => m.mode)).toEqual([...FLOW_MODES]);
  });

  it('the committed JSON schema matches the zod schema (run `npm run schema` if this fails)', () => {
    const committed = JSON.parse(readFileSync(path.join(CONTENT_DIR, 'stack-frontmatter.schema.json'), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(frontmatterJsonSchema())));
  });
});

import { describe, expect, expectTypeOf, it } from 'vitest';
import type { CiteProps, ComponentProps, FlowProps, StackAtlasMdxComponents, StepProps, TourProps } from './mdx-types';
import { ELEMENT_SCHEMAS, type FlowMode } from './schema';

describe('MDX element types', () => {
  it('cover exactly the elements the schema defines', () => {
    const names: (keyof StackAtlasMdxComponents)[] = ['Diagram', 'Layer', 'Component', 'Flow', 'Tour', 'Step', 'Cite'];
    expect([...names].sort()).toEqual(Object.keys(ELEMENT_SCHEMAS).sort());
  });
  it('follow the schema: required and optional attributes, mode values', () => {
    expectTypeOf<FlowProps['from']>().toEqualTypeOf<string>();
    expectTypeOf<FlowProps['mode']>().toEqualTypeOf<FlowMode | undefined>();
    expectTypeOf<ComponentProps['label']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<TourProps['id']>().toEqualTypeOf<string>();
    expectTypeOf<StepProps['focus']>().toEqualTypeOf<string>();
    expectTypeOf<StepProps['flows']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<FlowProps['inferred']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<ComponentProps['inferred']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<CiteProps['source']>().toEqualTypeOf<string>();
    expectTypeOf<CiteProps['quote']>().toEqualTypeOf<string>();
  });
});

/**
 * Issue 9's Lighthouse targets: the stack page against the minimal React Flow page of the same run.
 * Pure: the median figures in, the verdicts out.
 */
import type { LighthouseFigures } from './figures';

export interface LighthouseCheck {
  name: string;
  /** The stack page's median and the minimal React Flow page's (null where the target is absolute). */
  real: number | null;
  reference: number | null;
  /** real / reference, for ratio targets; null when either is missing or the reference is 0. */
  ratio: number | null;
  /** The target as printed: `≥ minimal RF`, `≤ 1.1× minimal RF`, `= 100`. */
  target: string;
  pass: boolean;
}

const known = (value: number | null | undefined): value is number => value !== null && value !== undefined && Number.isFinite(value);

/** real <= limit × reference; written as a product so a reference of 0 ms still gives a verdict (only 0 passes). */
function ratioCheck(name: string, real: number | null, reference: number | null, limit: number, unit: string): LighthouseCheck {
  const both = known(real) && known(reference);
  return {
    name: `${name} (${unit})`,
    real,
    reference,
    ratio: both && reference > 0 ? real / reference : null,
    target: `≤ ${limit}× minimal RF`,
    pass: both && real <= limit * reference,
  };
}

export function lighthouseChecks(real: LighthouseFigures | null, minimalRf: LighthouseFigures | null): LighthouseCheck[] {
  const performance = { real: real?.performance ?? null, reference: minimalRf?.performance ?? null };
  return [
    {
      name: 'Performance score',
      ...performance,
      ratio: null,
      target: '≥ minimal RF',
      pass: known(performance.real) && known(performance.reference) && performance.real >= performance.reference,
    },
    ratioCheck('LCP', real?.lcp ?? null, minimalRf?.lcp ?? null, 1.1, 'ms'),
    ratioCheck('TBT', real?.tbt ?? null, minimalRf?.tbt ?? null, 1.25, 'ms'),
    { name: 'Accessibility score', real: real?.accessibility ?? null, reference: null, ratio: null, target: '= 100', pass: real?.accessibility === 100 },
  ];
}

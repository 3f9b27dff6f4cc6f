import { proportionDifference } from '@/lib/stats/difference';
import { SMALL_SAMPLE, type QuestionResult } from './compute';

export type ComparisonVerdict = 'higher' | 'lower' | 'within' | 'too-few' | 'no-others';

export interface Comparison {
  verdict: ComparisonVerdict;
  /** The force's percentage minus the other forces' (percentage points), when there is one. */
  differencePoints: number | null;
  /** 95% interval of that difference, in percentage points. */
  intervalPoints: { low: number; high: number } | null;
  /** The other forces together. */
  others: { met: number; relevant: number };
}

const points = (proportion: number) => Math.round(proportion * 1000) / 10 + 0;

/**
 * A force set beside the rest. The force is compared with the *other* forces together (the
 * all-forces figure contains the force itself, so it is not an independent sample), with
 * Newcombe's interval for the difference. A difference whose interval includes zero is within
 * the uncertainty: the samples cannot tell the force apart from the rest.
 */
export function compareWithOtherForces(force: QuestionResult, all: QuestionResult): Comparison {
  const others = { met: all.counts.met - force.counts.met, relevant: all.relevant - force.relevant };
  if (others.relevant === 0) return { verdict: 'no-others', differencePoints: null, intervalPoints: null, others };
  if (force.relevant < SMALL_SAMPLE || others.relevant < SMALL_SAMPLE) {
    return { verdict: 'too-few', differencePoints: null, intervalPoints: null, others };
  }
  const difference = proportionDifference(force.counts.met, force.relevant, others.met, others.relevant);
  if (!difference) return { verdict: 'too-few', differencePoints: null, intervalPoints: null, others };
  const { low, high } = difference.interval;
  const verdict: ComparisonVerdict = low > 0 ? 'higher' : high < 0 ? 'lower' : 'within';
  return { verdict, differencePoints: points(difference.estimate), intervalPoints: { low: points(low), high: points(high) }, others };
}

/** The comparison in a sentence a lead can read out. */
export function describeComparison(forceName: string, c: Comparison): string {
  switch (c.verdict) {
    case 'no-others':
      return 'No other force has relevant files to compare with.';
    case 'too-few':
      return `Too few relevant files to compare (fewer than ${SMALL_SAMPLE} for ${forceName} or for the other forces).`;
    case 'within':
      return `Within the uncertainty: the difference of ${signed(c.differencePoints)} percentage points from the other forces could be chance (95% CI ${signed(c.intervalPoints?.low)} to ${signed(c.intervalPoints?.high)}).`;
    case 'higher':
    case 'lower':
      return `${forceName} is ${c.verdict} than the other forces together by ${Math.abs(c.differencePoints ?? 0)} percentage points (95% CI ${signed(c.intervalPoints?.low)} to ${signed(c.intervalPoints?.high)}).`;
  }
}

function signed(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return value > 0 ? `+${value}` : value < 0 ? `−${Math.abs(value)}` : '0';
}

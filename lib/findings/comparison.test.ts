import { describe, expect, it } from 'vitest';
import { compareWithOtherForces, describeComparison } from './comparison';
import { questionResult } from './compute';

const q = { code: 'x', theme: 't', wording: 'w' };
const result = (met: number, notMet: number) => questionResult(q, { met, partly: 0, notMet, notApplicable: 0, unanswered: 0 });

describe('a force compared with the other forces', () => {
  it('calls a difference within the uncertainty when its interval includes zero', () => {
    // Kent 54 of 60 (90%) beside the others' 1,800 of 2,100 (85.7%): too close to call on 60 files.
    const c = compareWithOtherForces(result(54, 6), result(54 + 1800, 6 + 300));
    expect(c.verdict).toBe('within');
    expect(c.differencePoints).toBe(4.3);
    expect(describeComparison('Kent Police', c)).toMatch(/^Within the uncertainty: the difference of \+4\.3 percentage points/);
  });

  it('says plainly when a force is lower', () => {
    const c = compareWithOtherForces(result(30, 30), result(30 + 1800, 30 + 300));
    expect(c.verdict).toBe('lower');
    expect(describeComparison('Kent Police', c)).toMatch(
      /^Kent Police is lower than the other forces together by 35\.7 percentage points \(95% CI −/,
    );
  });

  it('does not compare small samples or a force with nobody', () => {
    expect(compareWithOtherForces(result(5, 3), result(500, 300)).verdict).toBe('too-few');
    expect(compareWithOtherForces(result(54, 6), result(54, 6)).verdict).toBe('no-others');
  });
});

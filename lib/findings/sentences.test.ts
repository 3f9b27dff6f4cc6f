import { describe, expect, it } from 'vitest';
import { questionResult, type ScopeResult } from './compute';
import { reportSentence } from './sentences';
import { peelTemplate } from '@/testing/peel-2017';

/** A question of the PEEL 2017 template, with the met phrase its file gives it. */
function question(code: string) {
  const q = peelTemplate().questions.find((x) => x.code === code);
  if (!q) throw new Error(`no question ${code}`);
  return q;
}
const care = question('victim_care_appropriate');
const dash = question('dash_completed');
const scope = (key: string, reviewed: number): ScopeResult => ({
  key,
  label: key === 'all' ? 'All forces' : 'Kent Police',
  files: reviewed,
  reviewed,
  questions: [],
  outcomes: [],
});
const context = { forceCount: 43, crimeType: null, provisional: false };

describe('report sentences', () => {
  it('reads like the published Kent report', () => {
    const q = questionResult(care, { met: 54, partly: 0, notMet: 6, notApplicable: 0, unanswered: 0 });
    expect(reportSentence(scope('kent', 60), q, context)).toBe(
      'We reviewed 60 files and found that in 54 of them victim care was appropriate.',
    );
  });

  it('says how many files the question applied to when it did not apply to all', () => {
    const q = questionResult(dash, { met: 20, partly: 0, notMet: 5, notApplicable: 35, unanswered: 0 });
    expect(reportSentence(scope('kent', 60), q, context)).toBe(
      'We reviewed 60 files. Of the 25 files where the question applied, we found that in 20 a DASH risk assessment was completed.',
    );
  });

  it('gives national figures with a percentage, across the forces', () => {
    const q = questionResult(care, { met: 2087, partly: 0, notMet: 583, notApplicable: 0, unanswered: 0 });
    expect(reportSentence(scope('all', 2670), q, context)).toBe(
      'Across the 43 forces, we reviewed 2,670 files and found that in 2,087 of them (78 percent) victim care was appropriate.',
    );
  });

  it('carries the small-sample and provisional caveats, and names the crime type', () => {
    const q = questionResult(care, { met: 6, partly: 0, notMet: 2, notApplicable: 0, unanswered: 0 });
    expect(
      reportSentence(scope('kent', 8), q, {
        ...context,
        crimeType: 'rape',
        crimeTypeLabel: 'Rape (including attempts)',
        provisional: true,
      }),
    ).toBe(
      'Provisional: We reviewed 8 rape (including attempts) files and found that in 6 of them victim care was appropriate. This is a small sample, so the finding is indicative only.',
    );
  });

  it('gives no percentage for a small sample, even across all forces', () => {
    const q = questionResult(care, { met: 2, partly: 0, notMet: 0, notApplicable: 58, unanswered: 0 });
    expect(reportSentence(scope('all', 60), q, context)).toBe(
      'Across the 43 forces, we reviewed 60 files. Of the 2 files where the question applied, we found that in 2 victim care was appropriate. This is a small sample, so the finding is indicative only.',
    );
  });

  it('quotes the question when it has no phrase for the wording', () => {
    const q = questionResult(
      { ...care, wording: 'Was the victim treated well?', finding: null },
      { met: 1, partly: 0, notMet: 0, notApplicable: 0, unanswered: 0 },
    );
    expect(reportSentence(scope('kent', 1), q, context)).toContain('in 1 of them the answer to “Was the victim treated well?” was yes.');
  });

  it('says when nothing has been reviewed yet, or the question never applied', () => {
    const none = questionResult(care, { met: 0, partly: 0, notMet: 0, notApplicable: 0, unanswered: 60 });
    expect(reportSentence(scope('kent', 0), none, context)).toBe('We have not yet reviewed any files from Kent Police.');
    const na = questionResult(dash, { met: 0, partly: 0, notMet: 0, notApplicable: 60, unanswered: 0 });
    expect(reportSentence(scope('kent', 60), na, context)).toBe('We reviewed 60 files; the question did not apply to any of them.');
  });
});

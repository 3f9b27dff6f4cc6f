import { describe, expect, it } from 'vitest';
import { ANSWER_SETS, answerNeedsNote, type AnswerCode } from '@/demo/peel-2017';
import { PEEL_2017_TEMPLATE, ruleHolds } from '@/demo/peel-2017-template';
import { legacyFacts, peelFacts, peelTemplate } from '@/testing/peel-2017';
import { Prng } from '@/lib/random-sampling/prng';
import { allocateByCrimeType, generateFiles } from './generated-files';
import { generateReviewAnswers } from './review-generator';

describe('generated reviews', () => {
  const files = generateFiles('test', '99', 300);

  it('answer exactly the questions that apply, within each answer set, with notes where the form needs them', () => {
    const prng = new Prng('reviews');
    for (const file of files) {
      const answers = generateReviewAnswers(prng, peelFacts(legacyFacts(file)), peelTemplate().questions, 0.7);
      const given = Object.fromEntries(answers.map((a) => [a.question, a.answer as AnswerCode]));
      for (const q of PEEL_2017_TEMPLATE.questions) {
        const applies = ruleHolds(q.appliesWhen, legacyFacts(file), given);
        expect(q.code in given, `${file.crimeReference} ${q.code}`).toBe(applies);
        const answer = given[q.code];
        if (answer) expect(ANSWER_SETS[q.answerSet] as readonly string[]).toContain(answer);
      }
      for (const a of answers) if (answerNeedsNote(a.answer as AnswerCode)) expect(a.note).toBeTruthy();
    }
  });

  it('are the same for the same seed', () => {
    const again = generateFiles('test', '99', 300);
    expect(again).toEqual(files);
    const one = generateReviewAnswers(new Prng('x'), peelFacts(legacyFacts(files[0] ?? never())), peelTemplate().questions, 0.8);
    expect(generateReviewAnswers(new Prng('x'), peelFacts(legacyFacts(files[0] ?? never())), peelTemplate().questions, 0.8)).toEqual(one);
  });

  it('spread any sample size over the crime types, with unique references', () => {
    for (const size of [60, 90, 1200, 7]) expect(allocateByCrimeType(size).reduce((n, [, k]) => n + k, 0)).toBe(size);
    expect(allocateByCrimeType(60)).toContainEqual(['common-assault', 13]);
    expect(new Set(files.map((f) => f.crimeReference)).size).toBe(files.length);
  });
});

function never(): never {
  throw new Error('missing');
}

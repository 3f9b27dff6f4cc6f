import { ANSWER_SETS, answerNeedsNote, type AnswerCode, type AnswerSet } from '@/domain/codes';
import type { AppliesWhen, FileFacts } from '@/domain/rules';
import { ruleStatus } from '@/lib/findings/classify';
import { Prng } from '@/lib/random-sampling/prng';

export interface GeneratorQuestion {
  code: string;
  answerSet: AnswerSet;
  appliesWhen: AppliesWhen | null;
}

export interface GeneratedAnswer {
  question: string;
  answer: AnswerCode;
  note: string | null;
}

const NOTES: Record<'yes' | 'partly' | 'no' | 'na', readonly string[]> = {
  yes: [
    'Clearly recorded on the crime report.',
    'Done promptly and recorded in the officer’s notes.',
    'Evident from the supervisor’s review.',
  ],
  partly: [
    'Some steps recorded, but the file does not show they were completed.',
    'Done late: recorded two days after the first report.',
    'Started, but not followed through after the suspect was identified.',
  ],
  no: [
    'No record of this anywhere on the file.',
    'Not done, and the file gives no reason why.',
    'The supervisor’s review did not pick this up.',
  ],
  na: ['The circumstances of this crime did not call for it.'],
};

/**
 * A deterministic, plausible review of one file: questions in template order, only those whose
 * rule holds for the file and the answers given so far, "partly" and "no" always with a note (as
 * the form requires). `quality` (0–1) is how often a criterion is met. With `complete` false
 * (a draft) it stops part way through. For tests, the demo and the benchmark, never real data.
 */
export function generateReviewAnswers(
  prng: Prng,
  file: FileFacts,
  questions: readonly GeneratorQuestion[],
  quality: number,
  complete = true,
): GeneratedAnswer[] {
  const given: Record<string, AnswerCode> = {};
  const out: GeneratedAnswer[] = [];
  const stopAfter = complete ? questions.length : prng.nextBelow(questions.length);
  for (const question of questions) {
    if (out.length >= stopAfter) break;
    if (ruleStatus(question.appliesWhen, file, given) !== true) continue;
    const answer = pickAnswer(prng, ANSWER_SETS[question.answerSet], quality);
    const needsNote = answerNeedsNote(answer);
    const note = needsNote || prng.nextBelow(100) < 25 ? prng.pick(NOTES[answer]) : null;
    given[question.code] = answer;
    out.push({ question: question.code, answer, note });
  }
  return out;
}

function pickAnswer(prng: Prng, allowed: readonly AnswerCode[], quality: number): AnswerCode {
  if (allowed.includes('na') && prng.nextBelow(100) < 8) return 'na';
  if (prng.nextBelow(10_000) < Math.round(quality * 10_000)) return 'yes';
  if (allowed.includes('partly') && prng.nextBelow(2) === 0) return 'partly';
  return 'no';
}

/** A force's quality, fixed by the seed: most forces meet most criteria, some noticeably fewer. */
export function forceQuality(seed: string, forceCode: string): number {
  return 0.62 + new Prng(`${seed}:quality:${forceCode}`).nextBelow(33) / 100;
}

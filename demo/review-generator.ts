import type { FileFacts } from '@/lib/criteria';
import { ruleStatus } from '@/lib/findings/classify';
import { Prng } from '@/lib/random-sampling/prng';
import { countsAsNeedsNote, type CountsAs, type TemplateQuestion } from '@/lib/templates/template-file';

export type GeneratorQuestion = Pick<TemplateQuestion, 'code' | 'rule' | 'options'>;

export interface GeneratedAnswer {
  question: string;
  /** An option code of the question's scale. */
  answer: string;
  note: string | null;
}

const NOTES: Record<CountsAs, readonly string[]> = {
  met: [
    'Clearly recorded on the crime report.',
    'Done promptly and recorded in the officer’s notes.',
    'Evident from the supervisor’s review.',
  ],
  partly: [
    'Some steps recorded, but the file does not show they were completed.',
    'Done late: recorded two days after the first report.',
    'Started, but not followed through after the suspect was identified.',
  ],
  not_met: [
    'No record of this anywhere on the file.',
    'Not done, and the file gives no reason why.',
    'The supervisor’s review did not pick this up.',
  ],
  not_applicable: ['The circumstances of this crime did not call for it.'],
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
  const given: Record<string, string> = {};
  const out: GeneratedAnswer[] = [];
  const stopAfter = complete ? questions.length : prng.nextBelow(questions.length);
  for (const question of questions) {
    if (out.length >= stopAfter) break;
    if (ruleStatus(question.rule, file, given) !== true) continue;
    const answer = pickAnswer(prng, question, quality);
    const needsNote = countsAsNeedsNote(answer.countsAs);
    const note = needsNote || prng.nextBelow(100) < 25 ? prng.pick(NOTES[answer.countsAs]) : null;
    given[question.code] = answer.code;
    out.push({ question: question.code, answer: answer.code, note });
  }
  return out;
}

/** The first option of the scale that counts as each kind (a scale always has met and partly or not met). */
function pickAnswer(prng: Prng, question: GeneratorQuestion, quality: number): { code: string; countsAs: CountsAs } {
  const first = (kind: CountsAs) => question.options.find((o) => o.countsAs === kind);
  const na = first('not_applicable');
  if (na && prng.nextBelow(100) < 8) return na;
  const met = first('met');
  if (met && prng.nextBelow(10_000) < Math.round(quality * 10_000)) return met;
  const partly = first('partly');
  const notMet = first('not_met');
  if (partly && (!notMet || prng.nextBelow(2) === 0)) return partly;
  return notMet ?? partly ?? met ?? { code: question.options[0]?.code ?? '', countsAs: 'met' };
}

/** A force's quality, fixed by the seed: most forces meet most criteria, some noticeably fewer. */
export function forceQuality(seed: string, forceCode: string): number {
  return 0.62 + new Prng(`${seed}:quality:${forceCode}`).nextBelow(33) / 100;
}

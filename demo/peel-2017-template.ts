import type { AppliesWhen } from '@/domain/rules';
import type { AnswerCode, AnswerSet, FileFlag } from './peel-2017';

export interface TemplateQuestionDefinition {
  code: string;
  theme: string;
  wording: string;
  hint: string | null;
  answerSet: AnswerSet;
  appliesWhen: AppliesWhen | null;
}

export interface TemplateDefinition {
  slug: string;
  version: number;
  name: string;
  questions: readonly TemplateQuestionDefinition[];
}

/** The default criteria template of DOMAIN.md: `peel-2017-crime-files`, version 1, exactly. */
export const PEEL_2017_TEMPLATE: TemplateDefinition = {
  slug: 'peel-2017-crime-files',
  version: 1,
  name: 'PEEL 2017 crime file review',
  questions: [
    {
      code: 'vulnerability_identified',
      theme: 'Identifying vulnerability',
      wording: "Was the victim's vulnerability identified at first contact?",
      hint: null,
      answerSet: 'YN',
      appliesWhen: null,
    },
    {
      code: 'risk_assessed',
      theme: 'Identifying vulnerability',
      wording: 'Was a structured risk assessment (THRIVE) recorded at first contact?',
      hint: null,
      answerSet: 'YN',
      appliesWhen: null,
    },
    {
      code: 'repeat_victim_identified',
      theme: 'Identifying vulnerability',
      wording: 'Was the victim identified as a repeat victim?',
      hint: 'Asked when the file is flagged as a repeat victim.',
      answerSet: 'YN',
      appliesWhen: { flag: 'repeat_victim' },
    },
    {
      code: 'response_timely',
      theme: 'Initial investigation',
      wording: 'Was the initial response timely for the assessed risk?',
      hint: null,
      answerSet: 'YNA',
      appliesWhen: null,
    },
    {
      code: 'evidence_secured',
      theme: 'Initial investigation',
      wording: "Were opportunities to secure evidence in the 'golden hour' taken?",
      hint: null,
      answerSet: 'YPNA',
      appliesWhen: null,
    },
    {
      code: 'bwv_used',
      theme: 'Initial investigation',
      wording: 'Was body-worn video used where it was available and appropriate?',
      hint: null,
      answerSet: 'YNA',
      appliesWhen: null,
    },
    {
      code: 'dash_completed',
      theme: 'Initial response',
      wording: 'Was a DASH risk assessment completed?',
      hint: 'Asked for domestic abuse, stalking and harassment.',
      answerSet: 'YN',
      appliesWhen: { any: [{ flag: 'domestic_abuse' }, { crimeTypeIn: ['stalking', 'harassment'] }] },
    },
    {
      code: 'investigation_plan',
      theme: 'Investigation quality',
      wording: 'Was there an investigation plan?',
      hint: null,
      answerSet: 'YNA',
      appliesWhen: null,
    },
    {
      code: 'plan_quality',
      theme: 'Investigation quality',
      wording: 'Was the investigation plan of a good standard?',
      hint: 'Asked when there was an investigation plan.',
      answerSet: 'YPN',
      appliesWhen: { answer: { question: 'investigation_plan', in: ['yes'] } },
    },
    {
      code: 'lines_of_enquiry',
      theme: 'Investigation quality',
      wording: 'Were all proportionate lines of enquiry completed?',
      hint: null,
      answerSet: 'YPNA',
      appliesWhen: null,
    },
    {
      code: 'supervision_effective',
      theme: 'Supervision',
      wording: 'Was the investigation effectively supervised?',
      hint: null,
      answerSet: 'YPNA',
      appliesWhen: null,
    },
    {
      code: 'supervisor_direction',
      theme: 'Supervision',
      wording: 'Where it was needed, did a supervisor give advice and direction?',
      hint: null,
      answerSet: 'YNA',
      appliesWhen: null,
    },
    {
      code: 'victim_updated',
      theme: 'Victim care',
      wording: 'Was the victim kept updated on the progress of the investigation?',
      hint: null,
      answerSet: 'YNA',
      appliesWhen: null,
    },
    {
      code: 'needs_assessment',
      theme: 'Victim care',
      wording: "Was a victim needs assessment completed in line with the Victims' Code?",
      hint: null,
      answerSet: 'YNA',
      appliesWhen: null,
    },
    {
      code: 'victim_wishes_recorded',
      theme: 'Victim care',
      wording: "Was there an auditable record of the victim's wishes?",
      hint: 'Asked when the outcome is 14 or 16.',
      answerSet: 'YN',
      appliesWhen: { outcomeIn: [14, 16] },
    },
    {
      code: 'victim_care_appropriate',
      theme: 'Victim care',
      wording: 'Overall, was victim care appropriate?',
      hint: null,
      answerSet: 'YN',
      appliesWhen: null,
    },
    {
      code: 'outcome_appropriate',
      theme: 'Outcome',
      wording: 'Was the outcome assigned appropriate?',
      hint: 'Asked when the file has an outcome.',
      answerSet: 'YNA',
      appliesWhen: { hasOutcome: true },
    },
    {
      code: 'evidence_led_considered',
      theme: 'Outcome',
      wording: 'Was an evidence-led prosecution considered?',
      hint: 'Asked when the outcome is 16 and the file is domestic abuse, rape, stalking or harassment.',
      answerSet: 'YN',
      appliesWhen: {
        all: [{ outcomeIn: [16] }, { any: [{ flag: 'domestic_abuse' }, { crimeTypeIn: ['rape', 'stalking', 'harassment'] }] }],
      },
    },
    {
      code: 'overall_good_standard',
      theme: 'Overall',
      wording: 'Overall, was the investigation of a good standard?',
      hint: null,
      answerSet: 'YN',
      appliesWhen: null,
    },
  ],
};

/** The facts about a file that the old rules looked at (the PEEL 2017 flags as fields). */
export interface FileFacts {
  crimeType: string;
  outcome: number | null;
  domesticAbuse: boolean;
  repeatVictim: boolean;
  vulnerableVictim: boolean;
}

const FLAG_FIELD: Record<FileFlag, keyof FileFacts> = {
  domestic_abuse: 'domesticAbuse',
  repeat_victim: 'repeatVictim',
  vulnerable_victim: 'vulnerableVictim',
};

/**
 * Whether a rule holds for a file and the answers given so far. An answer rule holds only when the
 * other question has one of the listed answers (an unanswered question satisfies nothing).
 */
export function ruleHolds(rule: AppliesWhen | null, file: FileFacts, answers: Readonly<Record<string, AnswerCode | undefined>>): boolean {
  if (rule === null) return true;
  if ('flag' in rule) return file[FLAG_FIELD[rule.flag as FileFlag]] === true;
  if ('crimeTypeIn' in rule) return rule.crimeTypeIn.includes(file.crimeType);
  if ('outcomeIn' in rule) return file.outcome !== null && rule.outcomeIn.includes(file.outcome);
  if ('hasOutcome' in rule) return file.outcome !== null;
  if ('answer' in rule) {
    const given = answers[rule.answer.question];
    return given !== undefined && rule.answer.in.includes(given);
  }
  if ('any' in rule) return rule.any.some((r) => ruleHolds(r, file, answers));
  return rule.all.every((r) => ruleHolds(r, file, answers));
}

/** Plain-English reading of a rule, for hints ("Answer this only if …"). */
export function describeRule(rule: AppliesWhen | null, questionWording?: (code: string) => string): string {
  if (rule === null) return 'always';
  if ('flag' in rule) return `the file is flagged ${rule.flag.replace(/_/g, ' ')}`;
  if ('crimeTypeIn' in rule) return `the crime type is ${joinOr(rule.crimeTypeIn)}`;
  if ('outcomeIn' in rule) return `the outcome is ${joinOr(rule.outcomeIn.map((o) => `outcome ${o}`))}`;
  if ('hasOutcome' in rule) return 'the file has an outcome';
  if ('answer' in rule) {
    const q = questionWording ? `“${questionWording(rule.answer.question)}”` : rule.answer.question;
    return `the answer to ${q} is ${joinOr(rule.answer.in)}`;
  }
  if ('any' in rule) return rule.any.map((r) => describeRule(r, questionWording)).join(', or ');
  return rule.all.map((r) => describeRule(r, questionWording)).join(', and ');
}

function joinOr(items: readonly (string | number)[]): string {
  const words = items.map(String);
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1] ?? ''}`;
}

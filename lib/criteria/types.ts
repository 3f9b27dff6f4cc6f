import type { AnswerCode } from '@/domain/codes';
import type { TemplateQuestionDefinition } from '@/domain/peel-2017-template';
import type { FileFacts } from '@/domain/rules';

export type { FileFacts };

/** A question of a criteria template version, as stored with the template. */
export type CriteriaQuestion = TemplateQuestionDefinition;

/** The questions of one template version, in the template's order. */
export interface CriteriaTemplate {
  questions: readonly CriteriaQuestion[];
}

/** An answer as it is stored: only ever for a question that applies, with a note where one is due. */
export interface StoredAnswer {
  answer: AnswerCode;
  /** The rationale; null when none was given. */
  note: string | null;
}

export type StoredAnswers = Readonly<Record<string, StoredAnswer>>;

/** Longest rationale kept: a short note, not a report. */
export const NOTE_MAX_LENGTH = 2000;

import type { RuleFacts } from '@/lib/templates/rule-language';
import type { TemplateDefinition, TemplateQuestion } from '@/lib/templates/template-file';

/** The facts about a file that rules look at: its crime type, outcome and the template's flags by code. */
export type FileFacts = RuleFacts;

/** A question of a criteria template version: its scale's options resolved, its rule parsed. */
export type CriteriaQuestion = TemplateQuestion;

/** What the review rules need of a template version: its questions in order, and its file facts. */
export type CriteriaTemplate = Pick<TemplateDefinition, 'questions' | 'flags' | 'crimeTypes'>;

/** An answer as it is stored: only ever for a question that applies, with a note where one is due. */
export interface StoredAnswer {
  /** An option code of the question's scale. */
  answer: string;
  /** The rationale; null when none was given. */
  note: string | null;
}

export type StoredAnswers = Readonly<Record<string, StoredAnswer>>;

/** Longest rationale kept: a short note, not a report. */
export const NOTE_MAX_LENGTH = 2000;

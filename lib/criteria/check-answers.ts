import { evaluateRule } from '@/lib/templates/rule-language';
import { optionNeedsNote } from '@/lib/templates/template-file';
import { messages } from './messages';
import { NOTE_MAX_LENGTH, type CriteriaTemplate, type FileFacts, type StoredAnswer } from './types';

/** An answer as it arrives from a form or a spreadsheet row: untrusted text. */
export interface GivenAnswer {
  answer?: string | null;
  note?: string | null;
}

export interface CheckOptions {
  /** Every question that applies must be answered (submitting, or importing with --submit). */
  complete?: boolean;
  /**
   * What to do with an answer to a question that does not apply. 'reject' makes it a problem (the
   * answers import). 'drop' leaves it out quietly: without JavaScript a radio button cannot be
   * cleared, so a form may carry an answer the inspector has since made irrelevant.
   */
  inapplicable?: 'drop' | 'reject';
}

export interface AnswerIssue {
  question: string;
  field: 'answer' | 'note';
  message: string;
}

export interface CheckedAnswers {
  /** What may be stored: valid answers to questions that apply, keyed by question code. */
  answers: Record<string, StoredAnswer>;
  /** Questions that do not apply to the file (stored as no answer at all). */
  notApplicable: string[];
  /** Problems, in template order. */
  issues: AnswerIssue[];
}

function clean(value: string | null | undefined): string {
  return (value ?? '').trim();
}

/**
 * Checks answers against a template version for one file: the single place the criteria rules
 * are applied. Questions are taken in template order, and a question's rule sees only answers
 * that will be stored, so what the rules decide here is what findings will see later.
 */
export function checkAnswers(
  template: CriteriaTemplate,
  facts: FileFacts,
  given: Readonly<Record<string, GivenAnswer | undefined>>,
  options: CheckOptions = {},
): CheckedAnswers {
  const answers: Record<string, StoredAnswer> = {};
  const effective: Record<string, string> = {};
  const notApplicable: string[] = [];
  const issues: AnswerIssue[] = [];
  const codes = new Set(template.questions.map((q) => q.code));

  for (const q of template.questions) {
    const raw = given[q.code];
    const answerText = clean(raw?.answer);
    const note = clean(raw?.note);
    const valid = answerText !== '' && q.options.some((o) => o.code === answerText);

    if (!evaluateRule(q.rule, facts, effective)) {
      notApplicable.push(q.code);
      if (options.inapplicable === 'reject' && (answerText !== '' || note !== '')) {
        issues.push({ question: q.code, field: answerText !== '' ? 'answer' : 'note', message: messages.doesNotApply(q, template) });
      }
      continue;
    }
    if (answerText !== '' && !valid) {
      issues.push({ question: q.code, field: 'answer', message: messages.answerNotAllowed(q, answerText) });
      continue;
    }
    if (note.length > NOTE_MAX_LENGTH) {
      issues.push({ question: q.code, field: 'note', message: messages.noteTooLong(q) });
      continue;
    }
    if (!valid) {
      if (note !== '') issues.push({ question: q.code, field: 'answer', message: messages.noteWithoutAnswer(q) });
      else if (options.complete) issues.push({ question: q.code, field: 'answer', message: messages.answerMissing(q) });
      continue;
    }
    const answer = answerText;
    if (optionNeedsNote(q, answer) && note === '') {
      issues.push({ question: q.code, field: 'note', message: messages.noteMissing(q, answer) });
      continue;
    }
    answers[q.code] = { answer, note: note === '' ? null : note };
    effective[q.code] = answer;
  }

  for (const code of Object.keys(given)) {
    if (!codes.has(code) && given[code] !== undefined)
      issues.push({ question: code, field: 'answer', message: messages.unknownQuestion(code) });
  }
  return { answers, notApplicable, issues };
}

import {
  answerField,
  noteField,
  type CriteriaQuestion,
  type CriteriaTemplate,
  type StoredAnswer,
  type StoredAnswers,
} from '@/lib/criteria';
import type { FormRecord } from './form-values';

export interface SetAsideItem {
  code: string;
  number: number;
  wording: string;
  answer: StoredAnswer;
  /** The answer and its rationale in words. */
  words: string;
}

/** "Partly – “Scene photographed”": an answer (in its scale's words) and its rationale in a line. */
export function answerInWords(question: Pick<CriteriaQuestion, 'options'>, a: StoredAnswer): string {
  const label = question.options.find((o) => o.code === a.answer)?.label ?? a.answer;
  return a.note ? `${label} – “${a.note}”` : label;
}

/**
 * The answers that are (or, once saved, will be) set aside: with the page's script, every answer in
 * the form whose question does not apply now; without it, the ones the server holds aside.
 */
export function setAsideItems(
  template: CriteriaTemplate,
  values: FormRecord,
  applies: Record<string, boolean> | null,
  stored: StoredAnswers,
): SetAsideItem[] {
  return template.questions.flatMap((q, i) => {
    const item = (answer: StoredAnswer) => [{ code: q.code, number: i + 1, wording: q.wording, answer, words: answerInWords(q, answer) }];
    const kept = stored[q.code];
    if (applies === null) return kept ? item(kept) : [];
    if (applies[q.code]) return [];
    const value = values[answerField(q.code)] ?? '';
    if (!q.options.some((o) => o.code === value)) return [];
    const note = (values[noteField(q.code)] ?? '').trim();
    return item({ answer: value, note: note === '' ? null : note });
  });
}

/**
 * Says which typed answers a change of the facts (or of another answer) sets aside, as soon as it
 * is made and before it is saved: they are kept and come back if their question applies again.
 */
export function SetAsideNotice({ items }: { items: SetAsideItem[] }) {
  return (
    <div aria-live="polite" data-testid="set-aside">
      {items.length ? (
        <div className="govuk-inset-text app-set-aside">
          <h3 className="govuk-heading-s govuk-!-margin-bottom-2">
            {items.length === 1 ? '1 answer is set aside' : `${items.length} answers are set aside`}: the{' '}
            {items.length === 1 ? 'question no longer applies' : 'questions no longer apply'} to this file
          </h3>
          <ul className="govuk-list govuk-list--bullet govuk-!-font-size-16">
            {items.map((i) => (
              <li key={i.code}>
                {i.number}. {i.wording} <strong>{i.words}</strong>
              </li>
            ))}
          </ul>
          <p className="govuk-body-s govuk-!-margin-bottom-0">
            Nothing you typed is lost: set-aside answers are kept with the review and come back if the question applies again. They are
            dropped only when you submit the review.
          </p>
        </div>
      ) : null}
    </div>
  );
}

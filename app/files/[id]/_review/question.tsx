import type { UseFormRegister } from 'react-hook-form';
import { Radios, Textarea } from '@/app/_components/govuk';
import { answerField, noteField, whenAsked, type CriteriaQuestion, type CriteriaTemplate } from '@/lib/criteria';
import { ANSWER_LABELS, ANSWER_SETS, answerNeedsNote, type AnswerCode } from '@/domain/codes';
import type { FormRecord } from './form-values';
import { NoteCount } from './note-count';

interface Props {
  q: CriteriaQuestion;
  template: CriteriaTemplate;
  register: UseFormRegister<FormRecord>;
  initial: FormRecord;
  /** The current answer (for the rationale's wording). */
  answer: string;
  /** The rationale as typed now (for its character count). */
  note: string;
  /** Known only once the page's script runs; until then every question shows. */
  applies: boolean | null;
  answerError?: string;
  noteError?: string;
  /** The question's number in the template. */
  number: number;
  /** The answer kept aside while the question does not apply, in words. */
  kept?: string;
}

/**
 * One criterion: its answers as GOV.UK radios and a rationale box that is required for partly and
 * no. A question that does not apply is not asked; without JavaScript it shows with a hint saying
 * when to answer it, and the server applies the rule.
 */
export function Question({ q, template, register, initial, answer, note, applies, answerError, noteError, number, kept }: Props) {
  if (applies === false) {
    return (
      <div className="app-question app-question--not-asked" id={`question-${q.code}`}>
        <p className="govuk-body-s govuk-!-margin-bottom-0" data-testid={`not-asked-${q.code}`}>
          <strong>{number}. Not asked for this file:</strong> {q.wording} It is asked only when {whenAsked(q, template)}.
          {kept ? ` Your answer (${kept}) is set aside and comes back if it applies again.` : ''}
        </p>
      </div>
    );
  }
  const conditionalHint = applies === null && q.appliesWhen ? `Answer this only if ${whenAsked(q, template)}.` : null;
  const hint = [q.hint, conditionalHint].filter(Boolean).join(' ') || undefined;
  const needsNote = (ANSWER_SETS[q.answerSet] as readonly string[]).includes(answer) && answerNeedsNote(answer as AnswerCode);
  const noteHint =
    applies === null
      ? 'Required if you answer partly or no.'
      : needsNote
        ? `You answered ${ANSWER_LABELS[answer as AnswerCode].toLowerCase()}: say why.`
        : undefined;
  return (
    <div className="app-question" id={`question-${q.code}`}>
      <Radios
        id={answerField(q.code)}
        name={answerField(q.code)}
        legend={`${number}. ${q.wording}`}
        legendSize="s"
        hint={hint}
        error={answerError}
        items={ANSWER_SETS[q.answerSet].map((a) => ({ value: a, label: ANSWER_LABELS[a] }))}
        defaultValue={initial[answerField(q.code)] ?? ''}
        inline
        small
        inputProps={register(answerField(q.code))}
      />
      <Textarea
        id={noteField(q.code)}
        label={
          <>
            {needsNote ? 'Rationale' : 'Rationale (optional)'}
            <span className="govuk-visually-hidden"> for “{q.wording}”</span>
          </>
        }
        hint={noteHint}
        error={noteError}
        rows={2}
        defaultValue={initial[noteField(q.code)] ?? ''}
        spellCheck
        after={<NoteCount id={`${noteField(q.code)}-count`} note={note} />}
        {...register(noteField(q.code))}
      />
    </div>
  );
}

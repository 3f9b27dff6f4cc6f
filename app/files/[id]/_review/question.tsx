import type { UseFormRegister } from 'react-hook-form';
import { Radios, Textarea } from '@/app/_components/govuk';
import { answerField, noteField, optionLabel, whenAsked, type CriteriaQuestion, type CriteriaTemplate } from '@/lib/criteria';
import { optionNeedsNote } from '@/lib/templates/template-file';
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
  const conditionalHint = applies === null && q.rule ? `Answer this only if ${whenAsked(q, template)}.` : null;
  const hint = [q.guidance, conditionalHint].filter(Boolean).join(' ') || undefined;
  const needsNote = optionNeedsNote(q, answer);
  const noteOptions = q.options.filter((o) => optionNeedsNote(q, o.code)).map((o) => o.label.toLowerCase());
  const noteHint =
    applies === null
      ? `Required if you answer ${noteOptions.length <= 1 ? noteOptions.join('') : `${noteOptions.slice(0, -1).join(', ')} or ${noteOptions[noteOptions.length - 1] ?? ''}`}.`
      : needsNote
        ? `You answered ${optionLabel(q, answer).toLowerCase()}: say why.`
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
        items={q.options.map((o) => ({ value: o.code, label: o.label }))}
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

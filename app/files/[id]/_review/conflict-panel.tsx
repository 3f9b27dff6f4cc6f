import { useEffect, useRef } from 'react';
import type { UseFormRegister } from 'react-hook-form';
import { Button, Radios } from '@/app/_components/govuk';
import {
  answerField,
  factField,
  factKeys,
  flagLabel,
  optionLabel,
  resolveField,
  snapshotToForm,
  type CriteriaTemplate,
  type ReviewSnapshot,
} from '@/lib/criteria';
import { outcomeLabel } from '@/domain/codes';
import { formatDateTime } from '@/lib/format';
import type { FormRecord } from './form-values';

export interface ConflictView {
  version: number;
  snapshot: ReviewSnapshot;
  differences: string[];
  changedBy: string | null;
  changedAt: string | null;
}

interface Props {
  conflict: ConflictView;
  template: CriteriaTemplate;
  mine: FormRecord;
  register: UseFormRegister<FormRecord>;
  initial: FormRecord;
  errors: Record<string, string | undefined>;
}

function describe(key: string, values: FormRecord, template: CriteriaTemplate): { title: string; value: string } {
  const factKey = factKeys(template).find((k) => factField(k) === key);
  if (factKey === 'outcome') return { title: 'Outcome', value: outcomeLabel(values[key] ? Number(values[key]) : null) };
  if (factKey) return { title: flagLabel(template, factKey), value: values[key] === 'yes' ? 'Yes' : 'No' };
  const q = template.questions.find((x) => answerField(x.code) === key);
  const answer = values[key] ?? '';
  const note = values[`note_${q?.code ?? ''}`] ?? '';
  const words = answer === '' ? 'No answer' : q ? optionLabel(q, answer) : answer;
  return { title: q?.wording ?? key, value: note ? `${words} – “${note}”` : words };
}

/**
 * Shown when a save was based on an older version of the review: nothing was written. For each
 * difference the inspector chooses their own answer or the saved one; "Save these choices" sends
 * the choices with the version they compared against.
 */
export function ConflictPanel({ conflict, template, mine, register, initial, errors }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [conflict.version]);
  const theirs = snapshotToForm(template, conflict.snapshot);
  const who = conflict.changedBy ?? 'Someone';
  const when = conflict.changedAt ? ` on ${formatDateTime(conflict.changedAt)}` : '';
  return (
    <section className="app-conflict" aria-labelledby="conflict-heading" data-testid="conflict">
      <h2 className="govuk-heading-m" id="conflict-heading" tabIndex={-1} ref={heading}>
        This review has changed since you opened it
      </h2>
      <p className="govuk-body">
        {who} saved it{when}. Your latest changes have not been saved. For each difference, choose which answer to keep.
      </p>
      <input type="hidden" name="against" value={conflict.version} />
      {conflict.differences.map((key) => {
        const a = describe(key, mine, template);
        const b = describe(key, theirs, template);
        return (
          <Radios
            key={key}
            id={resolveField(key)}
            name={resolveField(key)}
            legend={a.title}
            legendSize="s"
            error={errors[resolveField(key)]}
            items={[
              { value: 'mine', label: `Keep your answer: ${a.value}` },
              { value: 'theirs', label: `Keep the saved answer: ${b.value}` },
            ]}
            defaultValue={initial[resolveField(key)] ?? ''}
            inputProps={register(resolveField(key))}
          />
        );
      })}
      <Button name="intent" value="stay">
        Save these choices
      </Button>
    </section>
  );
}

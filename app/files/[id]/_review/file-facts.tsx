import type { ReactNode } from 'react';
import type { UseFormRegister } from 'react-hook-form';
import { Details, Radios, Select, SummaryList } from '@/app/_components/govuk';
import { factField, OUTCOME_KEY, type FileFacts } from '@/lib/criteria';
import { OUTCOMES, outcomeLabel } from '@/domain/codes';
import { formatDate } from '@/lib/format';
import type { FormRecord } from './form-values';

interface Props {
  file: { crimeReference: string; crimeTypeLabel: string; recordedOn: string; flags: readonly { code: string; label: string }[] };
  /** The facts as they stand in the form (corrections included). */
  facts: FileFacts;
  register?: UseFormRegister<FormRecord>;
  initial?: FormRecord;
  errors?: Record<string, string | undefined>;
  /** Open the corrections when they carry an error or a change. */
  open?: boolean;
  /** Shown below the corrections (what a correction sets aside). */
  children?: ReactNode;
}

export function factRows(file: Props['file'], facts: FileFacts) {
  return [
    { key: 'Crime reference', value: file.crimeReference },
    { key: 'Crime type', value: file.crimeTypeLabel },
    { key: 'Date recorded', value: formatDate(file.recordedOn) },
    { key: 'Outcome', value: outcomeLabel(facts.outcome) },
    ...file.flags.map((f) => ({ key: f.label, value: facts.flags[f.code] === true ? 'Yes' : 'No' })),
  ];
}

/** The file's facts, always at the top; the reviewer may correct the outcome and flags (audited). */
export function FileFactsSection({ file, facts, register, initial, errors = {}, open, children }: Props) {
  return (
    <section aria-labelledby="facts-heading" className="app-file-facts">
      <h2 className="govuk-heading-m" id="facts-heading">
        The file
      </h2>
      <SummaryList rows={factRows(file, facts)} />
      {register && initial ? (
        <Details id="facts" summary="Correct the outcome or flags" open={open}>
          <p className="govuk-body">Change these only if the force’s record is wrong. Each correction is kept in the file’s history.</p>
          <Select
            id={factField(OUTCOME_KEY)}
            label="Outcome"
            error={errors[factField(OUTCOME_KEY)]}
            defaultValue={initial[factField(OUTCOME_KEY)]}
            options={[
              { value: '', label: outcomeLabel(null) },
              ...Object.keys(OUTCOMES).map((n) => ({ value: n, label: outcomeLabel(Number(n)) })),
            ]}
            {...register(factField(OUTCOME_KEY))}
          />
          {file.flags.map((f) => (
            <Radios
              key={f.code}
              id={factField(f.code)}
              name={factField(f.code)}
              legend={f.label}
              legendSize="s"
              error={errors[factField(f.code)]}
              items={[
                { value: 'yes', label: 'Yes' },
                { value: 'no', label: 'No' },
              ]}
              defaultValue={initial[factField(f.code)]}
              inline
              small
              inputProps={register(factField(f.code))}
            />
          ))}
        </Details>
      ) : null}
      {children}
    </section>
  );
}

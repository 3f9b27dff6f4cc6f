import type { ReactNode } from 'react';
import { describedByIds, HintAndError } from './field-parts';

interface Props {
  /** Prefix of the three inputs' ids and names: `${id}-day`, `${id}-month`, `${id}-year`. */
  id: string;
  legend: ReactNode;
  legendSize?: 's' | 'm' | 'l';
  hint?: ReactNode;
  error?: string;
  /** Day, month and year as typed (strings), to show again after a failed post. */
  values?: { day?: string; month?: string; year?: string };
}

const PARTS = [
  { part: 'day', label: 'Day', width: 'govuk-input--width-2' },
  { part: 'month', label: 'Month', width: 'govuk-input--width-2' },
  { part: 'year', label: 'Year', width: 'govuk-input--width-4' },
] as const;

/** The GOV.UK date input: three boxes in a fieldset, as the Design System writes it. */
export function DateInput({ id, legend, legendSize = 's', hint, error, values }: Props) {
  const describedBy = describedByIds(id, hint, error);
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={describedBy}>
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendSize}`}>{legend}</legend>
        <HintAndError id={id} hint={hint} error={error} />
        <div className="govuk-date-input" id={id}>
          {PARTS.map(({ part, label, width }) => (
            <div className="govuk-date-input__item" key={part}>
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={`${id}-${part}`}>
                  {label}
                </label>
                <input
                  className={`govuk-input govuk-date-input__input ${width}${error ? ' govuk-input--error' : ''}`}
                  id={`${id}-${part}`}
                  name={`${id}-${part}`}
                  type="text"
                  inputMode="numeric"
                  defaultValue={values?.[part]}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

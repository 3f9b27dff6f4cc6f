import type { InputHTMLAttributes } from 'react';
import { describedByIds, HintAndError } from './field-parts';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'> {
  id: string;
  name?: string;
  label: string;
  /** Render the label as the page heading (a one-question page). */
  labelAsHeading?: boolean;
  hint?: string;
  error?: string;
  widthClass?: string;
}

export function Input({ id, name, label, labelAsHeading, hint, error, widthClass, className, ...rest }: Props) {
  const describedBy = describedByIds(id, hint, error);
  const labelEl = (
    <label className={`govuk-label${labelAsHeading ? ' govuk-label--l' : ''}`} htmlFor={id}>
      {label}
    </label>
  );
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      {labelAsHeading ? <h1 className="govuk-label-wrapper">{labelEl}</h1> : labelEl}
      <HintAndError id={id} hint={hint} error={error} />
      <input
        id={id}
        name={name ?? id}
        className={['govuk-input', widthClass ?? '', error ? 'govuk-input--error' : '', className ?? ''].filter(Boolean).join(' ')}
        aria-describedby={describedBy}
        {...rest}
      />
    </div>
  );
}

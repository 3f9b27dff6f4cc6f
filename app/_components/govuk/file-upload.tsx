import type { InputHTMLAttributes, ReactNode } from 'react';
import { describedByIds, HintAndError } from './field-parts';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
}

/** The GOV.UK file upload (the plain input, which works without JavaScript). */
export function FileUpload({ id, name, label, hint, error, ...rest }: Props) {
  const describedBy = describedByIds(id, hint, error);
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      <input
        className={`govuk-file-upload${error ? ' govuk-file-upload--error' : ''}`}
        id={id}
        name={name ?? id}
        type="file"
        aria-describedby={describedBy}
        {...rest}
      />
    </div>
  );
}

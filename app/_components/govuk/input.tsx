import type { InputHTMLAttributes } from 'react';

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
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const labelEl = (
    <label className={`govuk-label${labelAsHeading ? ' govuk-label--l' : ''}`} htmlFor={id}>
      {label}
    </label>
  );
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      {labelAsHeading ? <h1 className="govuk-label-wrapper">{labelEl}</h1> : labelEl}
      {hint ? (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      ) : null}
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

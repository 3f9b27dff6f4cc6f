import type { TextareaHTMLAttributes } from 'react';

interface Props extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  id: string;
  label: string;
  labelSize?: 's' | 'm' | 'l';
  hint?: string;
  error?: string;
}

export function Textarea({ id, name, label, labelSize, hint, error, rows = 5, className, ...rest }: Props) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className={`govuk-label${labelSize ? ` govuk-label--${labelSize}` : ''}`} htmlFor={id}>
        {label}
      </label>
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
      <textarea
        id={id}
        name={name ?? id}
        rows={rows}
        className={['govuk-textarea', error ? 'govuk-textarea--error' : '', className ?? ''].filter(Boolean).join(' ')}
        aria-describedby={describedBy}
        {...rest}
      />
    </div>
  );
}

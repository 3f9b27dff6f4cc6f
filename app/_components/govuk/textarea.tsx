import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { describedByIds, HintAndError } from './field-parts';

interface Props extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  id: string;
  label: ReactNode;
  labelClassName?: string;
  hint?: ReactNode;
  error?: string;
  /** Shown beneath the box, inside its form group (a character count). */
  after?: ReactNode;
}

export function Textarea({ id, name, label, labelClassName, hint, error, after, rows = 5, className, ...rest }: Props) {
  const describedBy = describedByIds(id, hint, error);
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className={['govuk-label', labelClassName ?? ''].filter(Boolean).join(' ')} htmlFor={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      <textarea
        className={['govuk-textarea', error ? 'govuk-textarea--error' : '', className ?? ''].filter(Boolean).join(' ')}
        id={id}
        name={name ?? id}
        rows={rows}
        aria-describedby={describedBy}
        {...rest}
      />
      {after}
    </div>
  );
}

import type { SelectHTMLAttributes } from 'react';
import { describedByIds, HintAndError } from './field-parts';

interface Props extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  options: { value: string; label: string }[];
}

export function Select({ id, name, label, hint, error, options, className, ...rest }: Props) {
  const describedBy = describedByIds(id, hint, error);
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      <select
        id={id}
        name={name ?? id}
        className={['govuk-select', error ? 'govuk-select--error' : '', className ?? ''].filter(Boolean).join(' ')}
        aria-describedby={describedBy}
        {...rest}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

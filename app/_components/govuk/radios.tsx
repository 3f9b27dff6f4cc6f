import type { InputHTMLAttributes, ReactNode } from 'react';
import { describedByIds, HintAndError } from './field-parts';

export interface RadioItem {
  value: string;
  label: string;
  hint?: string;
}

interface Props {
  /** Used for the first input's id, so an error summary link lands on it. */
  id: string;
  name: string;
  legend: ReactNode;
  legendSize?: 's' | 'm' | 'l';
  legendAsHeading?: boolean;
  hint?: ReactNode;
  error?: string;
  items: RadioItem[];
  defaultValue?: string;
  inline?: boolean;
  small?: boolean;
  /** Extra attributes for every input (react-hook-form's register spreads here). */
  inputProps?: Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'type'>;
}

export function Radios({
  id,
  name,
  legend,
  legendSize = 'm',
  legendAsHeading,
  hint,
  error,
  items,
  defaultValue,
  inline,
  small,
  inputProps,
}: Props) {
  const describedBy = describedByIds(id, hint, error);
  const classes = ['govuk-radios', inline ? 'govuk-radios--inline' : '', small ? 'govuk-radios--small' : ''].filter(Boolean).join(' ');
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy}>
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendSize}`}>
          {legendAsHeading ? <h1 className="govuk-fieldset__heading">{legend}</h1> : legend}
        </legend>
        <HintAndError id={id} hint={hint} error={error} />
        <div className={classes} data-module="govuk-radios">
          {items.map((item, index) => {
            const itemId = index === 0 ? id : `${id}-${index + 1}`;
            return (
              <div className="govuk-radios__item" key={item.value}>
                <input
                  className="govuk-radios__input"
                  id={itemId}
                  name={name}
                  type="radio"
                  value={item.value}
                  defaultChecked={defaultValue === undefined ? undefined : defaultValue === item.value}
                  aria-describedby={item.hint ? `${itemId}-item-hint` : undefined}
                  {...inputProps}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={itemId}>
                  {item.label}
                </label>
                {item.hint ? (
                  <div id={`${itemId}-item-hint`} className="govuk-hint govuk-radios__hint">
                    {item.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

'use client';

import { useState, type ReactNode } from 'react';
import { describedByIds, HintAndError } from './field-parts';

export interface CheckboxItem {
  /** The input's id (an error summary link can land on it) and name; posts `value` when ticked. */
  id: string;
  label: string;
  hint?: ReactNode;
  value?: string;
  defaultChecked?: boolean;
  /** Shown beneath the item while it is ticked (all shown when JavaScript is off, as GOV.UK does). */
  conditional?: ReactNode;
}

interface Props {
  /** Prefix for the hint and error ids. */
  id: string;
  legend: ReactNode;
  legendSize?: 's' | 'm' | 'l';
  hint?: ReactNode;
  error?: string;
  items: CheckboxItem[];
  small?: boolean;
}

function Item({ item }: { item: CheckboxItem }) {
  const [checked, setChecked] = useState(Boolean(item.defaultChecked));
  const conditionalId = `conditional-${item.id}`;
  return (
    <>
      <div className="govuk-checkboxes__item">
        <input
          className="govuk-checkboxes__input"
          id={item.id}
          name={item.id}
          type="checkbox"
          value={item.value ?? 'yes'}
          defaultChecked={item.defaultChecked}
          onChange={(e) => {
            setChecked(e.currentTarget.checked);
          }}
          aria-controls={item.conditional ? conditionalId : undefined}
          aria-expanded={item.conditional ? checked : undefined}
          aria-describedby={item.hint ? `${item.id}-item-hint` : undefined}
        />
        <label className="govuk-label govuk-checkboxes__label" htmlFor={item.id}>
          {item.label}
        </label>
        {item.hint ? (
          <div id={`${item.id}-item-hint`} className="govuk-hint govuk-checkboxes__hint">
            {item.hint}
          </div>
        ) : null}
      </div>
      {item.conditional ? (
        <div className={`govuk-checkboxes__conditional${checked ? '' : ' govuk-checkboxes__conditional--hidden'}`} id={conditionalId}>
          {item.conditional}
        </div>
      ) : null}
    </>
  );
}

/**
 * GOV.UK checkboxes. Conditional reveals are driven by React rather than GOV.UK Frontend's script,
 * so they stay right when React re-renders the form after a failed post.
 */
export function Checkboxes({ id, legend, legendSize = 'm', hint, error, items, small }: Props) {
  const describedBy = describedByIds(id, hint, error);
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy}>
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendSize}`}>{legend}</legend>
        <HintAndError id={id} hint={hint} error={error} />
        <div className={`govuk-checkboxes${small ? ' govuk-checkboxes--small' : ''}`}>
          {items.map((item) => (
            <Item key={item.id} item={item} />
          ))}
        </div>
      </fieldset>
    </div>
  );
}

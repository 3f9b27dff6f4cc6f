import type { ButtonHTMLAttributes, ReactNode } from 'react';

interface Props extends ButtonHTMLAttributes<HTMLButtonElement> {
  children: ReactNode;
  variant?: 'primary' | 'secondary' | 'warning';
  /**
   * GOV.UK's guard that ignores a second click within a second. Off by default: our actions are
   * queued and idempotent, and the guard also swallows a quick, deliberate resubmission.
   */
  preventDoubleClick?: boolean;
}

export function Button({ children, variant = 'primary', className, type = 'submit', preventDoubleClick, ...rest }: Props) {
  const classes = ['govuk-button', variant !== 'primary' ? `govuk-button--${variant}` : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <button
      type={type}
      className={classes}
      data-module="govuk-button"
      data-prevent-double-click={preventDoubleClick ? 'true' : undefined}
      {...rest}
    >
      {children}
    </button>
  );
}

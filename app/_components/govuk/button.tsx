import type { ButtonHTMLAttributes, ReactNode } from 'react';

interface Props extends ButtonHTMLAttributes<HTMLButtonElement> {
  children: ReactNode;
  variant?: 'primary' | 'secondary' | 'warning';
}

export function Button({ children, variant = 'primary', className, type = 'submit', ...rest }: Props) {
  const classes = ['govuk-button', variant !== 'primary' ? `govuk-button--${variant}` : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  return (
    <button type={type} className={classes} data-module="govuk-button" data-prevent-double-click="true" {...rest}>
      {children}
    </button>
  );
}

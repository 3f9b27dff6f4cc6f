import type { ReactNode } from 'react';

export function InsetText({ children, id, className }: { children: ReactNode; id?: string; className?: string }) {
  return (
    <div id={id} className={['govuk-inset-text', className ?? ''].filter(Boolean).join(' ')}>
      {children}
    </div>
  );
}

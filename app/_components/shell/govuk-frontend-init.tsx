'use client';

import { usePathname } from 'next/navigation';
import { useEffect } from 'react';

/**
 * Starts GOV.UK Frontend's scripts. The body classes that its CSS keys on are added here rather
 * than by an inline script, so the CSP needs no exception for one.
 */
export function GovukFrontendInit() {
  const pathname = usePathname();
  useEffect(() => {
    document.body.classList.add('js-enabled');
    if ('noModule' in HTMLScriptElement.prototype) document.body.classList.add('govuk-frontend-supported');
    const scope = document.getElementById('main-content') ?? undefined;
    void import('govuk-frontend').then(({ initAll }) => {
      initAll({ scope, onError: () => undefined });
    });
  }, [pathname]);
  return null;
}

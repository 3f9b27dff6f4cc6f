import Link from 'next/link';

/**
 * The header. The service runs inside the inspectorate, not on GOV.UK, so it uses the generic
 * header (no crown or GOV.UK logotype, which only GOV.UK services may carry).
 */
export function Header({ userName }: { userName: string | null }) {
  return (
    <div className="govuk-generic-header">
      <div className="govuk-generic-header__container govuk-width-container">
        <div className="govuk-generic-header__logo">
          <Link href="/" className="govuk-generic-header__homepage-link">
            HM Inspectorate of Constabulary and Fire &amp; Rescue Services
            {userName ? <span className="govuk-visually-hidden">, signed in as {userName}</span> : null}
          </Link>
        </div>
      </div>
    </div>
  );
}

'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

export interface NavItem {
  href: string;
  label: string;
}

function isActive(pathname: string, href: string): boolean {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}

/** GOV.UK service navigation with the service name and the links the user's role allows. */
export function ServiceNavigation({ items, signedIn }: { items: NavItem[]; signedIn: boolean }) {
  const pathname = usePathname();
  const all: NavItem[] = signedIn ? [...items, { href: '/sign-out', label: 'Sign out' }] : [];
  return (
    <section aria-label="Service information" className="govuk-service-navigation" data-module="govuk-service-navigation">
      <div className="govuk-width-container">
        <div className="govuk-service-navigation__container">
          <span className="govuk-service-navigation__service-name">
            <Link href="/" className="govuk-service-navigation__link">
              Review case files
            </Link>
          </span>
          {all.length > 0 ? (
            <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
              <ul className="govuk-service-navigation__list" id="navigation">
                {all.map((item) => {
                  const active = isActive(pathname, item.href);
                  return (
                    <li
                      key={item.href}
                      className={`govuk-service-navigation__item${active ? ' govuk-service-navigation__item--active' : ''}`}
                    >
                      <Link
                        className="govuk-service-navigation__link"
                        href={item.href}
                        aria-current={active ? 'page' : undefined}
                        prefetch={false}
                      >
                        {active ? <strong className="govuk-service-navigation__active-fallback">{item.label}</strong> : item.label}
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </nav>
          ) : null}
        </div>
      </div>
    </section>
  );
}

import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { navigationFor } from '@/lib/auth/access';
import { getCurrentUser } from '@/app/_server/session';
import { Footer } from './_components/shell/footer';
import { GovukFrontendInit } from './_components/shell/govuk-frontend-init';
import { Header } from './_components/shell/header';
import { PhaseBanner } from './_components/shell/phase-banner';
import { ServiceNavigation } from './_components/shell/service-navigation';
import './globals.scss';

export const metadata: Metadata = {
  title: { template: '%s – Review case files', default: 'Review case files' },
  description: 'Review a sample of police crime case files against inspection criteria.',
  icons: {
    icon: [
      { url: '/assets/images/favicon.ico', sizes: '48x48' },
      { url: '/assets/images/favicon.svg', type: 'image/svg+xml' },
    ],
  },
  robots: { index: false, follow: false },
};

export const viewport: Viewport = { themeColor: '#1d70b8', width: 'device-width', initialScale: 1, viewportFit: 'cover' };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  const nav = user && !user.mustChangePassword ? navigationFor(user.role).map(({ href, label }) => ({ href, label })) : [];
  return (
    <html lang="en" className="govuk-template">
      <body className="govuk-template__body">
        <a href="#main-content" className="govuk-skip-link" data-module="govuk-skip-link">
          Skip to main content
        </a>
        <header className="govuk-template__header">
          <Header userName={user?.name ?? null} />
          <ServiceNavigation items={nav} signedIn={Boolean(user)} />
        </header>
        <div className="govuk-width-container">
          <PhaseBanner />
          <main className="govuk-main-wrapper" id="main-content">
            {children}
          </main>
        </div>
        <footer className="govuk-template__footer">
          <Footer />
        </footer>
        <GovukFrontendInit />
      </body>
    </html>
  );
}

import Link from 'next/link';

export function BackLink({ href, children = 'Back' }: { href: string; children?: string }) {
  return (
    <Link href={href} className="govuk-back-link">
      {children}
    </Link>
  );
}

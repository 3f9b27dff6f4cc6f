import type { Metadata } from 'next';
import Link from 'next/link';
import { FindingsChart } from './findings-chart';
import { FindingsFrame, scopeOrder } from './findings-frame';
import { FindingsTables } from './findings-tables';
import { loadFindingsPage, type SearchParams } from './load';

export const metadata: Metadata = { title: 'Findings' };

const number = new Intl.NumberFormat('en-GB');

export default async function FindingsPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: SearchParams }) {
  const context = await loadFindingsPage(params, searchParams);
  const { inspection, filter } = context;
  const findings = await context.scope.findings({ provisional: filter.provisional, crimeType: filter.crimeType });
  const scopes = scopeOrder(findings.scopes, filter.force);
  const all = scopes.find((s) => s.key === 'all');
  const chosen = filter.force ? scopes.find((s) => s.key === filter.force) : undefined;
  const downloads = `/inspections/${encodeURIComponent(inspection.slug)}/findings/download`;
  const suffix = filter.provisional ? '?provisional=yes' : '';

  return (
    <FindingsFrame context={context} page="" title="Findings">
      <p className="govuk-body">
        For each question: how many relevant files met it, with the percentage and its 95% confidence interval (Wilson). Relevant files are
        those answered yes, partly or no; files where the question did not apply and files not yet answered are shown beside it. Fewer than
        10 relevant files are flagged as a small sample and given no percentage. Every number opens the files behind it.
      </p>

      <h2 className="govuk-heading-m">Download</h2>
      <p className="govuk-body">Downloads cover every force and crime type{filter.provisional ? ', and are marked provisional' : ''}.</p>
      <ul className="govuk-list">
        <li>
          <a className="govuk-link" href={`${downloads}/findings.csv${suffix}`} download>
            Findings (CSV)
          </a>
        </li>
        <li>
          <a className="govuk-link" href={`${downloads}/findings.json${suffix}`} download>
            Findings (JSON)
          </a>
        </li>
        <li>
          <a className="govuk-link" href={`${downloads}/answers.csv${suffix}`} download>
            Every answer (CSV)
          </a>
        </li>
        <li>
          <a className="govuk-link" href={`${downloads}/workbook.xlsx${suffix}`} download>
            Workbook: findings, answers, files and questions (XLSX)
          </a>
        </li>
      </ul>
      <p className="govuk-body">
        Analysts can fetch the same data with a personal API token:{' '}
        <Link className="govuk-link" href="/account/tokens">
          manage your API tokens
        </Link>
        .
      </p>

      {chosen && all ? (
        <>
          <h2 className="govuk-heading-m">{chosen.label} beside all forces</h2>
          <FindingsChart id="chart-compare" scopes={[chosen, all]} provisional={filter.provisional} />
        </>
      ) : null}

      {scopes.map((scope) => (
        <section key={scope.key} aria-labelledby={`scope-${scope.key}`}>
          <h2 className="govuk-heading-l" id={`scope-${scope.key}`}>
            {scope.label}
            {filter.provisional ? ' (provisional)' : ''}
          </h2>
          <p className="govuk-body">
            {number.format(scope.files)} {scope.files === 1 ? 'file' : 'files'} in the sample; {number.format(scope.reviewed)} with{' '}
            {filter.provisional ? 'a review (submitted or not)' : 'a submitted review'}.
          </p>
          <FindingsTables
            slug={inspection.slug}
            filter={filter}
            scope={scope}
            compareWith={chosen && scope.key === chosen.key && findings.forces.length > 1 ? all : undefined}
          />
          {scope.key === 'all' && !chosen ? <FindingsChart id="chart-all" scopes={[scope]} provisional={filter.provisional} /> : null}
        </section>
      ))}
    </FindingsFrame>
  );
}

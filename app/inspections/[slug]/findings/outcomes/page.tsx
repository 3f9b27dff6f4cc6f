import type { Metadata } from 'next';
import Link from 'next/link';
import { Table } from '@/app/_components/govuk';
import { outcomeLabel } from '@/domain/codes';
import type { ScopeResult } from '@/lib/findings/compute';
import { wholePercentOf } from '@/lib/stats/rounding';
import type { FindingsFilter } from '@/lib/validation/findings-filter';
import { FindingsFrame, scopeOrder } from '../findings-frame';
import { findingsHref, loadFindingsPage, type SearchParams } from '../load';

export const metadata: Metadata = { title: 'Outcomes' };

const number = new Intl.NumberFormat('en-GB');

interface OutcomeRow {
  index: number;
  label: string;
}

function Count({ slug, filter, scope, index }: { slug: string; filter: FindingsFilter; scope: ScopeResult; index: number }) {
  const n = scope.outcomes[index] ?? 0;
  if (n === 0) return <>0</>;
  const share = scope.reviewed > 0 ? ` (${wholePercentOf(n, scope.reviewed)}%)` : '';
  return (
    <>
      <Link className="govuk-link" href={findingsHref(slug, 'files', filter, { outcome: index === 0 ? 'none' : index, scope: scope.key })}>
        {number.format(n)}
        <span className="govuk-visually-hidden">{` files with outcome ${outcomeLabel(index === 0 ? null : index)} (${scope.label})`}</span>
      </Link>
      {share}
      {filter.provisional ? <span className="app-provisional"> provisional</span> : null}
    </>
  );
}

/** Which outcomes the reviewed files carry: a fact about each file, reported beside the findings. */
export default async function OutcomesPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: SearchParams }) {
  const context = await loadFindingsPage(params, searchParams);
  const { inspection, filter } = context;
  const findings = await context.scope.findings({ provisional: filter.provisional, crimeType: filter.crimeType });
  const scopes = scopeOrder(findings.scopes, filter.force);
  const rowsFor = (shown: ScopeResult[]): OutcomeRow[] =>
    // Outcome types 1–22 in order, then files not yet finalised.
    [...Array.from({ length: 22 }, (_, i) => i + 1), 0]
      .filter((i) => shown.some((s) => (s.outcomes[i] ?? 0) > 0))
      .map((i) => ({ index: i, label: outcomeLabel(i === 0 ? null : i) }));
  const table = (shown: ScopeResult[], caption: string) => (
    <Table<OutcomeRow>
      caption={`${caption}${filter.provisional ? ' (provisional)' : ''}`}
      rows={rowsFor(shown)}
      rowKey={(r) => r.index}
      firstCellIsHeader
      columns={[
        { header: 'Outcome', cell: (r) => r.label },
        ...shown.map((scope) => ({
          header: `${scope.label}: ${number.format(scope.reviewed)} reviewed`,
          cell: (r: OutcomeRow) => <Count slug={inspection.slug} filter={filter} scope={scope} index={r.index} />,
          numeric: true,
        })),
      ]}
    />
  );

  return (
    <FindingsFrame context={context} page="outcomes" title="Outcomes">
      <p className="govuk-body">
        The Home Office outcome recorded on each reviewed file, with its share of the reviewed files. Every number opens the files behind
        it.
      </p>
      {filter.force
        ? table(scopes, `Outcomes: ${scopes.map((s) => s.label).join(' and ')}`)
        : scopes.map((scope) => (
            <section key={scope.key}>
              {scope.reviewed === 0 ? (
                <>
                  <h2 className="govuk-heading-m">{scope.label}</h2>
                  <p className="govuk-body">No reviewed files yet.</p>
                </>
              ) : (
                table([scope], scope.label)
              )}
            </section>
          ))}
    </FindingsFrame>
  );
}

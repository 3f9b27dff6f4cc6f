import Link from 'next/link';
import { Table, Tag } from '@/app/_components/govuk';
import { formatDate, formatDateTime } from '@/lib/format';
import type { ForceSampleView, ReplacementView, SampleFileView, StratumView } from '@/lib/samples/sample-view';

const n = (value: number | null) => (value === null ? '–' : value.toLocaleString('en-GB'));

export function StrataTable({ view }: { view: ForceSampleView }) {
  const drawn = view.origin === 'drawn';
  const sum = (pick: (s: StratumView) => number | null) => view.strata.reduce((total, s) => total + (pick(s) ?? 0), 0);
  const total: StratumView & { total: true } = {
    total: true,
    crimeType: 'abh',
    label: 'All crime types',
    population: drawn ? sum((s) => s.population) : null,
    allocated: drawn ? sum((s) => s.allocated) : null,
    inSample: sum((s) => s.inSample),
    replaced: sum((s) => s.replaced),
    reservesLeft: sum((s) => s.reservesLeft),
  };
  return (
    <Table<StratumView & { total?: boolean }>
      caption="Crime types"
      rows={[...view.strata, total]}
      rowKey={(s) => (s.total ? 'total' : s.crimeType)}
      firstCellIsHeader
      columns={[
        { header: 'Crime type', cell: (s) => s.label },
        ...(drawn
          ? [
              { header: 'Population', cell: (s: StratumView) => n(s.population), numeric: true },
              { header: 'Drawn', cell: (s: StratumView) => n(s.allocated), numeric: true },
            ]
          : []),
        { header: 'In sample now', cell: (s) => n(s.inSample), numeric: true },
        { header: 'Replaced', cell: (s) => n(s.replaced), numeric: true },
        { header: 'Reserves left', cell: (s) => n(s.reservesLeft), numeric: true },
      ]}
    />
  );
}

export function SampleTable({ view, basePath }: { view: ForceSampleView; basePath: string }) {
  const replaceable = view.origin === 'drawn';
  return (
    <Table<SampleFileView>
      caption={`Files in the sample (${n(view.sample.length)})`}
      rows={view.sample}
      rowKey={(f) => f.id}
      firstCellIsHeader
      columns={[
        {
          header: 'Crime reference',
          cell: (f) => (
            <>
              <Link className="govuk-link" href={`/files/${f.id}`}>
                {f.crimeReference}
              </Link>
              {f.replaces ? (
                <>
                  <br />
                  <Tag colour="yellow">Replaces {f.replaces}</Tag>
                </>
              ) : null}
            </>
          ),
        },
        { header: 'Crime type', cell: (f) => f.crimeType },
        { header: 'Recorded', cell: (f) => <span className="app-nowrap">{formatDate(f.recordedOn)}</span> },
        { header: 'Outcome', cell: (f) => (f.outcome === null ? 'None yet' : f.outcome), numeric: true },
        { header: 'Flags', cell: (f) => (f.flags.length ? f.flags.join(', ') : 'None') },
        ...(replaceable
          ? [
              {
                header: 'Action',
                cell: (f: SampleFileView) => (
                  <Link className="govuk-link" href={`${basePath}/replace/${f.id}`}>
                    Replace<span className="govuk-visually-hidden"> {f.crimeReference}</span>
                  </Link>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

export function ReplacementsTable({ rows }: { rows: ReplacementView[] }) {
  return (
    <Table<ReplacementView>
      caption={`Replaced files (${n(rows.length)})`}
      rows={rows}
      rowKey={(r) => r.id}
      firstCellIsHeader
      columns={[
        { header: 'Crime reference', cell: (r) => r.crimeReference },
        { header: 'Crime type', cell: (r) => r.crimeType },
        { header: 'Why', cell: (r) => `${r.reason}: ${r.note}` },
        { header: 'Replaced by', cell: (r) => r.replacement ?? '–' },
        { header: 'When and who', cell: (r) => `${r.at ? formatDateTime(r.at) : ''}${r.by ? `, ${r.by}` : ''}` },
      ]}
    />
  );
}

export function ReserveList({ view }: { view: ForceSampleView }) {
  if (view.reserves.length === 0) return <p className="govuk-body">There are no reserve files left.</p>;
  return (
    <>
      {view.reserves.map((r) => (
        <details className="govuk-details" key={r.crimeType}>
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">
              {r.label}: {n(r.total)} reserve {r.total === 1 ? 'file' : 'files'}
            </span>
          </summary>
          <div className="govuk-details__text">
            <Table
              caption={`Next ${n(r.next.length)} of ${n(r.total)}, in the order they will be used`}
              captionSize="s"
              rows={r.next}
              rowKey={(f) => f.crimeReference}
              columns={[
                { header: 'Place', cell: (f) => n(f.position), numeric: true },
                { header: 'Crime reference', cell: (f) => f.crimeReference },
                { header: 'Recorded', cell: (f) => formatDate(f.recordedOn) },
              ]}
            />
          </div>
        </details>
      ))}
    </>
  );
}

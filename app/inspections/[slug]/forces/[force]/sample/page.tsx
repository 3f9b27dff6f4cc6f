import type { Metadata } from 'next';
import Link from 'next/link';
import { BackLink, NotificationBanner, SummaryList } from '@/app/_components/govuk';
import { formatDateTime } from '@/lib/format';
import { getForceSampleView, type ForceSampleView } from '@/lib/samples/sample-view';
import { pageData } from '@/app/_server/guards';
import { loadSampleTarget, samplePath } from './load';
import { ReplacementsTable, ReserveList, SampleTable, StrataTable } from './sample-tables';

export const metadata: Metadata = { title: 'A force’s sample' };

const n = (value: number) => value.toLocaleString('en-GB');
const files = (count: number) => `${n(count)} ${count === 1 ? 'file' : 'files'}`;

function banner(view: ForceSampleView, query: Record<string, string | undefined>): string | null {
  if (query.imported) return `${files(view.totals.sampled)} imported into ${view.force.name}’s sample.`;
  if (query.unchanged) return `Nothing changed: ${view.force.name}’s sample already had exactly these files.`;
  if (query.drawn) return `${view.force.name}’s sample of ${files(view.draw?.sampleSize ?? 0)} has been drawn.`;
  if (query.replaced) {
    const r = view.replacements.find((x) => String(x.id) === query.replaced);
    if (r) return `${r.crimeReference} has been taken out of the sample and replaced by ${r.replacement ?? 'a reserve file'}.`;
  }
  return null;
}

function HowChosen({ view }: { view: ForceSampleView }) {
  if (view.draw) {
    const d = view.draw;
    return (
      <>
        <h2 className="govuk-heading-m">How the sample was drawn</h2>
        <SummaryList
          rows={[
            { key: 'Method', value: d.methodDescription },
            { key: 'Method name', value: <code className="app-code">{d.method}</code> },
            { key: 'Seed', value: <code className="app-code">{d.seed}</code> },
            { key: 'Population', value: files(d.populationSize) },
            { key: 'Sample size', value: files(d.sampleSize) },
            { key: 'Population file SHA-256', value: <code className="app-code app-break-all">{d.populationHash}</code> },
            { key: 'Drawn', value: `${formatDateTime(d.drawnAt)}${d.drawnBy ? ` by ${d.drawnBy}` : ' from the command line'}` },
          ]}
        />
        <p className="govuk-body">
          Anyone with the same population file (its SHA-256 must match) and seed can draw this sample again and get the same files:{' '}
          <code className="app-code">
            npm run cli -- sample:draw --inspection {view.inspection.slug} --force {view.force.code} --size {d.sampleSize} --seed &quot;
            {d.seed}&quot; POPULATION.csv
          </code>
        </p>
      </>
    );
  }
  if (view.imported) {
    const i = view.imported;
    return (
      <>
        <h2 className="govuk-heading-m">How the sample was chosen</h2>
        <SummaryList
          rows={[
            { key: 'Imported', value: `${formatDateTime(i.at)}${i.by ? ` by ${i.by}` : ''}` },
            { key: 'File', value: i.fileName ?? 'Not recorded' },
            ...(i.fileHash ? [{ key: 'File SHA-256', value: <code className="app-code app-break-all">{i.fileHash}</code> }] : []),
          ]}
        />
        <p className="govuk-body">An imported sample has no reserve list: files in it cannot be replaced here.</p>
      </>
    );
  }
  return null;
}

export default async function ForceSamplePage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; force: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { slug, force } = await params;
  const { user, target } = await loadSampleTarget(slug, force);
  const view = await pageData(await getForceSampleView(user, target));
  const message = banner(view, await searchParams);
  const base = samplePath(target);
  return (
    <>
      <BackLink href={`/inspections/${slug}/samples`}>Back to samples</BackLink>
      {message ? (
        <NotificationBanner success>
          <p className="govuk-notification-banner__heading">{message}</p>
        </NotificationBanner>
      ) : null}
      <span className="govuk-caption-l">{view.inspection.name}</span>
      <h1 className="govuk-heading-l">{view.force.name}: sample</h1>
      <SummaryList
        rows={[
          {
            key: 'Sample size',
            value: `${files(view.targetSize)}${view.targetIsDefault ? ' (the inspection’s default)' : ' (this force’s own size)'}`,
          },
          { key: 'In the sample now', value: files(view.totals.sampled) },
          { key: 'Replaced', value: files(view.totals.replaced) },
          { key: 'Reserves left', value: files(view.totals.reserve) },
        ]}
      />
      {view.origin === 'none' ? (
        <>
          <p className="govuk-body">
            {view.force.name} has no sample yet. Draw one from the force’s population, or import one the force has already chosen.
          </p>
          <div className="govuk-button-group">
            <Link className="govuk-button" role="button" draggable="false" data-module="govuk-button" href={`${base}/draw`}>
              Draw the sample
            </Link>
            <Link
              className="govuk-button govuk-button--secondary"
              role="button"
              draggable="false"
              data-module="govuk-button"
              href={`${base}/import`}
            >
              Import a sample file
            </Link>
          </div>
        </>
      ) : (
        <>
          <HowChosen view={view} />
          <StrataTable view={view} />
          <SampleTable view={view} basePath={base} />
          {view.replacements.length ? <ReplacementsTable rows={view.replacements} /> : null}
          {view.origin === 'drawn' ? (
            <>
              <h2 className="govuk-heading-m">Reserve list</h2>
              <p className="govuk-body">When a file is replaced, the next reserve file of the same crime type takes its place.</p>
              <ReserveList view={view} />
            </>
          ) : null}
        </>
      )}
    </>
  );
}

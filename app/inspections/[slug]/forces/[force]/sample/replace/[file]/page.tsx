import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BackLink, SummaryList, WarningText } from '@/app/_components/govuk';
import { pageData } from '@/app/_server/guards';
import { formatDate } from '@/lib/format';
import { previewReplacement } from '@/lib/samples/replace-preview';
import { replaceFileAction } from '../../actions';
import { loadSampleTarget, samplePath } from '../../load';
import { ReplaceFileForm } from './replace-form';

export const metadata: Metadata = { title: 'Replace a file' };

export default async function ReplaceFilePage({ params }: { params: Promise<{ slug: string; force: string; file: string }> }) {
  const { slug, force, file } = await params;
  const { user, target } = await loadSampleTarget(slug, force);
  const id = /^\d{1,12}$/.test(file) ? Number(file) : NaN;
  if (!Number.isSafeInteger(id)) notFound();
  const preview = await pageData(await previewReplacement(user, target, id));
  const heading = (
    <>
      <span className="govuk-caption-l">{target.force.name}: sample</span>
      <h1 className="govuk-heading-l">Replace {preview.file.crimeReference}</h1>
      <SummaryList
        rows={[
          { key: 'Crime type', value: preview.file.crimeType },
          { key: 'Recorded', value: formatDate(preview.file.recordedOn) },
          { key: 'Outcome', value: preview.file.outcome },
        ]}
      />
    </>
  );
  return (
    <>
      <BackLink href={samplePath(target)}>Back to the sample</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {preview.blocked || !preview.next ? (
            <>
              {heading}
              <WarningText>{preview.blocked}</WarningText>
            </>
          ) : (
            <ReplaceFileForm action={replaceFileAction.bind(null, slug, force, preview.file.id)}>
              {heading}
              <p className="govuk-body">
                The next reserve file of this crime type, <strong>{preview.next.crimeReference}</strong>
                {preview.next.position ? ` (number ${preview.next.position} on the reserve list)` : ''}, will take its place.{' '}
                {preview.file.crimeReference} will be kept, with its reviews and history, but will no longer count in the findings.
              </p>
              {preview.work.reviewStatus === 'submitted' ? (
                <WarningText>
                  {preview.file.crimeReference} has a submitted review{preview.work.reviewer ? ` by ${preview.work.reviewer}` : ''}. Its
                  answers will stop counting in the findings.
                </WarningText>
              ) : preview.work.reviewStatus ? (
                <WarningText>
                  {preview.file.crimeReference} has a review in progress{preview.work.reviewer ? ` by ${preview.work.reviewer}` : ''}. It
                  will be kept with the file, but not carried over.
                </WarningText>
              ) : null}
              {preview.work.assignee ? (
                <p className="govuk-body">
                  {preview.next.crimeReference} will be assigned to {preview.work.assignee} in its place.
                </p>
              ) : null}
            </ReplaceFileForm>
          )}
        </div>
      </div>
    </>
  );
}

import type { Metadata } from 'next';
import { BackLink } from '@/app/_components/govuk';
import { importSampleAction } from '../actions';
import { loadSampleTarget, samplePath } from '../load';
import { ImportSampleForm } from '../upload-forms';

export const metadata: Metadata = { title: 'Import a force’s sample' };

export default async function ImportSamplePage({ params }: { params: Promise<{ slug: string; force: string }> }) {
  const { slug, force } = await params;
  const { target } = await loadSampleTarget(slug, force);
  return (
    <>
      <BackLink href={samplePath(target)}>Back to the sample</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ImportSampleForm
            action={importSampleAction.bind(null, slug, force)}
            heading={
              <>
                <span className="govuk-caption-l">{target.inspectionName}</span>
                <h1 className="govuk-heading-l">Import {target.force.name}’s sample</h1>
                <p className="govuk-body">
                  Every row is checked before anything is saved. If there is any problem, nothing is imported and every problem is listed,
                  so you can fix them all at once. Importing the same file again changes nothing.
                </p>
              </>
            }
          />
        </div>
      </div>
    </>
  );
}

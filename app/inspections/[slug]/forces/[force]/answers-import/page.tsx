import type { Metadata } from 'next';
import { BackLink, Details } from '@/app/_components/govuk';
import { pageData, requireRole } from '@/app/_server/guards';
import { getAnswersImportPage } from '@/lib/reviews/answers-import-page';
import { ImportAnswersForm } from './import-answers-form';

export const metadata: Metadata = { title: 'Import answers from a spreadsheet' };

export default async function AnswersImportPage({ params }: { params: Promise<{ slug: string; force: string }> }) {
  const user = await requireRole('lead', 'admin');
  const { slug, force } = await params;
  const page = await pageData(await getAnswersImportPage(user, slug, force));
  return (
    <>
      <BackLink href={`/inspections/${page.inspection.slug}/forces/${page.force.code}`}>{`Back to ${page.force.name}`}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ImportAnswersForm
            inspectionSlug={page.inspection.slug}
            forceCode={page.force.code}
            inspectors={page.inspectors}
            heading={
              <>
                <span className="govuk-caption-l">
                  {page.inspection.name}: {page.force.name}
                </span>
                <h1 className="govuk-heading-l">Import answers from a spreadsheet</h1>
                <p className="govuk-body">
                  For an inspector who reviewed files offline. Every row is checked against the files and the criteria, with the same rules
                  as the review form. If there is any problem, nothing is imported and every problem is listed by row, so you can fix them
                  all at once. Importing the same spreadsheet again changes nothing.
                </p>
                <Details summary="What the spreadsheet must hold">
                  <ul className="govuk-list govuk-list--bullet">
                    <li>one row per file and question: crime_reference, question (its code), answer (yes, partly, no or na) and note</li>
                    <li>a note wherever the answer is partly or no</li>
                    <li>files from this force’s sample, assigned to the inspector or to nobody yet</li>
                    <li>
                      a question that does not apply to a file left out, or answered na; answers already saved that the spreadsheet leaves
                      out are kept
                    </li>
                    <li>a submitted review cannot be changed: a lead must return it first</li>
                  </ul>
                </Details>
              </>
            }
          />
        </div>
      </div>
    </>
  );
}

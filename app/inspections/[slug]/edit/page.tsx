import type { Metadata } from 'next';
import { BackLink } from '@/app/_components/govuk';
import { pageData, requireRole } from '@/app/_server/guards';
import { getEditInspectionForm } from '@/lib/inspections/setup-pages';
import { editDefaults } from '../../_components/form-defaults';
import { InspectionForm } from '../../_components/inspection-form';
import { editInspectionAction } from './actions';

export const metadata: Metadata = { title: 'Change an inspection' };

export default async function EditInspectionPage({ params }: { params: Promise<{ slug: string }> }) {
  const user = await requireRole('lead', 'admin');
  const { slug } = await params;
  const { view, templates, leadCandidates } = await pageData(await getEditInspectionForm(user, slug));
  return (
    <>
      <BackLink href={`/inspections/${slug}/samples`}>Back to samples</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{view.name}</span>
          <h1 className="govuk-heading-l">Change the inspection</h1>
          <p className="govuk-body">
            Short name: <span className="app-nowrap">{view.slug}</span> (it cannot be changed)
          </p>
          <InspectionForm
            mode="edit"
            action={editInspectionAction.bind(null, slug)}
            templates={templates}
            leadCandidates={leadCandidates}
            defaults={editDefaults(view)}
            fixedTemplate={view.reviewsStarted ? view.templateLabel : undefined}
            lockedForces={Object.fromEntries(view.forces.filter((f) => f.files > 0).map((f) => [f.code, f.files]))}
            submitLabel="Save changes"
          />
        </div>
      </div>
    </>
  );
}

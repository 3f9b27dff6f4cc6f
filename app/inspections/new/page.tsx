import type { Metadata } from 'next';
import { BackLink } from '@/app/_components/govuk';
import { pageData, requireRole } from '@/app/_server/guards';
import { getNewInspectionForm } from '@/lib/inspections/setup-pages';
import { InspectionForm } from '../_components/inspection-form';
import { createDefaults } from '../_components/form-defaults';
import { createInspectionAction } from './actions';

export const metadata: Metadata = { title: 'Create an inspection' };

export default async function NewInspectionPage() {
  const user = await requireRole('lead', 'admin');
  const { templates, leadCandidates } = await pageData(await getNewInspectionForm(user));
  const defaults = createDefaults();
  // A lead who creates an inspection leads it.
  if (user.role === 'lead') defaults[`lead-${user.id}`] = 'yes';
  return (
    <>
      <BackLink href="/inspections">Back to inspections</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Create an inspection</h1>
          <InspectionForm
            mode="create"
            action={createInspectionAction}
            templates={templates}
            leadCandidates={leadCandidates}
            defaults={defaults}
            submitLabel="Create inspection"
          />
        </div>
      </div>
    </>
  );
}

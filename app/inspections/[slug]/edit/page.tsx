import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BackLink } from '@/app/_components/govuk';
import { getInspectionSetup, listLeadCandidates, listTemplates } from '@/db/inspection-setup';
import { requireRole, requireThat } from '@/app/_server/guards';
import { canManageInspection } from '@/lib/inspections/access';
import { toSetupView } from '@/lib/inspections/manage-inspections';
import { editDefaults } from '../../_components/form-defaults';
import { InspectionForm } from '../../_components/inspection-form';
import { editInspectionAction } from './actions';

export const metadata: Metadata = { title: 'Change an inspection' };

export default async function EditInspectionPage({ params }: { params: Promise<{ slug: string }> }) {
  const user = await requireRole('lead', 'admin');
  const { slug } = await params;
  const row = await getInspectionSetup(slug);
  if (!row) notFound();
  requireThat(await canManageInspection(user, row.id));
  const view = toSetupView(row);
  const [templates, candidates] = await Promise.all([listTemplates(), listLeadCandidates()]);
  // Current leads stay listed even if their account has since changed, so they can be taken off.
  const leads = [
    ...candidates,
    ...view.leads.filter((l) => !candidates.some((c) => c.id === l.id)).map((l) => ({ ...l, email: 'no longer an active lead' })),
  ];
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
            templates={templates.map((t) => ({ id: t.id, label: `${t.name} (${t.slug}, version ${t.version})` }))}
            leadCandidates={leads}
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

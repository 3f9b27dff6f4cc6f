import {
  findUsersByEmails,
  getInspectionSetup,
  listLeadCandidates,
  listTemplates,
  type PersonRow,
  type TemplateRow,
} from '@/db/inspection-setup';
import { decide, type Principal } from '@/lib/policy';
import { formError, notFound, ok, refusedBy, type Result } from '@/lib/result';
import { toSetupView, type InspectionSetupView } from './manage-inspections';

/** What the create and change forms offer: the templates, and the people who can lead. */
export interface InspectionFormChoices {
  templates: { id: number; label: string }[];
  leadCandidates: PersonRow[];
}

async function choices(): Promise<InspectionFormChoices> {
  const [templates, leadCandidates] = await Promise.all([listTemplates(), listLeadCandidates()]);
  return { templates: templates.map((t) => ({ id: t.id, label: `${t.name} (${t.slug}, version ${t.version})` })), leadCandidates };
}

/** The "create an inspection" form, for leads and admins. */
export async function getNewInspectionForm(who: Principal): Promise<Result<InspectionFormChoices>> {
  const decision = decide(who, 'inspection.create', {});
  if (!decision.allowed) return refusedBy(decision);
  return ok(await choices());
}

/** The "change the inspection" form, for its leads and admins. */
export async function getEditInspectionForm(
  who: Principal,
  slug: string,
): Promise<Result<InspectionFormChoices & { view: InspectionSetupView }>> {
  const row = await getInspectionSetup(slug);
  if (!row) return notFound('That inspection does not exist');
  const decision = decide(who, 'inspection.manage', { leadIds: row.leads.map((l) => l.id) });
  if (!decision.allowed) return refusedBy(decision);
  const view = toSetupView(row);
  const offered = await choices();
  // Current leads stay listed even if their account has since changed, so they can be taken off.
  const leadCandidates = [
    ...offered.leadCandidates,
    ...view.leads
      .filter((l) => !offered.leadCandidates.some((c) => c.id === l.id))
      .map((l) => ({ ...l, email: 'no longer an active lead' })),
  ];
  return ok({ ...offered, leadCandidates, view });
}

/** A criteria template by its slug (and version; the latest when none), for someone setting up an inspection. */
export async function findTemplate(who: Principal, slug: string, version?: number): Promise<Result<TemplateRow>> {
  const decision = decide(who, 'inspection.create', {});
  if (!decision.allowed) return refusedBy(decision);
  const templates = await listTemplates();
  const versions = templates.filter((t) => t.slug === slug).sort((a, b) => b.version - a.version);
  const found = version === undefined ? versions[0] : versions.find((t) => t.version === version);
  if (found) return ok(found);
  if (versions.length && version !== undefined)
    return notFound(`criteria template '${slug}' has no version ${version}; it has ${versions.map((t) => t.version).join(', ')}`);
  return notFound(`there is no criteria template '${slug}'; there are: ${[...new Set(templates.map((t) => t.slug))].join(', ')}`);
}

/** The accounts with these email addresses, or which addresses nobody has. */
export async function findPeopleByEmail(who: Principal, emails: readonly string[]): Promise<Result<{ id: number; email: string }[]>> {
  const decision = decide(who, 'inspection.create', {});
  if (!decision.allowed) return refusedBy(decision);
  const wanted = emails.map((e) => e.trim().toLowerCase()).filter(Boolean);
  const people = await findUsersByEmails(wanted);
  const unknown = wanted.filter((e) => !people.some((p) => p.email === e));
  if (unknown.length) return formError(`no user has the email address ${unknown.join(', ')}`);
  return ok(people.map((p) => ({ id: p.id, email: p.email })));
}

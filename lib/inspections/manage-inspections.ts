import type { Actor } from '@/db/audit';
import {
  findUsersByIds,
  forceIdsByCode,
  getInspectionSetup,
  insertInspection,
  listTemplates,
  slugTaken,
  updateInspection,
  type InspectionSetupRow,
  type InspectionValues,
} from '@/db/inspection-setup';
import type { Role } from '@/domain/codes';
import { formatDate } from '@/lib/format';
import type { ForceCode } from '@/domain/forces';
import type { InspectionFormData } from '@/lib/validation/inspections';

export interface Problem {
  field: string;
  message: string;
}

export type SetupOutcome<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Who is making the change: the audit actor, plus their role so a lead stays a lead. */
export type SetupActor = Actor & { role: Role | null };

interface Resolved {
  values: InspectionValues;
  problems: Problem[];
}

/** Turns form data into database values, checking what only the database can tell. */
async function resolve(input: InspectionFormData, actor: SetupActor, templateId: number, creating: boolean): Promise<Resolved> {
  const problems: Problem[] = [];
  const templates = await listTemplates();
  if (!templates.some((t) => t.id === templateId))
    problems.push({ field: 'templateId', message: 'Select a criteria template from the list' });
  const byCode = await forceIdsByCode();
  const forces = input.forces.flatMap((f) => {
    const force = byCode.get(f.code);
    return force ? [{ forceId: force.id, sampleSize: f.sampleSize }] : [];
  });
  const leadIds = new Set(input.leadIds);
  // A lead who sets up an inspection leads it, or they could not open it afterwards.
  if (creating && actor.role === 'lead' && actor.id !== null) leadIds.add(actor.id);
  const people = await findUsersByIds([...leadIds]);
  for (const id of leadIds) {
    const person = people.find((p) => p.id === id);
    if (!person || person.role !== 'lead' || person.disabled)
      problems.push({
        field: 'leads',
        message: person ? `${person.name} cannot lead an inspection: only active leads can` : 'Select leads from the list',
      });
  }
  return {
    problems,
    values: {
      name: input.name,
      templateId,
      fieldworkStart: input.fieldworkStart,
      fieldworkEnd: input.fieldworkEnd,
      recordedFrom: input.recordedFrom,
      recordedTo: input.recordedTo,
      defaultSampleSize: input.defaultSampleSize,
      forces,
      leadIds: [...leadIds].sort((a, b) => a - b),
    },
  };
}

export async function createInspection(
  input: InspectionFormData & { slug: string },
  actor: SetupActor,
): Promise<SetupOutcome<{ id: number; slug: string }>> {
  const templateId = input.templateId ?? (await listTemplates())[0]?.id ?? 0;
  const { values, problems } = await resolve(input, actor, templateId, true);
  if (await slugTaken(input.slug))
    problems.unshift({ field: 'slug', message: `An inspection with the short name ${input.slug} already exists` });
  if (problems.length) return { ok: false, problems };
  const id = await insertInspection(input.slug, values, actor);
  return { ok: true, value: { id, slug: input.slug } };
}

/** The rules for changing an inspection that is under way, checked against its state at the time. */
export function setupChangeProblems(current: InspectionSetupRow, values: InspectionValues, actor: SetupActor): Problem[] {
  const problems: Problem[] = [];
  if (current.reviewsStarted && values.templateId !== current.templateId)
    problems.push({ field: 'templateId', message: 'The criteria template cannot change once reviews have started' });
  const wanted = new Map(values.forces.map((f) => [f.forceId, f.sampleSize]));
  for (const force of current.forces) {
    if (force.files === 0) continue;
    if (!wanted.has(force.forceId)) {
      problems.push({
        field: `force-${force.code}`,
        message: `${force.name} cannot be taken out of the inspection: it has ${force.files} case files`,
      });
      continue;
    }
    const before = force.sampleSize ?? current.defaultSampleSize;
    const after = wanted.get(force.forceId) ?? values.defaultSampleSize;
    if (before !== after)
      problems.push({
        field: `size-${force.code}`,
        message: `The sample size for ${force.name} must stay ${before}: its sample has already been drawn or imported`,
      });
  }
  // The window must keep holding the files already drawn or imported (reserves too: they replace files).
  const recorded = current.filesRecorded;
  if (recorded && values.recordedFrom && values.recordedFrom > recorded.earliest)
    problems.push({
      field: 'recordedFrom',
      message: `Crimes recorded from must be ${formatDate(recorded.earliest)} or earlier: the inspection already has files recorded then`,
    });
  if (recorded && values.recordedTo && values.recordedTo < recorded.latest)
    problems.push({
      field: 'recordedTo',
      message: `Crimes recorded to must be ${formatDate(recorded.latest)} or later: the inspection already has files recorded then`,
    });
  if (actor.role === 'lead' && actor.id !== null && current.leads.some((l) => l.id === actor.id) && !values.leadIds.includes(actor.id))
    problems.push({ field: 'leads', message: 'You cannot remove yourself as a lead. Ask an admin or another lead' });
  return problems;
}

function describeChanges(current: InspectionSetupRow, values: InspectionValues, codes: Map<number, string>): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  const compare = (key: string, before: unknown, after: unknown) => {
    if (JSON.stringify(before) !== JSON.stringify(after)) changes[key] = { old: before, new: after };
  };
  compare('name', current.name, values.name);
  compare('templateId', current.templateId, values.templateId);
  compare('fieldworkStart', current.fieldworkStart, values.fieldworkStart);
  compare('fieldworkEnd', current.fieldworkEnd, values.fieldworkEnd);
  compare('recordedFrom', current.recordedFrom, values.recordedFrom);
  compare('recordedTo', current.recordedTo, values.recordedTo);
  compare('defaultSampleSize', current.defaultSampleSize, values.defaultSampleSize);
  const scope = (list: { forceId: number; sampleSize: number | null }[]) =>
    Object.fromEntries(
      [...list].sort((a, b) => a.forceId - b.forceId).map((f) => [codes.get(f.forceId) ?? String(f.forceId), f.sampleSize]),
    );
  compare('forces', scope(current.forces), scope(values.forces));
  compare(
    'leadIds',
    current.leads.map((l) => l.id).sort((a, b) => a - b),
    values.leadIds,
  );
  return changes;
}

export async function editInspection(
  slug: string,
  input: InspectionFormData,
  actor: SetupActor,
): Promise<SetupOutcome<{ changed: boolean }>> {
  const current = await getInspectionSetup(slug);
  if (!current) return { ok: false, problems: [{ field: 'name', message: 'That inspection does not exist' }] };
  const { values, problems } = await resolve(input, actor, input.templateId ?? current.templateId, false);
  problems.push(...setupChangeProblems(current, values, actor));
  if (problems.length) return { ok: false, problems };
  const byCode = await forceIdsByCode();
  const codes = new Map([...byCode.entries()].map(([code, f]) => [f.id, code]));
  let changed = false;
  const result = await updateInspection<Problem[]>(
    current.id,
    values,
    actor,
    (now) => {
      if (!now) return [{ field: 'name', message: 'That inspection does not exist' }];
      const late = setupChangeProblems(now, values, actor);
      return late.length ? late : null;
    },
    (now) => {
      const detail = describeChanges(now, values, codes);
      changed = Object.keys(detail).length > 0;
      return detail;
    },
  );
  if (!result.ok) return { ok: false, problems: result.reason };
  return { ok: true, value: { changed } };
}

/** The inspection's set-up as the edit form shows it. */
export interface InspectionSetupView {
  id: number;
  slug: string;
  name: string;
  templateId: number;
  templateLabel: string;
  fieldworkStart: string | null;
  fieldworkEnd: string | null;
  recordedFrom: string | null;
  recordedTo: string | null;
  defaultSampleSize: number;
  forces: { code: ForceCode; name: string; sampleSize: number | null; files: number }[];
  leads: { id: number; name: string }[];
  reviewsStarted: boolean;
}

export function toSetupView(row: InspectionSetupRow): InspectionSetupView {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    templateId: row.templateId,
    templateLabel: `${row.templateName} (${row.templateSlug}, version ${row.templateVersion})`,
    fieldworkStart: row.fieldworkStart,
    fieldworkEnd: row.fieldworkEnd,
    recordedFrom: row.recordedFrom,
    recordedTo: row.recordedTo,
    defaultSampleSize: row.defaultSampleSize,
    forces: row.forces.map((f) => ({ code: f.code as ForceCode, name: f.name, sampleSize: f.sampleSize, files: f.files })),
    leads: row.leads.map((l) => ({ id: l.id, name: l.name })),
    reviewsStarted: row.reviewsStarted,
  };
}

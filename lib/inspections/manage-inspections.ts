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
import { formatDate } from '@/lib/format';
import type { ForceCode } from '@/domain/forces';
import type { InspectionFormData } from '@/lib/validation/inspections';
import { decide, type Principal } from '@/lib/policy';
import { dateOrderProblems, nameProblems, type Problem } from './rules';
import { invalid, notFound, ok, refusedBy, type Result } from '@/lib/result';

export type { Problem };

/** The problems as field errors: the first message for each field. */
export function problemsResult(problems: readonly Problem[]) {
  const fieldErrors: Record<string, string> = {};
  for (const p of problems) fieldErrors[p.field] ??= p.message;
  return invalid(fieldErrors);
}

interface Resolved {
  values: InspectionValues;
  problems: Problem[];
}

/** Turns form data into database values, checking what only the database can tell. */
async function resolve(input: InspectionFormData, who: Principal, templateId: number, creating: boolean): Promise<Resolved> {
  const problems: Problem[] = [...nameProblems(input.name), ...dateOrderProblems(input)];
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
  if (creating && who.kind === 'user' && who.role === 'lead') leadIds.add(who.id);
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
      name: input.name.trim(),
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
  who: Principal,
  input: InspectionFormData & { slug: string },
): Promise<Result<{ id: number; slug: string }>> {
  const decision = decide(who, 'inspection.create', {});
  if (!decision.allowed) return refusedBy(decision);
  const templateId = input.templateId ?? (await listTemplates())[0]?.id ?? 0;
  const { values, problems } = await resolve(input, who, templateId, true);
  if (await slugTaken(input.slug))
    problems.unshift({ field: 'slug', message: `An inspection with the short name ${input.slug} already exists` });
  if (problems.length) return problemsResult(problems);
  const id = await insertInspection(input.slug, values, who);
  return ok({ id, slug: input.slug });
}

/** The rules for changing an inspection that is under way, checked against its state at the time. */
export function setupChangeProblems(current: InspectionSetupRow, values: InspectionValues, who: Principal): Problem[] {
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
  if (who.kind === 'user' && who.role === 'lead' && current.leads.some((l) => l.id === who.id) && !values.leadIds.includes(who.id))
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

export async function editInspection(who: Principal, slug: string, input: InspectionFormData): Promise<Result<{ changed: boolean }>> {
  const current = await getInspectionSetup(slug);
  if (!current) return notFound('That inspection does not exist');
  const decision = decide(who, 'inspection.manage', { leadIds: current.leads.map((l) => l.id) });
  if (!decision.allowed) return refusedBy(decision);
  const { values, problems } = await resolve(input, who, input.templateId ?? current.templateId, false);
  problems.push(...setupChangeProblems(current, values, who));
  if (problems.length) return problemsResult(problems);
  const byCode = await forceIdsByCode();
  const codes = new Map([...byCode.entries()].map(([code, f]) => [f.id, code]));
  let changed = false;
  const result = await updateInspection<Problem[]>(
    current.id,
    values,
    who,
    (now) => {
      if (!now) return [{ field: 'name', message: 'That inspection does not exist' }];
      const late = setupChangeProblems(now, values, who);
      return late.length ? late : null;
    },
    (now) => {
      const detail = describeChanges(now, values, codes);
      changed = Object.keys(detail).length > 0;
      return detail;
    },
  );
  if (!result.ok) return problemsResult(result.reason);
  return ok({ changed });
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

import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { writeAudit, type Actor } from './audit';
import { getDb } from './client';
import type { FindingsInspection } from './findings';
import { caseFiles, criteriaTemplates, forces, inspectionForces, inspectionLeads, inspections, reviews, users } from './schema';

export interface TemplateRow {
  id: number;
  slug: string;
  version: number;
  name: string;
}

export async function listTemplates(): Promise<TemplateRow[]> {
  return getDb()
    .select({ id: criteriaTemplates.id, slug: criteriaTemplates.slug, version: criteriaTemplates.version, name: criteriaTemplates.name })
    .from(criteriaTemplates)
    .orderBy(asc(criteriaTemplates.slug), desc(criteriaTemplates.version));
}

export interface PersonRow {
  id: number;
  name: string;
  email: string;
}

/** People who may be made an inspection's lead: enabled accounts with the lead role. */
export async function listLeadCandidates(): Promise<PersonRow[]> {
  return getDb()
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(and(eq(users.role, 'lead'), eq(users.disabled, false)))
    .orderBy(asc(users.name));
}

export async function findUsersByEmails(emails: readonly string[]): Promise<(PersonRow & { role: string; disabled: boolean })[]> {
  if (emails.length === 0) return [];
  return getDb()
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, disabled: users.disabled })
    .from(users)
    .where(inArray(users.email, [...emails]));
}

export async function findUsersByIds(ids: readonly number[]): Promise<(PersonRow & { role: string; disabled: boolean })[]> {
  if (ids.length === 0) return [];
  return getDb()
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, disabled: users.disabled })
    .from(users)
    .where(inArray(users.id, [...ids]));
}

export interface ScopeForceRow {
  forceId: number;
  code: string;
  name: string;
  /** Null: the inspection's default. */
  sampleSize: number | null;
  /** Files of any status (sampled, reserve or replaced) the inspection holds for this force. */
  files: number;
}

export interface InspectionSetupRow extends FindingsInspection {
  fieldworkStart: string | null;
  fieldworkEnd: string | null;
  recordedFrom: string | null;
  recordedTo: string | null;
  defaultSampleSize: number;
  forces: ScopeForceRow[];
  leads: PersonRow[];
  /** True once any review of any of its files exists: the criteria template is then fixed. */
  reviewsStarted: boolean;
  /** When its case files (sampled, reserve or replaced) were recorded, if it has any. */
  filesRecorded: { earliest: string; latest: string } | null;
}

function readSetup(db: Pick<ReturnType<typeof getDb>, 'select'>, where: ReturnType<typeof eq>): InspectionSetupRow | undefined {
  const row = db
    .select({
      id: inspections.id,
      slug: inspections.slug,
      name: inspections.name,
      templateId: inspections.templateId,
      templateSlug: criteriaTemplates.slug,
      templateVersion: criteriaTemplates.version,
      templateName: criteriaTemplates.name,
      fieldworkStart: inspections.fieldworkStart,
      fieldworkEnd: inspections.fieldworkEnd,
      recordedFrom: inspections.recordedFrom,
      recordedTo: inspections.recordedTo,
      defaultSampleSize: inspections.defaultSampleSize,
    })
    .from(inspections)
    .innerJoin(criteriaTemplates, eq(criteriaTemplates.id, inspections.templateId))
    .where(where)
    .get();
  if (!row) return undefined;
  const fileCounts = db
    .select({
      forceId: caseFiles.forceId,
      n: sql<number>`count(*)`,
      earliest: sql<string>`min(${caseFiles.recordedOn})`,
      latest: sql<string>`max(${caseFiles.recordedOn})`,
    })
    .from(caseFiles)
    .where(eq(caseFiles.inspectionId, row.id))
    .groupBy(caseFiles.forceId)
    .all();
  const dates = fileCounts.flatMap((c) => [c.earliest, c.latest]).sort();
  const scope = db
    .select({ forceId: forces.id, code: forces.code, name: forces.name, sampleSize: inspectionForces.sampleSize })
    .from(inspectionForces)
    .innerJoin(forces, eq(forces.id, inspectionForces.forceId))
    .where(eq(inspectionForces.inspectionId, row.id))
    .orderBy(asc(forces.position))
    .all()
    .map((f) => ({ ...f, files: fileCounts.find((c) => c.forceId === f.forceId)?.n ?? 0 }));
  const leads = db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(inspectionLeads)
    .innerJoin(users, eq(users.id, inspectionLeads.userId))
    .where(eq(inspectionLeads.inspectionId, row.id))
    .orderBy(asc(users.name))
    .all();
  const started = db
    .select({ id: reviews.id })
    .from(reviews)
    .innerJoin(caseFiles, eq(caseFiles.id, reviews.caseFileId))
    .where(eq(caseFiles.inspectionId, row.id))
    .limit(1)
    .get();
  return {
    ...row,
    forces: scope,
    leads,
    reviewsStarted: Boolean(started),
    filesRecorded: dates.length ? { earliest: dates[0] ?? '', latest: dates[dates.length - 1] ?? '' } : null,
  };
}

export async function getInspectionSetup(slug: string): Promise<InspectionSetupRow | undefined> {
  return readSetup(getDb(), eq(inspections.slug, slug));
}

export async function slugTaken(slug: string): Promise<boolean> {
  return Boolean(getDb().select({ id: inspections.id }).from(inspections).where(eq(inspections.slug, slug)).get());
}

export async function forceIdsByCode(): Promise<Map<string, { id: number; name: string }>> {
  const rows = getDb().select({ id: forces.id, code: forces.code, name: forces.name }).from(forces).all();
  return new Map(rows.map((r) => [r.code, { id: r.id, name: r.name }]));
}

export interface InspectionValues {
  name: string;
  templateId: number;
  fieldworkStart: string | null;
  fieldworkEnd: string | null;
  recordedFrom: string | null;
  recordedTo: string | null;
  defaultSampleSize: number;
  /** Force id and its own sample size (null: the default). */
  forces: { forceId: number; sampleSize: number | null }[];
  leadIds: number[];
}

/** The inspection's own columns, as written on create and on edit. */
function inspectionColumns(values: InspectionValues) {
  const { name, templateId, fieldworkStart, fieldworkEnd, recordedFrom, recordedTo, defaultSampleSize } = values;
  return { name, templateId, fieldworkStart, fieldworkEnd, recordedFrom, recordedTo, defaultSampleSize };
}

/** Creates an inspection with its forces and leads, and audits it; returns its id. */
export async function insertInspection(slug: string, values: InspectionValues, actor: Actor): Promise<number> {
  const id = getDb().transaction((tx) => {
    const created = tx
      .insert(inspections)
      .values({
        slug,
        ...inspectionColumns(values),
        createdBy: actor.id,
      })
      .returning({ id: inspections.id })
      .get();
    for (const f of values.forces)
      tx.insert(inspectionForces).values({ inspectionId: created.id, forceId: f.forceId, sampleSize: f.sampleSize }).run();
    for (const userId of values.leadIds) tx.insert(inspectionLeads).values({ inspectionId: created.id, userId }).run();
    writeAudit(tx, actor, {
      action: 'inspection.created',
      entityType: 'inspection',
      entityId: created.id,
      inspectionId: created.id,
      detail: { slug, ...values },
    });
    return created.id;
  });
  return Promise.resolve(id);
}

/**
 * Applies a change to an inspection's set-up. `check` runs inside the transaction on the state as
 * it is then, so a review that starts (or a sample that lands) meanwhile cannot slip past the rules;
 * when it returns a reason, nothing changes and the reason is returned.
 */
export async function updateInspection<Reason>(
  inspectionId: number,
  values: InspectionValues,
  actor: Actor,
  check: (current: InspectionSetupRow | undefined) => Reason | null,
  changes: (current: InspectionSetupRow) => Record<string, unknown>,
): Promise<{ ok: true } | { ok: false; reason: Reason }> {
  const result = getDb().transaction((tx): { ok: true } | { ok: false; reason: Reason } => {
    const current = readSetup(tx, eq(inspections.id, inspectionId));
    const reason = check(current);
    if (reason !== null || !current) return { ok: false, reason: reason as Reason };
    const detail = changes(current);
    if (Object.keys(detail).length === 0) return { ok: true };
    tx.update(inspections)
      .set({
        ...inspectionColumns(values),
        updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`,
      })
      .where(eq(inspections.id, inspectionId))
      .run();
    const wanted = new Map(values.forces.map((f) => [f.forceId, f.sampleSize]));
    for (const f of current.forces) {
      if (!wanted.has(f.forceId)) {
        tx.delete(inspectionForces)
          .where(and(eq(inspectionForces.inspectionId, inspectionId), eq(inspectionForces.forceId, f.forceId)))
          .run();
      }
    }
    for (const [forceId, sampleSize] of wanted) {
      tx.insert(inspectionForces)
        .values({ inspectionId, forceId, sampleSize })
        .onConflictDoUpdate({ target: [inspectionForces.inspectionId, inspectionForces.forceId], set: { sampleSize } })
        .run();
    }
    tx.delete(inspectionLeads).where(eq(inspectionLeads.inspectionId, inspectionId)).run();
    for (const userId of values.leadIds) tx.insert(inspectionLeads).values({ inspectionId, userId }).run();
    writeAudit(tx, actor, { action: 'inspection.updated', entityType: 'inspection', entityId: inspectionId, inspectionId, detail });
    return { ok: true };
  });
  return Promise.resolve(result);
}

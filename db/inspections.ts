import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { ruleFactColumns } from './case-files';
import { getDb } from './client';
import { assignments, caseFiles, forces, inspectionForces, inspectionLeads, inspections, reviews } from './schema';

export interface InspectionListRow {
  id: number;
  slug: string;
  name: string;
  fieldworkStart: string | null;
  fieldworkEnd: string | null;
  forceCount: number;
  sampledFiles: number;
  submittedReviews: number;
}

/** Inspections with their progress; `leadId` limits the list to those that person leads. */
export async function listInspectionsWithProgress(leadId?: number): Promise<InspectionListRow[]> {
  const db = getDb();
  const forceCount = db
    .select({ inspectionId: inspectionForces.inspectionId, n: sql<number>`count(*)`.as('force_n') })
    .from(inspectionForces)
    .groupBy(inspectionForces.inspectionId)
    .as('fc');
  const fileCounts = db
    .select({
      inspectionId: caseFiles.inspectionId,
      sampled: sql<number>`count(*)`.as('sampled_n'),
      submitted: sql<number>`sum(case when ${reviews.status} = 'submitted' then 1 else 0 end)`.as('submitted_n'),
    })
    .from(caseFiles)
    .leftJoin(reviews, and(eq(reviews.caseFileId, caseFiles.id), eq(reviews.kind, 'review')))
    .where(eq(caseFiles.sampleStatus, 'sampled'))
    .groupBy(caseFiles.inspectionId)
    .as('files');
  const led =
    leadId === undefined
      ? undefined
      : db.select({ id: inspectionLeads.inspectionId }).from(inspectionLeads).where(eq(inspectionLeads.userId, leadId));
  const rows = await db
    .select({
      id: inspections.id,
      slug: inspections.slug,
      name: inspections.name,
      fieldworkStart: inspections.fieldworkStart,
      fieldworkEnd: inspections.fieldworkEnd,
      forceCount: sql<number>`coalesce(${forceCount.n}, 0)`,
      sampledFiles: sql<number>`coalesce(${fileCounts.sampled}, 0)`,
      submittedReviews: sql<number>`coalesce(${fileCounts.submitted}, 0)`,
    })
    .from(inspections)
    .leftJoin(forceCount, eq(forceCount.inspectionId, inspections.id))
    .leftJoin(fileCounts, eq(fileCounts.inspectionId, inspections.id))
    .where(led ? inArray(inspections.id, led) : undefined)
    .orderBy(asc(inspections.name));
  return rows;
}

export interface AssignedFileRow {
  caseFileId: number;
  crimeReference: string;
  crimeType: string;
  inspectionSlug: string;
  inspectionName: string;
  forceCode: string;
  forceName: string;
  templateId: number;
  outcome: number | null;
  flags: string[];
  reviewId: number | null;
  reviewStatus: 'draft' | 'submitted' | 'returned' | null;
}

/** The sampled files assigned to one person, in inspection and force order. */
export async function listAssignedFiles(userId: number): Promise<AssignedFileRow[]> {
  return getDb()
    .select({
      caseFileId: caseFiles.id,
      crimeReference: caseFiles.crimeReference,
      inspectionSlug: inspections.slug,
      inspectionName: inspections.name,
      forceCode: forces.code,
      forceName: forces.name,
      templateId: inspections.templateId,
      ...ruleFactColumns,
      reviewId: reviews.id,
      reviewStatus: reviews.status,
    })
    .from(assignments)
    .innerJoin(caseFiles, eq(caseFiles.id, assignments.caseFileId))
    .innerJoin(inspections, eq(inspections.id, caseFiles.inspectionId))
    .innerJoin(forces, eq(forces.id, caseFiles.forceId))
    .leftJoin(reviews, and(eq(reviews.caseFileId, caseFiles.id), eq(reviews.kind, 'review')))
    .where(and(eq(assignments.userId, userId), eq(caseFiles.sampleStatus, 'sampled')))
    .orderBy(asc(inspections.name), asc(forces.position), asc(caseFiles.crimeReference));
}

export interface InspectionSummary {
  id: number;
  slug: string;
  name: string;
  templateId: number;
  defaultSampleSize: number;
  fieldworkStart: string | null;
  fieldworkEnd: string | null;
  leadIds: number[];
}

/** An inspection by its slug, with the people who lead it (for object checks). */
export async function getInspectionBySlug(slug: string): Promise<InspectionSummary | undefined> {
  const db = getDb();
  const row = db
    .select({
      id: inspections.id,
      slug: inspections.slug,
      name: inspections.name,
      templateId: inspections.templateId,
      defaultSampleSize: inspections.defaultSampleSize,
      fieldworkStart: inspections.fieldworkStart,
      fieldworkEnd: inspections.fieldworkEnd,
    })
    .from(inspections)
    .where(eq(inspections.slug, slug))
    .get();
  if (!row) return undefined;
  return { ...row, leadIds: await listInspectionLeadIds(row.id) };
}

export async function listInspectionLeadIds(inspectionId: number): Promise<number[]> {
  const rows = await getDb()
    .select({ id: inspectionLeads.userId })
    .from(inspectionLeads)
    .where(eq(inspectionLeads.inspectionId, inspectionId));
  return rows.map((r) => r.id);
}

export interface ForceProgressRow {
  forceId: number;
  code: string;
  name: string;
  sampleSize: number;
  sampled: number;
  assigned: number;
  inProgress: number;
  submitted: number;
  returned: number;
}

/** Each force in an inspection, with how far its sampled files have got. */
export async function listForceProgress(inspectionId: number): Promise<ForceProgressRow[]> {
  const db = getDb();
  const counts = db
    .select({
      forceId: caseFiles.forceId,
      sampled: sql<number>`count(*)`.as('sampled_n'),
      assigned: sql<number>`count(${assignments.caseFileId})`.as('assigned_n'),
      inProgress: sql<number>`sum(case when ${reviews.status} = 'draft' then 1 else 0 end)`.as('draft_n'),
      submitted: sql<number>`sum(case when ${reviews.status} = 'submitted' then 1 else 0 end)`.as('submitted_n'),
      returned: sql<number>`sum(case when ${reviews.status} = 'returned' then 1 else 0 end)`.as('returned_n'),
    })
    .from(caseFiles)
    .leftJoin(assignments, eq(assignments.caseFileId, caseFiles.id))
    .leftJoin(reviews, and(eq(reviews.caseFileId, caseFiles.id), eq(reviews.kind, 'review')))
    .where(and(eq(caseFiles.inspectionId, inspectionId), eq(caseFiles.sampleStatus, 'sampled')))
    .groupBy(caseFiles.forceId)
    .as('counts');
  const defaultSize =
    db.select({ n: inspections.defaultSampleSize }).from(inspections).where(eq(inspections.id, inspectionId)).get()?.n ?? 0;
  const rows = await db
    .select({
      forceId: forces.id,
      code: forces.code,
      name: forces.name,
      sampleSize: inspectionForces.sampleSize,
      sampled: sql<number>`coalesce(${counts.sampled}, 0)`,
      assigned: sql<number>`coalesce(${counts.assigned}, 0)`,
      inProgress: sql<number>`coalesce(${counts.inProgress}, 0)`,
      submitted: sql<number>`coalesce(${counts.submitted}, 0)`,
      returned: sql<number>`coalesce(${counts.returned}, 0)`,
    })
    .from(inspectionForces)
    .innerJoin(forces, eq(forces.id, inspectionForces.forceId))
    .leftJoin(counts, eq(counts.forceId, forces.id))
    .where(eq(inspectionForces.inspectionId, inspectionId))
    .orderBy(asc(forces.position));
  return rows.map((r) => ({ ...r, sampleSize: r.sampleSize ?? defaultSize }));
}

/** A force taking part in an inspection, by its code. */
export async function getInspectionForce(
  inspectionId: number,
  forceCode: string,
): Promise<{ id: number; code: string; name: string } | undefined> {
  return getDb()
    .select({ id: forces.id, code: forces.code, name: forces.name })
    .from(inspectionForces)
    .innerJoin(forces, eq(forces.id, inspectionForces.forceId))
    .where(and(eq(inspectionForces.inspectionId, inspectionId), eq(forces.code, forceCode)))
    .get();
}

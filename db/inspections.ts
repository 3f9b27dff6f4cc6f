import { and, asc, eq, inArray, sql } from 'drizzle-orm';
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
  const led = leadId === undefined ? undefined : db.select({ id: inspectionLeads.inspectionId }).from(inspectionLeads).where(eq(inspectionLeads.userId, leadId));
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
  reviewStatus: 'draft' | 'submitted' | 'returned' | null;
}

/** The sampled files assigned to one person, in inspection and force order. */
export async function listAssignedFiles(userId: number): Promise<AssignedFileRow[]> {
  return getDb()
    .select({
      caseFileId: caseFiles.id,
      crimeReference: caseFiles.crimeReference,
      crimeType: caseFiles.crimeType,
      inspectionSlug: inspections.slug,
      inspectionName: inspections.name,
      forceCode: forces.code,
      forceName: forces.name,
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

import { and, asc, eq } from 'drizzle-orm';
import { writeAudit, type Actor } from './audit';
import { getDb, type Db } from './client';
import { assignments, caseFiles, forces, inspections, reviews, users, type CaseFile } from './schema';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** The facts of a file that the template's applicability rules read. */
export const ruleFactColumns = {
  crimeType: caseFiles.crimeType,
  outcome: caseFiles.outcome,
  domesticAbuse: caseFiles.domesticAbuse,
  repeatVictim: caseFiles.repeatVictim,
  vulnerableVictim: caseFiles.vulnerableVictim,
};

export type ReviewStatus = 'draft' | 'submitted' | 'returned';

/** A case file with what access checks and the review pages need about it. */
export interface CaseFileRecord {
  id: number;
  inspectionId: number;
  inspectionSlug: string;
  inspectionName: string;
  templateId: number;
  forceId: number;
  forceCode: string;
  forceName: string;
  crimeReference: string;
  crimeType: string;
  recordedOn: string;
  outcome: number | null;
  domesticAbuse: boolean;
  repeatVictim: boolean;
  vulnerableVictim: boolean;
  sampleStatus: CaseFile['sampleStatus'];
  assigneeId: number | null;
  assigneeName: string | null;
}

export async function getCaseFileForReview(id: number): Promise<CaseFileRecord | undefined> {
  return getDb()
    .select({
      id: caseFiles.id,
      inspectionId: caseFiles.inspectionId,
      inspectionSlug: inspections.slug,
      inspectionName: inspections.name,
      templateId: inspections.templateId,
      forceId: caseFiles.forceId,
      forceCode: forces.code,
      forceName: forces.name,
      crimeReference: caseFiles.crimeReference,
      recordedOn: caseFiles.recordedOn,
      ...ruleFactColumns,
      sampleStatus: caseFiles.sampleStatus,
      assigneeId: assignments.userId,
      assigneeName: users.name,
    })
    .from(caseFiles)
    .innerJoin(inspections, eq(inspections.id, caseFiles.inspectionId))
    .innerJoin(forces, eq(forces.id, caseFiles.forceId))
    .leftJoin(assignments, eq(assignments.caseFileId, caseFiles.id))
    .leftJoin(users, eq(users.id, assignments.userId))
    .where(eq(caseFiles.id, id))
    .get();
}

export interface ForceFileRow {
  id: number;
  crimeReference: string;
  crimeType: string;
  recordedOn: string;
  assigneeId: number | null;
  assigneeName: string | null;
  reviewStatus: ReviewStatus | null;
}

/** The sampled files of one force in an inspection, with assignee and review status. */
export async function listForceFilesWithReviews(inspectionId: number, forceId: number): Promise<ForceFileRow[]> {
  return getDb()
    .select({
      id: caseFiles.id,
      crimeReference: caseFiles.crimeReference,
      crimeType: caseFiles.crimeType,
      recordedOn: caseFiles.recordedOn,
      assigneeId: assignments.userId,
      assigneeName: users.name,
      reviewStatus: reviews.status,
    })
    .from(caseFiles)
    .leftJoin(assignments, eq(assignments.caseFileId, caseFiles.id))
    .leftJoin(users, eq(users.id, assignments.userId))
    .leftJoin(reviews, and(eq(reviews.caseFileId, caseFiles.id), eq(reviews.kind, 'review')))
    .where(and(eq(caseFiles.inspectionId, inspectionId), eq(caseFiles.forceId, forceId), eq(caseFiles.sampleStatus, 'sampled')))
    .orderBy(asc(caseFiles.recordedOn), asc(caseFiles.crimeReference));
}

export type FactsChange = Partial<Pick<CaseFile, 'outcome' | 'domesticAbuse' | 'repeatVictim' | 'vulnerableVictim'>>;

/**
 * A reviewer's correction of a file's facts, one audit row per fact (old → new). Runs inside the
 * transaction of the review save that carries it.
 */
export function correctFactsTx(
  tx: Tx,
  file: { id: number; inspectionId: number },
  change: FactsChange,
  old: FactsChange,
  actor: Actor,
): void {
  const keys = Object.keys(change) as (keyof FactsChange)[];
  if (keys.length === 0) return;
  tx.update(caseFiles).set(change).where(eq(caseFiles.id, file.id)).run();
  for (const key of keys) {
    writeAudit(tx, actor, {
      action: 'case-file.corrected',
      entityType: 'case_file',
      entityId: file.id,
      inspectionId: file.inspectionId,
      caseFileId: file.id,
      detail: { field: key, old: old[key] ?? null, new: change[key] ?? null },
    });
  }
}

import { and, asc, eq } from 'drizzle-orm';
import { writeAudit, type Actor } from './audit';
import { getDb, type Db } from './client';
import { assignments, caseFiles, forces, inspections, reviews, users, type CaseFile } from './schema';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** The facts of a file that the template's applicability rules read. */
export const ruleFactColumns = {
  crimeType: caseFiles.crimeType,
  outcome: caseFiles.outcome,
  /** The codes of the template's flags set on the file. */
  flags: caseFiles.flags,
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
  flags: string[];
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

/** A change of facts: the outcome, and flags by code (the whole list of set flags is stored). */
export interface FactsChange {
  outcome?: number | null;
  flags?: Record<string, boolean>;
}

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
  const fields: { field: string; old: unknown; new: unknown }[] = [];
  if (change.outcome !== undefined) fields.push({ field: 'outcome', old: old.outcome ?? null, new: change.outcome });
  for (const [code, value] of Object.entries(change.flags ?? {})) fields.push({ field: code, old: old.flags?.[code] ?? false, new: value });
  if (fields.length === 0) return;
  const set: { outcome?: number | null; flags?: string[] } = {};
  if (change.outcome !== undefined) set.outcome = change.outcome;
  if (change.flags !== undefined) {
    const merged = { ...old.flags, ...change.flags };
    set.flags = Object.keys(merged).filter((code) => merged[code] === true);
  }
  tx.update(caseFiles).set(set).where(eq(caseFiles.id, file.id)).run();
  for (const f of fields) {
    writeAudit(tx, actor, {
      action: 'case-file.corrected',
      entityType: 'case_file',
      entityId: file.id,
      inspectionId: file.inspectionId,
      caseFileId: file.id,
      detail: f,
    });
  }
}

import { and, asc, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import { getDb } from './client';
import { auditEvents, caseFiles, forces, inspectionForces, sampleDraws, users, type CaseFile } from './schema';

export interface ForceInScope {
  forceId: number;
  code: string;
  name: string;
  /** The force's own sample size; null means the inspection's default. */
  sampleSize: number | null;
}

/** A force and its sample-size setting, if the force is in the inspection's scope. */
export async function getForceInScope(inspectionId: number, forceCode: string): Promise<ForceInScope | undefined> {
  return getDb()
    .select({ forceId: forces.id, code: forces.code, name: forces.name, sampleSize: inspectionForces.sampleSize })
    .from(inspectionForces)
    .innerJoin(forces, eq(forces.id, inspectionForces.forceId))
    .where(and(eq(inspectionForces.inspectionId, inspectionId), eq(forces.code, forceCode)))
    .get();
}

export async function getForceByCode(code: string): Promise<{ id: number; code: string; name: string } | undefined> {
  return getDb().select({ id: forces.id, code: forces.code, name: forces.name }).from(forces).where(eq(forces.code, code)).get();
}

/** The files the inspection holds for a force (of the given statuses, or all), in a stable order. */
export async function listSampleFiles(inspectionId: number, forceId: number, statuses?: CaseFile['sampleStatus'][]): Promise<CaseFile[]> {
  return getDb()
    .select()
    .from(caseFiles)
    .where(
      and(
        eq(caseFiles.inspectionId, inspectionId),
        eq(caseFiles.forceId, forceId),
        statuses ? inArray(caseFiles.sampleStatus, statuses) : undefined,
      ),
    )
    .orderBy(asc(caseFiles.crimeType), asc(caseFiles.reservePosition), asc(caseFiles.crimeReference));
}

/** How many files of each crime type and status a force has. */
export async function countForceFiles(
  inspectionId: number,
  forceId: number,
): Promise<{ crimeType: string; status: CaseFile['sampleStatus']; n: number }[]> {
  return getDb()
    .select({ crimeType: caseFiles.crimeType, status: caseFiles.sampleStatus, n: sql<number>`count(*)` })
    .from(caseFiles)
    .where(and(eq(caseFiles.inspectionId, inspectionId), eq(caseFiles.forceId, forceId)))
    .groupBy(caseFiles.crimeType, caseFiles.sampleStatus);
}

/** The first `perType` reserve files of each crime type, in the order they will be used. */
export async function listNextReserves(
  inspectionId: number,
  forceId: number,
  perType: number,
): Promise<{ crimeType: string; crimeReference: string; recordedOn: string; reservePosition: number | null }[]> {
  const ranked = getDb()
    .select({
      crimeType: caseFiles.crimeType,
      crimeReference: caseFiles.crimeReference,
      recordedOn: caseFiles.recordedOn,
      reservePosition: caseFiles.reservePosition,
      rank: sql<number>`row_number() over (partition by ${caseFiles.crimeType} order by ${caseFiles.reservePosition}, ${caseFiles.id})`.as(
        'rank',
      ),
    })
    .from(caseFiles)
    .where(and(eq(caseFiles.inspectionId, inspectionId), eq(caseFiles.forceId, forceId), eq(caseFiles.sampleStatus, 'reserve')))
    .as('ranked');
  return getDb()
    .select({
      crimeType: ranked.crimeType,
      crimeReference: ranked.crimeReference,
      recordedOn: ranked.recordedOn,
      reservePosition: ranked.reservePosition,
    })
    .from(ranked)
    .where(lte(ranked.rank, perType))
    .orderBy(asc(ranked.crimeType), asc(ranked.reservePosition));
}

export interface DrawRow {
  id: number;
  seed: string;
  method: string;
  sampleSize: number;
  populationSize: number;
  populationHash: string;
  strata: string;
  drawnAt: string;
  drawnByName: string | null;
}

export async function getLatestDraw(inspectionId: number, forceId: number): Promise<DrawRow | undefined> {
  return getDb()
    .select({
      id: sampleDraws.id,
      seed: sampleDraws.seed,
      method: sampleDraws.method,
      sampleSize: sampleDraws.sampleSize,
      populationSize: sampleDraws.populationSize,
      populationHash: sampleDraws.populationHash,
      strata: sampleDraws.strata,
      drawnAt: sampleDraws.drawnAt,
      drawnByName: users.name,
    })
    .from(sampleDraws)
    .leftJoin(users, eq(users.id, sampleDraws.drawnBy))
    .where(and(eq(sampleDraws.inspectionId, inspectionId), eq(sampleDraws.forceId, forceId)))
    .orderBy(desc(sampleDraws.id))
    .get();
}

export interface ForceSampleCounts {
  forceId: number;
  sampled: number;
  reserve: number;
  replaced: number;
  draws: number;
}

/** Per force of an inspection: files in the sample now, reserves left, files replaced, draws made. */
export async function countSamples(inspectionId: number): Promise<ForceSampleCounts[]> {
  const db = getDb();
  const files = db
    .select({
      forceId: caseFiles.forceId,
      sampled: sql<number>`sum(case when ${caseFiles.sampleStatus} = 'sampled' then 1 else 0 end)`,
      reserve: sql<number>`sum(case when ${caseFiles.sampleStatus} = 'reserve' then 1 else 0 end)`,
      replaced: sql<number>`sum(case when ${caseFiles.sampleStatus} = 'replaced' then 1 else 0 end)`,
    })
    .from(caseFiles)
    .where(eq(caseFiles.inspectionId, inspectionId))
    .groupBy(caseFiles.forceId)
    .all();
  const draws = db
    .select({ forceId: sampleDraws.forceId, n: sql<number>`count(*)` })
    .from(sampleDraws)
    .where(eq(sampleDraws.inspectionId, inspectionId))
    .groupBy(sampleDraws.forceId)
    .all();
  const scope = db
    .select({ forceId: inspectionForces.forceId })
    .from(inspectionForces)
    .where(eq(inspectionForces.inspectionId, inspectionId))
    .all();
  return scope.map(({ forceId }) => {
    const f = files.find((x) => x.forceId === forceId);
    return {
      forceId,
      sampled: f?.sampled ?? 0,
      reserve: f?.reserve ?? 0,
      replaced: f?.replaced ?? 0,
      draws: draws.find((d) => d.forceId === forceId)?.n ?? 0,
    };
  });
}

/** What the sample key is in the audit log: one history per inspection and force. */
export function sampleAuditKey(inspectionId: number, forceCode: string): string {
  return `${inspectionId}:${forceCode}`;
}

export async function getSampleFileRow(id: number): Promise<CaseFile | undefined> {
  return getDb().select().from(caseFiles).where(eq(caseFiles.id, id)).get();
}

/** Who has a file and how far its review has got: what replacing it would take out of the work. */
export async function getFileWork(id: number): Promise<{ assignee: string | null; reviewStatus: string | null; reviewer: string | null }> {
  const row = getDb()
    .$client.prepare(
      `SELECT (SELECT u.name FROM assignments a JOIN users u ON u.id = a.user_id WHERE a.case_file_id = ?) AS assignee,
         r.status AS reviewStatus, ru.name AS reviewer
       FROM (SELECT ? AS id) f
       LEFT JOIN reviews r ON r.case_file_id = f.id AND r.kind = 'review'
       LEFT JOIN users ru ON ru.id = r.reviewer_id`,
    )
    .get(id, id) as { assignee: string | null; reviewStatus: string | null; reviewer: string | null };
  return Promise.resolve(row);
}

export interface SampleHistoryRow {
  id: number;
  at: string;
  action: string;
  caseFileId: number | null;
  actorName: string | null;
  actorLabel: string | null;
  detail: string | null;
}

/** The audit trail of one force's sample: imports, draws and replacements, oldest first. */
export async function listSampleHistory(inspectionId: number, forceCode: string): Promise<SampleHistoryRow[]> {
  return getDb()
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      action: auditEvents.action,
      caseFileId: auditEvents.caseFileId,
      actorName: users.name,
      actorLabel: auditEvents.actorLabel,
      detail: auditEvents.detail,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(and(eq(auditEvents.entityType, 'sample'), eq(auditEvents.entityId, sampleAuditKey(inspectionId, forceCode))))
    .orderBy(asc(auditEvents.id));
}

/** The reserve file that would replace a file of this crime type next, if any is left. */
export async function getNextReserve(inspectionId: number, forceId: number, crimeType: string): Promise<CaseFile | undefined> {
  return getDb()
    .select()
    .from(caseFiles)
    .where(
      and(
        eq(caseFiles.inspectionId, inspectionId),
        eq(caseFiles.forceId, forceId),
        eq(caseFiles.crimeType, crimeType),
        eq(caseFiles.sampleStatus, 'reserve'),
      ),
    )
    .orderBy(asc(caseFiles.reservePosition), asc(caseFiles.id))
    .limit(1)
    .get();
}

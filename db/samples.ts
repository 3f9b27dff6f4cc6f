import { and, asc, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import { writeAudit, type Actor } from './audit';
import { getDb, type Db } from './client';
import { auditEvents, caseFiles, forces, inspectionForces, sampleDraws, users, type CaseFile, type NewCaseFile } from './schema';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

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
export async function listForceFiles(inspectionId: number, forceId: number, statuses?: CaseFile['sampleStatus'][]): Promise<CaseFile[]> {
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

type FileValues = Omit<NewCaseFile, 'inspectionId' | 'forceId' | 'id' | 'createdAt'>;

function insertFiles(_tx: Tx, inspectionId: number, forceId: number, files: readonly FileValues[], drawId: number | null): void {
  // A population can run to 100,000 files: one prepared statement, run inside the caller's
  // transaction on the same connection, is some twenty times faster than building inserts.
  const insert = getDb().$client.prepare(
    `insert into case_files (inspection_id, force_id, crime_reference, crime_type, recorded_on, outcome, domestic_abuse, repeat_victim,
       vulnerable_victim, sample_status, reserve_position, draw_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const f of files) {
    insert.run(
      inspectionId,
      forceId,
      f.crimeReference,
      f.crimeType,
      f.recordedOn,
      f.outcome ?? null,
      f.domesticAbuse ? 1 : 0,
      f.repeatVictim ? 1 : 0,
      f.vulnerableVictim ? 1 : 0,
      f.sampleStatus ?? 'sampled',
      f.reservePosition ?? null,
      drawId,
    );
  }
}

function forceHasFiles(tx: Tx, inspectionId: number, forceId: number): boolean {
  return Boolean(
    tx
      .select({ id: caseFiles.id })
      .from(caseFiles)
      .where(and(eq(caseFiles.inspectionId, inspectionId), eq(caseFiles.forceId, forceId)))
      .limit(1)
      .get(),
  );
}

function ensureInScope(tx: Tx, inspectionId: number, force: { id: number; code: string }, actor: Actor): boolean {
  const present = tx
    .select({ forceId: inspectionForces.forceId })
    .from(inspectionForces)
    .where(and(eq(inspectionForces.inspectionId, inspectionId), eq(inspectionForces.forceId, force.id)))
    .get();
  if (present) return false;
  tx.insert(inspectionForces).values({ inspectionId, forceId: force.id, sampleSize: null }).run();
  writeAudit(tx, actor, {
    action: 'inspection.force-added',
    entityType: 'inspection',
    entityId: inspectionId,
    inspectionId,
    detail: { force: force.code },
  });
  return true;
}

export type SampleWrite = { ok: true; forceAdded: boolean } | { ok: false; reason: 'has-files' };

/**
 * Writes an imported sample: every file, or (when the force already has files by the time the
 * transaction runs) none.
 */
export async function insertImportedSample(
  inspectionId: number,
  force: { id: number; code: string },
  files: readonly FileValues[],
  actor: Actor,
  detail: Record<string, unknown>,
  options: { addForce?: boolean } = {},
): Promise<SampleWrite> {
  const result = getDb().transaction((tx): SampleWrite => {
    const forceAdded = options.addForce ? ensureInScope(tx, inspectionId, force, actor) : false;
    if (forceHasFiles(tx, inspectionId, force.id)) return { ok: false, reason: 'has-files' };
    insertFiles(tx, inspectionId, force.id, files, null);
    writeAudit(tx, actor, {
      action: 'sample.imported',
      entityType: 'sample',
      entityId: sampleAuditKey(inspectionId, force.code),
      inspectionId,
      detail,
    });
    return { ok: true, forceAdded };
  });
  return Promise.resolve(result);
}

export interface DrawValues {
  seed: string;
  method: string;
  sampleSize: number;
  populationSize: number;
  populationHash: string;
  strata: string;
}

/** Records a draw with its sample and reserve list, all or nothing. */
export async function insertDraw(
  inspectionId: number,
  force: { id: number; code: string },
  draw: DrawValues,
  files: readonly FileValues[],
  actor: Actor,
  options: { addForce?: boolean } = {},
): Promise<SampleWrite> {
  const result = getDb().transaction((tx): SampleWrite => {
    const forceAdded = options.addForce ? ensureInScope(tx, inspectionId, force, actor) : false;
    if (forceHasFiles(tx, inspectionId, force.id)) return { ok: false, reason: 'has-files' };
    const created = tx
      .insert(sampleDraws)
      .values({ ...draw, inspectionId, forceId: force.id, drawnBy: actor.id })
      .returning({ id: sampleDraws.id })
      .get();
    insertFiles(tx, inspectionId, force.id, files, created.id);
    writeAudit(tx, actor, {
      action: 'sample.drawn',
      entityType: 'sample',
      entityId: sampleAuditKey(inspectionId, force.code),
      inspectionId,
      detail: {
        drawId: created.id,
        seed: draw.seed,
        method: draw.method,
        sampleSize: draw.sampleSize,
        populationSize: draw.populationSize,
        populationHash: draw.populationHash,
      },
    });
    return { ok: true, forceAdded };
  });
  return Promise.resolve(result);
}

export async function getCaseFile(id: number): Promise<CaseFile | undefined> {
  return getDb().select().from(caseFiles).where(eq(caseFiles.id, id)).get();
}

export type ReplaceWrite =
  { ok: true; replaced: CaseFile; replacement: CaseFile } | { ok: false; reason: 'not-sampled' | 'no-reserves' | 'not-found' };

/**
 * Takes a sampled file out of the sample and brings in the next reserve file of the same crime
 * type, in one transaction. The replaced file is kept, with why, when and what replaced it.
 */
export async function replaceWithNextReserve(
  caseFileId: number,
  reason: 'unavailable' | 'out_of_scope',
  note: string,
  actor: Actor,
  forceCode: string,
): Promise<ReplaceWrite> {
  const result = getDb().transaction((tx): ReplaceWrite => {
    const file = tx.select().from(caseFiles).where(eq(caseFiles.id, caseFileId)).get();
    if (!file) return { ok: false, reason: 'not-found' };
    if (file.sampleStatus !== 'sampled') return { ok: false, reason: 'not-sampled' };
    const next = tx
      .select()
      .from(caseFiles)
      .where(
        and(
          eq(caseFiles.inspectionId, file.inspectionId),
          eq(caseFiles.forceId, file.forceId),
          eq(caseFiles.crimeType, file.crimeType),
          eq(caseFiles.sampleStatus, 'reserve'),
        ),
      )
      .orderBy(asc(caseFiles.reservePosition), asc(caseFiles.id))
      .limit(1)
      .get();
    if (!next) return { ok: false, reason: 'no-reserves' };
    const at = new Date().toISOString();
    const replacement = tx.update(caseFiles).set({ sampleStatus: 'sampled' }).where(eq(caseFiles.id, next.id)).returning().get();
    const replaced = tx
      .update(caseFiles)
      .set({ sampleStatus: 'replaced', replacedReason: reason, replacedNote: note, replacedAt: at, replacementId: next.id })
      .where(and(eq(caseFiles.id, file.id), eq(caseFiles.sampleStatus, 'sampled')))
      .returning()
      .get();
    const key = sampleAuditKey(file.inspectionId, forceCode);
    writeAudit(tx, actor, {
      action: 'case-file.replaced',
      entityType: 'sample',
      entityId: key,
      inspectionId: file.inspectionId,
      caseFileId: file.id,
      detail: { crimeReference: file.crimeReference, reason, note, replacement: next.crimeReference },
    });
    writeAudit(tx, actor, {
      action: 'case-file.brought-in',
      entityType: 'sample',
      entityId: key,
      inspectionId: file.inspectionId,
      caseFileId: next.id,
      detail: { crimeReference: next.crimeReference, reservePosition: next.reservePosition, replaces: file.crimeReference },
    });
    return { ok: true, replaced, replacement };
  });
  return Promise.resolve(result);
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

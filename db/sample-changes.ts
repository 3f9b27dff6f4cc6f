import { and, asc, eq } from 'drizzle-orm';
import { writeAudit, type Actor } from './audit';
import { getDb, type Db } from './client';
import { sampleAuditKey } from './samples';
import { assignments, caseFiles, inspectionForces, sampleDraws, users, type CaseFile, type NewCaseFile } from './schema';

/** Writes to samples: each all or nothing, in one transaction with its audit rows. */

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

type FileValues = Omit<NewCaseFile, 'inspectionId' | 'forceId' | 'id' | 'createdAt'>;

/** Rows per insert: well under SQLite's limit on bound values, and few statements for a big population. */
const INSERT_CHUNK = 500;

function insertFiles(tx: Tx, inspectionId: number, forceId: number, files: readonly FileValues[], drawId: number | null): void {
  // A population can run to 100,000 files: multi-row inserts, inside the caller's transaction.
  for (let start = 0; start < files.length; start += INSERT_CHUNK) {
    const rows = files.slice(start, start + INSERT_CHUNK).map((f) => ({
      inspectionId,
      forceId,
      crimeReference: f.crimeReference,
      crimeType: f.crimeType,
      recordedOn: f.recordedOn,
      outcome: f.outcome ?? null,
      flags: f.flags ?? [],
      sampleStatus: f.sampleStatus ?? 'sampled',
      reservePosition: f.reservePosition ?? null,
      drawId,
    }));
    tx.insert(caseFiles).values(rows).run();
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

export type ReplaceWrite =
  | { ok: true; replaced: CaseFile; replacement: CaseFile; assignedTo: string | null }
  | { ok: false; reason: 'not-sampled' | 'no-reserves' | 'not-found' };

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
    // The replacement takes the file's place in the inspector's work too (a lead can reassign it).
    const assigned = tx
      .select({ userId: assignments.userId, name: users.name })
      .from(assignments)
      .innerJoin(users, eq(users.id, assignments.userId))
      .where(eq(assignments.caseFileId, file.id))
      .get();
    if (assigned) {
      tx.insert(assignments).values({ caseFileId: next.id, userId: assigned.userId, assignedBy: actor.id }).run();
      writeAudit(tx, actor, {
        action: 'case-file.assigned',
        entityType: 'case_file',
        entityId: next.id,
        inspectionId: file.inspectionId,
        caseFileId: next.id,
        detail: { old: null, new: assigned.name, oldUserId: null, newUserId: assigned.userId, replaces: file.crimeReference },
      });
    }
    return { ok: true, replaced, replacement, assignedTo: assigned?.name ?? null };
  });
  return Promise.resolve(result);
}

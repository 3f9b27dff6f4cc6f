import { and, asc, eq, inArray } from 'drizzle-orm';
import { writeAudit, type Actor } from './audit';
import { getDb } from './client';
import { assignments, caseFiles, users } from './schema';

export interface Assignee {
  id: number;
  name: string;
  email: string;
}

/** People who can be given files: inspectors whose accounts are in use. */
export async function listAssignableInspectors(): Promise<Assignee[]> {
  return getDb()
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(and(eq(users.role, 'inspector'), eq(users.disabled, false)))
    .orderBy(asc(users.name));
}

export interface AssignFilesInput {
  inspectionId: number;
  forceId: number;
  caseFileIds: number[];
  assignee: Assignee;
}

export type AssignFilesResult = { ok: true; assigned: number; unchanged: number } | { ok: false; reason: 'not-in-sample' };

/**
 * Gives files to one inspector (or moves them from another), with an audit row per file that
 * changes hands. Every file must be in that force's current sample, or nothing changes.
 */
export async function assignFiles(input: AssignFilesInput, actor: Actor): Promise<AssignFilesResult> {
  const db = getDb();
  const result = db.transaction((tx): AssignFilesResult => {
    const files = tx
      .select({ id: caseFiles.id, current: assignments.userId, currentName: users.name })
      .from(caseFiles)
      .leftJoin(assignments, eq(assignments.caseFileId, caseFiles.id))
      .leftJoin(users, eq(users.id, assignments.userId))
      .where(
        and(
          inArray(caseFiles.id, input.caseFileIds),
          eq(caseFiles.inspectionId, input.inspectionId),
          eq(caseFiles.forceId, input.forceId),
          eq(caseFiles.sampleStatus, 'sampled'),
        ),
      )
      .all();
    if (files.length !== new Set(input.caseFileIds).size) return { ok: false, reason: 'not-in-sample' };
    let assigned = 0;
    for (const file of files) {
      if (file.current === input.assignee.id) continue;
      tx.insert(assignments)
        .values({ caseFileId: file.id, userId: input.assignee.id, assignedBy: actor.id })
        .onConflictDoUpdate({
          target: assignments.caseFileId,
          set: { userId: input.assignee.id, assignedBy: actor.id, assignedAt: new Date().toISOString() },
        })
        .run();
      writeAudit(tx, actor, {
        action: 'case-file.assigned',
        entityType: 'case_file',
        entityId: file.id,
        inspectionId: input.inspectionId,
        caseFileId: file.id,
        detail: { old: file.currentName ?? null, new: input.assignee.name, oldUserId: file.current ?? null, newUserId: input.assignee.id },
      });
      assigned += 1;
    }
    return { ok: true, assigned, unchanged: files.length - assigned };
  });
  return Promise.resolve(result);
}

export async function getAssignee(userId: number): Promise<(Assignee & { role: string; disabled: boolean }) | undefined> {
  return getDb()
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, disabled: users.disabled })
    .from(users)
    .where(eq(users.id, userId))
    .get();
}

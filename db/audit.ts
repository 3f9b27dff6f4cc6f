import { and, asc, desc, eq, gte, like, lt, lte, or } from 'drizzle-orm';
import { getDb, type Db } from './client';
import { auditEvents, users } from './schema';

/** Who did something, as the audit log records it. */
export interface Actor {
  id: number | null;
  label: string | null;
  ip?: string | null;
}

export interface AuditInput {
  action: string;
  entityType: string;
  entityId?: string | number | null;
  inspectionId?: number | null;
  caseFileId?: number | null;
  detail?: Record<string, unknown> | null;
}

type Tx = Pick<Db, 'insert'>;

/** Writes one audit row; call it inside the transaction that makes the change it records. */
export function writeAudit(tx: Tx, actor: Actor, event: AuditInput): void {
  tx.insert(auditEvents)
    .values({
      actorId: actor.id,
      actorLabel: actor.label,
      ip: actor.ip ?? null,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId === undefined || event.entityId === null ? null : String(event.entityId),
      inspectionId: event.inspectionId ?? null,
      caseFileId: event.caseFileId ?? null,
      detail: event.detail ? JSON.stringify(event.detail) : null,
    })
    .run();
}

export async function recordAudit(actor: Actor, event: AuditInput): Promise<void> {
  writeAudit(getDb(), actor, event);
  return Promise.resolve();
}

export interface AuditRow {
  id: number;
  at: string;
  actorLabel: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  detail: Record<string, unknown> | null;
  ip: string | null;
}

function toRow(r: Omit<AuditRow, 'detail'> & { detail: string | null }): AuditRow {
  return { ...r, detail: r.detail ? (JSON.parse(r.detail) as Record<string, unknown>) : null };
}

const auditColumns = {
  id: auditEvents.id,
  at: auditEvents.at,
  actorLabel: auditEvents.actorLabel,
  actorName: users.name,
  action: auditEvents.action,
  entityType: auditEvents.entityType,
  entityId: auditEvents.entityId,
  detail: auditEvents.detail,
  ip: auditEvents.ip,
};

export async function listAuditForCaseFile(caseFileId: number): Promise<AuditRow[]> {
  const rows = await getDb()
    .select(auditColumns)
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(eq(auditEvents.caseFileId, caseFileId))
    .orderBy(asc(auditEvents.id));
  return rows.map(toRow);
}

export async function listAuditForEntity(entityType: string, entityId: string, limit = 50): Promise<AuditRow[]> {
  const rows = await getDb()
    .select(auditColumns)
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(and(eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, entityId)))
    .orderBy(desc(auditEvents.id))
    .limit(limit);
  return rows.map(toRow);
}

export interface AuditQuery {
  /** Only events older than this one (paging backwards from the newest). */
  beforeId?: number;
  /** An action, or the start of one followed by '.' (`review.` for every review event). */
  action?: string;
  /** Part of the actor's email or name, as typed. */
  actor?: string;
  inspectionId?: number;
  /** Inclusive dates, YYYY-MM-DD (UTC). */
  from?: string;
  to?: string;
  limit: number;
}

/** A page of the audit log, newest first, with whether older events match too. */
export async function listAuditPage(query: AuditQuery): Promise<{ rows: AuditRow[]; more: boolean }> {
  const conditions = [
    query.beforeId !== undefined ? lt(auditEvents.id, query.beforeId) : undefined,
    query.action
      ? query.action.endsWith('.')
        ? like(auditEvents.action, `${query.action}%`)
        : eq(auditEvents.action, query.action)
      : undefined,
    query.actor ? or(like(auditEvents.actorLabel, `%${query.actor}%`), like(users.name, `%${query.actor}%`)) : undefined,
    query.inspectionId !== undefined ? eq(auditEvents.inspectionId, query.inspectionId) : undefined,
    query.from ? gte(auditEvents.at, `${query.from}T00:00:00.000Z`) : undefined,
    query.to ? lte(auditEvents.at, `${query.to}T23:59:59.999Z`) : undefined,
  ];
  const rows = await getDb()
    .select(auditColumns)
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(and(...conditions))
    .orderBy(desc(auditEvents.id))
    .limit(query.limit + 1);
  return { rows: rows.slice(0, query.limit).map(toRow), more: rows.length > query.limit };
}

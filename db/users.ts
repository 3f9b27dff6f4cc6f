import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { writeAudit, type Actor } from './audit';
import { getDb } from './client';
import { apiTokens, users, type NewUser, type User } from './schema';

export type Role = User['role'];

export async function findUserByEmail(email: string): Promise<User | undefined> {
  return getDb().select().from(users).where(eq(users.email, email)).get();
}

export async function getUserById(id: number): Promise<User | undefined> {
  return getDb().select().from(users).where(eq(users.id, id)).get();
}

export async function listUsers(): Promise<User[]> {
  return getDb().select().from(users).orderBy(asc(users.name), asc(users.email));
}

export async function listUsersByRole(role: Role): Promise<User[]> {
  return getDb().select().from(users).where(eq(users.role, role)).orderBy(asc(users.name));
}

export async function countUsers(): Promise<number> {
  const row = getDb()
    .select({ n: sql<number>`count(*)` })
    .from(users)
    .get();
  return Promise.resolve(row?.n ?? 0);
}

/** Inserts a user and its audit row together; returns the new user. */
export async function insertUser(values: NewUser, actor: Actor): Promise<User> {
  const db = getDb();
  const user = db.transaction((tx) => {
    const created = tx.insert(users).values(values).returning().get();
    writeAudit(tx, actor, {
      action: 'user.created',
      entityType: 'user',
      entityId: created.id,
      detail: { email: created.email, name: created.name, role: created.role },
    });
    return created;
  });
  return Promise.resolve(user);
}

export type UserChange = Partial<
  Pick<User, 'name' | 'role' | 'disabled' | 'passwordHash' | 'mustChangePassword' | 'sessionVersion' | 'signInLockLiftedAt'>
>;

/**
 * Applies a change to a user with its audit row in one transaction. `endSessions` raises the
 * session version, so every open session of the user stops working on its next request.
 */
export async function updateUser(
  id: number,
  change: UserChange,
  actor: Actor,
  audit: { action: string; detail?: Record<string, unknown> },
  endSessions = false,
): Promise<User | undefined> {
  const db = getDb();
  const updated = db.transaction((tx) => {
    const row = tx
      .update(users)
      .set({
        ...change,
        ...(endSessions ? { sessionVersion: sql`${users.sessionVersion} + 1` } : {}),
        updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`,
      })
      .where(eq(users.id, id))
      .returning()
      .get() as User | undefined;
    if (!row) return undefined;
    writeAudit(tx, actor, { action: audit.action, entityType: 'user', entityId: id, detail: audit.detail ?? null });
    // A token is a session that does not expire: whatever ends the person's sessions ends their tokens.
    if (endSessions) {
      const revoked = tx
        .update(apiTokens)
        .set({ revokedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))` })
        .where(and(eq(apiTokens.userId, id), isNull(apiTokens.revokedAt)))
        .returning({ id: apiTokens.id, name: apiTokens.name, prefix: apiTokens.prefix })
        .all();
      for (const token of revoked) {
        writeAudit(tx, actor, {
          action: 'api-token.revoked',
          entityType: 'api_token',
          entityId: token.id,
          detail: { name: token.name, prefix: token.prefix, because: audit.action },
        });
      }
    }
    return row;
  });
  return Promise.resolve(updated);
}

export async function recordSignInOutcome(id: number, succeeded: boolean): Promise<void> {
  getDb()
    .update(users)
    .set(
      succeeded
        ? { failedSignIns: 0, lastSignInAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))` }
        : { failedSignIns: sql`${users.failedSignIns} + 1` },
    )
    .where(eq(users.id, id))
    .run();
  return Promise.resolve();
}

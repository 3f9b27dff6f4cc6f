import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { getDb } from './client';
import { sessions, signInAttempts, type Session } from './schema';

export async function createSession(id: string, userId: number): Promise<void> {
  getDb().insert(sessions).values({ id, userId }).run();
  return Promise.resolve();
}

export async function getSession(id: string): Promise<Session | undefined> {
  return getDb().select().from(sessions).where(eq(sessions.id, id)).get();
}

export async function touchSession(id: string, at: string): Promise<void> {
  getDb().update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, id)).run();
  return Promise.resolve();
}

export async function endSession(id: string, reason: string): Promise<void> {
  getDb()
    .update(sessions)
    .set({ endedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`, endedReason: reason })
    .where(and(eq(sessions.id, id), isNull(sessions.endedAt)))
    .run();
  return Promise.resolve();
}

export async function endUserSessions(userId: number, reason: string): Promise<void> {
  getDb()
    .update(sessions)
    .set({ endedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`, endedReason: reason })
    .where(and(eq(sessions.userId, userId), isNull(sessions.endedAt)))
    .run();
  return Promise.resolve();
}

export async function recordSignInAttempt(email: string, ip: string, succeeded: boolean): Promise<void> {
  getDb().insert(signInAttempts).values({ email, ip, succeeded }).run();
  return Promise.resolve();
}

/** Times (ISO, oldest first) of failed attempts since `since`, for one email or one address. */
export async function listFailedAttemptTimes(key: { email: string } | { ip: string }, since: string): Promise<string[]> {
  const match = 'email' in key ? eq(signInAttempts.email, key.email) : eq(signInAttempts.ip, key.ip);
  const rows = getDb()
    .select({ at: signInAttempts.at })
    .from(signInAttempts)
    .where(and(match, eq(signInAttempts.succeeded, false), gt(signInAttempts.at, since)))
    .orderBy(signInAttempts.at)
    .all();
  return Promise.resolve(rows.map((r) => r.at));
}

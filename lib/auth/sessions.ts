import crypto from 'node:crypto';
import { recordAudit, type Actor } from '@/db/audit';
import { createSession, endSession, getSession, touchSession } from '@/db/sessions';
import { getUserById } from '@/db/users';
import type { Role } from '@/domain/codes';
import { env } from '@/lib/env';
import { checkSession, needsTouch, type SessionClaims } from './session-check';

/** The signed-in person, as pages, actions and use-cases see them. */
export interface SessionUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  mustChangePassword: boolean;
  sessionId: string;
}

export function sessionMaxAgeSeconds(): number {
  return env().SESSION_MAX_HOURS * 3600;
}

/** Starts a server-side session row for a user and returns the claims the token carries. */
export async function startSession(user: { id: number; sessionVersion: number }): Promise<SessionClaims> {
  const sid = crypto.randomBytes(24).toString('base64url');
  await createSession(sid, user.id);
  return { uid: user.id, sid, sv: user.sessionVersion };
}

/** Starts a session for the user with this id (next-auth's sign-in callback knows only the id). */
export async function startSessionForUserId(userId: number): Promise<SessionClaims | null> {
  const user = await getUserById(userId);
  return user ? startSession(user) : null;
}

/**
 * The person a session token speaks for, or null. Checks on every request that the session has not
 * ended, gone idle or outlived its maximum, that the user is not disabled and that their session
 * version has not moved on (disabling, a password change or "sign out everywhere" raise it).
 */
export async function resolveSession(claims: SessionClaims, now = Date.now()): Promise<SessionUser | null> {
  const [session, user] = await Promise.all([getSession(claims.sid), getUserById(claims.uid)]);
  const config = env();
  const verdict = checkSession(claims, session, user, now, {
    idleMs: config.SESSION_IDLE_MINUTES * 60_000,
    maxMs: config.SESSION_MAX_HOURS * 3_600_000,
  });
  if (!verdict.ok || !session || !user) {
    if (session && !session.endedAt) await endSession(claims.sid, verdict.ok ? 'invalid' : verdict.reason);
    return null;
  }
  if (needsTouch(session, now)) await touchSession(claims.sid, new Date(now).toISOString());
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    mustChangePassword: user.mustChangePassword,
    sessionId: claims.sid,
  };
}

/** Ends one session on the server (sign-out, or a token that no longer holds). */
export async function endSessionById(sessionId: string, reason = 'signed-out'): Promise<void> {
  await endSession(sessionId, reason);
}

/** Records that someone signed out on purpose. */
export async function recordSignOut(actor: Actor): Promise<void> {
  await recordAudit(actor, { action: 'sign-out', entityType: 'session' });
}

/** Whether a signed-in session may go on: pure, so each rule is testable on its own. */

export interface SessionClaims {
  /** User id. */
  uid: number;
  /** Session id (a row in `sessions`). */
  sid: string;
  /** The user's session version when the session began. */
  sv: number;
}

export interface SessionRecord {
  userId: number;
  createdAt: string;
  lastSeenAt: string;
  endedAt: string | null;
}

export interface UserRecord {
  id: number;
  disabled: boolean;
  sessionVersion: number;
}

export interface SessionLimits {
  idleMs: number;
  maxMs: number;
}

export type SessionVerdict = { ok: true } | { ok: false; reason: 'no-session' | 'ended' | 'expired' | 'idle' | 'disabled' | 'version' };

export function checkSession(
  claims: SessionClaims,
  session: SessionRecord | undefined,
  user: UserRecord | undefined,
  now: number,
  limits: SessionLimits,
): SessionVerdict {
  if (!session || !user || session.userId !== claims.uid || user.id !== claims.uid) return { ok: false, reason: 'no-session' };
  if (session.endedAt !== null) return { ok: false, reason: 'ended' };
  if (user.disabled) return { ok: false, reason: 'disabled' };
  if (user.sessionVersion !== claims.sv) return { ok: false, reason: 'version' };
  if (now - Date.parse(session.createdAt) > limits.maxMs) return { ok: false, reason: 'expired' };
  if (now - Date.parse(session.lastSeenAt) > limits.idleMs) return { ok: false, reason: 'idle' };
  return { ok: true };
}

/** Writing last-seen on every request is wasteful; once a minute keeps idle timing honest. */
export const TOUCH_AFTER_MS = 60_000;

export function needsTouch(session: SessionRecord, now: number): boolean {
  return now - Date.parse(session.lastSeenAt) >= TOUCH_AFTER_MS;
}

export function parseClaims(value: unknown): SessionClaims | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.uid !== 'number' || typeof v.sid !== 'string' || typeof v.sv !== 'number') return null;
  return { uid: v.uid, sid: v.sid, sv: v.sv };
}

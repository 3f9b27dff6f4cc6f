import { describe, expect, it } from 'vitest';
import { checkSession, needsTouch, parseClaims } from './session-check';

const now = Date.parse('2026-01-01T12:00:00Z');
const limits = { idleMs: 30 * 60_000, maxMs: 8 * 3_600_000 };
const claims = { uid: 7, sid: 's1', sv: 3 };
const user = { id: 7, disabled: false, sessionVersion: 3 };
const session = { userId: 7, createdAt: '2026-01-01T09:00:00Z', lastSeenAt: '2026-01-01T11:50:00Z', endedAt: null };

describe('session checks on every request', () => {
  it('lets a current session through', () => {
    expect(checkSession(claims, session, user, now, limits)).toEqual({ ok: true });
  });

  it('ends the session when the user’s session version has moved on', () => {
    expect(checkSession(claims, session, { ...user, sessionVersion: 4 }, now, limits)).toEqual({ ok: false, reason: 'version' });
  });

  it('ends the session of a disabled user', () => {
    expect(checkSession(claims, session, { ...user, disabled: true }, now, limits)).toEqual({ ok: false, reason: 'disabled' });
  });

  it('ends a session idle for more than 30 minutes', () => {
    expect(checkSession(claims, { ...session, lastSeenAt: '2026-01-01T11:29:59Z' }, user, now, limits)).toEqual({
      ok: false,
      reason: 'idle',
    });
  });

  it('ends a session 8 hours after sign-in however busy', () => {
    expect(checkSession(claims, { ...session, createdAt: '2026-01-01T03:59:59Z' }, user, now, limits)).toEqual({
      ok: false,
      reason: 'expired',
    });
  });

  it('refuses a signed-out session and one that belongs to someone else', () => {
    expect(checkSession(claims, { ...session, endedAt: '2026-01-01T11:55:00Z' }, user, now, limits)).toEqual({
      ok: false,
      reason: 'ended',
    });
    expect(checkSession(claims, { ...session, userId: 8 }, user, now, limits)).toEqual({ ok: false, reason: 'no-session' });
    expect(checkSession(claims, undefined, user, now, limits)).toEqual({ ok: false, reason: 'no-session' });
  });

  it('records activity at most once a minute', () => {
    expect(needsTouch({ ...session, lastSeenAt: '2026-01-01T11:59:30Z' }, now)).toBe(false);
    expect(needsTouch({ ...session, lastSeenAt: '2026-01-01T11:58:59Z' }, now)).toBe(true);
  });

  it('accepts only well-formed token claims', () => {
    expect(parseClaims({ uid: 1, sid: 'x', sv: 1, iat: 5 })).toEqual({ uid: 1, sid: 'x', sv: 1 });
    expect(parseClaims({ uid: '1', sid: 'x', sv: 1 })).toBeNull();
    expect(parseClaims(null)).toBeNull();
  });
});

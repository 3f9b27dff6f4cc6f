import 'server-only';
import { cache } from 'react';
import { cookies, headers } from 'next/headers';
import { decode, encode } from 'next-auth/jwt';
import { endSession, getSession, touchSession } from '@/db/sessions';
import { getUserById } from '@/db/users';
import type { Role } from '@/lib/domain/codes';
import { env } from '@/lib/env';
import { noteSignedInUser } from '@/lib/ops/requests';
import { sessionCookieName, sessionMaxAgeSeconds, startSession } from './options';
import { checkSession, needsTouch, parseClaims } from './session-check';

/** The signed-in person, as pages and actions see them. */
export interface SessionUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  mustChangePassword: boolean;
  sessionId: string;
}

async function readClaims() {
  const raw = (await cookies()).get(sessionCookieName())?.value;
  if (!raw) return null;
  try {
    return parseClaims(await decode({ token: raw, secret: env().authSecret }));
  } catch {
    return null;
  }
}

/**
 * The signed-in user, or null. Checks on every request that the session has not ended, gone idle
 * or outlived its maximum, that the user is not disabled and that their session version has not
 * moved on (disabling, a password change or "sign out everywhere" raise it).
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const claims = await readClaims();
  if (!claims) return null;
  const [session, user] = await Promise.all([getSession(claims.sid), getUserById(claims.uid)]);
  const now = Date.now();
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
  await noteSignedInUser(user.id); // ops: names the user (by id) on this request's log line
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    mustChangePassword: user.mustChangePassword,
    sessionId: claims.sid,
  };
});

/** Starts a session for a user who has just proved who they are, and sets its cookie. */
export async function signInAs(user: { id: number; sessionVersion: number }): Promise<void> {
  const claims = await startSession(user);
  const maxAge = sessionMaxAgeSeconds();
  const token = await encode({ token: claims, secret: env().authSecret, maxAge });
  (await cookies()).set(sessionCookieName(), token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: env().secureCookies,
    maxAge,
  });
}

/** Ends this browser's session, on the server as well as by removing the cookie. */
export async function signOutHere(reason = 'signed-out'): Promise<void> {
  const claims = await readClaims();
  if (claims) await endSession(claims.sid, reason);
  (await cookies()).delete(sessionCookieName());
}

/** The client's address as the nearest proxy (or Next.js itself) recorded it. */
export async function clientIp(): Promise<string> {
  const forwarded = (await headers()).get('x-forwarded-for');
  return forwarded?.split(',').pop()?.trim() || 'unknown';
}

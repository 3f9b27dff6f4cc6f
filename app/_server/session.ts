import 'server-only';
import { cache } from 'react';
import { cookies, headers } from 'next/headers';
import { decode, encode } from 'next-auth/jwt';
import { parseClaims } from '@/lib/auth/session-check';
import { endSessionById, resolveSession, sessionMaxAgeSeconds, startSession, type SessionUser } from '@/lib/auth/sessions';
import { env } from '@/lib/env';
import { sessionCookieName } from './auth-options';
import { noteSignedInUser } from './requests';

export type { SessionUser };

async function readClaims() {
  const raw = (await cookies()).get(sessionCookieName())?.value;
  if (!raw) return null;
  try {
    return parseClaims(await decode({ token: raw, secret: env().authSecret }));
  } catch {
    return null;
  }
}

/** The signed-in user, or null: the session cookie, checked against the server's session once per request. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const claims = await readClaims();
  const user = claims ? await resolveSession(claims) : null;
  // Names the person (by numeric id) on this request's log line.
  if (user) await noteSignedInUser(user.id);
  return user;
});

/** Starts a session for a user who has just proved who they are, and sets its cookie. */
export async function signInAs(user: { id: number; sessionVersion: number }): Promise<void> {
  const claims = await startSession(user);
  const maxAge = sessionMaxAgeSeconds();
  const token = await encode({ token: { ...claims }, secret: env().authSecret, maxAge });
  (await cookies()).set(sessionCookieName(), token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: env().secureCookies || (await requestIsHttps()),
    maxAge,
  });
}

/**
 * Whether this request came over https: scripts/serve.mjs sets X-Forwarded-Proto itself (from the
 * connection, or from a trusted proxy), so a client cannot claim it.
 */
async function requestIsHttps(): Promise<boolean> {
  return (await headers()).get('x-forwarded-proto') === 'https';
}

/** Ends this browser's session, on the server as well as by removing the cookie. */
export async function signOutHere(reason = 'signed-out'): Promise<void> {
  const claims = await readClaims();
  if (claims) await endSessionById(claims.sid, reason);
  (await cookies()).delete(sessionCookieName());
}

/** The client's address as the nearest proxy (or Next.js itself) recorded it. */
export async function clientIp(): Promise<string> {
  const forwarded = (await headers()).get('x-forwarded-for');
  return forwarded?.split(',').pop()?.trim() || 'unknown';
}

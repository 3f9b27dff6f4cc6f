import crypto from 'node:crypto';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { createSession, endSession } from '@/db/sessions';
import { env } from '@/lib/env';
import { authenticate } from './authenticate';
import { parseClaims } from './session-check';

export function sessionCookieName(): string {
  return env().secureCookies ? '__Host-rcf.session' : 'rcf.session';
}

export function sessionMaxAgeSeconds(): number {
  return env().SESSION_MAX_HOURS * 3600;
}

/** Starts a server-side session row for a user and returns the claims the token carries. */
export async function startSession(user: { id: number; sessionVersion: number }) {
  const sid = crypto.randomBytes(24).toString('base64url');
  await createSession(sid, user.id);
  return { uid: user.id, sid, sv: user.sessionVersion };
}

/**
 * next-auth v4 with the credentials provider. The sign-in page uses a server action (so it works
 * without JavaScript and shows GOV.UK errors) that shares `authenticate` and the token format
 * with this configuration; /api/auth/* serves the same sessions to other clients.
 */
export function authOptions(): NextAuthOptions {
  const config = env();
  return {
    secret: config.authSecret,
    session: { strategy: 'jwt', maxAge: sessionMaxAgeSeconds() },
    pages: { signIn: '/sign-in', signOut: '/sign-out', error: '/sign-in' },
    cookies: {
      sessionToken: {
        name: sessionCookieName(),
        options: { httpOnly: true, sameSite: 'lax', path: '/', secure: config.secureCookies },
      },
    },
    providers: [
      CredentialsProvider({
        name: 'Email and password',
        credentials: { email: { label: 'Email address', type: 'email' }, password: { label: 'Password', type: 'password' } },
        async authorize(credentials, req) {
          const forwarded = (req.headers as Record<string, unknown> | undefined)?.['x-forwarded-for'];
          const ip = typeof forwarded === 'string' ? (forwarded.split(',').pop()?.trim() ?? 'unknown') : 'unknown';
          const result = await authenticate({ email: credentials?.email ?? '', password: credentials?.password ?? '', ip });
          if (!result.ok) return null;
          return { id: String(result.user.id), email: result.user.email, name: result.user.name };
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        // next-auth passes `user` only on the sign-in call, although its types say always.
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
        if (user) {
          const { getUserById } = await import('@/db/users');
          const row = await getUserById(Number(user.id));
          if (row) Object.assign(token, await startSession(row));
        }
        return token;
      },
      session({ session, token }) {
        const claims = parseClaims(token);
        return claims ? { ...session, uid: claims.uid } : session;
      },
    },
    events: {
      async signOut({ token }) {
        const claims = parseClaims(token);
        if (claims) await endSession(claims.sid, 'signed-out');
      },
    },
  };
}

import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { authenticate } from '@/lib/auth/authenticate';
import { parseClaims } from '@/lib/auth/session-check';
import { endSessionById, sessionMaxAgeSeconds, startSessionForUserId } from '@/lib/auth/sessions';
import { env } from '@/lib/env';
import { log } from '@/lib/ops/log';
import { safeCallbackUrl } from '@/lib/validation/users';

export function sessionCookieName(): string {
  return env().secureCookies ? '__Host-rcf.session' : 'rcf.session';
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
    // Only codes are logged (next-auth's own lines would carry what a client sent, line breaks and all).
    logger: {
      error: (code) => {
        log.error({ reason: code.slice(0, 80) }, 'next-auth error');
      },
      warn: (code) => {
        log.warn({ reason: code.slice(0, 80) }, 'next-auth warning');
      },
      debug: () => undefined,
    },
    callbacks: {
      redirect: ({ url, baseUrl }) => safeCallbackUrl(url, baseUrl),
      async jwt({ token, user }) {
        // next-auth passes `user` only on the sign-in call, although its types say always.
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
        if (user) {
          const claims = await startSessionForUserId(Number(user.id));
          if (claims) Object.assign(token, claims);
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
        if (claims) await endSessionById(claims.sid, 'signed-out');
      },
    },
  };
}

import 'server-only';
import { headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import type { Role } from '@/domain/codes';
import { decideAccess } from '@/lib/auth/access';
import { getCurrentUser, type SessionUser } from './session';

/**
 * The signed-in user, or a redirect to sign in. Every page loader, server action and route handler
 * that touches data calls this (or requireRole) itself: the proxy is never the check.
 */
async function redirectToSignIn(): Promise<never> {
  const returnTo = (await headers()).get('x-return-to');
  redirect(returnTo && returnTo !== '/' ? `/sign-in?returnTo=${encodeURIComponent(returnTo)}` : '/sign-in');
}

export async function requireUser(options: { allowPasswordChange?: boolean } = {}): Promise<SessionUser> {
  const user = await getCurrentUser();
  const decision = decideAccess(user, { allowPasswordChange: options.allowPasswordChange });
  if (decision === 'sign-in') await redirectToSignIn();
  if (decision === 'change-password') redirect('/account/password');
  return user as SessionUser;
}

/** The signed-in user if they hold one of the roles; otherwise the 403 page. */
export async function requireRole(...roles: Role[]): Promise<SessionUser> {
  const user = await getCurrentUser();
  const decision = decideAccess(user, { roles });
  if (decision === 'sign-in') await redirectToSignIn();
  if (decision === 'change-password') redirect('/account/password');
  if (decision === 'forbidden') forbidden();
  return user as SessionUser;
}

/** For object checks: refuse with the 403 page unless `allowed`. */
export function requireThat(allowed: boolean): void {
  if (!allowed) forbidden();
}

/**
 * The guard for server actions. Refuses anyone without one of the roles before anything changes.
 * A script-driven call gets the 403 (or sign-in) interrupt. A plain form post (no JavaScript)
 * gets null: the action must return at once, and the page it posted to then renders through its
 * own guard, which answers 403. (Next.js turns interrupts thrown by such posts into 404s.)
 */
export async function actionUser(...roles: Role[]): Promise<SessionUser | null> {
  const user = await getCurrentUser();
  const decision = decideAccess(user, { roles: roles.length ? roles : undefined });
  if (decision === 'allow') return user;
  if ((await headers()).has('next-action')) {
    if (decision === 'sign-in') await redirectToSignIn();
    if (decision === 'change-password') redirect('/account/password');
    forbidden();
  }
  return null;
}

/** What an action refused by `actionUser` returns. */
export const REFUSED = { ok: false, fieldErrors: {}, values: {}, formError: 'You do not have access to do this' } as const;

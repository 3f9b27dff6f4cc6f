import 'server-only';
import { headers } from 'next/headers';
import { forbidden, notFound, redirect } from 'next/navigation';
import type { Role } from '@/domain/codes';
import { decideAccess } from '@/lib/auth/access';
import { userPrincipal, type UserPrincipal } from '@/lib/policy';
import { failureMessage, type Result } from '@/lib/result';
import { reportRefusal } from './refusals';
import { clientIp, getCurrentUser, type SessionUser } from './session';

/**
 * The signed-in person as the web sees them (name, email) and as the rules see them (a principal,
 * which is also the audit log's actor). Built here and nowhere else.
 */
export type SignedIn = SessionUser & UserPrincipal;

async function signedIn(user: SessionUser): Promise<SignedIn> {
  return { ...user, ...userPrincipal(user, await clientIp()) };
}

async function redirectToSignIn(): Promise<never> {
  const returnTo = (await headers()).get('x-return-to');
  redirect(returnTo && returnTo !== '/' ? `/sign-in?returnTo=${encodeURIComponent(returnTo)}` : '/sign-in');
}

/**
 * The signed-in user, or a redirect to sign in. Every page loader, server action and route handler
 * that touches data calls this (or requireRole) itself: the proxy is never the check. What they
 * may do to which object is then for the policy, in the use-case.
 */
export async function requireUser(options: { allowPasswordChange?: boolean } = {}): Promise<SignedIn> {
  const user = await getCurrentUser();
  const decision = decideAccess(user, { allowPasswordChange: options.allowPasswordChange });
  if (decision === 'sign-in' || !user) return redirectToSignIn();
  if (decision === 'change-password') redirect('/account/password');
  return signedIn(user);
}

/** The signed-in user if they hold one of the roles; otherwise the 403 page. */
export async function requireRole(...roles: Role[]): Promise<SignedIn> {
  const user = await getCurrentUser();
  const decision = decideAccess(user, { roles });
  if (decision === 'sign-in' || !user) return redirectToSignIn();
  if (decision === 'change-password') redirect('/account/password');
  if (decision === 'forbidden') {
    await reportRefusal('page', user.id, `needs the role ${roles.join(' or ')}`);
    forbidden();
  }
  return signedIn(user);
}

/** A page's data, or the 404 or 403 page (a 401 sends the person to sign in); a 403 is logged. */
export async function pageData<T>(result: Result<T>): Promise<T> {
  if (result.ok) return result.value;
  if (result.kind === 'refused' && result.status === 404) notFound();
  if (result.kind === 'refused' && result.status === 401) return redirectToSignIn();
  await reportRefusal('page', (await getCurrentUser())?.id ?? null, failureMessage(result));
  forbidden();
}

/**
 * The guard for server actions. Refuses anyone without one of the roles before anything changes.
 * A script-driven call gets the 403 (or sign-in) interrupt. A plain form post (no JavaScript)
 * gets null: the action must return at once, and the page it posted to then renders through its
 * own guard, which answers 403. (Next.js turns interrupts thrown by such posts into 404s.)
 */
export async function actionUser(
  roles: readonly Role[] | undefined,
  options: { allowPasswordChange?: boolean } = {},
): Promise<SignedIn | null> {
  const user = await getCurrentUser();
  const decision = decideAccess(user, { roles: roles?.length ? roles : undefined, allowPasswordChange: options.allowPasswordChange });
  if (decision === 'allow' && user) return signedIn(user);
  if ((await headers()).has('next-action')) {
    if (decision === 'sign-in') await redirectToSignIn();
    if (decision === 'change-password') redirect('/account/password');
    forbidden();
  }
  return null;
}

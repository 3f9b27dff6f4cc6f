import 'server-only';
import { decideAccess } from '@/lib/auth/access';
import type { SessionUser } from '@/lib/auth/sessions';
import { userPrincipal, type UserPrincipal } from '@/lib/policy';
import { ok, refused, unauthenticated, type Result } from '@/lib/result';
import { authenticateBearer } from './tokens';

/**
 * Who is calling the API or a download: the signed-in session, or (where `allowToken`) a personal
 * API token in `Authorization: Bearer …`. What they may then read is for the policy to say, in the
 * use-case they call. Route handlers call this themselves; the proxy checks nothing.
 */
export async function apiPrincipal(request: {
  authorization: string | null;
  session: () => Promise<SessionUser | null>;
  ip: string;
  allowToken: boolean;
}): Promise<Result<UserPrincipal>> {
  if (request.authorization !== null && request.allowToken) {
    const bearer = await authenticateBearer(request.authorization);
    if (!bearer.ok) return unauthenticated(bearer.message);
    return ok(userPrincipal({ id: bearer.holder.userId, email: bearer.holder.email, role: bearer.holder.role }, request.ip));
  }
  const user = await request.session();
  const decision = decideAccess(user, {});
  if (!user || decision === 'sign-in') return unauthenticated('Sign in, or send a personal API token as "Authorization: Bearer <token>"');
  if (decision === 'change-password') return refused('Choose a new password before using the service');
  return ok(userPrincipal(user, request.ip));
}

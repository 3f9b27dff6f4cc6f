import 'server-only';
import type { Actor } from '@/db/audit';
import type { FindingsInspection } from '@/db/findings';
import { decideAccess } from '@/lib/auth/access';
import type { SessionUser } from '@/lib/auth/sessions';
import { findingsAccess } from '@/lib/findings/access';
import { authenticateBearer } from './tokens';

export type RequestDecision =
  | { ok: true; actor: Actor; inspection: FindingsInspection; via: 'session' | 'token' }
  | { ok: false; status: 401 | 403 | 404; message: string };

const MESSAGES = {
  403: 'You do not have access to this inspection’s findings: they are for its leads and for admins',
  404: 'There is no inspection with that code',
} as const;

/**
 * Who is asking for an inspection's findings or answers, and may they have them? The signed-in
 * session, or (where `allowToken`) a personal API token in `Authorization: Bearer …`. Route
 * handlers call this themselves; the proxy checks nothing.
 */
export async function authoriseFindingsRequest(
  slug: string,
  request: { authorization: string | null; session: () => Promise<SessionUser | null>; ip: string; allowToken: boolean },
): Promise<RequestDecision> {
  const { authorization, ip, allowToken } = request;
  let who: { id: number; email: string; role: 'inspector' | 'lead' | 'admin' };
  let via: 'session' | 'token';
  if (authorization !== null && allowToken) {
    const bearer = await authenticateBearer(authorization);
    if (!bearer.ok) return { ok: false, status: 401, message: bearer.message };
    who = { id: bearer.holder.userId, email: bearer.holder.email, role: bearer.holder.role };
    via = 'token';
  } else {
    const user = await request.session();
    const decision = decideAccess(user, {});
    if (!user || decision === 'sign-in')
      return { ok: false, status: 401, message: 'Sign in, or send a personal API token as "Authorization: Bearer <token>"' };
    if (decision === 'change-password') return { ok: false, status: 403, message: 'Choose a new password before using the service' };
    who = user;
    via = 'session';
  }
  const access = await findingsAccess(who, slug);
  if (!access.ok) return { ok: false, status: access.status, message: MESSAGES[access.status] };
  return { ok: true, inspection: access.inspection, actor: { id: who.id, label: who.email, ip }, via };
}

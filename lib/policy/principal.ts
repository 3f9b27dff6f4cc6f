import type { Role } from '@/domain/codes';

/**
 * Who is asking. A signed-in person (from a browser session or an API token), or an operator at
 * the command line: someone with the server's own access to the database, who acts on its behalf.
 * A principal is also the audit log's actor: `id`, `label` and `ip` are what the log records.
 */
export type Principal = UserPrincipal | OperatorPrincipal;

export interface UserPrincipal {
  kind: 'user';
  id: number;
  role: Role;
  /** The person's email address, as the audit log records it (never logged elsewhere). */
  label: string;
  /** The network address the request came from. */
  ip: string | null;
}

export interface OperatorPrincipal {
  kind: 'operator';
  id: null;
  role: 'operator';
  label: string;
  ip: null;
}

export function userPrincipal(user: { id: number; role: Role; email: string }, ip: string | null): UserPrincipal {
  return { kind: 'user', id: user.id, role: user.role, label: user.email, ip };
}

/** The command line: every command passes this, explicitly, to every use-case it calls. */
export function operatorPrincipal(label = 'command line'): OperatorPrincipal {
  return { kind: 'operator', id: null, role: 'operator', label, ip: null };
}

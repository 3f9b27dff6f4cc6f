import type { Role } from '@/domain/codes';

export type AccessDecision = 'allow' | 'sign-in' | 'change-password' | 'forbidden';

interface Subject {
  role: Role;
  mustChangePassword: boolean;
}

/** What a guard does with a (possibly absent) user: the rule, apart from Next.js's redirects. */
export function decideAccess(user: Subject | null, options: { roles?: readonly Role[]; allowPasswordChange?: boolean }): AccessDecision {
  if (!user) return 'sign-in';
  if (user.mustChangePassword && !options.allowPasswordChange) return 'change-password';
  if (options.roles && !options.roles.includes(user.role)) return 'forbidden';
  return 'allow';
}

/** Which parts of the service each role may open; navigation and guards both use it. */
export const NAVIGATION: readonly { href: string; label: string; roles: readonly Role[] }[] = [
  { href: '/', label: 'Home', roles: ['inspector', 'lead', 'admin'] },
  { href: '/your-files', label: 'Your files', roles: ['inspector'] },
  { href: '/inspections', label: 'Inspections', roles: ['lead', 'admin'] },
  { href: '/admin/users', label: 'Users', roles: ['admin'] },
  { href: '/admin/audit', label: 'Audit log', roles: ['admin'] },
];

export function navigationFor(role: Role) {
  return NAVIGATION.filter((item) => item.roles.includes(role));
}

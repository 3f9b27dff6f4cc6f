import 'server-only';

/** A refused action, at warn level: which action, whose (by numeric id), and why. Never an email. */
export function reportRefusal(action: string, userId: number | null, reason: string): void {
  console.warn(JSON.stringify({ level: 'warn', event: 'action.refused', action, userId, reason }));
}

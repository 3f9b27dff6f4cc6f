import 'server-only';
import { requestLog } from './requests';

/** A refused request, at warn level: which action, whose (by numeric id), and why. Never an email. */
export async function reportRefusal(action: string, userId: number | null, reason: string): Promise<void> {
  (await requestLog()).warn({ action, ...(userId === null ? {} : { userId }), reason }, 'refused');
}

'use server';

import { redirect } from 'next/navigation';
import { recordAudit } from '@/db/audit';
import { clientIp, getCurrentUser, signOutHere } from '@/lib/auth/session';

export async function signOutAction(): Promise<void> {
  const user = await getCurrentUser();
  if (user) await recordAudit({ id: user.id, label: user.email, ip: await clientIp() }, { action: 'sign-out', entityType: 'session' });
  await signOutHere();
  redirect('/sign-in?signedOut=1');
}

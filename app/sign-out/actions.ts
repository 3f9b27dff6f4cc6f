'use server';

import { redirect } from 'next/navigation';
import { clientIp, getCurrentUser, signOutHere } from '@/app/_server/session';
import { recordSignOut } from '@/lib/auth/sessions';

export async function signOutAction(): Promise<void> {
  const user = await getCurrentUser();
  if (user) await recordSignOut({ id: user.id, label: user.email, ip: await clientIp() });
  await signOutHere();
  redirect('/sign-in?signedOut=1');
}

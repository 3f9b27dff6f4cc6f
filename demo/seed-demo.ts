import { getDb } from '@/db/client';
import { seedInspection, seedUsersIfNone } from '@/db/seed';
import { generatePassword, hashPassword } from '@/lib/auth/password';
import { prepareReferenceData } from '@/lib/setup';
import { DEMO_ACCOUNTS, DEMO_DATES, DEMO_INSPECTION_SLUG } from './accounts';
import { kentDemoFiles } from './kent-files';

export interface SetupResult {
  forcesAdded: number;
  inspectionCreated: boolean;
  /** Demo sign-ins created by this run, with their passwords (only ever returned once). */
  accounts: { email: string; name: string; role: string; password: string }[];
}

/**
 * Brings a database up to date and, where it is empty, fills it with what a newcomer needs: the 43
 * forces, the default criteria template, demo accounts and the demo inspection. Safe to run on
 * every start: what exists already is left exactly as it is.
 */
export async function prepareDatabase(options: { passwords?: Record<string, string>; demo?: boolean } = {}): Promise<SetupResult> {
  const db = getDb();
  const { forcesAdded, templateId } = prepareReferenceData();
  if (options.demo === false) return { forcesAdded, inspectionCreated: false, accounts: [] };

  const withPasswords = DEMO_ACCOUNTS.map((a) => ({ ...a, password: options.passwords?.[a.email] ?? generatePassword() }));
  const hashed = await Promise.all(
    withPasswords.map(async (a) => ({ email: a.email, name: a.name, role: a.role, passwordHash: await hashPassword(a.password) })),
  );
  const created = seedUsersIfNone(db, hashed);
  const accounts = withPasswords.filter((a) => created.some((c) => c.email === a.email));

  const inspectionCreated = seedInspection(db, {
    slug: DEMO_INSPECTION_SLUG,
    name: 'PEEL effectiveness 2017',
    templateId,
    ...DEMO_DATES,
    defaultSampleSize: 60,
    forceSampleSizes: { kent: null },
    leadEmails: DEMO_ACCOUNTS.filter((a) => a.role === 'lead').map((a) => a.email),
    files: { kent: kentDemoFiles().map((f) => ({ ...f, sampleStatus: 'sampled' as const })) },
  });
  return { forcesAdded, inspectionCreated, accounts };
}

/** The console banner that shows demo sign-ins once, when they are created. */
export function describeSetup(result: SetupResult, baseUrl: string): string {
  if (result.accounts.length === 0) return '';
  const width = Math.max(...result.accounts.map((a) => a.email.length));
  const lines = [
    '',
    '──────────────────────────────────────────────────────────────',
    ' Review case files: demo data created. Sign in at ' + baseUrl + '/sign-in',
    ' These passwords are shown only now. Keep them somewhere safe.',
    '',
    ...result.accounts.map((a) => `   ${a.role.padEnd(9)}  ${a.email.padEnd(width)}  ${a.password}`),
    '',
    ' Lost them? npm run cli -- user:reset-password --email <email>',
    '──────────────────────────────────────────────────────────────',
    '',
  ];
  return lines.join('\n');
}

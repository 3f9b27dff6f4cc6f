// What the e2e set-up scripts share: adding test accounts, an inspection of a test's own (the PEEL
// 2017 dates, led by the demo lead) with its files, and giving a file to an inspector.
import { expectOk, SETUP } from '@/testing/principals';
import { eq } from 'drizzle-orm';
import { assignFiles } from '@/db/assignments';
import { getDb } from '@/db/client';
import { caseFiles, criteriaTemplates } from '@/db/schema';
import { seedInspection } from '@/db/seed';
import { findUserByEmail } from '@/db/users';
import { peelFlags } from '@/demo/peel-2017';
import { addUser } from '@/lib/users/manage-users';
import type { TestUser } from './users';

const SYSTEM = { id: null, label: 'e2e setup' };

export interface TestFile {
  crimeReference: string;
  crimeType: string;
  recordedOn: string;
  outcome: number | null;
  domesticAbuse?: boolean;
  repeatVictim?: boolean;
  vulnerableVictim?: boolean;
}

export async function addTestUsers(users: readonly TestUser[]): Promise<void> {
  for (const user of users) {
    expectOk(await addUser(SETUP, { email: user.email, name: user.name, role: user.role, password: user.password }));
  }
}

/** An inspection whose forces each sample exactly the files given. */
export function seedTestInspection(inspection: { slug: string; name: string }, files: Record<string, readonly TestFile[]>): void {
  const db = getDb();
  const template = db.select({ id: criteriaTemplates.id }).from(criteriaTemplates).get();
  if (!template) throw new Error('No criteria template');
  const row = (f: TestFile) => ({
    crimeReference: f.crimeReference,
    crimeType: f.crimeType,
    recordedOn: f.recordedOn,
    outcome: f.outcome,
    flags: peelFlags(f.domesticAbuse ?? false, f.repeatVictim ?? false, f.vulnerableVictim ?? false),
    sampleStatus: 'sampled' as const,
  });
  seedInspection(db, {
    slug: inspection.slug,
    name: inspection.name,
    templateId: template.id,
    fieldworkStart: '2017-06-05',
    fieldworkEnd: '2017-07-28',
    recordedFrom: '2017-01-01',
    recordedTo: '2017-03-31',
    defaultSampleSize: 60,
    forceSampleSizes: Object.fromEntries(Object.entries(files).map(([force, list]) => [force, list.length])),
    leadEmails: ['lead@review.example'],
    files: Object.fromEntries(Object.entries(files).map(([force, list]) => [force, list.map(row)])),
  });
}

/** Gives a seeded file to an inspector, as a lead would. */
export async function assignTestFile(crimeReference: string, email: string): Promise<void> {
  const holder = await findUserByEmail(email);
  const stored = getDb().select().from(caseFiles).where(eq(caseFiles.crimeReference, crimeReference)).get();
  if (!holder || !stored) throw new Error(`Cannot assign ${crimeReference}`);
  const result = await assignFiles(
    { inspectionId: stored.inspectionId, forceId: stored.forceId, caseFileIds: [stored.id], assignee: holder },
    SYSTEM,
  );
  if (!result.ok) throw new Error(`Cannot assign ${crimeReference}`);
}

// Data for e2e/answers-import.spec.ts: an inspection of its own, led by the demo lead.
import { assignFiles } from '@/db/assignments';
import { getDb } from '@/db/client';
import { caseFiles, criteriaTemplates } from '@/db/schema';
import { seedInspection } from '@/db/seed';
import { findUserByEmail } from '@/db/users';
import type { CrimeType } from '@/lib/domain/codes';
import { addUser } from '@/lib/users/manage-users';
import { eq } from 'drizzle-orm';
import { ANSWERS_INSPECTION, IMPORT_FILES, IMPORT_USERS, type ImportFile } from './answers-import-data';

const row = (f: ImportFile) => ({
  crimeReference: f.crimeReference,
  crimeType: f.crimeType as CrimeType,
  recordedOn: f.recordedOn,
  outcome: f.outcome,
  domesticAbuse: f.domesticAbuse ?? false,
  repeatVictim: false,
  vulnerableVictim: false,
  sampleStatus: 'sampled' as const,
});

export async function prepareAnswersImport(): Promise<void> {
  const system = { id: null, label: 'e2e setup' };
  for (const user of Object.values(IMPORT_USERS)) {
    const result = await addUser({ email: user.email, name: user.name, role: user.role, password: user.password }, system);
    if (!result.ok) throw new Error(result.message);
  }
  const db = getDb();
  const template = db.select({ id: criteriaTemplates.id }).from(criteriaTemplates).get();
  if (!template) throw new Error('No criteria template');
  seedInspection(db, {
    ...ANSWERS_INSPECTION,
    templateId: template.id,
    fieldworkStart: '2017-06-05',
    fieldworkEnd: '2017-07-28',
    recordedFrom: '2017-01-01',
    recordedTo: '2017-03-31',
    defaultSampleSize: 60,
    forceSampleSizes: { norfolk: IMPORT_FILES.norfolk.length, suffolk: IMPORT_FILES.suffolk.length },
    leadEmails: ['lead@review.example'],
    files: { norfolk: IMPORT_FILES.norfolk.map(row), suffolk: IMPORT_FILES.suffolk.map(row) },
  });
  for (const file of [...IMPORT_FILES.norfolk, ...IMPORT_FILES.suffolk]) {
    if (!file.holder) continue;
    const holder = await findUserByEmail(IMPORT_USERS[file.holder].email);
    const stored = db.select().from(caseFiles).where(eq(caseFiles.crimeReference, file.crimeReference)).get();
    if (!holder || !stored) throw new Error(`Cannot assign ${file.crimeReference}`);
    const result = await assignFiles(
      { inspectionId: stored.inspectionId, forceId: stored.forceId, caseFileIds: [stored.id], assignee: holder },
      system,
    );
    if (!result.ok) throw new Error(`Cannot assign ${file.crimeReference}`);
  }
}

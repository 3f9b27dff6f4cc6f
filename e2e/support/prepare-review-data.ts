// The review tests' own inspection (Essex and Surrey files, led by the demo lead) and inspectors.
// The demo inspection's Kent files are left untouched for the whole-journey test.
import { eq } from 'drizzle-orm';
import { assignFiles } from '@/db/assignments';
import { getDb } from '@/db/client';
import { caseFiles, criteriaTemplates } from '@/db/schema';
import { seedInspection } from '@/db/seed';
import { findUserByEmail } from '@/db/users';
import type { CrimeType } from '@/lib/domain/codes';
import { addUser } from '@/lib/users/manage-users';
import { E2E_INSPECTION, ESSEX_FILES, REVIEW_USERS, SURREY_FILES, type E2EFile } from './review-data';

function row(f: E2EFile) {
  return {
    crimeReference: f.crimeReference,
    crimeType: f.crimeType as CrimeType,
    recordedOn: f.recordedOn,
    outcome: f.outcome,
    domesticAbuse: f.domesticAbuse ?? false,
    repeatVictim: f.repeatVictim ?? false,
    vulnerableVictim: f.vulnerableVictim ?? false,
    sampleStatus: 'sampled' as const,
  };
}

export async function prepareReviewData(): Promise<void> {
  const system = { id: null, label: 'e2e setup' };
  for (const user of Object.values(REVIEW_USERS)) {
    const result = await addUser({ email: user.email, name: user.name, role: user.role, password: user.password }, system);
    if (!result.ok) throw new Error(result.message);
  }
  const db = getDb();
  const template = db.select({ id: criteriaTemplates.id }).from(criteriaTemplates).get();
  if (!template) throw new Error('No criteria template');
  seedInspection(db, {
    slug: E2E_INSPECTION.slug,
    name: E2E_INSPECTION.name,
    templateId: template.id,
    fieldworkStart: '2017-06-05',
    fieldworkEnd: '2017-07-28',
    recordedFrom: '2017-01-01',
    recordedTo: '2017-03-31',
    defaultSampleSize: 60,
    forceSampleSizes: { essex: Object.keys(ESSEX_FILES).length, surrey: SURREY_FILES.length },
    leadEmails: ['lead@review.example'],
    files: { essex: Object.values(ESSEX_FILES).map(row), surrey: SURREY_FILES.map(row) },
  });
  for (const file of Object.values(ESSEX_FILES) as E2EFile[]) {
    if (!file.owner) continue;
    const owner = await findUserByEmail(REVIEW_USERS[file.owner].email);
    const stored = db.select().from(caseFiles).where(eq(caseFiles.crimeReference, file.crimeReference)).get();
    if (!owner || !stored) throw new Error(`Cannot assign ${file.crimeReference}`);
    const result = await assignFiles(
      { inspectionId: stored.inspectionId, forceId: stored.forceId, caseFileIds: [stored.id], assignee: owner },
      system,
    );
    if (!result.ok) throw new Error(`Cannot assign ${file.crimeReference}`);
  }
}

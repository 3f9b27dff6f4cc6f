import { getDb } from '@/db/client';
import { caseFiles, inspectionForces, inspectionLeads, inspections, reviews, answers, users, forces } from '@/db/schema';
import { prepareReferenceData } from '@/lib/setup';
import { eq } from 'drizzle-orm';

/** Test-only builders: an inspection with files and reviews exactly as a test describes them. */
export interface TestFile {
  force: string;
  crimeType: string;
  outcome: number | null;
  domesticAbuse?: boolean;
  repeatVictim?: boolean;
  vulnerableVictim?: boolean;
  /** Flags by code (a template's own); added to the PEEL 2017 ones above. */
  flags?: string[];
  sampleStatus?: 'sampled' | 'reserve' | 'replaced';
  review?: { status: 'draft' | 'submitted' | 'returned'; answers: Record<string, string>; notes?: Record<string, string> } | null;
  qa?: { status: 'draft' | 'submitted' | 'returned'; answers: Record<string, string> };
}

let counter = 0;

export function testUser(email = `reviewer${(counter += 1)}@review.example`, role: 'inspector' | 'lead' | 'admin' = 'inspector'): number {
  return getDb()
    .insert(users)
    .values({ email, name: `Reviewer ${email}`, role, passwordHash: 'x' })
    .returning({ id: users.id })
    .get().id;
}

export function buildInspection(
  slug: string,
  forceCodes: readonly string[],
  files: readonly TestFile[],
  reviewerId: number,
  options: { templateId?: number } = {},
): number {
  const templateId = options.templateId ?? prepareReferenceData().templateId;
  const db = getDb();
  return db.transaction((tx) => {
    const inspectionId = tx
      .insert(inspections)
      .values({ slug, name: `Inspection ${slug}`, templateId })
      .returning({ id: inspections.id })
      .get().id;
    const forceId = new Map<string, number>();
    for (const code of forceCodes) {
      const force = tx.select({ id: forces.id }).from(forces).where(eq(forces.code, code)).get();
      if (!force) throw new Error(`no force ${code}`);
      forceId.set(code, force.id);
      tx.insert(inspectionForces).values({ inspectionId, forceId: force.id }).run();
    }
    files.forEach((file, i) => {
      const caseFileId = tx
        .insert(caseFiles)
        .values({
          inspectionId,
          forceId: forceId.get(file.force) ?? 0,
          crimeReference: `REF/${i}`,
          crimeType: file.crimeType,
          recordedOn: '2017-02-01',
          outcome: file.outcome,
          flags: [
            ...(file.domesticAbuse ? ['domestic_abuse'] : []),
            ...(file.repeatVictim ? ['repeat_victim'] : []),
            ...(file.vulnerableVictim ? ['vulnerable_victim'] : []),
            ...(file.flags ?? []),
          ],
          sampleStatus: file.sampleStatus ?? 'sampled',
        })
        .returning({ id: caseFiles.id })
        .get().id;
      for (const [kind, review] of [
        ['review', file.review],
        ['qa', file.qa],
      ] as const) {
        if (!review) continue;
        const reviewId = tx
          .insert(reviews)
          .values({ caseFileId, reviewerId, kind, status: review.status })
          .returning({ id: reviews.id })
          .get().id;
        for (const [questionCode, answer] of Object.entries(review.answers)) {
          const note = 'notes' in review ? (review.notes?.[questionCode] ?? null) : null;
          tx.insert(answers).values({ reviewId, questionCode, answer, note }).run();
        }
      }
    });
    return inspectionId;
  });
}

export function makeLead(inspectionId: number, userId: number): void {
  getDb().insert(inspectionLeads).values({ inspectionId, userId }).run();
}

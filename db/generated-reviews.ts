import { writeAudit, type Actor } from './audit';
import { getDb } from './client';

/** A sampled file with the facts its questions' rules look at. */
export interface SampledFile {
  id: number;
  forceCode: string;
  crimeReference: string;
  crimeType: string;
  outcome: number | null;
  flags: string[];
}

export async function listSampledFiles(inspectionId: number): Promise<SampledFile[]> {
  const rows = getDb()
    .$client.prepare(
      `SELECT cf.id, f.code AS forceCode, cf.crime_reference AS crimeReference, cf.crime_type AS crimeType, cf.outcome,
         cf.flags
       FROM case_files cf JOIN forces f ON f.id = cf.force_id
       WHERE cf.inspection_id = ? AND cf.sample_status = 'sampled' ORDER BY f.position, cf.crime_reference`,
    )
    .all(inspectionId) as (Omit<SampledFile, 'flags'> & { flags: string })[];
  return rows.map((r) => ({
    ...r,
    flags: JSON.parse(r.flags) as string[],
  }));
}

export interface ReviewToInsert {
  caseFileId: number;
  reviewerId: number;
  status: 'draft' | 'submitted' | 'returned';
  answers: { question: string; answer: string; note: string | null }[];
}

/**
 * Writes made-up reviews in bulk, in one transaction, with one audit row saying so. Used for the
 * end-to-end inspection with findings and for the benchmark's national datasets; real reviews come
 * through the review form or an answers import.
 */
export async function insertGeneratedReviews(inspectionId: number, reviews: readonly ReviewToInsert[], actor: Actor): Promise<number> {
  const db = getDb();
  const sqlite = db.$client;
  const insertReview = sqlite.prepare(
    `INSERT INTO reviews (case_file_id, reviewer_id, kind, status, submitted_at, returned_at, return_reason)
     VALUES (?, ?, 'review', ?, CASE WHEN ? = 'submitted' THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now') END,
       CASE WHEN ? = 'returned' THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now') END,
       CASE WHEN ? = 'returned' THEN 'Please add the rationale for the supervision answers.' END)`,
  );
  const insertAnswer = sqlite.prepare('INSERT INTO answers (review_id, question_code, answer, note, updated_by) VALUES (?, ?, ?, ?, ?)');
  let answers = 0;
  db.transaction((tx) => {
    for (const review of reviews) {
      const reviewId = insertReview.run(
        review.caseFileId,
        review.reviewerId,
        review.status,
        review.status,
        review.status,
        review.status,
      ).lastInsertRowid;
      for (const a of review.answers) {
        insertAnswer.run(reviewId, a.question, a.answer, a.note, review.reviewerId);
        answers += 1;
      }
    }
    writeAudit(tx, actor, {
      action: 'reviews.generated',
      entityType: 'inspection',
      entityId: inspectionId,
      inspectionId,
      detail: { reviews: reviews.length, answers },
    });
  });
  return answers;
}

import { DEMO_DATES } from './accounts';
import { getDb } from '@/db/client';
import { getFindingsInspection } from '@/db/findings';
import { flagsFromCodes } from '@/lib/criteria';
import { loadTemplate } from '@/lib/templates/load';
import { insertGeneratedReviews, listSampledFiles, type ReviewToInsert } from '@/db/generated-reviews';
import { seedInspection } from '@/db/seed';
import { findUserByEmail } from '@/db/users';
import { prepareReferenceData } from '@/lib/setup';
import { Prng } from '@/lib/random-sampling/prng';
import { generateFiles } from './generated-files';
import { forceQuality, generateReviewAnswers } from './review-generator';

export interface ReviewedInspectionPlan {
  slug: string;
  name: string;
  seed: string;
  /** Force codes with how many sampled files each has. */
  forces: readonly { code: string; files: number }[];
  leadEmails: readonly string[];
  reviewerEmails: readonly string[];
  /** Percentages of files left without a review, with a draft, or returned; the rest are submitted. */
  unreviewedPercent?: number;
  draftPercent?: number;
  returnedPercent?: number;
}

/**
 * Creates an inspection whose files already carry generated reviews: the end-to-end tests' and
 * the benchmark's data (findings need submitted reviews before the review form exists to make
 * them). Returns false, changing nothing, if the slug is taken.
 */
export async function seedReviewedInspection(
  plan: ReviewedInspectionPlan,
): Promise<{ created: boolean; reviews: number; answers: number }> {
  const { templateId } = prepareReferenceData();
  const created = seedInspection(getDb(), {
    slug: plan.slug,
    name: plan.name,
    templateId,
    ...DEMO_DATES,
    defaultSampleSize: 60,
    forceSampleSizes: Object.fromEntries(plan.forces.map((f) => [f.code, f.files === 60 ? null : f.files])),
    leadEmails: [...plan.leadEmails],
    files: Object.fromEntries(
      plan.forces.map((f, i) => [
        f.code,
        generateFiles(`${plan.seed}:files:${f.code}`, String(10 + i), f.files).map((file) => ({
          ...file,
          sampleStatus: 'sampled' as const,
        })),
      ]),
    ),
  });
  if (!created) return { created: false, reviews: 0, answers: 0 };

  const inspection = await getFindingsInspection(plan.slug);
  if (!inspection) throw new Error(`Inspection ${plan.slug} was not created`);
  const { questions } = await loadTemplate(inspection.templateId);
  const reviewers = await Promise.all(plan.reviewerEmails.map((email) => findUserByEmail(email)));
  const reviewerIds = reviewers.map((r, i) => {
    if (!r) throw new Error(`No user ${plan.reviewerEmails[i] ?? ''} to review files`);
    return r.id;
  });
  const prng = new Prng(`${plan.seed}:reviews`);
  const reviews: ReviewToInsert[] = [];
  for (const file of await listSampledFiles(inspection.id)) {
    const roll = prng.nextBelow(100);
    const unreviewed = plan.unreviewedPercent ?? 0;
    const draft = unreviewed + (plan.draftPercent ?? 0);
    const returned = draft + (plan.returnedPercent ?? 0);
    if (roll < unreviewed) continue;
    const status = roll < draft ? 'draft' : roll < returned ? 'returned' : 'submitted';
    reviews.push({
      caseFileId: file.id,
      reviewerId: prng.pick(reviewerIds),
      status,
      answers: generateReviewAnswers(
        prng,
        { ...file, flags: flagsFromCodes(file.flags) },
        questions,
        forceQuality(plan.seed, file.forceCode),
        status !== 'draft',
      ),
    });
  }
  const answers = await insertGeneratedReviews(inspection.id, reviews, { id: null, label: 'system (generated reviews)' });
  return { created: true, reviews: reviews.length, answers };
}

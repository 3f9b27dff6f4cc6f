import { listSetAsideForReviews } from '@/db/answer-writes';
import { getCaseFileForReview, type CaseFileRecord } from '@/db/case-files';
import { getTemplateQuestions, listInspectionLeadIds } from '@/db/inspections';
import { getReviewForFile, listAnswersForReviews, type ReviewRecord } from '@/db/reviews';
import type { CriteriaTemplate, FileFacts, ReviewSnapshot, StoredAnswer } from '@/lib/criteria';

/** Everything about one file's review that pages and use-cases decide with. */
export interface ReviewContext {
  file: CaseFileRecord;
  leadIds: number[];
  review: ReviewRecord | null;
  template: CriteriaTemplate;
  facts: FileFacts;
  snapshot: ReviewSnapshot;
  /** Answers kept aside because their question stopped applying; they come back if it applies again. */
  setAside: Record<string, StoredAnswer>;
}

export function factsOf(
  file: Pick<CaseFileRecord, 'crimeType' | 'outcome' | 'domesticAbuse' | 'repeatVictim' | 'vulnerableVictim'>,
): FileFacts {
  return {
    crimeType: file.crimeType,
    outcome: file.outcome,
    domesticAbuse: file.domesticAbuse,
    repeatVictim: file.repeatVictim,
    vulnerableVictim: file.vulnerableVictim,
  };
}

export async function loadReviewContext(caseFileId: number): Promise<ReviewContext | null> {
  const file = await getCaseFileForReview(caseFileId);
  if (!file) return null;
  const [leadIds, review, questions] = await Promise.all([
    listInspectionLeadIds(file.inspectionId),
    getReviewForFile(file.id),
    getTemplateQuestions(file.templateId),
  ]);
  const [rows, asideRows] = review
    ? await Promise.all([listAnswersForReviews([review.id]), listSetAsideForReviews([review.id])])
    : [[], []];
  const answers: Record<string, StoredAnswer> = {};
  for (const row of rows) answers[row.questionCode] = { answer: row.answer, note: row.note };
  const setAside: Record<string, StoredAnswer> = {};
  for (const row of asideRows) if (!answers[row.questionCode]) setAside[row.questionCode] = { answer: row.answer, note: row.note };
  const facts = factsOf(file);
  return {
    file,
    leadIds,
    review: review ?? null,
    template: { questions },
    facts,
    snapshot: {
      facts: {
        outcome: facts.outcome,
        domesticAbuse: facts.domesticAbuse,
        repeatVictim: facts.repeatVictim,
        vulnerableVictim: facts.vulnerableVictim,
      },
      answers,
    },
    setAside,
  };
}

/** Whether the review can still be changed at all: the file is in the sample and not submitted. */
export function reviewOpen(ctx: ReviewContext): boolean {
  return ctx.file.sampleStatus === 'sampled' && ctx.review?.status !== 'submitted';
}

export const NO_FILE = 'This file does not exist';

/** What the access policy looks at for a file: who leads its inspection, who it is assigned to. */
export function fileFacts(ctx: Pick<ReviewContext, 'file' | 'leadIds'>): { leadIds: readonly number[]; assigneeId: number | null } {
  return { leadIds: ctx.leadIds, assigneeId: ctx.file.assigneeId };
}

/** A positive whole number from a route or form, or null. */
export function parseId(value: string | undefined | null): number | null {
  return value && /^[1-9]\d{0,9}$/.test(value) ? Number(value) : null;
}

import { listSetAsideForReviews } from '@/db/answer-writes';
import { getCaseFileForReview, type CaseFileRecord } from '@/db/case-files';
import { listInspectionLeadIds } from '@/db/inspections';
import { getReviewForFile, listAnswersForReviews, type ReviewRecord } from '@/db/reviews';
import { flagsFromCodes, type FileFacts, type ReviewSnapshot, type StoredAnswer } from '@/lib/criteria';
import { loadTemplate } from '@/lib/templates/load';
import type { TemplateDefinition } from '@/lib/templates/template-file';

/** Everything about one file's review that pages and use-cases decide with. */
export interface ReviewContext {
  file: CaseFileRecord;
  leadIds: number[];
  review: ReviewRecord | null;
  template: TemplateDefinition;
  facts: FileFacts;
  snapshot: ReviewSnapshot;
  /** Answers kept aside because their question stopped applying; they come back if it applies again. */
  setAside: Record<string, StoredAnswer>;
}

/** A stored file's facts as rules read them: its flags (a list of codes) as code → set. */
export function factsOf(file: Pick<CaseFileRecord, 'crimeType' | 'outcome' | 'flags'>): FileFacts {
  return { crimeType: file.crimeType, outcome: file.outcome, flags: flagsFromCodes(file.flags) };
}

export async function loadReviewContext(caseFileId: number): Promise<ReviewContext | null> {
  const file = await getCaseFileForReview(caseFileId);
  if (!file) return null;
  const [leadIds, review, template] = await Promise.all([
    listInspectionLeadIds(file.inspectionId),
    getReviewForFile(file.id),
    loadTemplate(file.templateId),
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
    template,
    facts,
    snapshot: { facts: { outcome: facts.outcome, flags: { ...facts.flags } }, answers },
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

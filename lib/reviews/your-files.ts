import { getCaseFileForReview } from '@/db/case-files';
import { listAssignedFiles } from '@/db/inspections';
import { listAnswersForReviews } from '@/db/reviews';
import type { CriteriaTemplate, StoredAnswer } from '@/lib/criteria';
import { decide, may, refusalFor, type Principal } from '@/lib/policy';
import { ok, refusedBy, type Result } from '@/lib/result';
import { loadTemplate } from '@/lib/templates/load';
import type { TemplateDefinition } from '@/lib/templates/template-file';
import { factsOf, parseId } from './context';
import { reviewProgress } from './progress';
import { fileStatus, type FileStatus } from './status';

export interface YourFile {
  id: number;
  crimeReference: string;
  crimeType: string;
  status: FileStatus;
  /** What is left, in words: "12 of 17 questions answered". */
  progress: string;
}

export interface YourFilesGroup {
  key: string;
  inspectionName: string;
  forceName: string;
  files: YourFile[];
  submitted: number;
}

/** The files assigned to an inspector, grouped by inspection and force, with what is left on each. */
export async function listYourFiles(who: Principal): Promise<Result<YourFilesGroup[]>> {
  if (who.kind !== 'user') return refusedBy(refusalFor('your-files.read'));
  const decision = decide(who, 'your-files.read', {});
  if (!decision.allowed) return refusedBy(decision);
  const rows = await listAssignedFiles(who.id);
  const templates = new Map<number, TemplateDefinition>();
  for (const id of new Set(rows.map((r) => r.templateId))) templates.set(id, await loadTemplate(id));
  const answerRows = await listAnswersForReviews(rows.flatMap((r) => (r.reviewId === null ? [] : [r.reviewId])));
  const byReview = new Map<number, Record<string, StoredAnswer>>();
  for (const a of answerRows) {
    const map = byReview.get(a.reviewId) ?? {};
    map[a.questionCode] = { answer: a.answer, note: a.note };
    byReview.set(a.reviewId, map);
  }
  const groups = new Map<string, YourFilesGroup>();
  for (const row of rows) {
    const key = `${row.inspectionSlug}/${row.forceCode}`;
    const group = groups.get(key) ?? { key, inspectionName: row.inspectionName, forceName: row.forceName, files: [], submitted: 0 };
    const template: CriteriaTemplate = templates.get(row.templateId) ?? { questions: [], flags: [], crimeTypes: [] };
    const progress = reviewProgress(template, factsOf(row), row.reviewId === null ? {} : (byReview.get(row.reviewId) ?? {}));
    const status = fileStatus(row.reviewStatus);
    group.files.push({
      id: row.caseFileId,
      crimeReference: row.crimeReference,
      crimeType: template.crimeTypes.find((c) => c.code === row.crimeType)?.label ?? row.crimeType,
      status,
      progress:
        status === 'submitted'
          ? `All ${progress.applicable} questions answered`
          : `${progress.answered} of ${progress.applicable} questions answered`,
    });
    if (status === 'submitted') group.submitted += 1;
    groups.set(key, group);
  }
  for (const group of groups.values()) group.files.sort((a, b) => WORK_ORDER[a.status] - WORK_ORDER[b.status]);
  return ok([...groups.values()]);
}

/** What is left first: returned reviews, then those in progress, then unstarted files, submitted last. */
const WORK_ORDER: Readonly<Record<FileStatus, number>> = { returned: 0, 'in-progress': 1, 'not-started': 2, submitted: 3 };

/**
 * The file to do next after one is submitted: the first one left in the same inspection and force,
 * else the first one left anywhere (null when every file is submitted).
 */
export function nextFile(groups: readonly YourFilesGroup[], afterId: number | null): YourFile | null {
  const left = (files: readonly YourFile[]) => files.find((f) => f.status !== 'submitted' && f.id !== afterId) ?? null;
  const home = groups.find((g) => g.files.some((f) => f.id === afterId));
  return (home ? left(home.files) : null) ?? groups.map((g) => left(g.files)).find((f) => f !== null) ?? null;
}

/** The banner after saving or submitting: names the file only if it is the reader's own. */
export async function yourFilesBanner(who: Principal, query: { saved?: string; submitted?: string }): Promise<string | null> {
  const id = parseId(query.saved ?? query.submitted);
  if (id === null) return null;
  const file = await getCaseFileForReview(id);
  // Only the reader's own file is named: anyone else learns nothing from the address.
  if (!file || !may(who, 'review.write', { leadIds: [], assigneeId: file.assigneeId })) return null;
  return query.submitted
    ? `Your review of ${file.crimeReference} has been submitted`
    : `Your answers for ${file.crimeReference} have been saved`;
}

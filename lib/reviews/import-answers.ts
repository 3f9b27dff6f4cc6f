import { getInspectionBySlug, getInspectionForce } from '@/db/inspections';
import { loadTemplate } from '@/lib/templates/load';
import { listFilesForAnswersImport, writeAnswersImport } from '@/db/review-imports';
import { findUserByEmail, getUserById } from '@/db/users';
import { readAnswersList } from '@/lib/csv/answers-list';
import { reportProblems } from '@/lib/csv/problems';
import { FORCE_CODES, isForceCode } from '@/domain/forces';
import { sha256Hex } from '@/lib/random-sampling/draw';
import { decide, type Principal } from '@/lib/policy';
import { fieldError, fileProblems, formError, notFound, ok, refusedBy, type Result } from '@/lib/result';
import { planAnswersImport, type ImportFileState, type ImportSummary } from './answers-import-plan';
import { factsOf } from './context';

export type { ImportSummary };

export interface AnswersImportRequest {
  slug: string;
  forceCode: string;
  /** The inspector whose answers these are: by email on the command line, by id from the page. */
  reviewer: { email: string } | { id: number };
  /** Submit each review the file completes (every question that applies answered). */
  submit: boolean;
  bytes: Uint8Array;
  fileName?: string;
}

export interface AnswersImported {
  summary: ImportSummary;
  inspection: { slug: string; name: string };
  force: { code: string; name: string };
  reviewer: { id: number; name: string; email: string };
}

/** The upload field of the import page: problems in the file are reported against it. */
export const ANSWERS_FILE_FIELD = 'answersFile';
const NOTHING = 'nothing was imported';

async function findReviewer(reviewer: AnswersImportRequest['reviewer']) {
  const user = 'email' in reviewer ? await findUserByEmail(reviewer.email.trim().toLowerCase()) : await getUserById(reviewer.id);
  if (!user)
    return {
      ok: false as const,
      message:
        'email' in reviewer ? `there is no account with the email '${reviewer.email}'` : 'Select the inspector whose answers these are',
    };
  if (user.role !== 'inspector')
    return {
      ok: false as const,
      message: `${user.email} is ${user.role === 'admin' ? 'an admin' : 'a lead'}, not an inspector: answers are imported for the inspector who reviewed the files`,
    };
  if (user.disabled)
    return { ok: false as const, message: `${user.name}’s account (${user.email}) is disabled, so files cannot be reviewed for them` };
  return { ok: true as const, reviewer: { id: user.id, name: user.name, email: user.email } };
}

/**
 * Imports a fieldwork spreadsheet (format 2) for one force and one inspector: creates or updates
 * each named file's review with the same rules and words as the review form, and submits them
 * only when asked. All or nothing: any problem anywhere in the file and nothing is written, and
 * every problem is returned by row. `who` is the person importing in the browser (a lead of the
 * inspection or an admin), or the operator at the command line.
 */
export async function importAnswers(who: Principal, request: AnswersImportRequest): Promise<Result<AnswersImported>> {
  const inspection = await getInspectionBySlug(request.slug);
  if (!inspection) return notFound(`there is no inspection with the short name '${request.slug}'`);
  const decision = decide(who, 'answers.import', { leadIds: inspection.leadIds });
  if (!decision.allowed) return refusedBy(decision);
  if (!isForceCode(request.forceCode))
    return formError(`'${request.forceCode}' is not a force code; the codes are ${FORCE_CODES.join(', ')}`);
  const force = await getInspectionForce(inspection.id, request.forceCode);
  if (!force) return formError(`${request.forceCode} is not one of the forces of ${inspection.slug}`);
  const found = await findReviewer(request.reviewer);
  if (!found.ok) return fieldError('reviewer', found.message);
  const reviewer = found.reviewer;

  const list = readAnswersList(request.bytes);
  if (!list.ok && list.rows.length === 0) return fileProblems(ANSWERS_FILE_FIELD, reportProblems(list.problems), NOTHING);
  const [template, rows] = await Promise.all([loadTemplate(inspection.templateId), listFilesForAnswersImport(inspection.id, force.id)]);
  const files = new Map<string, ImportFileState>(rows.map((r) => [r.crimeReference, { ...r, facts: factsOf(r) }]));
  // With problems in some rows the others are still checked, so that every problem is listed at once.
  const plan = planAnswersImport({
    template,
    forceName: force.name,
    files,
    rows: list.rows,
    reviewer,
    submit: request.submit,
    incompleteFiles: list.ok ? undefined : list.incompleteFiles,
  });
  const problems = [...(list.ok ? [] : list.problems), ...plan.problems];
  if (problems.length) return fileProblems(ANSWERS_FILE_FIELD, reportProblems(problems), NOTHING);

  const result = ok({ summary: plan.summary, inspection: { slug: inspection.slug, name: inspection.name }, force, reviewer });
  if (plan.writes.length === 0) return result;
  const write = await writeAnswersImport(
    {
      inspectionId: inspection.id,
      reviewer,
      files: plan.writes,
      detail: {
        force: force.code,
        reviewer: reviewer.email,
        submit: request.submit,
        fileName: request.fileName ?? null,
        fileHash: sha256Hex(request.bytes),
        ...plan.summary,
      },
    },
    who,
  );
  if (!write.ok)
    return fieldError(
      ANSWERS_FILE_FIELD,
      'Some of these reviews changed while the file was being checked, so nothing was imported. Import the file again',
    );
  return result;
}

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** What an import did, in one sentence (the page's banner and the command line's output). */
export function describeImport(outcome: AnswersImported): string {
  const s = outcome.summary;
  if (s.unchanged === s.files)
    return s.files === 1
      ? 'Nothing changed: the review of this file already had exactly these answers'
      : `Nothing changed: the reviews of these ${count(s.files, 'file', 'files')} already had exactly these answers`;
  const parts = [
    `${count(s.answersSaved, 'answer', 'answers')} saved`,
    s.answersRemoved ? `${count(s.answersRemoved, 'answer', 'answers')} removed as no longer applying` : '',
    s.submitted ? `${count(s.submitted, 'review', 'reviews')} submitted` : '',
    s.assigned ? `${count(s.assigned, 'file', 'files')} assigned to ${outcome.reviewer.name}` : '',
    s.unchanged ? `${count(s.unchanged, 'file', 'files')} unchanged` : '',
  ].filter(Boolean);
  return `Answers imported for ${count(s.files, 'file', 'files')} of ${outcome.force.name} reviewed by ${outcome.reviewer.name}: ${parts.join(', ')}`;
}

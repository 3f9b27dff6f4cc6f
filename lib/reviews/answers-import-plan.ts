import { checkAnswers, messages, type CriteriaTemplate, type FileFacts, type GivenAnswer, type StoredAnswer } from '@/lib/criteria';
import type { AnswersListRow } from '@/lib/csv/answers-list';
import { describeRows, rowProblem, rowsProblem, type CsvProblem } from '@/lib/csv/problems';

/** A file of the force as the import sees it: facts, place in the sample, assignee and review. */
export interface ImportFileState {
  id: number;
  crimeReference: string;
  facts: FileFacts;
  sampleStatus: 'sampled' | 'reserve' | 'replaced';
  assigneeId: number | null;
  assigneeName: string | null;
  review: { id: number; status: 'draft' | 'submitted' | 'returned'; version: number } | null;
  answers: Readonly<Record<string, StoredAnswer>>;
}

/** What the import will write for one file. */
export interface FileWrite {
  file: { id: number; crimeReference: string };
  /** The file is not assigned yet: the import gives it to the reviewer. */
  assign: boolean;
  review: { id: number; expectedVersion: number } | null;
  upserts: { code: string; value: StoredAnswer; old: StoredAnswer | null }[];
  /** Answers that stop applying once the imported ones are in (stored as no answer, as the form does). */
  removals: { code: string; old: StoredAnswer }[];
  submit: 'submitted' | 'resubmitted' | null;
}

export interface ImportSummary {
  /** Files the spreadsheet names. */
  files: number;
  /** Files whose answers change. */
  changed: number;
  answersSaved: number;
  answersRemoved: number;
  submitted: number;
  assigned: number;
  /** Files the import leaves exactly as they were. */
  unchanged: number;
}

export interface ImportPlan {
  problems: CsvProblem[];
  writes: FileWrite[];
  summary: ImportSummary;
}

export interface PlanInput {
  template: CriteriaTemplate;
  forceName: string;
  /** The force's files (sampled, reserve and replaced) by crime reference. */
  files: ReadonlyMap<string, ImportFileState>;
  rows: readonly AnswersListRow[];
  reviewer: { id: number; name: string };
  submit: boolean;
  /** Files some of whose rows had problems of their own: they are not asked to be complete as well. */
  incompleteFiles?: ReadonlySet<string>;
}

interface Given extends GivenAnswer {
  row: number;
}

function same(a: StoredAnswer | undefined, b: StoredAnswer | undefined): boolean {
  return (a?.answer ?? null) === (b?.answer ?? null) && (a?.note ?? null) === (b?.note ?? null);
}

/** Why a file named in the spreadsheet cannot take answers at all, or null when it can. */
function fileRefusal(file: ImportFileState | undefined, reference: string, input: PlanInput): string | null {
  if (!file) return `there is no file '${reference}' in ${input.forceName}’s sample for this inspection`;
  if (file.sampleStatus === 'replaced') return `the file '${reference}' has been taken out of the sample, so it is not reviewed`;
  if (file.sampleStatus === 'reserve') return `the file '${reference}' is on the reserve list, not in the sample`;
  return null;
}

/**
 * The answers a file ends with: what it has now, with the spreadsheet's answers over them, checked
 * by the criteria exactly as the review form is (the same rules and words). An `na` given for a
 * question that does not apply to the file means "not applicable" and is left out, as the contract
 * allows; any other answer (or a note) to such a question is refused. Answers already stored that
 * stop applying are removed, as the form removes them.
 */
function checkFile(file: ImportFileState, sheet: Readonly<Record<string, Given>>, input: PlanInput) {
  const merged: Record<string, GivenAnswer> = {};
  for (const [code, a] of Object.entries(file.answers)) merged[code] = { answer: a.answer, note: a.note };
  for (const [code, g] of Object.entries(sheet)) merged[code] = { answer: g.answer, note: g.note };
  const notApplicable = new Set(checkAnswers(input.template, file.facts, merged, { inapplicable: 'drop' }).notApplicable);
  const leftOut = (code: string) => {
    const given = sheet[code];
    return notApplicable.has(code) && (!given || (given.answer === 'na' && (given.note ?? '') === ''));
  };
  const kept = Object.fromEntries(Object.entries(merged).filter(([code]) => !leftOut(code)));
  return checkAnswers(input.template, file.facts, kept, { inapplicable: 'reject', complete: input.submit });
}

/** Questions a file to be submitted leaves unanswered, as one problem for the file (they have no rows of their own). */
function missingProblem(
  file: ImportFileState,
  rows: readonly AnswersListRow[],
  codes: readonly string[],
  template: CriteriaTemplate,
): CsvProblem {
  const questions = codes.map((code) => template.questions.find((q) => q.code === code)).filter((q) => q !== undefined);
  const only = questions.length === 1 ? questions[0] : undefined;
  const detail = only
    ? `${messages.answerMissing(only)} before submitting`
    : `Select an answer for each of these ${questions.length} questions before submitting: ${questions.map((q) => `“${q.wording}”`).join(', ')}`;
  const lines = rows.map((r) => r.row);
  return { rows: lines, column: null, message: `${describeRows(lines)} (${file.crimeReference}): ${detail}` };
}

function planFile(file: ImportFileState, rows: readonly AnswersListRow[], input: PlanInput, problems: CsvProblem[]): FileWrite | null {
  const known = new Set(input.template.questions.map((q) => q.code));
  const sheet: Record<string, Given> = {};
  for (const r of rows) if (known.has(r.question)) sheet[r.question] = { answer: r.answer, note: r.note, row: r.row };
  const before = problems.length;
  if (file.assigneeId !== null && file.assigneeId !== input.reviewer.id) {
    problems.push(
      rowsProblem(
        rows.map((r) => r.row),
        'crime_reference',
        `the file '${file.crimeReference}' is assigned to ${file.assigneeName ?? 'another inspector'}, not to ${input.reviewer.name}. Reassign it on the force’s page first, or import it for ${file.assigneeName ?? 'that inspector'}`,
      ),
    );
  }
  // A file that cannot be imported for this reviewer is not asked to be complete: that would bury the reason.
  const complete = input.submit && problems.length === before && !input.incompleteFiles?.has(file.crimeReference);
  const checked = checkFile(file, sheet, { ...input, submit: complete });
  const missing: string[] = [];
  for (const issue of checked.issues) {
    const given = sheet[issue.question];
    // "na" alone is how the contract says "does not apply"; with a note, the note would be lost.
    const lostNote = given?.answer === 'na' && checked.notApplicable.includes(issue.question);
    const message = lostNote
      ? `${issue.message}, so a note cannot be kept with its na: leave the note empty, or leave the row out`
      : issue.message;
    if (given) problems.push(rowProblem(given.row, issue.field, message));
    else missing.push(issue.question);
  }
  if (missing.length) problems.push(missingProblem(file, rows, missing, input.template));

  const upserts: FileWrite['upserts'] = [];
  const removals: FileWrite['removals'] = [];
  for (const q of input.template.questions) {
    const old = file.answers[q.code];
    const next = checked.answers[q.code];
    if (same(old, next)) continue;
    if (next) upserts.push({ code: q.code, value: next, old: old ?? null });
    else if (old) removals.push({ code: q.code, old });
  }
  const changes = upserts.length + removals.length > 0;
  if (file.review?.status === 'submitted') {
    if (changes || checked.issues.length)
      problems.push(
        rowsProblem(
          rows.map((r) => r.row),
          'crime_reference',
          `the review of '${file.crimeReference}' has been submitted, so its answers can no longer be changed. A lead can return it to its inspector first`,
        ),
      );
    return null;
  }
  if (problems.length > before) return null;
  const submit = input.submit ? (file.review?.status === 'returned' ? 'resubmitted' : 'submitted') : null;
  if (!changes && !submit) return null;
  return {
    file: { id: file.id, crimeReference: file.crimeReference },
    assign: file.assigneeId === null,
    review: file.review ? { id: file.review.id, expectedVersion: file.review.version } : null,
    upserts,
    removals,
    submit,
  };
}

/**
 * Decides, without touching the database, what importing a fieldwork spreadsheet for one force
 * and reviewer would do to each file it names, and every reason it cannot. The caller writes the
 * plan only when there is no problem at all.
 */
export function planAnswersImport(input: PlanInput): ImportPlan {
  const problems: CsvProblem[] = [];
  const known = new Set(input.template.questions.map((q) => q.code));
  const byFile = new Map<string, AnswersListRow[]>();
  for (const r of input.rows) {
    if (!known.has(r.question)) problems.push(rowProblem(r.row, 'question', messages.unknownQuestion(r.question)));
    byFile.set(r.crimeReference, [...(byFile.get(r.crimeReference) ?? []), r]);
  }
  const writes: FileWrite[] = [];
  for (const [reference, rows] of byFile) {
    const file = input.files.get(reference);
    const refusal = fileRefusal(file, reference, input);
    if (refusal || !file) {
      problems.push(
        rowsProblem(
          rows.map((r) => r.row),
          'crime_reference',
          refusal ?? '',
        ),
      );
      continue;
    }
    const write = planFile(file, rows, input, problems);
    if (write) writes.push(write);
  }
  const summary: ImportSummary = {
    files: byFile.size,
    changed: writes.filter((w) => w.upserts.length + w.removals.length > 0).length,
    answersSaved: writes.reduce((n, w) => n + w.upserts.length, 0),
    answersRemoved: writes.reduce((n, w) => n + w.removals.length, 0),
    submitted: writes.filter((w) => w.submit).length,
    assigned: writes.filter((w) => w.assign).length,
    unchanged: byFile.size - writes.length,
  };
  return { problems, writes, summary };
}

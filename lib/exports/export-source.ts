import { iterateAnswerGroups, iterateFiles, openSnapshot, type AnswerTuple, type Snapshot } from '@/db/exports';
import {
  getFindingsInspection,
  listFindingsQuestions,
  listInspectionForces,
  type FindingsInspection,
  type FindingsQuestion,
  type InspectionForce,
} from '@/db/findings';
import { ANSWER_LABELS, crimeTypeLabel, OUTCOMES, type AnswerCode } from '@/domain/codes';
import { describeRule } from '@/domain/rules';
import { computeFindings, countedStatuses, type Findings } from '@/lib/findings/compute';
import type { CsvValue } from './csv';

/** A file's facts, as the answers and the files exports both begin. */
const FILE_FACT_COLUMNS = [
  'inspection',
  'force_code',
  'force_name',
  'crime_reference',
  'crime_type',
  'crime_type_label',
  'recorded_on',
  'outcome',
  'outcome_label',
  'domestic_abuse',
  'repeat_victim',
  'vulnerable_victim',
] as const;

/** The answers export, one row per answer: codes with their labels beside them. */
export const ANSWER_COLUMNS = [
  ...FILE_FACT_COLUMNS,
  'reviewer_email',
  'reviewer_name',
  'review_status',
  'submitted_at',
  'question',
  'theme',
  'question_wording',
  'answer',
  'answer_label',
  'note',
  'provisional',
  // Added at the end: who gave this answer, which after a reassignment may not be the reviewer now.
  'answered_by',
] as const;

/** How many of ANSWER_COLUMNS describe the file and its review (the rest describe the answer). */
export const FILE_PART = 16;

/** A reviewed file's columns, and its answers ([question, answer, note]) in template order. */
export interface AnswerGroupRow {
  file: CsvValue[];
  answers: AnswerTuple[];
}

export const FILE_COLUMNS = [...FILE_FACT_COLUMNS, 'review_status', 'reviewer_email', 'reviewer_name', 'submitted_at'] as const;

export const QUESTION_COLUMNS = [
  'position',
  'question',
  'theme',
  'wording',
  'answer_set',
  'answers_allowed',
  'applies_when',
  'applies_when_rule',
] as const;

const flag = (v: 0 | 1) => (v === 1 ? 'yes' : 'no');
const outcomeText = (o: number | null) => (o === null ? 'Not yet finalised (under investigation)' : (OUTCOMES[o] ?? ''));
const ANSWER_SET_LABELS = {
  YN: 'Yes, No',
  YNA: 'Yes, No, Not applicable',
  YPN: 'Yes, Partly, No',
  YPNA: 'Yes, Partly, No, Not applicable',
} as const;

/**
 * Everything an export reads, from one consistent snapshot of the database. Close it when done
 * (a finished, failed or cancelled download alike).
 */
export interface ExportSource {
  inspection: FindingsInspection;
  provisional: boolean;
  questions: FindingsQuestion[];
  forces: InspectionForce[];
  findings: () => Promise<Findings>;
  /** Answers file by file: what the streams build on, so a file's columns are made once. */
  answerGroups: () => Promise<Iterable<AnswerGroupRow>>;
  /** The answer's own columns (question … provisional), to follow its file's. */
  answerValues: (answer: AnswerTuple) => CsvValue[];
  answerRows: () => Promise<Iterable<CsvValue[]>>;
  fileRows: () => Promise<Iterable<CsvValue[]>>;
  questionRows: () => CsvValue[][];
  close: () => void;
}

/** Opens the export source for an inspection, or undefined (nothing left open) if there is none. */
export async function openExportSource(slug: string, provisional: boolean): Promise<ExportSource | undefined> {
  const snapshot: Snapshot = await openSnapshot();
  try {
    const { scope } = snapshot;
    const inspection = await getFindingsInspection(slug, scope);
    if (!inspection) {
      snapshot.close();
      return undefined;
    }
    const [questions, forces] = await Promise.all([
      listFindingsQuestions(inspection.templateId, scope),
      listInspectionForces(inspection.id, scope),
    ]);
    const filter = { inspectionId: inspection.id, statuses: countedStatuses(provisional) };
    const byCode = new Map(questions.map((q) => [q.code, q]));
    const provisionalText = provisional ? 'yes' : 'no';
    const inspectionSlug = inspection.slug;
    const position = (code: string) => byCode.get(code)?.position ?? Number.MAX_SAFE_INTEGER;

    /** A file's facts as the exports show them: codes with their labels beside them. */
    function factCells(
      forceCode: string,
      forceName: string,
      reference: string,
      crimeType: string,
      recordedOn: string,
      outcome: number | null,
      ...flags: (0 | 1)[]
    ): CsvValue[] {
      return [
        inspectionSlug,
        forceCode,
        forceName,
        reference,
        crimeType,
        crimeTypeLabel(crimeType),
        recordedOn,
        outcome,
        outcomeText(outcome),
        ...flags.map(flag),
      ];
    }

    function answerValues([code, answer, note, answeredBy]: AnswerTuple): CsvValue[] {
      const question = byCode.get(code);
      return [
        code,
        question?.theme ?? '',
        question?.wording ?? '',
        answer,
        ANSWER_LABELS[answer as AnswerCode],
        note,
        provisionalText,
        answeredBy,
      ];
    }

    async function answerGroups(): Promise<Iterable<AnswerGroupRow>> {
      const cursor = await iterateAnswerGroups(
        scope,
        filter,
        forces.map((f) => f.id),
      );
      return (function* () {
        for (const { file, answers } of cursor) {
          const [, forceCode, forceName, reference, crimeType, recordedOn, outcome, da, rv, vv, email, reviewer, status, submittedAt] =
            file;
          yield {
            file: [
              ...factCells(forceCode, forceName, reference, crimeType, recordedOn, outcome, da, rv, vv),
              email,
              reviewer,
              status,
              submittedAt,
            ],
            answers: answers.sort((a, b) => position(a[0]) - position(b[0]) || (a[0] < b[0] ? -1 : 1)),
          };
        }
      })();
    }

    return {
      inspection,
      provisional,
      questions,
      forces,
      findings: () => computeFindings(inspection, { provisional }, scope),
      answerGroups,
      answerValues,
      answerRows: async () => {
        const groups = await answerGroups();
        return (function* () {
          for (const group of groups) for (const answer of group.answers) yield [...group.file, ...answerValues(answer)];
        })();
      },
      fileRows: async () => {
        const cursor = await iterateFiles(scope, filter);
        return (function* () {
          for (const [
            forceCode,
            forceName,
            reference,
            crimeType,
            recordedOn,
            outcome,
            da,
            rv,
            vv,
            status,
            email,
            reviewer,
            submittedAt,
          ] of cursor) {
            yield [
              ...factCells(forceCode, forceName, reference, crimeType, recordedOn, outcome, da, rv, vv),
              status ?? 'not reviewed',
              email,
              reviewer,
              submittedAt,
            ];
          }
        })();
      },
      questionRows: () =>
        questions.map((q) => [
          q.position + 1,
          q.code,
          q.theme,
          q.wording,
          q.answerSet,
          ANSWER_SET_LABELS[q.answerSet],
          describeRule(q.appliesWhen, (code) => byCode.get(code)?.wording ?? code),
          q.appliesWhen ? JSON.stringify(q.appliesWhen) : '',
        ]),
      close: snapshot.close,
    };
  } catch (error) {
    snapshot.close();
    throw error;
  }
}

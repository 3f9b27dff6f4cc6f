import { iterateAnswerGroups, iterateFiles, openSnapshot, type AnswerTuple, type Snapshot } from '@/db/exports';
import { getFindingsInspection, listInspectionForces, type FindingsInspection, type InspectionForce } from '@/db/findings';
import { OUTCOMES } from '@/domain/codes';
import { computeFindings, countedStatuses, type Findings } from '@/lib/findings/compute';
import { loadTemplate } from '@/lib/templates/load';
import { describeRule } from '@/lib/templates/rule-language';
import { ruleLabelsFor, type TemplateDefinition, type TemplateQuestion } from '@/lib/templates/template-file';
import type { CsvValue } from './csv';

/**
 * A file's facts, as the answers and the files exports both begin: then one column per flag of the
 * inspection's template, named by the flag's code (for PEEL 2017: domestic_abuse, repeat_victim,
 * vulnerable_victim), as the case-file list names them.
 */
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
] as const;

export function fileFactColumns(template: Pick<TemplateDefinition, 'flags'>): string[] {
  return [...FILE_FACT_COLUMNS, ...template.flags.map((f) => f.code)];
}

const REVIEW_COLUMNS = ['reviewer_email', 'reviewer_name', 'review_status', 'submitted_at'] as const;

/** The answers export, one row per answer: codes with their labels beside them. */
export function answerColumns(template: Pick<TemplateDefinition, 'flags'>): string[] {
  return [...fileFactColumns(template), ...REVIEW_COLUMNS, ...ANSWER_PART_COLUMNS];
}

const ANSWER_PART_COLUMNS = [
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

/** How many of the answer columns describe the file and its review (the rest describe the answer). */
export function filePart(template: Pick<TemplateDefinition, 'flags'>): number {
  return fileFactColumns(template).length + REVIEW_COLUMNS.length;
}

/** A reviewed file's columns, and its answers ([question, answer, note]) in template order. */
export interface AnswerGroupRow {
  file: CsvValue[];
  answers: AnswerTuple[];
}

export function fileColumns(template: Pick<TemplateDefinition, 'flags'>): string[] {
  return [...fileFactColumns(template), 'review_status', 'reviewer_email', 'reviewer_name', 'submitted_at'];
}

/**
 * The Questions sheet: a data dictionary of the template version. `answer_set` is the question's
 * scale, `answers_allowed` its options' labels, `applies_when` the rule in words and
 * `applies_when_rule` as the template file writes it (CONTRACTS.md section 6); then, added at the
 * end, the guidance, every option with its code, label and how findings count it, the met phrase
 * and whether it is a key question.
 */
export const QUESTION_COLUMNS = [
  'position',
  'question',
  'theme',
  'wording',
  'answer_set',
  'answers_allowed',
  'applies_when',
  'applies_when_rule',
  'guidance',
  'options',
  'finding',
  'key',
] as const;

const outcomeText = (o: number | null) => (o === null ? 'Not yet finalised (under investigation)' : (OUTCOMES[o] ?? ''));
const COUNTS_AS_WORDS = { met: 'met', partly: 'partly', not_met: 'not met', not_applicable: 'not applicable' } as const;

function optionsText(q: TemplateQuestion): string {
  return q.options.map((o) => `${o.code} = ${o.label} (counts as ${COUNTS_AS_WORDS[o.countsAs]})`).join('; ');
}

/**
 * Everything an export reads, from one consistent snapshot of the database. Close it when done
 * (a finished, failed or cancelled download alike).
 */
export interface ExportSource {
  inspection: FindingsInspection;
  provisional: boolean;
  template: TemplateDefinition;
  questions: readonly TemplateQuestion[];
  forces: InspectionForce[];
  answerColumns: string[];
  fileColumns: string[];
  /** How many of answerColumns describe the file and its review. */
  filePart: number;
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
    const [template, forces] = await Promise.all([loadTemplate(inspection.templateId, scope), listInspectionForces(inspection.id, scope)]);
    const { questions } = template;
    const filter = { inspectionId: inspection.id, statuses: countedStatuses(provisional) };
    const byCode = new Map(questions.map((q) => [q.code, q]));
    const positions = new Map(questions.map((q, i) => [q.code, i]));
    const provisionalText = provisional ? 'yes' : 'no';
    const inspectionSlug = inspection.slug;
    const position = (code: string) => positions.get(code) ?? Number.MAX_SAFE_INTEGER;
    const crimeTypeLabels = new Map(template.crimeTypes.map((c) => [c.code, c.label]));
    const labels = ruleLabelsFor(template);

    /** A file's facts as the exports show them: codes with their labels beside them. */
    function factCells(
      forceCode: string,
      forceName: string,
      reference: string,
      crimeType: string,
      recordedOn: string,
      outcome: number | null,
      flagsJson: string,
    ): CsvValue[] {
      const set = JSON.parse(flagsJson) as string[];
      return [
        inspectionSlug,
        forceCode,
        forceName,
        reference,
        crimeType,
        crimeTypeLabels.get(crimeType) ?? crimeType,
        recordedOn,
        outcome,
        outcomeText(outcome),
        ...template.flags.map((f) => (set.includes(f.code) ? 'yes' : 'no')),
      ];
    }

    function answerValues([code, answer, note, answeredBy]: AnswerTuple): CsvValue[] {
      const question = byCode.get(code);
      return [
        code,
        question?.theme ?? '',
        question?.wording ?? '',
        answer,
        question?.options.find((o) => o.code === answer)?.label ?? answer,
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
          const [, forceCode, forceName, reference, crimeType, recordedOn, outcome, flags, email, reviewer, status, submittedAt] = file;
          yield {
            file: [
              ...factCells(forceCode, forceName, reference, crimeType, recordedOn, outcome, flags),
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
      template,
      questions,
      forces,
      answerColumns: answerColumns(template),
      fileColumns: fileColumns(template),
      filePart: filePart(template),
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
            flags,
            status,
            email,
            reviewer,
            submittedAt,
          ] of cursor) {
            yield [
              ...factCells(forceCode, forceName, reference, crimeType, recordedOn, outcome, flags),
              status ?? 'not reviewed',
              email,
              reviewer,
              submittedAt,
            ];
          }
        })();
      },
      questionRows: () =>
        questions.map((q, i) => [
          i + 1,
          q.code,
          q.theme,
          q.wording,
          q.scale,
          q.options.map((o) => o.label).join(', '),
          describeRule(q.rule, labels),
          q.ruleText,
          q.guidance ?? '',
          optionsText(q),
          q.finding ?? '',
          q.key ? 'yes' : 'no',
        ]),
      close: snapshot.close,
    };
  } catch (error) {
    snapshot.close();
    throw error;
  }
}

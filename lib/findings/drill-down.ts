import { listInspectionForces, listScopeFileDetails, type FindingsInspection, type ScopeFileDetail } from '@/db/findings';
import { flagsFromCodes } from '@/lib/criteria/facts';
import { loadTemplate } from '@/lib/templates/load';
import type { TemplateDefinition, TemplateQuestion } from '@/lib/templates/template-file';
import { classify, ruleStatus, type Classification } from './classify';
import { countedStatuses } from './compute';

/** What a count can open: one class, or all relevant files (met + partly + not met). */
export type CountKind = Classification | 'relevant';

export const COUNT_KINDS: readonly CountKind[] = ['met', 'partly', 'not_met', 'not_applicable', 'unanswered', 'relevant'];

export const COUNT_LABELS: Readonly<Record<CountKind, string>> = {
  met: 'Met',
  partly: 'Partly',
  not_met: 'Not met',
  not_applicable: 'Not applicable',
  unanswered: 'Unanswered',
  relevant: 'Relevant',
};

export interface FileBehind extends Omit<ScopeFileDetail, 'answers'> {
  classification: Classification;
  /** For files not applicable: whether the rule ruled it out or the reviewer answered n/a. */
  notApplicableBecause: 'rule' | 'answered' | null;
}

export interface DrillDown {
  question: TemplateQuestion;
  template: TemplateDefinition;
  scopeLabel: string;
  total: number;
  page: number;
  pageCount: number;
  files: FileBehind[];
}

export const PAGE_SIZE = 100;

/**
 * The files behind one count: the same files, classified by the same rule, that the count counted.
 * A lead quotes the notes as evidence, or checks a force's challenge against them.
 */
export async function filesBehindCount(
  inspection: FindingsInspection,
  options: {
    questionCode: string;
    kind: CountKind;
    forceCode: string | null;
    crimeType: string | null;
    provisional: boolean;
    page: number;
  },
): Promise<DrillDown | undefined> {
  const [template, forces] = await Promise.all([loadTemplate(inspection.templateId), listInspectionForces(inspection.id)]);
  const question = template.questions.find((q) => q.code === options.questionCode);
  const force = options.forceCode === null ? null : forces.find((f) => f.code === options.forceCode);
  if (!question || force === undefined) return undefined;
  const details = await listScopeFileDetails(
    {
      inspectionId: inspection.id,
      statuses: countedStatuses(options.provisional),
      forceId: force?.id ?? null,
      crimeType: options.crimeType,
    },
    question.code,
  );
  const inForces = new Set(forces.map((f) => f.code));
  const matching: FileBehind[] = [];
  for (const { answers, ...file } of details) {
    if (!inForces.has(file.forceCode)) continue;
    const given = answers;
    const facts = { crimeType: file.crimeType, outcome: file.outcome, flags: flagsFromCodes(file.flags) };
    const classification = classify(question, facts, given);
    const wanted =
      options.kind === 'relevant'
        ? classification === 'met' || classification === 'partly' || classification === 'not_met'
        : classification === options.kind;
    if (!wanted) continue;
    const notApplicableBecause =
      classification !== 'not_applicable' ? null : ruleStatus(question.rule, facts, given) === false ? 'rule' : 'answered';
    matching.push({ ...file, classification, notApplicableBecause });
  }
  const pageCount = Math.max(1, Math.ceil(matching.length / PAGE_SIZE));
  const page = Math.min(Math.max(1, options.page), pageCount);
  return {
    question,
    template,
    scopeLabel: force?.name ?? 'All forces',
    total: matching.length,
    page,
    pageCount,
    files: matching.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
  };
}

export interface OutcomeFiles {
  scopeLabel: string;
  total: number;
  page: number;
  pageCount: number;
  files: Omit<ScopeFileDetail, 'answers'>[];
}

/** The reviewed files with one outcome (null: not yet finalised), behind an outcome count. */
export async function filesWithOutcome(
  inspection: FindingsInspection,
  options: { outcome: number | null; forceCode: string | null; crimeType: string | null; provisional: boolean; page: number },
): Promise<OutcomeFiles | undefined> {
  const forces = await listInspectionForces(inspection.id);
  const force = options.forceCode === null ? null : forces.find((f) => f.code === options.forceCode);
  if (force === undefined) return undefined;
  const details = await listScopeFileDetails(
    {
      inspectionId: inspection.id,
      statuses: countedStatuses(options.provisional),
      forceId: force?.id ?? null,
      crimeType: options.crimeType,
    },
    null,
  );
  const inForces = new Set(forces.map((f) => f.code));
  const matching = details
    .filter((f) => inForces.has(f.forceCode) && f.reviewId !== null && f.outcome === options.outcome)
    .map(({ answers: _answers, ...file }) => file);
  const pageCount = Math.max(1, Math.ceil(matching.length / PAGE_SIZE));
  const page = Math.min(Math.max(1, options.page), pageCount);
  return {
    scopeLabel: force?.name ?? 'All forces',
    total: matching.length,
    page,
    pageCount,
    files: matching.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
  };
}

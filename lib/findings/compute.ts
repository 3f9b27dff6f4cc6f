import {
  getFindingsInspection,
  listInspectionForces,
  listScopeFiles,
  type FindingsInspection,
  type InspectionForce,
  type ReadScope,
} from '@/db/findings';
import { flagsFromCodes } from '@/lib/criteria/facts';
import { loadTemplate } from '@/lib/templates/load';
import type { TemplateDefinition, TemplateQuestion } from '@/lib/templates/template-file';
import { percentOf } from '@/lib/stats/rounding';
import { wilsonInterval, type Interval } from '@/lib/stats/wilson';
import { classify, type Classification } from './classify';

/** Fewer relevant files than this and a percentage says more than the data can: it is flagged. */
export const SMALL_SAMPLE = 10;

/** Review statuses that count: only submitted reviews, unless the view is provisional. */
export function countedStatuses(provisional: boolean): readonly string[] {
  return provisional ? ['submitted', 'draft', 'returned'] : ['submitted'];
}

export interface Counts {
  met: number;
  partly: number;
  notMet: number;
  notApplicable: number;
  unanswered: number;
}

export interface QuestionResult {
  code: string;
  theme: string;
  wording: string;
  /** The template's met phrase for report sentences; null: the sentence quotes the question. */
  finding: string | null;
  /** The label of the option that counts as met (Yes, or a template's own: "Fully met"). */
  metLabel: string;
  counts: Counts;
  /** met + partly + not met: the denominator. */
  relevant: number;
  /** 100 × met / relevant, one decimal place; null when nothing is relevant. */
  percent: number | null;
  /** Wilson 95% interval for met / relevant, as proportions; null when nothing is relevant. */
  interval: Interval | null;
  /** Fewer than SMALL_SAMPLE relevant files: show counts, not a bare percentage. */
  smallSample: boolean;
}

export interface ScopeResult {
  /** A force code, or 'all'. */
  key: string;
  label: string;
  /** Files in scope (sampled, narrowed by crime type). */
  files: number;
  /** Files in scope with a counted review. */
  reviewed: number;
  questions: QuestionResult[];
  /** Reviewed files by outcome: index 0 is "not yet finalised", 1–22 the Home Office outcome types. */
  outcomes: number[];
}

export interface FindingsOptions {
  provisional: boolean;
  crimeType?: string | null;
}

export interface Findings {
  inspection: FindingsInspection;
  provisional: boolean;
  crimeType: string | null;
  /** The inspection's template version: its questions, crime types and flags. */
  template: TemplateDefinition;
  questions: readonly TemplateQuestion[];
  forces: InspectionForce[];
  /** One scope per force of the inspection, in national order, then all forces together. */
  scopes: ScopeResult[];
}

const EMPTY: Counts = { met: 0, partly: 0, notMet: 0, notApplicable: 0, unanswered: 0 };

const FIELD: Record<Classification, keyof Counts> = {
  met: 'met',
  partly: 'partly',
  not_met: 'notMet',
  not_applicable: 'notApplicable',
  unanswered: 'unanswered',
};

export function questionResult(
  question: Pick<TemplateQuestion, 'code' | 'theme' | 'wording'> & Partial<Pick<TemplateQuestion, 'finding' | 'options'>>,
  counts: Counts,
): QuestionResult {
  const relevant = counts.met + counts.partly + counts.notMet;
  return {
    code: question.code,
    theme: question.theme,
    wording: question.wording,
    finding: question.finding ?? null,
    metLabel: question.options?.find((o) => o.countsAs === 'met')?.label ?? 'Yes',
    counts,
    relevant,
    percent: percentOf(counts.met, relevant),
    interval: wilsonInterval(counts.met, relevant),
    smallSample: relevant < SMALL_SAMPLE,
  };
}

function addCounts(a: Counts, b: Counts): Counts {
  return {
    met: a.met + b.met,
    partly: a.partly + b.partly,
    notMet: a.notMet + b.notMet,
    notApplicable: a.notApplicable + b.notApplicable,
    unanswered: a.unanswered + b.unanswered,
  };
}

interface Tally {
  files: number;
  reviewed: number;
  counts: Counts[];
  outcomes: number[];
}

function newTally(questions: number): Tally {
  return {
    files: 0,
    reviewed: 0,
    counts: Array.from({ length: questions }, () => ({ ...EMPTY })),
    outcomes: new Array<number>(23).fill(0),
  };
}

/**
 * The findings of an inspection: per force and for all forces, per question. SQLite picks the
 * files in scope and their counted reviews (db/findings.ts); each file is then classified by the
 * one reading of the rules (classify.ts) and tallied. All forces is the sum of the forces, so the
 * two can never disagree.
 */
export async function computeFindings(inspection: FindingsInspection, options: FindingsOptions, scope?: ReadScope): Promise<Findings> {
  const [template, forces] = await Promise.all([loadTemplate(inspection.templateId, scope), listInspectionForces(inspection.id, scope)]);
  const { questions } = template;
  const filter = { inspectionId: inspection.id, statuses: countedStatuses(options.provisional), crimeType: options.crimeType ?? null };
  const tallies = new Map(forces.map((f) => [f.id, newTally(questions.length)]));
  for (const [, forceId, crimeType, outcome, flagsJson, reviewId, answersJson] of await listScopeFiles(filter, scope)) {
    const tally = tallies.get(forceId);
    // A file of a force no longer in the inspection has no scope to count in.
    if (!tally) continue;
    const facts = { crimeType, outcome, flags: flagsFromCodes(JSON.parse(flagsJson) as string[]) };
    const answers = reviewId === null ? null : answersJson === null ? {} : (JSON.parse(answersJson) as Record<string, string>);
    tally.files += 1;
    if (reviewId !== null) {
      tally.reviewed += 1;
      tally.outcomes[outcome ?? 0] = (tally.outcomes[outcome ?? 0] ?? 0) + 1;
    }
    questions.forEach((question, i) => {
      const counts = tally.counts[i];
      if (counts) counts[FIELD[classify(question, facts, answers)]] += 1;
    });
  }

  const scopes: ScopeResult[] = forces.map((force) => {
    const tally = tallies.get(force.id) ?? newTally(questions.length);
    return {
      key: force.code,
      label: force.name,
      files: tally.files,
      reviewed: tally.reviewed,
      questions: questions.map((q, i) => questionResult(q, tally.counts[i] ?? EMPTY)),
      outcomes: tally.outcomes,
    };
  });
  scopes.push({
    key: 'all',
    label: 'All forces',
    files: scopes.reduce((n, s) => n + s.files, 0),
    reviewed: scopes.reduce((n, s) => n + s.reviewed, 0),
    questions: questions.map((q, i) =>
      questionResult(
        q,
        scopes.reduce((sum, s) => addCounts(sum, s.questions[i]?.counts ?? EMPTY), EMPTY),
      ),
    ),
    outcomes: Array.from({ length: 23 }, (_, k) => scopes.reduce((n, s) => n + (s.outcomes[k] ?? 0), 0)),
  });
  return { inspection, provisional: options.provisional, crimeType: options.crimeType ?? null, template, questions, forces, scopes };
}

/** Findings by inspection slug; undefined when there is no such inspection. */
export async function findingsFor(slug: string, options: FindingsOptions, scope?: ReadScope): Promise<Findings | undefined> {
  const inspection = await getFindingsInspection(slug, scope);
  return inspection ? computeFindings(inspection, options, scope) : undefined;
}

/** The scope for all forces together (always the last). */
export function allForcesScope(findings: Findings): ScopeResult {
  const last = findings.scopes[findings.scopes.length - 1];
  if (!last) throw new Error('findings without an all-forces scope');
  return last;
}

/** Questions grouped by theme, themes in the order they first appear: the way the findings page reads. */
export function groupByTheme<T extends { theme: string }>(items: readonly T[]): { theme: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.theme);
    if (group) group.push(item);
    else groups.set(item.theme, [item]);
  }
  return [...groups].map(([theme, grouped]) => ({ theme, items: grouped }));
}

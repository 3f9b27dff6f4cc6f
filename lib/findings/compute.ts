import {
  countFileClasses,
  countScopeFiles,
  getFindingsInspection,
  listFindingsQuestions,
  listInspectionForces,
  type ClassCount,
  type FindingsInspection,
  type FindingsQuestion,
  type InspectionForce,
  type Sqlite,
} from '@/db/findings';
import { percentOf } from '@/lib/stats/rounding';
import { wilsonInterval, type Interval } from '@/lib/stats/wilson';

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
}

export interface FindingsOptions {
  provisional: boolean;
  crimeType?: string | null;
}

export interface Findings {
  inspection: FindingsInspection;
  provisional: boolean;
  crimeType: string | null;
  questions: FindingsQuestion[];
  forces: InspectionForce[];
  /** One scope per force of the inspection, in national order, then all forces together. */
  scopes: ScopeResult[];
}

const EMPTY: Counts = { met: 0, partly: 0, notMet: 0, notApplicable: 0, unanswered: 0 };

const FIELD: Record<ClassCount['cls'], keyof Counts> = {
  yes: 'met',
  partly: 'partly',
  no: 'notMet',
  na: 'notApplicable',
  rule: 'notApplicable',
  none: 'unanswered',
};

export function questionResult(question: Pick<FindingsQuestion, 'code' | 'theme' | 'wording'>, counts: Counts): QuestionResult {
  const relevant = counts.met + counts.partly + counts.notMet;
  return {
    code: question.code,
    theme: question.theme,
    wording: question.wording,
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

/**
 * The findings of an inspection: per force and for all forces, per question. SQLite classifies and
 * counts (db/findings.ts); here the counts become proportions, intervals and flags. All forces is
 * the sum of the forces, so the two can never disagree.
 */
export async function computeFindings(inspection: FindingsInspection, options: FindingsOptions, sqlite?: Sqlite): Promise<Findings> {
  const [questions, forces] = await Promise.all([listFindingsQuestions(inspection.templateId, sqlite), listInspectionForces(inspection.id, sqlite)]);
  const filter = { inspectionId: inspection.id, statuses: countedStatuses(options.provisional), crimeType: options.crimeType ?? null };
  const [classes, sizes] = await Promise.all([countFileClasses(filter, questions, sqlite), countScopeFiles(filter, sqlite)]);

  const byForce = new Map<number, Map<string, Counts>>();
  for (const row of classes) {
    let perQuestion = byForce.get(row.forceId);
    if (!perQuestion) {
      perQuestion = new Map();
      byForce.set(row.forceId, perQuestion);
    }
    const counts = perQuestion.get(row.question) ?? { ...EMPTY };
    counts[FIELD[row.cls]] += row.n;
    perQuestion.set(row.question, counts);
  }
  const sizeOf = new Map(sizes.map((s) => [s.forceId, s]));

  const scopes: ScopeResult[] = forces.map((force) => ({
    key: force.code,
    label: force.name,
    files: sizeOf.get(force.id)?.files ?? 0,
    reviewed: sizeOf.get(force.id)?.reviewed ?? 0,
    questions: questions.map((q) => questionResult(q, byForce.get(force.id)?.get(q.code) ?? EMPTY)),
  }));
  scopes.push({
    key: 'all',
    label: 'All forces',
    files: scopes.reduce((n, s) => n + s.files, 0),
    reviewed: scopes.reduce((n, s) => n + s.reviewed, 0),
    questions: questions.map((q, i) => questionResult(q, scopes.reduce((sum, s) => addCounts(sum, s.questions[i]?.counts ?? EMPTY), EMPTY))),
  });
  return { inspection, provisional: options.provisional, crimeType: options.crimeType ?? null, questions, forces, scopes };
}

/** Findings by inspection slug; undefined when there is no such inspection. */
export async function findingsFor(slug: string, options: FindingsOptions, sqlite?: Sqlite): Promise<Findings | undefined> {
  const inspection = await getFindingsInspection(slug, sqlite);
  return inspection ? computeFindings(inspection, options, sqlite) : undefined;
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

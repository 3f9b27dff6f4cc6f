import type Database from 'better-sqlite3';
import type { AppliesWhen } from '@/lib/domain/rules';
import { getDb } from './client';
import { classSql, scopeCte, type ScopeFilter } from './findings-sql';

export type { ScopeFilter } from './findings-sql';

/** A raw SQLite connection: the process's own, or an export's read snapshot (db/exports.ts). */
export type Sqlite = Database.Database;

function conn(sqlite?: Sqlite): Sqlite {
  return sqlite ?? getDb().$client;
}

// Prepared statements are worth keeping: the findings page runs the same few queries again and again.
const statementCache = new WeakMap<Sqlite, Map<string, Database.Statement>>();

export function prepared(sqlite: Sqlite, sql: string): Database.Statement {
  let cache = statementCache.get(sqlite);
  if (!cache) {
    cache = new Map();
    statementCache.set(sqlite, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = sqlite.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}

export interface FindingsInspection {
  id: number;
  slug: string;
  name: string;
  templateId: number;
  templateSlug: string;
  templateVersion: number;
  templateName: string;
}

export async function getFindingsInspection(slug: string, sqlite?: Sqlite): Promise<FindingsInspection | undefined> {
  return prepared(
    conn(sqlite),
    `SELECT i.id, i.slug, i.name, i.template_id AS templateId, t.slug AS templateSlug, t.version AS templateVersion, t.name AS templateName
     FROM inspections i JOIN criteria_templates t ON t.id = i.template_id WHERE i.slug = ?`,
  ).get(slug) as FindingsInspection | undefined;
}

/** Whether the person is one of the inspection's leads. */
export async function isInspectionLead(inspectionId: number, userId: number, sqlite?: Sqlite): Promise<boolean> {
  return prepared(conn(sqlite), 'SELECT 1 FROM inspection_leads WHERE inspection_id = ? AND user_id = ?').get(inspectionId, userId) !== undefined;
}

export interface InspectionForce {
  id: number;
  code: string;
  name: string;
}

/** The inspection's forces, in the national order. */
export async function listInspectionForces(inspectionId: number, sqlite?: Sqlite): Promise<InspectionForce[]> {
  return prepared(
    conn(sqlite),
    `SELECT f.id, f.code, f.name FROM inspection_forces x JOIN forces f ON f.id = x.force_id WHERE x.inspection_id = ? ORDER BY f.position`,
  ).all(inspectionId) as InspectionForce[];
}

export interface FindingsQuestion {
  code: string;
  theme: string;
  wording: string;
  answerSet: 'YN' | 'YNA' | 'YPN' | 'YPNA';
  appliesWhen: AppliesWhen | null;
  position: number;
}

export async function listFindingsQuestions(templateId: number, sqlite?: Sqlite): Promise<FindingsQuestion[]> {
  const rows = prepared(
    conn(sqlite),
    `SELECT code, theme, wording, answer_set AS answerSet, applies_when AS appliesWhen, position
     FROM template_questions WHERE template_id = ? ORDER BY position`,
  ).all(templateId) as (Omit<FindingsQuestion, 'appliesWhen'> & { appliesWhen: string | null })[];
  return rows.map((r) => ({ ...r, appliesWhen: r.appliesWhen ? (JSON.parse(r.appliesWhen) as AppliesWhen) : null }));
}

/** The classes a file can fall in for a question (see classSql). */
export type FileClass = 'yes' | 'partly' | 'no' | 'na' | 'rule' | 'none';

export interface ClassCount {
  forceId: number;
  question: string;
  cls: FileClass;
  n: number;
}

/**
 * For every force and question in scope, how many files fall in each class. One statement: each
 * question is a branch over the same materialised set of files, so SQLite does the counting.
 */
export async function countFileClasses(filter: ScopeFilter, questions: readonly FindingsQuestion[], sqlite?: Sqlite): Promise<ClassCount[]> {
  if (questions.length === 0) return [];
  const cte = scopeCte(filter);
  const params: unknown[] = [...cte.params];
  const branches = questions.map((q) => {
    params.push(q.code);
    const head = `SELECT f.force_id AS forceId, ? AS question, `;
    const cls = classSql(q.appliesWhen, params);
    params.push(q.code);
    return `${head}${cls} AS cls, count(*) AS n FROM f LEFT JOIN answers a ON a.review_id = f.review_id AND a.question_code = ? GROUP BY 1, 3`;
  });
  const sql = `WITH ${cte.sql} ${branches.join(' UNION ALL ')}`;
  return prepared(conn(sqlite), sql).all(...params) as ClassCount[];
}

export interface ScopeSize {
  forceId: number;
  files: number;
  reviewed: number;
}

/** Per force: files in scope, and how many of them have a counted review. */
export async function countScopeFiles(filter: ScopeFilter, sqlite?: Sqlite): Promise<ScopeSize[]> {
  const cte = scopeCte(filter);
  return prepared(conn(sqlite), `WITH ${cte.sql} SELECT force_id AS forceId, count(*) AS files, count(review_id) AS reviewed FROM f GROUP BY force_id`).all(
    ...cte.params,
  ) as ScopeSize[];
}

export interface OutcomeCount {
  forceId: number;
  outcome: number | null;
  n: number;
}

/** Per force, the outcomes recorded on the files that have a counted review. */
export async function countOutcomes(filter: ScopeFilter, sqlite?: Sqlite): Promise<OutcomeCount[]> {
  const cte = scopeCte(filter);
  return prepared(
    conn(sqlite),
    `WITH ${cte.sql} SELECT force_id AS forceId, outcome, count(*) AS n FROM f WHERE review_id IS NOT NULL GROUP BY force_id, outcome`,
  ).all(...cte.params) as OutcomeCount[];
}

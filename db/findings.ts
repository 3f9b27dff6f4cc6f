import type Database from 'better-sqlite3';
import { getDb } from './client';

/** A raw SQLite connection: the process's own, or an export's read snapshot (db/exports.ts). */
export type Sqlite = Database.Database;

/**
 * Where a read happens: one consistent snapshot of the database (an export's), handed to lib/ as an
 * opaque token, so that no engine's handle type leaks out of db/. Absent: the process's connection.
 */
export interface ReadScope {
  readonly __readScope: 'one consistent snapshot';
}

export function scopeOf(sqlite: Sqlite): ReadScope {
  return sqlite as unknown as ReadScope;
}

export function conn(scope?: ReadScope): Sqlite {
  return scope ? (scope as unknown as Sqlite) : getDb().$client;
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

export async function getFindingsInspection(slug: string, scope?: ReadScope): Promise<FindingsInspection | undefined> {
  return prepared(
    conn(scope),
    `SELECT i.id, i.slug, i.name, i.template_id AS templateId, t.slug AS templateSlug, t.version AS templateVersion, t.name AS templateName
     FROM inspections i JOIN criteria_templates t ON t.id = i.template_id WHERE i.slug = ?`,
  ).get(slug) as FindingsInspection | undefined;
}

export interface InspectionForce {
  id: number;
  code: string;
  name: string;
}

/** The inspection's forces, in the national order. */
export async function listInspectionForces(inspectionId: number, scope?: ReadScope): Promise<InspectionForce[]> {
  return prepared(
    conn(scope),
    `SELECT f.id, f.code, f.name FROM inspection_forces x JOIN forces f ON f.id = x.force_id WHERE x.inspection_id = ? ORDER BY f.position`,
  ).all(inspectionId) as InspectionForce[];
}

export interface ScopeFilter {
  inspectionId: number;
  /** Review statuses that count: submitted only, or every status in a provisional view. */
  statuses: readonly string[];
  forceId?: number | null;
  crimeType?: string | null;
}

function scopeWhere(filter: ScopeFilter): { join: string; where: string; params: unknown[] } {
  const params: unknown[] = [...filter.statuses, filter.inspectionId];
  let where = `cf.inspection_id = ? AND cf.sample_status = 'sampled'`;
  if (filter.forceId !== undefined && filter.forceId !== null) {
    where += ' AND cf.force_id = ?';
    params.push(filter.forceId);
  }
  if (filter.crimeType !== undefined && filter.crimeType !== null) {
    where += ' AND cf.crime_type = ?';
    params.push(filter.crimeType);
  }
  const join = `LEFT JOIN reviews r ON r.case_file_id = cf.id AND r.kind = 'review' AND r.status IN (${filter.statuses.map(() => '?').join(', ')})`;
  return { join, where, params };
}

/**
 * A file in scope, as a compact tuple because the national computation reads tens of thousands:
 * [file id, force id, crime type, outcome, the flags set as a JSON list of codes,
 *  counted review id or null, that review's answers as a JSON object {question: answer} or null].
 */
export type ScopeFileTuple = [number, number, string, number | null, string, number | null, string | null];

/**
 * Every file in scope with its counted review's answers, one row per file. Counting happens in
 * lib/findings from these rows: asking SQLite to group a million (file, question) pairs at national
 * scale is slower than reading one row per file and classifying it in memory.
 */
export async function listScopeFiles(filter: ScopeFilter, scope?: ReadScope): Promise<ScopeFileTuple[]> {
  const { join, where, params } = scopeWhere(filter);
  return prepared(
    conn(scope),
    `SELECT cf.id, cf.force_id, cf.crime_type, cf.outcome, cf.flags, r.id,
       (SELECT json_group_object(a.question_code, a.answer) FROM answers a WHERE a.review_id = r.id)
     FROM case_files cf ${join} WHERE ${where}`,
  )
    .raw()
    .all(...params) as ScopeFileTuple[];
}

/** A file behind a count, with what was said to one question and by whom (after a reassignment, not always the file's reviewer now). */
export interface ScopeFileDetail {
  caseFileId: number;
  crimeReference: string;
  forceCode: string;
  forceName: string;
  crimeType: string;
  recordedOn: string;
  outcome: number | null;
  /** The codes of the flags set on the file. */
  flags: string[];
  reviewId: number | null;
  reviewStatus: 'draft' | 'submitted' | 'returned' | null;
  reviewerName: string | null;
  /** The counted review's answers, for reading the question's rule. */
  answers: Record<string, string> | null;
  /** The answer and note to the question asked about (null without one). */
  answer: string | null;
  note: string | null;
}

/** The files in scope in national force order then by reference, with one question's answer and note. */
export async function listScopeFileDetails(
  filter: ScopeFilter,
  questionCode: string | null,
  scope?: ReadScope,
): Promise<ScopeFileDetail[]> {
  const { join, where, params } = scopeWhere(filter);
  const rows = prepared(
    conn(scope),
    `SELECT cf.id AS caseFileId, cf.crime_reference AS crimeReference, f.code AS forceCode, f.name AS forceName, cf.crime_type AS crimeType,
       cf.recorded_on AS recordedOn, cf.outcome, cf.flags, r.id AS reviewId, r.status AS reviewStatus,
       COALESCE((SELECT w.name FROM users w WHERE w.id = a.updated_by), u.name) AS reviewerName,
       (SELECT json_group_object(x.question_code, x.answer) FROM answers x WHERE x.review_id = r.id) AS answers,
       a.answer, a.note
     FROM case_files cf ${join}
     JOIN forces f ON f.id = cf.force_id
     LEFT JOIN users u ON u.id = r.reviewer_id
     LEFT JOIN answers a ON a.review_id = r.id AND a.question_code = ?
     WHERE ${where}
     ORDER BY f.position, cf.crime_reference`,
  ).all(...params.slice(0, filter.statuses.length), questionCode, ...params.slice(filter.statuses.length)) as (Omit<
    ScopeFileDetail,
    'flags' | 'answers'
  > & { flags: string; answers: string | null })[];
  return rows.map((r) => ({
    ...r,
    flags: JSON.parse(r.flags) as string[],
    answers: r.answers === null ? null : (JSON.parse(r.answers) as Record<string, string>),
  }));
}

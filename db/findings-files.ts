import { prepared, type FileClass, type FindingsQuestion, type Sqlite } from './findings';
import { classSql, scopeCte, type ScopeFilter } from './findings-sql';
import { getDb } from './client';

/** A file behind a count, with what the reviewer said about it. */
export interface FileBehindCount {
  caseFileId: number;
  crimeReference: string;
  forceCode: string;
  forceName: string;
  crimeType: string;
  recordedOn: string;
  outcome: number | null;
  domesticAbuse: boolean;
  repeatVictim: boolean;
  vulnerableVictim: boolean;
  reviewStatus: 'draft' | 'submitted' | 'returned' | null;
  reviewerName: string | null;
  cls: FileClass;
  note: string | null;
}

const EXTRA = `, cf.crime_reference, cf.recorded_on, r.status AS review_status, r.reviewer_id`;

const SELECT = `SELECT f.id AS caseFileId, f.crime_reference AS crimeReference, fo.code AS forceCode, fo.name AS forceName,
  f.crime_type AS crimeType, f.recorded_on AS recordedOn, f.outcome, f.domestic_abuse AS domesticAbuse,
  f.repeat_victim AS repeatVictim, f.vulnerable_victim AS vulnerableVictim, f.review_status AS reviewStatus,
  u.name AS reviewerName`;

/** `source` is aliased `f`, so the same SELECT reads the scope itself or the scope with classes. */
const from = (source: string) => `FROM ${source} AS f JOIN forces fo ON fo.id = f.force_id LEFT JOIN users u ON u.id = f.reviewer_id`;

type Raw = Omit<FileBehindCount, 'domesticAbuse' | 'repeatVictim' | 'vulnerableVictim'> & {
  domesticAbuse: number;
  repeatVictim: number;
  vulnerableVictim: number;
};

function toFile(r: Raw): FileBehindCount {
  return { ...r, domesticAbuse: r.domesticAbuse === 1, repeatVictim: r.repeatVictim === 1, vulnerableVictim: r.vulnerableVictim === 1 };
}

export interface Page<T> {
  total: number;
  rows: T[];
}

/**
 * The files in scope that fall in any of `classes` for one question, in national force order then
 * by reference. It classifies with the same SQL as the counts, so the list always matches them.
 */
export async function listFilesInClasses(
  filter: ScopeFilter,
  question: FindingsQuestion,
  classes: readonly FileClass[],
  page: { limit: number; offset: number },
  sqlite: Sqlite = getDb().$client,
): Promise<Page<FileBehindCount>> {
  const cte = scopeCte(filter, EXTRA);
  const params: unknown[] = [...cte.params];
  const cls = classSql(question.appliesWhen, params);
  params.push(question.code);
  const body = `WITH ${cte.sql}, c AS (
    SELECT f.*, ${cls} AS cls, a.note FROM f LEFT JOIN answers a ON a.review_id = f.review_id AND a.question_code = ?
  )`;
  const wanted = `f.cls IN (${classes.map(() => '?').join(', ')})`;
  const total = (prepared(sqlite, `${body} SELECT count(*) AS n FROM c AS f WHERE ${wanted}`).get(...params, ...classes) as { n: number }).n;
  const rows = prepared(sqlite, `${body} ${SELECT}, f.cls, f.note ${from('c')} WHERE ${wanted} ORDER BY fo.position, f.crime_reference LIMIT ? OFFSET ?`).all(
    ...params,
    ...classes,
    page.limit,
    page.offset,
  ) as Raw[];
  return { total, rows: rows.map(toFile) };
}

/** The reviewed files in scope with one outcome (null: not yet finalised). */
export async function listFilesWithOutcome(
  filter: ScopeFilter,
  outcome: number | null,
  page: { limit: number; offset: number },
  sqlite: Sqlite = getDb().$client,
): Promise<Page<FileBehindCount>> {
  const cte = scopeCte(filter, EXTRA);
  const where = `f.review_id IS NOT NULL AND f.outcome IS ?`;
  const total = (prepared(sqlite, `WITH ${cte.sql} SELECT count(*) AS n FROM f WHERE ${where}`).get(...cte.params, outcome) as { n: number }).n;
  const rows = prepared(
    sqlite,
    `WITH ${cte.sql} ${SELECT}, NULL AS cls, NULL AS note ${from('f')} WHERE ${where} ORDER BY fo.position, f.crime_reference LIMIT ? OFFSET ?`,
  ).all(...cte.params, outcome, page.limit, page.offset) as Raw[];
  return { total, rows: rows.map(toFile) };
}

import Database from 'better-sqlite3';
import { getDb } from './client';
import { resolveDatabasePath } from './config';
import { conn, scopeOf, type ReadScope, type ScopeFilter } from './findings';

/**
 * A consistent read of the whole database for one export. A file database gets a connection of
 * its own in a read transaction: under WAL it sees one snapshot from start to end, however long
 * the download takes, while reviewers keep saving on the main connection (which a long-running
 * cursor would otherwise block). An in-memory database (tests) can only be read through its own
 * connection.
 */
export interface Snapshot {
  scope: ReadScope;
  close: () => void;
}

export async function openSnapshot(): Promise<Snapshot> {
  const main = getDb().$client;
  const file = resolveDatabasePath();
  if (file === ':memory:' || main.memory) return { scope: scopeOf(main), close: () => undefined };
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  sqlite.pragma('busy_timeout = 5000');
  sqlite.exec('BEGIN');
  // The snapshot starts at the first read, not at BEGIN.
  sqlite.prepare('SELECT count(*) FROM inspections').get();
  let closed = false;
  return {
    scope: scopeOf(sqlite),
    close: () => {
      if (closed) return;
      closed = true;
      if (sqlite.inTransaction) sqlite.exec('COMMIT');
      sqlite.close();
    },
  };
}

function statusList(filter: ScopeFilter): string {
  return filter.statuses.map(() => '?').join(', ');
}

/**
 * A reviewed file with its counted review: [file id, force code, force name, crime reference,
 * crime type, recorded on, outcome, the flags set (a JSON list of codes),
 * reviewer email, reviewer name, review status, submitted at].
 */
export type ReviewedFileTuple = [
  number,
  string,
  string,
  string,
  string,
  string,
  number | null,
  string,
  string,
  string,
  string,
  string | null,
];

/** One answer: [question code, answer, note]. */
/** [question, answer, note, email of who gave the answer (after a reassignment, maybe not the reviewer now)]. */
export type AnswerTuple = [string, string, string | null, string];

export interface AnswerGroup {
  file: ReviewedFileTuple;
  answers: AnswerTuple[];
}

/**
 * The counted answers of the given forces, file by file: forces in the order given, files by
 * reference. One row per file, its answers gathered by SQLite into a JSON array: a national
 * export has a million answers but only fifty thousand files, and a file's facts are read once.
 * The query walks the reference index, so SQLite sorts nothing, and a force is read only when the
 * previous one is done (a connection runs one cursor at a time).
 */
export async function iterateAnswerGroups(
  scope: ReadScope,
  filter: ScopeFilter,
  forceIds: readonly number[],
): Promise<Generator<AnswerGroup>> {
  const statement = conn(scope)
    .prepare(
      `SELECT cf.id, f.code, f.name, cf.crime_reference, cf.crime_type, cf.recorded_on, cf.outcome, cf.flags,
         u.email, u.name, r.status, r.submitted_at,
         (SELECT json_group_array(json_array(a.question_code, a.answer, a.note, COALESCE((SELECT w.email FROM users w WHERE w.id = a.updated_by), u.email)))
          FROM answers a WHERE a.review_id = r.id)
       FROM case_files cf
       JOIN reviews r ON r.case_file_id = cf.id AND r.kind = 'review' AND r.status IN (${statusList(filter)})
       JOIN forces f ON f.id = cf.force_id
       JOIN users u ON u.id = r.reviewer_id
       WHERE cf.inspection_id = ? AND cf.force_id = ? AND cf.sample_status = 'sampled'
       ORDER BY cf.crime_reference`,
    )
    .raw();
  return (function* () {
    for (const forceId of forceIds) {
      for (const row of statement.iterate(...filter.statuses, filter.inspectionId, forceId) as IterableIterator<
        [...ReviewedFileTuple, string]
      >) {
        const answers = JSON.parse(row[12]) as AnswerTuple[];
        if (answers.length > 0) yield { file: row.slice(0, 12) as ReviewedFileTuple, answers };
      }
    }
  })();
}

/**
 * The files in scope with their counted review, in national force order then by reference:
 * [force code, force name, crime reference, crime type, recorded on, outcome, the flags set (a JSON
 *  list of codes), review status, reviewer email, reviewer name, submitted at].
 */
export type FileTuple = [
  string,
  string,
  string,
  string,
  string,
  number | null,
  string,
  string | null,
  string | null,
  string | null,
  string | null,
];

export async function iterateFiles(scope: ReadScope, filter: ScopeFilter): Promise<IterableIterator<FileTuple>> {
  return conn(scope)
    .prepare(
      `SELECT f.code, f.name, cf.crime_reference, cf.crime_type, cf.recorded_on, cf.outcome, cf.flags,
         r.status, u.email, u.name, r.submitted_at
       FROM case_files cf
       JOIN forces f ON f.id = cf.force_id
       LEFT JOIN reviews r ON r.case_file_id = cf.id AND r.kind = 'review' AND r.status IN (${statusList(filter)})
       LEFT JOIN users u ON u.id = r.reviewer_id
       WHERE cf.inspection_id = ? AND cf.sample_status = 'sampled'
       ORDER BY f.position, cf.crime_reference`,
    )
    .raw()
    .iterate(...filter.statuses, filter.inspectionId) as IterableIterator<FileTuple>;
}

import type { AppliesWhen } from '@/lib/domain/rules';

/**
 * SQL for findings, built from a template's own rules so the counting happens in SQLite, where it
 * is fast at national scale. Everything here is text plus bound parameters: codes and values from
 * the template are never spliced into the SQL.
 */
export interface SqlPart {
  sql: string;
  params: unknown[];
}

const FLAG_COLUMN = { domestic_abuse: 'f.domestic_abuse', repeat_victim: 'f.repeat_victim', vulnerable_victim: 'f.vulnerable_victim' } as const;

function placeholders(values: readonly unknown[]): string {
  return values.map(() => '?').join(', ');
}

/**
 * A rule as an SQL expression over the scope's row `f` (file facts and `review_id`) that is 1, 0,
 * or NULL when it depends on an answer the counted review lacks. SQLite's AND and OR already
 * follow the same three-valued logic as `ruleStatus` in lib/findings/classify.ts.
 */
export function ruleSql(rule: AppliesWhen, params: unknown[]): string {
  if ('flag' in rule) return `(${FLAG_COLUMN[rule.flag]} = 1)`;
  if ('crimeTypeIn' in rule) {
    params.push(...rule.crimeTypeIn);
    return `(f.crime_type IN (${placeholders(rule.crimeTypeIn)}))`;
  }
  if ('outcomeIn' in rule) {
    params.push(...rule.outcomeIn);
    return `(coalesce(f.outcome IN (${placeholders(rule.outcomeIn)}), 0))`;
  }
  if ('hasOutcome' in rule) return '(f.outcome IS NOT NULL)';
  if ('answer' in rule) {
    params.push(rule.answer.question, ...rule.answer.in);
    return `((SELECT x.answer FROM answers x WHERE x.review_id = f.review_id AND x.question_code = ?) IN (${placeholders(rule.answer.in)}))`;
  }
  const parts = ('any' in rule ? rule.any : rule.all).map((r) => ruleSql(r, params));
  if (parts.length === 0) return 'any' in rule ? '(0)' : '(1)';
  return `(${parts.join('any' in rule ? ' OR ' : ' AND ')})`;
}

/**
 * One file's class for one question, given `a` (its answer to that question in the counted
 * review, if any): 'yes' | 'partly' | 'no' | 'na' (answered not applicable) | 'rule' (the rule
 * does not hold) | 'none' (unanswered).
 */
export function classSql(rule: AppliesWhen | null, params: unknown[]): string {
  if (rule === null) return `coalesce(a.answer, 'none')`;
  const holds = ruleSql(rule, params);
  return `(CASE WHEN ${holds} = 0 THEN 'rule' WHEN a.answer IS NULL THEN 'none' ELSE a.answer END)`;
}

export interface ScopeFilter {
  inspectionId: number;
  /** Review statuses that count: submitted only, or every status in a provisional view. */
  statuses: readonly string[];
  forceId?: number | null;
  crimeType?: string | null;
}

/**
 * The files in scope (sampled files of the inspection, narrowed by force and crime type) with the
 * id of their counted review, or NULL. Materialised once and shared by every question.
 */
export function scopeCte(filter: ScopeFilter, extraColumns = ''): SqlPart {
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
  const sql = `f AS MATERIALIZED (
    SELECT cf.id, cf.force_id, cf.crime_type, cf.outcome, cf.domestic_abuse, cf.repeat_victim, cf.vulnerable_victim,
      r.id AS review_id${extraColumns}
    FROM case_files cf
    LEFT JOIN reviews r ON r.case_file_id = cf.id AND r.kind = 'review' AND r.status IN (${placeholders(filter.statuses)})
    WHERE ${where}
  )`;
  return { sql, params };
}

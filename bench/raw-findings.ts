// The national findings written by hand, straight against better-sqlite3, with the PEEL 2017
// template's rules spelt out in SQL: the yardstick the service's own computation is measured
// against (and checked against: both must give the same numbers).
import type Database from 'better-sqlite3';

export interface RawCounts {
  met: number;
  partly: number;
  notMet: number;
  notApplicable: number;
  unanswered: number;
}

/** Rule false, per question with a rule (`f` is the file, `r` its submitted review). */
const flag = (code: string) => `EXISTS (SELECT 1 FROM json_each(f.flags) WHERE value = '${code}')`;
const RULE_FALSE: Record<string, string> = {
  repeat_victim_identified: `NOT ${flag('repeat_victim')}`,
  dash_completed: `NOT (${flag('domestic_abuse')} OR f.crime_type IN ('stalking', 'harassment'))`,
  plan_quality:
    "EXISTS (SELECT 1 FROM answers p WHERE p.review_id = r.id AND p.question_code = 'investigation_plan' AND p.answer <> 'yes')",
  victim_wishes_recorded: 'coalesce(f.outcome NOT IN (14, 16), 1)',
  outcome_appropriate: 'f.outcome IS NULL',
  evidence_led_considered: `NOT (coalesce(f.outcome = 16, 0) AND (${flag('domestic_abuse')} OR f.crime_type IN ('rape', 'stalking', 'harassment')))`,
};

const SCOPE = `FROM case_files f LEFT JOIN reviews r ON r.case_file_id = f.id AND r.kind = 'review' AND r.status = 'submitted'
  WHERE f.inspection_id = ? AND f.sample_status = 'sampled'`;

export function prepareRawFindings(db: Database.Database) {
  const ruled = Object.keys(RULE_FALSE);
  const answered = db
    .prepare(
      `SELECT f.force_id, a.question_code, sum(a.answer = 'yes'), sum(a.answer = 'partly'), sum(a.answer = 'no'), sum(a.answer = 'na')
     FROM case_files f
     JOIN reviews r ON r.case_file_id = f.id AND r.kind = 'review' AND r.status = 'submitted'
     JOIN answers a ON a.review_id = r.id
     WHERE f.inspection_id = ? AND f.sample_status = 'sampled'
       AND NOT (CASE a.question_code ${ruled.map((q) => `WHEN '${q}' THEN ${RULE_FALSE[q] ?? '0'}`).join(' ')} ELSE 0 END)
     GROUP BY f.force_id, a.question_code`,
    )
    .raw();
  const files = db
    .prepare(`SELECT f.force_id, count(*), ${ruled.map((q) => `sum(${RULE_FALSE[q] ?? '0'})`).join(', ')} ${SCOPE} GROUP BY f.force_id`)
    .raw();
  const codes = db
    .prepare(
      'SELECT q.code FROM template_questions q JOIN inspections i ON i.template_id = q.template_id WHERE i.id = ? ORDER BY q.position',
    )
    .pluck();

  /** force id → question code → counts. */
  return (inspectionId: number): Map<number, Map<string, RawCounts>> => {
    const out = new Map<number, Map<string, RawCounts>>();
    const questions = codes.all(inspectionId) as string[];
    for (const row of files.all(inspectionId) as number[][]) {
      const [forceId = 0, fileCount = 0, ...ruleFalse] = row;
      const perQuestion = new Map<string, RawCounts>();
      for (const q of questions) {
        const i = ruled.indexOf(q);
        perQuestion.set(q, { met: 0, partly: 0, notMet: 0, notApplicable: i >= 0 ? (ruleFalse[i] ?? 0) : 0, unanswered: fileCount });
      }
      out.set(forceId, perQuestion);
    }
    for (const [forceId, code, yes, partly, no, na] of answered.all(inspectionId) as [number, string, number, number, number, number][]) {
      const c = out.get(forceId)?.get(code);
      if (!c) continue;
      c.met = yes;
      c.partly = partly;
      c.notMet = no;
      c.notApplicable += na;
    }
    for (const perQuestion of out.values()) {
      for (const c of perQuestion.values()) c.unanswered -= c.met + c.partly + c.notMet + c.notApplicable;
    }
    return out;
  };
}

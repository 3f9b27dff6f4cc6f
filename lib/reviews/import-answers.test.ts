import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { writeAnswersImport } from '@/db/review-imports';
import { assignments } from '@/db/schema';
import { useFreshDatabase } from '@/testing/database';
import { applicableCodes } from '@/lib/criteria';
import { peelFacts, peelTemplate } from '@/testing/peel-2017';

const PEEL_2017_TEMPLATE = peelTemplate();
import { buildInspection, makeLead, testUser, type TestFile } from '@/testing/findings';
import { fileHistory } from './history';
import { describeImport, importAnswers as importFor, type AnswersImported } from './import-answers';
import { failureMessage, type Result } from '@/lib/result';
import type { ProblemReport } from '@/lib/csv/problems';
import { asUser, SETUP } from '@/testing/principals';
import type { Principal } from '@/lib/policy';

type Outcome =
  ({ ok: true } & AnswersImported) | { ok: false; report: ProblemReport } | { ok: false; field: string | null; message: string };

/** The import, with its failures read as the test needs them: every problem, or a field and a message. */
async function importAnswers(request: Parameters<typeof importFor>[1], who: Principal = SETUP): Promise<Outcome> {
  const result: Result<AnswersImported> = await importFor(who, request);
  if (result.ok) return { ok: true, ...result.value };
  if (result.kind === 'invalid' && result.report) return { ok: false, report: result.report.problems };
  const field = result.kind === 'invalid' ? (Object.keys(result.fieldErrors)[0] ?? null) : null;
  return { ok: false, field, message: failureMessage(result) };
}

const HEADER = 'crime_reference,question,answer,note';
const CARE = '“Overall, was victim care appropriate?”';

function csv(rows: readonly (readonly string[])[], header = HEADER): Uint8Array {
  const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return new TextEncoder().encode(`\uFEFF${header}\r\n${rows.map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`);
}

const plain = { force: 'kent', crimeType: 'theft-from-person', outcome: 18 } as const;
const allYes = (facts: Parameters<typeof applicableCodes>[1]) =>
  applicableCodes(PEEL_2017_TEMPLATE, facts, Object.fromEntries(PEEL_2017_TEMPLATE.questions.map((q) => [q.code, 'yes'])));
const PLAIN_FACTS = peelFacts({ crimeType: 'theft-from-person', outcome: 18 });
/** Every question that applies to a plain file, answered yes. */
const completeYes = (ref: string) => allYes(PLAIN_FACTS).map((code) => [ref, code, 'yes', '']);
const storedYes: Record<string, 'yes'> = Object.fromEntries(allYes(PLAIN_FACTS).map((code) => [code, 'yes']));

const FILES: TestFile[] = [
  { ...plain }, // REF/0: not started, not assigned
  { force: 'kent', crimeType: 'harassment', outcome: null, domesticAbuse: true, repeatVictim: true }, // REF/1
  {
    ...plain,
    review: {
      status: 'draft',
      answers: { vulnerability_identified: 'no', investigation_plan: 'yes', plan_quality: 'partly' },
      notes: { vulnerability_identified: 'Missed.', plan_quality: 'Thin.' },
    },
  }, // REF/2
  { ...plain, review: { status: 'submitted', answers: storedYes } }, // REF/3
  { ...plain, review: { status: 'returned', answers: storedYes } }, // REF/4
  { ...plain, sampleStatus: 'reserve' }, // REF/5
  { ...plain, sampleStatus: 'replaced' }, // REF/6
  { ...plain }, // REF/7: assigned to someone else
];

let inspector: number;
let other: number;
let lead: number;
let inspectionId: number;

beforeEach(() => {
  useFreshDatabase();
  inspector = testUser('aisha@x.example');
  other = testUser('tom@x.example');
  lead = testUser('lead@x.example', 'lead');
  testUser('lead2@x.example', 'lead');
  inspectionId = buildInspection('peel', ['kent', 'essex'], FILES, inspector);
  makeLead(inspectionId, lead);
  const ids = getDb().$client.prepare('SELECT id FROM case_files ORDER BY id').all() as { id: number }[];
  for (const [i, who] of [
    [2, inspector],
    [3, inspector],
    [4, inspector],
    [7, other],
  ] as const)
    getDb()
      .insert(assignments)
      .values({ caseFileId: ids[i]?.id ?? 0, userId: who })
      .run();
});

function run(bytes: Uint8Array, options: { submit?: boolean; reviewer?: string; force?: string } = {}) {
  return importAnswers({
    slug: 'peel',
    forceCode: options.force ?? 'kent',
    reviewer: { email: options.reviewer ?? 'aisha@x.example' },
    submit: options.submit ?? false,
    bytes,
  });
}

function problems(outcome: Outcome): string[] {
  if (outcome.ok || !('report' in outcome)) throw new Error(`expected problems, got ${JSON.stringify(outcome)}`);
  return outcome.report.problems.map((p) => p.message);
}

const sqlite = () => getDb().$client;
const state = () => ({
  reviews: sqlite().prepare('SELECT case_file_id, status, version FROM reviews ORDER BY id').all(),
  answers: sqlite().prepare('SELECT review_id, question_code, answer, note FROM answers ORDER BY review_id, question_code').all(),
  assignments: sqlite().prepare('SELECT case_file_id, user_id FROM assignments ORDER BY case_file_id').all(),
  audit: (sqlite().prepare('SELECT count(*) AS n FROM audit_events').get() as { n: number }).n,
});
function review(ref: string) {
  return sqlite()
    .prepare(
      `SELECT r.status, r.version, r.reviewer_id AS reviewerId FROM reviews r JOIN case_files f ON f.id = r.case_file_id WHERE f.crime_reference = ?`,
    )
    .get(ref) as { status: string; version: number; reviewerId: number } | undefined;
}
function answersOf(ref: string): Record<string, string> {
  const rows = sqlite()
    .prepare(
      `SELECT a.question_code AS q, a.answer, a.note FROM answers a JOIN reviews r ON r.id = a.review_id JOIN case_files f ON f.id = r.case_file_id WHERE f.crime_reference = ?`,
    )
    .all(ref) as { q: string; answer: string; note: string | null }[];
  return Object.fromEntries(rows.map((r) => [r.q, r.note ? `${r.answer}: ${r.note}` : r.answer]));
}

describe('importing answers', () => {
  it('creates a review, assigns the file to the reviewer and submits it when asked, with an audit row for each change', async () => {
    const start = state().audit;
    const result = await run(csv(completeYes('REF/0')), { submit: true });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(describeImport(result)).toBe(
      'Answers imported for 1 file of Kent Police reviewed by Reviewer aisha@x.example: 15 answers saved, 1 review submitted, 1 file assigned to Reviewer aisha@x.example',
    );
    expect(review('REF/0')).toEqual({ status: 'submitted', version: 1, reviewerId: inspector });
    expect(Object.keys(answersOf('REF/0'))).toHaveLength(15);
    const actions = sqlite().prepare('SELECT action FROM audit_events WHERE id > ? ORDER BY id').all(start) as { action: string }[];
    expect(actions.map((a) => a.action)).toEqual([
      'case-file.assigned',
      'review.started',
      ...Array<string>(15).fill('review.answer-changed'),
      'review.submitted',
      'answers.imported',
    ]);
    // The file's history says where the answers came from.
    const file = sqlite().prepare("SELECT id FROM case_files WHERE crime_reference = 'REF/0'").get() as { id: number };
    const history = await fileHistory(file.id, PEEL_2017_TEMPLATE);
    expect(history.map((h) => h.what).slice(-2)).toEqual([
      'Answer changed: “Overall, was the investigation of a good standard?” (from an answers import)',
      'Review submitted (from an answers import)',
    ]);
  });

  it('lists every problem by row, in the review form’s words, and changes nothing', async () => {
    const before = state();
    const result = await run(
      csv([
        ['REF/0', 'vulnerability_identified', 'na', ''],
        ['REF/0', 'evidence_secured', 'partly', ''],
        ['REF/0', 'repeat_victim_identified', 'yes', ''],
        ['REF/0', 'victim_care', 'yes', ''],
        ['NOPE/1', 'risk_assessed', 'yes', ''],
        ['REF/0', 'risk_assessed', 'YES', 'Fine.'],
        ['REF/0', 'risk_assessed', 'no', 'Not done.'],
        ['REF/5', 'risk_assessed', 'yes', ''],
        ['REF/6', 'risk_assessed', 'yes', ''],
        ['REF/7', 'risk_assessed', 'yes', ''],
        ['REF/0', 'bwv_used', '', ''],
        ['REF/1', 'outcome_appropriate', 'na', 'No outcome yet.'],
        ['REF/0', 'victim_care_appropriate', 'maybe', ''],
      ]),
      { submit: true },
    );
    expect(problems(result)).toEqual([
      "Row 2: “na” is not an answer to “Was the victim's vulnerability identified at first contact?”: choose yes or no",
      "Row 3: Explain why you answered partly to “Were opportunities to secure evidence in the 'golden hour' taken?”",
      'Row 4: “Was the victim identified as a repeat victim?” does not apply to this file: it is asked only when the file is flagged repeat victim',
      'Row 5: “victim_care” is not a question of this inspection’s criteria',
      "Row 6: there is no file 'NOPE/1' in Kent Police’s sample for this inspection",
      "Rows 7 and 8: the file 'REF/0' is given question risk_assessed more than once: keep one row for it",
      "Row 9: the file 'REF/5' is on the reserve list, not in the sample",
      "Row 10: the file 'REF/6' has been taken out of the sample, so it is not reviewed",
      "Row 11: the file 'REF/7' is assigned to Reviewer tom@x.example, not to Reviewer aisha@x.example. Reassign it on the force’s page first, or import it for Reviewer tom@x.example",
      'Row 12: answer is empty: give yes, partly, no or na, or leave the row out if the question is not answered',
      'Row 13: “Was the outcome assigned appropriate?” does not apply to this file: it is asked only when the file has an outcome, so a note cannot be kept with its na: leave the note empty, or leave the row out',
      // REF/1 is checked for completeness (--submit); REF/0, with rows of its own to fix, is not yet.
      expect.stringMatching(
        /^Row 13 \(REF\/1\): Select an answer for each of these 15 questions before submitting: “Was the victim's vulnerability/,
      ),
      `Row 14: “maybe” is not an answer to ${CARE}: choose yes or no`,
    ]);
    expect(state()).toEqual(before);
  });

  it('takes na for a question that does not apply as "not applicable" and stores nothing for it', async () => {
    const rows = [...completeYes('REF/0'), ['REF/0', 'dash_completed', 'na', ''], ['REF/0', 'victim_wishes_recorded', 'na', '']];
    const result = await run(csv(rows), { submit: true });
    expect(result.ok).toBe(true);
    expect(answersOf('REF/0')).not.toHaveProperty('dash_completed');
    expect(review('REF/0')?.status).toBe('submitted');
  });

  it('stores na where the question applies and allows it', async () => {
    const result = await run(csv([['REF/1', 'response_timely', 'na', '']]));
    expect(result.ok).toBe(true);
    expect(answersOf('REF/1')).toEqual({ response_timely: 'na' });
    expect(review('REF/1')?.status).toBe('draft');
  });

  it('refuses to submit a review that leaves a question unanswered, naming the file and the question', async () => {
    const rows = completeYes('REF/0').filter(([, q]) => q !== 'victim_care_appropriate');
    expect(problems(await run(csv(rows), { submit: true }))).toEqual([`Rows 2–15 (REF/0): Select an answer for ${CARE} before submitting`]);
    // Without --submit the same file is a draft, kept to finish later.
    const draft = await run(csv(rows));
    expect(draft.ok).toBe(true);
    expect(review('REF/0')?.status).toBe('draft');
  });

  it('updates a draft: keeps answers the file leaves out and removes those that stop applying, as the form does', async () => {
    const before = review('REF/2');
    const result = await run(
      csv([
        ['REF/2', 'investigation_plan', 'no', 'No plan on file.'],
        ['REF/2', 'risk_assessed', 'yes', ''],
      ]),
    );
    expect(result.ok).toBe(true);
    expect(answersOf('REF/2')).toEqual({
      vulnerability_identified: 'no: Missed.',
      investigation_plan: 'no: No plan on file.',
      risk_assessed: 'yes',
    });
    expect(review('REF/2')?.version).toBe((before?.version ?? 0) + 1);
    const removed = sqlite().prepare("SELECT detail FROM audit_events WHERE action = 'review.answer-set-aside'").all() as {
      detail: string;
    }[];
    expect(removed.map((r) => JSON.parse(r.detail) as Record<string, unknown>)).toEqual([
      expect.objectContaining({ question: 'plan_quality', old: 'partly', via: 'answers-import' }),
    ]);
  });

  it('leaves a submitted review alone when the answers match, and refuses to change it otherwise', async () => {
    const same = await run(csv(completeYes('REF/3')), { submit: true });
    expect(same.ok && describeImport(same)).toBe('Nothing changed: the review of this file already had exactly these answers');
    const before = state();
    const changed = completeYes('REF/3').map((r) => (r[1] === 'risk_assessed' ? ['REF/3', 'risk_assessed', 'no', 'Not recorded.'] : r));
    expect(problems(await run(csv(changed)))).toEqual([
      "Rows 2–16: the review of 'REF/3' has been submitted, so its answers can no longer be changed. A lead can return it to its inspector first",
    ]);
    expect(state()).toEqual(before);
  });

  it('corrects a returned review and resubmits it when asked', async () => {
    const rows = completeYes('REF/4').map((r) => (r[1] === 'risk_assessed' ? ['REF/4', 'risk_assessed', 'no', 'Not recorded.'] : r));
    const result = await run(csv(rows), { submit: true });
    expect(result.ok).toBe(true);
    expect(review('REF/4')?.status).toBe('submitted');
    expect(answersOf('REF/4').risk_assessed).toBe('no: Not recorded.');
    const last = sqlite().prepare("SELECT action FROM audit_events WHERE action LIKE 'review.%submitted' ORDER BY id DESC").get() as {
      action: string;
    };
    expect(last.action).toBe('review.resubmitted');
  });

  it('changes nothing, and says so, when the same file is imported again', async () => {
    const bytes = csv(completeYes('REF/0'));
    await run(bytes);
    const before = state();
    const again = await run(bytes);
    expect(again.ok && describeImport(again)).toBe('Nothing changed: the review of this file already had exactly these answers');
    expect(state()).toEqual(before);
  });

  it('refuses a reviewer who is not an active inspector, a lead of another inspection, and a force not in it', async () => {
    expect(await run(csv(completeYes('REF/0')), { reviewer: 'lead@x.example' })).toMatchObject({
      ok: false,
      field: 'reviewer',
      message: 'lead@x.example is a lead, not an inspector: answers are imported for the inspector who reviewed the files',
    });
    expect(await run(csv(completeYes('REF/0')), { reviewer: 'nobody@x.example' })).toMatchObject({
      message: "there is no account with the email 'nobody@x.example'",
    });
    expect(await run(csv(completeYes('REF/0')), { force: 'met' })).toMatchObject({ message: 'met is not one of the forces of peel' });
    const otherLead = sqlite().prepare("SELECT id FROM users WHERE email = 'lead2@x.example'").get() as { id: number };
    const refused = await importAnswers(
      { slug: 'peel', forceCode: 'kent', reviewer: { id: inspector }, submit: false, bytes: csv(completeYes('REF/0')) },
      asUser({ id: otherLead.id, role: 'lead', email: 'lead2@x.example' }),
    );
    expect(refused).toMatchObject({ ok: false, message: 'Only a lead of this inspection can import its answers' });
    const allowed = await importAnswers(
      { slug: 'peel', forceCode: 'kent', reviewer: { id: inspector }, submit: false, bytes: csv(completeYes('REF/0')) },
      asUser({ id: lead, role: 'lead', email: 'lead@x.example' }),
    );
    expect(allowed.ok).toBe(true);
  });

  it('refuses unknown columns, as the contract says', async () => {
    expect(problems(await run(csv([['REF/0', 'risk_assessed', 'yes', '', 'x']], `${HEADER},reviewer_email`)))).toEqual([
      "Row 1: the column 'reviewer_email' is not one of crime_reference, question, answer, note",
    ]);
  });

  it('writes nothing at all when a review changed after the import was checked', async () => {
    const file = sqlite().prepare("SELECT id FROM case_files WHERE crime_reference = 'REF/2'").get() as { id: number };
    const reviewId = (sqlite().prepare('SELECT id FROM reviews WHERE case_file_id = ?').get(file.id) as { id: number }).id;
    const before = state();
    const write = await writeAnswersImport(
      {
        inspectionId,
        reviewer: { id: inspector, name: 'A' },
        files: [
          {
            file: { id: file.id, crimeReference: 'REF/2' },
            assign: false,
            review: { id: reviewId, expectedVersion: 99 },
            upserts: [{ code: 'risk_assessed', value: { answer: 'yes', note: null }, old: null }],
            removals: [],
            submit: null,
          },
        ],
        detail: {},
      },
      SETUP,
    );
    expect(write).toEqual({ ok: false, conflict: true });
    expect(state()).toEqual(before);
  });
});

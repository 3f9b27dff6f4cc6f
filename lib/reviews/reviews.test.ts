import { sql } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { useDatabase, type Db } from '@/db/client';
import * as schema from '@/db/schema';
import { useFreshDatabase } from '@/testing/database';
import { findUserByEmail } from '@/db/users';
import { answerField, noteField, snapshotToForm, type ReviewFormValues } from '@/lib/criteria';
import { peelTemplate } from '@/testing/peel-2017';

const PEEL_2017_TEMPLATE = peelTemplate();
import { prepareDatabase } from '@/demo/seed-demo';
import { assignFiles } from './assign-files';
import { loadReviewContext } from './context';
import { fileHistory } from './history';
import { getReviewPage } from './review-page';
import { saveReview as save, type SaveOutcome } from './save-review';
import type { UserPrincipal } from '@/lib/policy';
import { failureMessage, type Result } from '@/lib/result';
import { asUser, expectOk } from '@/testing/principals';
import { returnReview, submitReview } from './submit-review';
import { listYourFiles } from './your-files';

const template = PEEL_2017_TEMPLATE;
const SLUG = 'peel-effectiveness-2017';

type Person = UserPrincipal;

async function person(email: string): Promise<Person> {
  const u = await findUserByEmail(email);
  if (!u) throw new Error(email);
  return asUser(u);
}

/** A save as the review page's script sees it: a refusal is an outcome of its own. */
async function saveReview(who: Person, fileId: number, values: ReviewFormValues): Promise<SaveOutcome> {
  const result = await save(who, fileId, values);
  return result.ok ? result.value : { kind: 'refused', message: failureMessage(result) };
}

/** Which page a person gets: the review, a 404 or a 403. */
function pageKind(result: Result<unknown>): 'ok' | 'not-found' | 'forbidden' {
  if (result.ok) return 'ok';
  return result.kind === 'refused' && result.status === 404 ? 'not-found' : 'forbidden';
}

let db: Db;
let lead: Person;
let inspector1: Person;
let inspector2: Person;
let admin: Person;
let fileIds: number[];

// One seeded database (hashing the demo passwords is the slow part), copied fresh for each test.
let seeded: Buffer;
beforeAll(async () => {
  db = useFreshDatabase();
  await prepareDatabase({ passwords: {} });
  seeded = db.$client.serialize();
});

beforeEach(async () => {
  const copy = new Database(seeded);
  copy.pragma('foreign_keys = ON');
  db = drizzle(copy, { schema });
  useDatabase(db);
  lead = await person('lead@review.example');
  inspector1 = await person('inspector1@review.example');
  inspector2 = await person('inspector2@review.example');
  admin = await person('admin@review.example');
  fileIds = db.all<{ id: number }>(sql`select id from case_files order by id`).map((r) => r.id);
});

async function assign(ids: number[], to: Person) {
  return { message: expectOk(await assignFiles(lead, { slug: SLUG, forceCode: 'kent' }, { inspector: to.id, files: ids })) };
}

/** The form as the page would post it now, with some fields changed. */
async function form(fileId: number, change: Record<string, string>, extra: Record<string, string> = {}): Promise<ReviewFormValues> {
  const ctx = await loadReviewContext(fileId);
  if (!ctx) throw new Error('no file');
  return { ...snapshotToForm(template, ctx.snapshot), version: String(ctx.review?.version ?? 0), intent: 'stay', ...change, ...extra };
}

function first(): number {
  const id = fileIds[0];
  if (id === undefined) throw new Error('no files');
  return id;
}

describe('assigning files', () => {
  it('gives files to an inspector, audits each, and says what changed', async () => {
    expect((await assign(fileIds.slice(0, 3), inspector1)).message).toBe('3 files assigned to Aisha Khan');
    expect((await assign(fileIds.slice(0, 4), inspector2)).message).toBe('4 files assigned to Tom Reid');
    expect((await assign(fileIds.slice(0, 4), inspector2)).message).toBe('4 files already assigned to Tom Reid: nothing changed');
    expect((await assign(fileIds.slice(3, 5), inspector2)).message).toBe('1 file assigned to Tom Reid (1 already was)');
    expect((await assign(fileIds.slice(3, 8), inspector2)).message).toBe('3 files assigned to Tom Reid (2 already were)');
    const audits = db.all<{ n: number }>(sql`select count(*) as n from audit_events where action = 'case-file.assigned'`);
    expect(audits[0]?.n).toBe(11);
  });

  it('refuses inspectors, leads of other inspections and files outside the sample', async () => {
    expect(await assignFiles(inspector1, { slug: SLUG, forceCode: 'kent' }, { inspector: inspector1.id, files: [first()] })).toMatchObject({
      ok: false,
    });
    expect(await assignFiles(lead, { slug: SLUG, forceCode: 'kent' }, { inspector: lead.id, files: [first()] })).toMatchObject({
      ok: false,
      fieldErrors: { inspector: 'Select an inspector from the list' },
    });
    expect(await assignFiles(lead, { slug: SLUG, forceCode: 'kent' }, { inspector: inspector1.id, files: [first(), 99999] })).toMatchObject(
      { ok: false, fieldErrors: { files: expect.stringContaining('not in this force') as unknown } },
    );
    expect(db.all(sql`select * from assignments`)).toEqual([]);
  });
});

describe('saving a review', () => {
  beforeEach(async () => {
    await assign([first()], inspector1);
  });

  it('creates the review on the first save, and bumps the version on each change', async () => {
    const saved = await saveReview(inspector1, first(), await form(first(), { [answerField('vulnerability_identified')]: 'yes' }));
    expect(saved).toMatchObject({ kind: 'saved', version: 1, changed: true });
    const again = await saveReview(inspector1, first(), await form(first(), {}));
    expect(again).toMatchObject({ kind: 'saved', version: 1, changed: false });
    const next = await saveReview(
      inspector1,
      first(),
      await form(first(), { [answerField('risk_assessed')]: 'no', [noteField('risk_assessed')]: 'No THRIVE' }),
    );
    expect(next).toMatchObject({ kind: 'saved', version: 2 });
    const ctx = await loadReviewContext(first());
    expect(ctx?.snapshot.answers).toEqual({
      vulnerability_identified: { answer: 'yes', note: null },
      risk_assessed: { answer: 'no', note: 'No THRIVE' },
    });
  });

  it('refuses a save based on an old version and shows what differs, then saves the choices', async () => {
    const base = await form(first(), {});
    await saveReview(inspector1, first(), { ...base, [answerField('risk_assessed')]: 'yes' });
    const stale = await saveReview(inspector1, first(), {
      ...base,
      [answerField('risk_assessed')]: 'no',
      [noteField('risk_assessed')]: 'Missing',
      [answerField('bwv_used')]: 'yes',
    });
    expect(stale).toMatchObject({
      kind: 'conflict',
      version: 1,
      differences: ['answer_risk_assessed', 'answer_bwv_used'],
      changedBy: 'Aisha Khan',
    });
    const stored = await loadReviewContext(first());
    expect(stored?.snapshot.answers.risk_assessed).toEqual({ answer: 'yes', note: null });

    // Resolving needs a choice for every difference.
    const mine = {
      ...base,
      [answerField('risk_assessed')]: 'no',
      [noteField('risk_assessed')]: 'Missing',
      [answerField('bwv_used')]: 'yes',
      against: '1',
    };
    const unresolved = await saveReview(inspector1, first(), { ...mine, resolve_answer_risk_assessed: 'theirs' });
    expect(unresolved).toMatchObject({
      kind: 'conflict',
      fieldErrors: {
        resolve_answer_bwv_used: 'Choose which answer to keep for “Was body-worn video used where it was available and appropriate?”',
      },
    });
    const resolved = await saveReview(inspector1, first(), {
      ...mine,
      resolve_answer_risk_assessed: 'theirs',
      resolve_answer_bwv_used: 'mine',
    });
    expect(resolved).toMatchObject({ kind: 'saved', version: 2 });
    expect((await loadReviewContext(first()))?.snapshot.answers).toEqual({
      risk_assessed: { answer: 'yes', note: null },
      bwv_used: { answer: 'yes', note: null },
    });
  });

  it('never stores an answer to a question that does not apply, and sets aside one that stops applying', async () => {
    await saveReview(
      inspector1,
      first(),
      await form(first(), {
        [answerField('investigation_plan')]: 'yes',
        [answerField('plan_quality')]: 'partly',
        [noteField('plan_quality')]: 'Thin',
      }),
    );
    expect((await loadReviewContext(first()))?.snapshot.answers.plan_quality).toEqual({ answer: 'partly', note: 'Thin' });
    await saveReview(inspector1, first(), await form(first(), { [answerField('investigation_plan')]: 'na' }));
    const ctx = await loadReviewContext(first());
    expect(ctx?.snapshot.answers.plan_quality).toBeUndefined();
    expect(ctx?.setAside.plan_quality).toEqual({ answer: 'partly', note: 'Thin' });
    const history = await fileHistory(first(), template);
    expect(history.at(-1)).toMatchObject({
      what: 'Answer set aside (no longer applies): “Was the investigation plan of a good standard?”',
      change: 'Partly → Not applicable',
    });
  });

  it('audits an answer the inspector cleared as cleared, not as not applicable', async () => {
    await saveReview(inspector1, first(), await form(first(), { [answerField('risk_assessed')]: 'yes' }));
    await saveReview(inspector1, first(), await form(first(), { [answerField('risk_assessed')]: '' }));
    expect((await loadReviewContext(first()))?.snapshot.answers.risk_assessed).toBeUndefined();
    const history = await fileHistory(first(), template);
    expect(history.at(-1)).toMatchObject({ what: expect.stringMatching(/^Answer cleared: “/) as unknown, change: 'Yes → No answer' });
  });

  it('gives a set-aside answer back when its question applies again, after a fact change and its reversal', async () => {
    await saveReview(
      inspector1,
      first(),
      await form(first(), {
        fact_outcome: '14',
        [answerField('victim_wishes_recorded')]: 'no',
        [noteField('victim_wishes_recorded')]: 'Not asked',
      }),
    );
    await saveReview(inspector1, first(), await form(first(), { fact_outcome: '18' }));
    const aside = await loadReviewContext(first());
    expect(aside?.snapshot.answers.victim_wishes_recorded).toBeUndefined();
    expect(aside?.setAside.victim_wishes_recorded).toEqual({ answer: 'no', note: 'Not asked' });
    expect(expectOk(await getReviewPage(inspector1, first())).setAside).toEqual({
      victim_wishes_recorded: { answer: 'no', note: 'Not asked' },
    });
    // The form as a reloaded page posts it: nothing typed for the question, which applies again.
    await saveReview(inspector1, first(), await form(first(), { fact_outcome: '14' }));
    const back = await loadReviewContext(first());
    expect(back?.snapshot.answers.victim_wishes_recorded).toEqual({ answer: 'no', note: 'Not asked' });
    expect(back?.setAside).toEqual({});
    const history = await fileHistory(first(), template);
    expect(history.at(-1)).toMatchObject({
      what: expect.stringContaining('Set-aside answer restored') as unknown,
      change: 'No answer → No',
    });
  });

  it('drops set-aside answers only at submission, in the history', async () => {
    await saveReview(
      inspector1,
      first(),
      await form(first(), { [answerField('investigation_plan')]: 'yes', [answerField('plan_quality')]: 'yes' }),
    );
    await saveReview(
      inspector1,
      first(),
      await form(first(), { [answerField('investigation_plan')]: 'no', [noteField('investigation_plan')]: 'None' }),
    );
    const values: Record<string, string> = {};
    for (const q of template.questions)
      if (q.code !== 'investigation_plan' && q.code !== 'plan_quality') values[answerField(q.code)] = 'yes';
    const saved = await saveReview(inspector1, first(), await form(first(), values));
    if (saved.kind !== 'saved') throw new Error(saved.kind);
    expect((await loadReviewContext(first()))?.setAside.plan_quality).toEqual({ answer: 'yes', note: null });
    expect(await submitReview(inspector1, first(), saved.version)).toEqual({ ok: true });
    expect(db.all(sql`select * from set_aside_answers`)).toEqual([]);
    const history = await fileHistory(first(), template);
    expect(history.map((h) => h.what).slice(-2)).toEqual([
      'Set-aside answer dropped at submission: “Was the investigation plan of a good standard?”',
      'Review submitted',
    ]);
  });

  it('saves the valid answers and names the ones it could not save', async () => {
    const result = await saveReview(
      inspector1,
      first(),
      await form(first(), { [answerField('risk_assessed')]: 'yes', [answerField('bwv_used')]: 'no' }),
    );
    expect(result).toMatchObject({
      kind: 'saved',
      fieldErrors: { note_bwv_used: expect.stringContaining('Explain why you answered no') as unknown },
    });
    expect(Object.keys((await loadReviewContext(first()))?.snapshot.answers ?? {})).toEqual(['risk_assessed']);
  });

  it('corrects the file’s facts, audited, and the rules follow the corrected facts', async () => {
    const result = await saveReview(
      inspector1,
      first(),
      await form(first(), { fact_outcome: '14', [answerField('victim_wishes_recorded')]: 'yes' }),
    );
    expect(result.kind).toBe('saved');
    const ctx = await loadReviewContext(first());
    expect(ctx?.facts.outcome).toBe(14);
    expect(ctx?.snapshot.answers.victim_wishes_recorded).toEqual({ answer: 'yes', note: null });
    const history = await fileHistory(first(), template);
    expect(history.find((h) => h.what === 'File facts corrected: Outcome')?.change).toBe(
      '18 – Investigation complete – no suspect identified → 14 – Evidential difficulties – suspect not identified; victim does not support action',
    );
  });

  it('refuses anyone but the assigned inspector, and changes nothing', async () => {
    for (const who of [inspector2, lead, admin]) {
      const result = await saveReview(who, first(), await form(first(), { [answerField('risk_assessed')]: 'yes' }));
      expect(result.kind).toBe('refused');
    }
    expect(db.all(sql`select * from reviews`)).toEqual([]);
    expect(pageKind(await getReviewPage(inspector2, first()))).toBe('forbidden');
    expect(pageKind(await getReviewPage(lead, first()))).toBe('ok');
  });
});

describe('submitting and returning', () => {
  async function answerEverything(fileId: number) {
    const ctx = await loadReviewContext(fileId);
    if (!ctx) throw new Error('no file');
    const values: Record<string, string> = {};
    for (const q of template.questions) values[answerField(q.code)] = 'yes';
    return saveReview(inspector1, fileId, await form(fileId, values));
  }

  beforeEach(async () => {
    await assign([first()], inspector1);
  });

  it('needs every question that applies before submitting; then the review is read-only', async () => {
    await saveReview(inspector1, first(), await form(first(), { [answerField('risk_assessed')]: 'yes' }));
    const early = await submitReview(inspector1, first(), 1);
    expect(early).toMatchObject({ ok: false, formError: 'Answer every question that applies before you submit the review' });
    const saved = await answerEverything(first());
    if (saved.kind !== 'saved') throw new Error(saved.kind);
    expect(await submitReview(inspector1, first(), saved.version - 1)).toMatchObject({ ok: false });
    expect(await submitReview(inspector1, first(), saved.version)).toEqual({ ok: true });
    const after = await saveReview(
      inspector1,
      first(),
      await form(first(), { [answerField('risk_assessed')]: 'no', [noteField('risk_assessed')]: 'x' }),
    );
    expect(after).toEqual({ kind: 'refused', message: 'This review has been submitted, so it can no longer be changed' });
    const groups = expectOk(await listYourFiles(inspector1));
    expect(groups[0]?.files[0]).toMatchObject({ status: 'submitted', progress: 'All 15 questions answered' });
  });

  it('a lead returns it with a reason; the inspector changes it and resubmits', async () => {
    const saved = await answerEverything(first());
    if (saved.kind !== 'saved') throw new Error(saved.kind);
    await submitReview(inspector1, first(), saved.version);
    const submittedVersion = saved.version + 1;
    expect(await returnReview(inspector1, first(), submittedVersion, 'No')).toMatchObject({ ok: false });
    expect(await returnReview(lead, first(), submittedVersion, 'Check the DASH answer')).toMatchObject({
      ok: true,
      value: { forceCode: 'kent' },
    });
    const page = expectOk(await getReviewPage(inspector1, first()));
    expect(page).toMatchObject({
      status: 'returned',
      canEdit: true,
      review: { returnReason: 'Check the DASH answer', returnedByName: 'Gareth Lewis' },
    });
    const changed = await saveReview(inspector1, first(), await form(first(), { [answerField('bwv_used')]: 'na' }));
    if (changed.kind !== 'saved') throw new Error(changed.kind);
    expect(await submitReview(inspector1, first(), changed.version)).toEqual({ ok: true });
    const actions = db.all<{ action: string }>(
      sql`select action from audit_events where case_file_id = ${first()} and action like 'review.%' and action not like 'review.answer%'`,
    );
    expect(actions.map((a) => a.action)).toEqual(['review.started', 'review.submitted', 'review.returned', 'review.resubmitted']);
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDb, getDb } from '@/db/client';
import { listAuditForEntity } from '@/db/audit';
import { useFreshDatabase } from '@/testing/database';
import { seedReviewedInspection } from '@/demo/reviewed-inspection';
import { findingsFor } from '@/lib/findings/compute';
import { buildInspection, testUser } from '@/testing/findings';
import { writeChunks } from './deliver';

/** The answers export's columns for a PEEL 2017 inspection: its three flags among the file's facts. */
const ANSWER_COLUMNS = [
  'inspection',
  'force_code',
  'force_name',
  'crime_reference',
  'crime_type',
  'crime_type_label',
  'recorded_on',
  'outcome',
  'outcome_label',
  'domestic_abuse',
  'repeat_victim',
  'vulnerable_victim',
  'reviewer_email',
  'reviewer_name',
  'review_status',
  'submitted_at',
  'question',
  'theme',
  'question_wording',
  'answer',
  'answer_label',
  'note',
  'provisional',
  'answered_by',
];
import * as exportsModule from './exports';
import { operatorPrincipal } from '@/lib/policy';
import type { Result } from '@/lib/result';
import { FINDINGS_COLUMNS } from './findings-export';

const actor = operatorPrincipal('test');

/** The exports as these tests call them: the value, or undefined when there is no such inspection. */
const orUndefined = <T>(result: Result<T>): T | undefined => (result.ok ? result.value : undefined);
type Request<F> = { slug: string; provisional: boolean; actor: unknown; via: 'cli' | 'web' | 'api' } & F;
const exportFindings = async ({ actor: _actor, ...request }: Request<{ format: 'csv' | 'json' }>) =>
  orUndefined(await exportsModule.exportFindings(actor, request));
const openAnswersExport = async ({ actor: _actor, ...request }: Request<{ format: 'csv' | 'json' }>) =>
  orUndefined(await exportsModule.openAnswersExport(actor, request));
const openWorkbookExport = async ({ actor: _actor, ...request }: Request<object>) =>
  orUndefined(await exportsModule.openWorkbookExport(actor, request));

async function seed(slug = 'exported') {
  for (const email of ['lead@x.example', 'i1@x.example', 'i2@x.example']) testUser(email, email.startsWith('lead') ? 'lead' : 'inspector');
  await seedReviewedInspection({
    slug,
    name: 'Exported inspection',
    seed: 'export tests',
    forces: [
      { code: 'kent', files: 24 },
      { code: 'essex', files: 18 },
    ],
    leadEmails: ['lead@x.example'],
    reviewerEmails: ['i1@x.example', 'i2@x.example'],
    unreviewedPercent: 10,
    draftPercent: 15,
  });
}

function csv(text: string): Record<string, string>[] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  return parse(text, { bom: true, columns: true, record_delimiter: '\r\n' });
}

async function collect(write: (out: PassThrough) => Promise<unknown>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await write(out);
  return Buffer.concat(chunks);
}

async function answersText(slug: string, format: 'csv' | 'json', provisional = false): Promise<string> {
  const open = await openAnswersExport({ slug, format, provisional, actor, via: 'cli' });
  if (!open) throw new Error('no export');
  try {
    return [...open.chunks].join('');
  } finally {
    open.close();
  }
}

async function workbook(slug: string, provisional = false) {
  const open = await openWorkbookExport({ slug, provisional, actor, via: 'cli' });
  if (!open) throw new Error('no export');
  const bytes = await collect((out) => open.write(out).then(() => out.end()));
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = (name: string) => {
    const ws = book.getWorksheet(name);
    if (!ws) throw new Error(`no sheet ${name}`);
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return rows;
  };
  const about = () => Object.fromEntries(sheet('About').map(([k, v]) => [String(k), v])) as Record<string, unknown>;
  return { book, sheet, about };
}

describe('exports', () => {
  beforeEach(() => {
    useFreshDatabase();
  });

  it('give the same figures in the findings CSV, the JSON, the workbook and the computation', async () => {
    await seed();
    const computed = await findingsFor('exported', { provisional: false });
    const fromCsv = csv((await exportFindings({ slug: 'exported', format: 'csv', provisional: false, actor, via: 'cli' }))?.body ?? '');
    const fromJson = JSON.parse(
      (await exportFindings({ slug: 'exported', format: 'json', provisional: false, actor, via: 'cli' }))?.body ?? '',
    ) as Record<string, unknown>[];
    const { sheet } = await workbook('exported');
    const fromSheet = sheet('Findings');

    expect(Object.keys(fromCsv[0] ?? {})).toEqual([...FINDINGS_COLUMNS]);
    expect(fromCsv.map((r) => r.force_code)).toEqual(computed?.scopes.flatMap((s) => s.questions.map(() => s.key)));
    expect(fromCsv).toHaveLength(3 * 19);
    expect(fromSheet[0]).toEqual([...FINDINGS_COLUMNS]);
    fromCsv.forEach((row, i) => {
      const json = fromJson[i] ?? {};
      const cells = fromSheet[i + 1] ?? [];
      const scope = computed?.scopes.find((s) => s.key === row.force_code);
      const q = scope?.questions.find((x) => x.code === row.question);
      expect(Number(row.met)).toBe(q?.counts.met);
      expect(json.met).toBe(q?.counts.met);
      expect(cells[4]).toBe(q?.counts.met);
      expect(Number(row.relevant)).toBe(q?.relevant);
      expect(json.relevant).toBe(q?.relevant);
      expect(row.percent).toBe(q?.percent === null ? '' : q?.percent?.toFixed(1));
      expect(json.percent).toBe(q?.percent);
      expect(cells[10] ?? null).toBe(q?.percent);
      expect(json.ci_low === null ? '' : Number(json.ci_low).toFixed(1)).toBe(row.ci_low);
      expect(row.provisional).toBe('no');
    });
  });

  it('credit each answer to the person who gave it, even after the file was reassigned', async () => {
    const first = testUser('first@x.example');
    buildInspection(
      'handover',
      ['kent'],
      [
        {
          force: 'kent',
          crimeType: 'abh',
          outcome: 1,
          review: { status: 'submitted', answers: { risk_assessed: 'yes', victim_care_appropriate: 'yes' } },
        },
      ],
      first,
    );
    getDb().$client.prepare('update answers set updated_by = ?').run(first);
    const second = testUser('second@x.example');
    // The file moved to a second inspector, who gave one answer and submitted.
    getDb().$client.prepare('update reviews set reviewer_id = ?').run(second);
    getDb().$client.prepare("update answers set updated_by = ? where question_code = 'victim_care_appropriate'").run(second);
    const rows = csv(await answersText('handover', 'csv'));
    expect(rows.map((r) => [r.question, r.reviewer_email, r.answered_by])).toEqual([
      ['risk_assessed', 'second@x.example', 'first@x.example'],
      ['victim_care_appropriate', 'second@x.example', 'second@x.example'],
    ]);
  });

  it('write answers as CSV and JSON, one row per counted answer, labels beside codes', async () => {
    buildInspection(
      'notes',
      ['kent'],
      [
        {
          force: 'kent',
          crimeType: 'rape',
          outcome: 16,
          domesticAbuse: true,
          review: {
            status: 'submitted',
            answers: { victim_care_appropriate: 'no', risk_assessed: 'yes' },
            notes: { victim_care_appropriate: '=HYPERLINK("http://x") no, "quoted", line\nbreak' },
          },
        },
        { force: 'kent', crimeType: 'abh', outcome: null, review: { status: 'draft', answers: { victim_care_appropriate: 'yes' } } },
      ],
      testUser('amy@x.example'),
    );
    const rows = csv(await answersText('notes', 'csv'));
    expect(Object.keys(rows[0] ?? {})).toEqual([...ANSWER_COLUMNS]);
    // Template order (risk_assessed comes before victim care), drafts left out.
    expect(rows.map((r) => [r.question, r.answer, r.answer_label])).toEqual([
      ['risk_assessed', 'yes', 'Yes'],
      ['victim_care_appropriate', 'no', 'No'],
    ]);
    expect(rows[1]).toMatchObject({
      crime_type: 'rape',
      crime_type_label: 'Rape (including attempts)',
      outcome: '16',
      outcome_label: 'Evidential difficulties – victim does not support (or withdraws support for) action',
      domestic_abuse: 'yes',
      repeat_victim: 'no',
      reviewer_email: 'amy@x.example',
      review_status: 'submitted',
      theme: 'Victim care',
      question_wording: 'Overall, was victim care appropriate?',
      note: '\'=HYPERLINK("http://x") no, "quoted", line\nbreak',
      provisional: 'no',
    });
    const provisional = csv(await answersText('notes', 'csv', true));
    expect(provisional).toHaveLength(3);
    expect(provisional.every((r) => r.provisional === 'yes')).toBe(true);
    expect(provisional.map((r) => r.review_status)).toContain('draft');

    const json = JSON.parse(await answersText('notes', 'json')) as Record<string, unknown>[];
    expect(json).toHaveLength(2);
    // JSON gives the note exactly as stored: the CSV's formula guard is for spreadsheets only.
    expect(json[1]).toMatchObject({ outcome: 16, note: '=HYPERLINK("http://x") no, "quoted", line\nbreak', submitted_at: null });
  });

  it('build a workbook that reads back, with a data dictionary and a content hash that follows the data', async () => {
    await seed();
    const first = await workbook('exported');
    const again = await workbook('exported');
    expect(first.book.worksheets.map((w) => w.name)).toEqual(['Findings', 'Answers', 'Files', 'Questions', 'About']);
    const about = first.about();
    expect(about['Inspection code']).toBe('exported');
    expect(about['Template version']).toBe(1);
    expect(about.Provisional).toMatch(/^No/);
    expect(String(about['Content hash'])).toMatch(/^[0-9a-f]{64}$/);
    expect(again.about()['Content hash']).toBe(about['Content hash']);

    const answers = first.sheet('Answers');
    const fromCsv = csv(await answersText('exported', 'csv'));
    expect(answers.length - 1).toBe(fromCsv.length);
    expect(answers[0]).toEqual([...ANSWER_COLUMNS]);
    const sample = fromCsv[Math.floor(fromCsv.length / 2)] ?? {};
    const asCells = ANSWER_COLUMNS.map((c) => (sample[c] === '' ? undefined : c === 'outcome' ? Number(sample[c]) : sample[c]));
    expect(answers[Math.floor(fromCsv.length / 2) + 1]).toEqual(
      asCells.slice(0, (answers[Math.floor(fromCsv.length / 2) + 1] ?? []).length),
    );
    expect(first.sheet('Questions')).toHaveLength(20);
    expect(first.sheet('Files')).toHaveLength(24 + 18 + 1);

    // Change one answer: the hash changes; the audit log holds the hash of each finished workbook.
    getDb()
      .$client.prepare(
        "UPDATE answers SET answer = CASE answer WHEN 'yes' THEN 'no' ELSE 'yes' END, note = 'changed' WHERE rowid = (SELECT min(rowid) FROM answers)",
      )
      .run();
    const changed = await workbook('exported');
    expect(changed.about()['Content hash']).not.toBe(about['Content hash']);
    const inspectionId = String((await findingsFor('exported', { provisional: false }))?.inspection.id);
    const events = await listAuditForEntity('inspection', inspectionId);
    expect(events.filter((e) => e.action === 'workbook.completed').map((e) => e.detail?.contentHash)).toContain(about['Content hash']);
  });

  it('labels a provisional workbook as provisional', async () => {
    await seed();
    const { sheet, about } = await workbook('exported', true);
    expect(about().Provisional).toMatch(/^Yes/);
    expect(
      sheet('Findings')
        .slice(1)
        .every((r) => r[13] === 'yes'),
    ).toBe(true);
  });

  it('stop, rather than wait for ever, when the reader of a workbook goes away', async () => {
    for (const email of ['lead@x.example', 'i1@x.example']) testUser(email);
    await seedReviewedInspection({
      slug: 'big',
      name: 'Big',
      seed: 'cancel',
      forces: [{ code: 'kent', files: 400 }],
      leadEmails: [],
      reviewerEmails: ['i1@x.example'],
    });
    const open = await openWorkbookExport({ slug: 'big', provisional: false, actor, via: 'web' });
    if (!open) throw new Error('no export');
    const out = new PassThrough({ highWaterMark: 1024 });
    out.once('data', () => out.destroy());
    await expect(open.write(out)).rejects.toThrow('The reader went away before the workbook was finished');
  });

  it('refuse an inspection that does not exist', async () => {
    expect(await exportFindings({ slug: 'nope', format: 'csv', provisional: false, actor, via: 'cli' })).toBeUndefined();
    expect(await openAnswersExport({ slug: 'nope', format: 'csv', provisional: false, actor, via: 'cli' })).toBeUndefined();
    expect(await openWorkbookExport({ slug: 'nope', provisional: false, actor, via: 'cli' })).toBeUndefined();
  });
});

describe('an export from a database file', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rcf-export-'));
    process.env.DATABASE_URL = path.join(dir, 'app.db');
  });
  afterEach(() => {
    closeDb();
    process.env.DATABASE_URL = ':memory:';
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reads one snapshot from start to end while reviewers keep saving', async () => {
    getDb();
    await seed();
    const open = await openAnswersExport({ slug: 'exported', format: 'csv', provisional: false, actor, via: 'web' });
    if (!open) throw new Error('no export');
    // A reviewer saves after the download began: the main connection is not blocked, and the
    // download shows the data as it was when it began.
    getDb().$client.prepare("UPDATE answers SET note = 'changed mid-export'").run();
    const parts: string[] = [];
    const out = new PassThrough();
    out.on('data', (c: Buffer) => parts.push(c.toString('utf8')));
    await writeChunks(open.chunks, out);
    open.close();
    const text = parts.join('');
    expect(text).not.toContain('changed mid-export');
    expect(csv(text).length).toBeGreaterThan(100);
  });
});

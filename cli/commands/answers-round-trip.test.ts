import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDb, getDb } from '@/db/client';
import { seedReviewedInspection } from '@/demo/reviewed-inspection';
import { BOM, csvRow } from '@/lib/exports/csv';
import { testUser } from '@/testing/findings';
import { fakeIo } from '@/testing/cli';
import { runCli } from '../run';

const SLUG = 'round-trip';
const LEAD = 'lead@x.example';
const REVIEWERS = ['aisha@x.example', 'tom@x.example'];
const FORCES = [
  { code: 'kent', files: 30 },
  { code: 'essex', files: 24 },
];

async function cli(...argv: string[]): Promise<string[]> {
  const io = fakeIo();
  const code = await runCli(argv, io);
  expect({ argv: argv.join(' '), code, err: io.stderr }).toEqual({ argv: argv.join(' '), code: 0, err: [] });
  return io.stdout;
}

type Row = Record<string, string>;
const readRows = (file: string): Row[] => parse<Row>(fs.readFileSync(file, 'utf8'), { bom: true, columns: true });

/**
 * The answers export as fieldwork spreadsheets (format 2): one per force, reviewer and whether the
 * review was submitted, with only the four columns format 2 has.
 */
function toFieldworkFiles(rows: readonly Row[], dir: string) {
  const groups = new Map<string, { force: string; reviewer: string; submit: boolean; lines: string[] }>();
  for (const r of rows) {
    const submit = r.review_status === 'submitted';
    const key = `${r.force_code ?? ''}|${r.reviewer_email ?? ''}|${String(submit)}`;
    const group = groups.get(key) ?? { force: r.force_code ?? '', reviewer: r.reviewer_email ?? '', submit, lines: [] };
    group.lines.push(csvRow([r.crime_reference, r.question, r.answer, r.note ?? '']));
    groups.set(key, group);
  }
  return [...groups.values()].map((g, i) => {
    const file = path.join(dir, `fieldwork-${i}.csv`);
    fs.writeFileSync(file, BOM + csvRow(['crime_reference', 'question', 'answer', 'note']) + g.lines.join(''));
    return { ...g, file };
  });
}

/** A force's files as a case-file list (format 1), so the fresh database has the same sample. */
function sampleFile(dir: string, force: string): string {
  const rows = getDb()
    .$client.prepare(
      `SELECT cf.crime_reference, cf.crime_type, cf.recorded_on, cf.outcome, cf.flags
       FROM case_files cf JOIN forces f ON f.id = cf.force_id WHERE f.code = ? ORDER BY cf.crime_reference`,
    )
    .all(force) as (string | number | null)[][];
  const flag = (flags: unknown, code: string) => ((JSON.parse(String(flags)) as string[]).includes(code) ? 'yes' : 'no');
  const lines = (rows as unknown as Record<string, string | number | null>[]).map((r) =>
    csvRow([
      r.crime_reference,
      r.crime_type,
      r.recorded_on,
      r.outcome,
      flag(r.flags, 'domestic_abuse'),
      flag(r.flags, 'repeat_victim'),
      flag(r.flags, 'vulnerable_victim'),
    ]),
  );
  const file = path.join(dir, `${force}-sample.csv`);
  fs.writeFileSync(
    file,
    csvRow(['crime_reference', 'crime_type', 'recorded_on', 'outcome', 'domestic_abuse', 'repeat_victim', 'vulnerable_victim']) +
      lines.join(''),
  );
  return file;
}

/** Every stored answer with its note, file, reviewer and review status, as the database holds them. */
function storedAnswers(): unknown[] {
  return getDb()
    .$client.prepare(
      `SELECT f.code AS force, cf.crime_reference AS ref, u.email AS reviewer, r.status, a.question_code AS question, a.answer, a.note
       FROM answers a JOIN reviews r ON r.id = a.review_id JOIN case_files cf ON cf.id = r.case_file_id
       JOIN forces f ON f.id = cf.force_id JOIN users u ON u.id = r.reviewer_id
       ORDER BY f.code, cf.crime_reference, a.question_code`,
    )
    .all();
}

const withoutSubmittedAt = (rows: readonly Row[]) => rows.map(({ submitted_at: _dropped, ...rest }) => rest);

describe('round trip: answers exported from one database and imported into a fresh one', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rcf-round-trip-'));
  });
  afterEach(() => {
    closeDb();
    process.env.DATABASE_URL = ':memory:';
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('give identical findings, submitted only and provisional, and the same answers and notes', async () => {
    // The first database: two forces reviewed by two inspectors, with drafts, returned reviews and files not yet reviewed.
    process.env.DATABASE_URL = path.join(dir, 'first.db');
    for (const email of [LEAD, ...REVIEWERS]) testUser(email, email === LEAD ? 'lead' : 'inspector');
    await seedReviewedInspection({
      slug: SLUG,
      name: 'Round trip',
      seed: 'round trip',
      forces: FORCES,
      leadEmails: [LEAD],
      reviewerEmails: REVIEWERS,
      unreviewedPercent: 10,
      draftPercent: 15,
      returnedPercent: 10,
    });
    // Notes a spreadsheet would take for formulas, which the export guards with a leading '.
    getDb().$client
      .exec(`UPDATE answers SET note = '=' || note WHERE rowid IN (SELECT rowid FROM answers WHERE note IS NOT NULL ORDER BY rowid LIMIT 3);
      UPDATE answers SET note = '-' || note WHERE rowid IN (SELECT rowid FROM answers WHERE note IS NOT NULL ORDER BY rowid DESC LIMIT 2);`);
    const out = (name: string) => path.join(dir, name);
    await cli('findings:export', '--inspection', SLUG, '--out', out('findings-1.csv'));
    await cli('findings:export', '--inspection', SLUG, '--provisional', '--out', out('provisional-1.csv'));
    await cli('answers:export', '--inspection', SLUG, '--out', out('answers-1.csv'));
    await cli('answers:export', '--inspection', SLUG, '--provisional', '--out', out('all-answers-1.csv'));
    const samples = FORCES.map((f) => ({ force: f.code, file: sampleFile(dir, f.code) }));
    // An import makes drafts, not returned reviews: a returned review is a lead's act, not an answer.
    const before = storedAnswers().map((a) => ({ ...(a as Row), status: (a as Row).status === 'returned' ? 'draft' : (a as Row).status }));
    closeDb();

    const exported = readRows(out('all-answers-1.csv'));
    const statuses = new Set(exported.map((r) => r.review_status));
    expect([...statuses].sort()).toEqual(['draft', 'returned', 'submitted']);
    expect(exported.some((r) => r.note?.startsWith("'="))).toBe(true);

    // A fresh database with the same inspection and files, set up and filled from the command line.
    process.env.DATABASE_URL = path.join(dir, 'second.db');
    for (const email of [LEAD, ...REVIEWERS]) testUser(email, email === LEAD ? 'lead' : 'inspector');
    await cli(
      'inspection:create',
      '--slug',
      SLUG,
      '--name',
      'Round trip',
      '--template',
      'peel-2017-crime-files',
      '--forces',
      FORCES.map((f) => `${f.code}=${f.files}`).join(','),
      '--leads',
      LEAD,
      '--recorded-from',
      '2017-01-01',
      '--recorded-to',
      '2017-03-31',
    );
    for (const s of samples) await cli('sample:import', '--inspection', SLUG, '--force', s.force, s.file);
    const fieldwork = toFieldworkFiles(exported, dir);
    expect(fieldwork.length).toBeGreaterThanOrEqual(6);
    for (const f of fieldwork) {
      const said = await cli(
        'answers:import',
        '--inspection',
        SLUG,
        '--force',
        f.force,
        '--reviewer',
        f.reviewer,
        ...(f.submit ? ['--submit'] : []),
        f.file,
      );
      expect(said[0]).toMatch(/^Answers imported for \d+ files? of /);
    }

    await cli('findings:export', '--inspection', SLUG, '--out', out('findings-2.csv'));
    await cli('findings:export', '--inspection', SLUG, '--provisional', '--out', out('provisional-2.csv'));
    await cli('answers:export', '--inspection', SLUG, '--out', out('answers-2.csv'));
    expect(fs.readFileSync(out('findings-2.csv'), 'utf8')).toBe(fs.readFileSync(out('findings-1.csv'), 'utf8'));
    expect(fs.readFileSync(out('provisional-2.csv'), 'utf8')).toBe(fs.readFileSync(out('provisional-1.csv'), 'utf8'));
    // The findings are not trivially equal: there are figures in them.
    expect(readRows(out('findings-2.csv')).some((r) => Number(r.met) > 0 && Number(r.not_met) > 0)).toBe(true);
    // Every answer and note came across exactly as it was typed, in reviews of the same status.
    expect(storedAnswers()).toEqual(before);
    // And the export of the submitted answers is the same, except the time of submission.
    expect(withoutSubmittedAt(readRows(out('answers-2.csv')))).toEqual(withoutSubmittedAt(readRows(out('answers-1.csv'))));
  });
});

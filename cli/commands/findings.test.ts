import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDb, getDb } from '@/db/client';
import { seedReviewedInspection } from '@/demo/reviewed-inspection';
import { findingsFor } from '@/lib/findings/compute';
import { testUser } from '@/testing/findings';
import { runCli } from '../run';

function fakeIo() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { readStdin: () => Promise.resolve(''), out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

describe('findings and export commands', () => {
  let dir: string;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rcf-cli-'));
    process.env.DATABASE_URL = path.join(dir, 'app.db');
    getDb();
    for (const email of ['lead@x.example', 'i1@x.example']) testUser(email);
    await seedReviewedInspection({
      slug: 'cli-test',
      name: 'CLI test',
      seed: 'cli',
      forces: [{ code: 'kent', files: 20 }],
      leadEmails: ['lead@x.example'],
      reviewerEmails: ['i1@x.example'],
      draftPercent: 20,
    });
  });
  afterEach(() => {
    closeDb();
    process.env.DATABASE_URL = ':memory:';
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('findings:export writes format 3 as CSV, and JSON with numbers as numbers, provisional when asked', async () => {
    const { io, out } = fakeIo();
    const file = path.join(dir, 'findings.csv');
    expect(await runCli(['findings:export', '--inspection', 'cli-test', '--out', file], io)).toBe(0);
    expect(out[0]).toBe(`Wrote 38 findings rows to ${file}`);
    const rows = parse<Record<string, string>>(fs.readFileSync(file, 'utf8'), { bom: true, columns: true });
    const computed = await findingsFor('cli-test', { provisional: false });
    expect(rows.filter((r) => r.force_code === 'all').map((r) => Number(r.met))).toEqual(
      computed?.scopes[1]?.questions.map((q) => q.counts.met),
    );

    const json = path.join(dir, 'findings.json');
    expect(await runCli(['findings:export', '--inspection', 'cli-test', '--format', 'json', '--provisional', '--out', json], io)).toBe(0);
    const objects = JSON.parse(fs.readFileSync(json, 'utf8')) as Record<string, unknown>[];
    const provisional = await findingsFor('cli-test', { provisional: true });
    expect(objects[0]).toMatchObject({
      inspection: 'cli-test',
      force_code: 'kent',
      question: 'vulnerability_identified',
      provisional: 'yes',
      met: provisional?.scopes[0]?.questions[0]?.counts.met,
    });
  });

  it('answers:export writes CSV and an XLSX workbook', async () => {
    const { io, out } = fakeIo();
    const csv = path.join(dir, 'answers.csv');
    expect(await runCli(['answers:export', '--inspection', 'cli-test', '--out', csv], io)).toBe(0);
    const answers = getDb()
      .$client.prepare("SELECT count(*) AS n FROM answers a JOIN reviews r ON r.id = a.review_id WHERE r.status = 'submitted'")
      .get() as { n: number };
    expect(parse<Record<string, string>>(fs.readFileSync(csv, 'utf8'), { bom: true, columns: true }).length).toBe(answers.n);

    const xlsx = path.join(dir, 'answers.xlsx');
    expect(await runCli(['answers:export', '--inspection', 'cli-test', '--format', 'xlsx', '--out', xlsx], io)).toBe(0);
    expect(out.at(-1)).toMatch(/^Wrote the workbook to .*answers\.xlsx; content hash [0-9a-f]{64}$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    expect(book.getWorksheet('Answers')?.rowCount).toBe(answers.n + 1);
  });

  it('refuses what it cannot do, with a one-line reason, writing nothing', async () => {
    const { io, err } = fakeIo();
    const file = path.join(dir, 'x.csv');
    expect(await runCli(['findings:export', '--inspection', 'nope', '--out', file], io)).toBe(1);
    expect(err.at(-1)).toBe("error: there is no inspection 'nope'");
    expect(await runCli(['findings:export', '--inspection', 'cli-test', '--format', 'xml'], io)).toBe(2);
    expect(err.at(-1)).toMatch(/^error: --format must be csv or json, not 'xml'\. Usage:/);
    expect(await runCli(['answers:export', '--inspection', 'cli-test', '--colour', 'red'], io)).toBe(2);
    expect(await runCli(['answers:export', '--inspection', 'cli-test', '--out', path.join(dir, 'no', 'such', 'folder.csv')], io)).toBe(1);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('never overwrites an existing file, and leaves nothing behind when an export fails', async () => {
    const { io, err } = fakeIo();
    const existing = path.join(dir, 'keep.csv');
    fs.writeFileSync(existing, 'precious');
    expect(await runCli(['findings:export', '--inspection', 'cli-test', '--out', existing], io)).toBe(1);
    expect(err.at(-1)).toBe(`error: ${existing} already exists: remove it or choose another name (nothing was written)`);
    expect(fs.readFileSync(existing, 'utf8')).toBe('precious');
    expect(await runCli(['answers:export', '--inspection', 'cli-test', '--out', dir], io)).toBe(1);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('backup makes a consistent, checked copy and never overwrites', async () => {
    const { io, out, err } = fakeIo();
    const copy = path.join(dir, 'copy.db');
    expect(await runCli(['backup', '--out', copy], io)).toBe(0);
    expect(out.at(-1)).toMatch(/^Backed up the database to .*copy\.db \(\d+ KB\)$/);
    const db = new Database(copy, { readonly: true });
    const count = (d: Database.Database) => (d.prepare('SELECT count(*) AS n FROM answers').get() as { n: number }).n;
    expect(count(db)).toBe(count(getDb().$client));
    db.close();
    expect(await runCli(['backup', '--out', copy], io)).toBe(1);
    expect(err.at(-1)).toMatch(/already exists/);
  });
});

// `npm run bench:saves`: saving under a full fieldwork week. Serves the production build (run
// `npm run build` first) on a national dataset with 100 inspectors, each with a review in draft,
// and has 50, then 100, of them autosave their own review every 2–5 s for a minute, exactly as the
// review page's script does (the same server action, the same encoded form), beside a cheap GET as
// the baseline. Then the same again with reads beside it: two leads reloading the national findings
// page, an answers CSV and an XLSX export running one after another. Prints a table per run.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import { createRequire } from 'node:module';
import { encode } from 'next-auth/jwt';
import { closeDb, getDb } from '@/db/client';
import { findUserByEmail } from '@/db/users';
import { snapshotToForm, noteField, answerField } from '@/lib/criteria';
import { startSession } from '@/lib/auth/sessions';
import { getReviewPage } from '@/lib/reviews/review-page';
import { listYourFiles } from '@/lib/reviews/your-files';
import { assignFiles } from '@/lib/reviews/assign-files';
import { asUser, expectOk } from '@/testing/principals';
import { BENCH_LEAD, BENCH_SLUG, benchInspector, ensureFieldworkDataset } from './dataset';
import { copyDataset, percentile, requireBuild, startServer, type BenchServer } from './server';

const PORT = Number(process.env.BENCH_PORT ?? 3910);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const COOKIE = 'rcf.session';
const require = createRequire(import.meta.url);
const { encodeReply } = require('next/dist/compiled/react-server-dom-webpack/client.node') as {
  encodeReply: (value: unknown) => Promise<FormData | string>;
};

interface Writer {
  fileId: number;
  cookie: string;
  version: number;
  values: Record<string, string>;
  note: string;
}

interface Tally {
  latencies: number[];
  errors: number;
  conflicts: number;
  kinds: Map<string, number>;
}

const tally = (): Tally => ({ latencies: [], errors: 0, conflicts: 0, kinds: new Map() });

function saveActionId(): string {
  const manifest = JSON.parse(fs.readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const entry = Object.entries(manifest.node).find(([, v]) => v.exportedName === 'saveReviewAction');
  if (!entry) throw new Error('saveReviewAction is not in the build: run `npm run build`');
  return entry[0];
}

async function cookieFor(email: string, secret: string): Promise<{ id: number; cookie: string }> {
  const user = await findUserByEmail(email);
  if (!user) throw new Error(`no user ${email} in the dataset`);
  const claims = await startSession(user);
  const token = await encode({ token: { sub: String(user.id), name: user.name, email: user.email, ...claims }, secret, maxAge: 8 * 3600 });
  return { id: user.id, cookie: `${COOKIE}=${token}` };
}

/**
 * Generated reviews carry a reviewer but no assignment: assign each inspector's first draft to
 * them, as a lead would, so that the file is theirs to save.
 */
async function assignFirstDrafts(count: number): Promise<void> {
  const rows = getDb()
    .$client.prepare(
      `SELECT u.email, f.code AS force, MIN(r.case_file_id) AS file FROM reviews r
       JOIN users u ON u.id = r.reviewer_id JOIN case_files c ON c.id = r.case_file_id JOIN forces f ON f.id = c.force_id
       WHERE r.status = 'draft' GROUP BY u.email`,
    )
    .all() as { email: string; force: string; file: number }[];
  const lead = await findUserByEmail(BENCH_LEAD);
  if (!lead) throw new Error('no lead in the dataset');
  const asLead = asUser({ id: lead.id, role: 'lead', email: lead.email });
  for (let i = 0; i < count; i += 1) {
    const row = rows.find((r) => r.email === benchInspector(i));
    const user = await findUserByEmail(benchInspector(i));
    if (!row || !user) continue;
    expectOk(await assignFiles(asLead, { slug: BENCH_SLUG, forceCode: row.force }, { files: [row.file], inspector: user.id }));
  }
}

/** Each inspector's first review still in draft, with the values its form would post. */
async function prepareWriters(count: number, secret: string): Promise<Writer[]> {
  const writers: Writer[] = [];
  for (let i = 0; i < count; i += 1) {
    const email = benchInspector(i);
    const { id, cookie } = await cookieFor(email, secret);
    const who = asUser({ id, role: 'inspector', email });
    const files = expectOk(await listYourFiles(who)).flatMap((g) => g.files);
    const draft = files.find((f) => f.status === 'in-progress' || f.status === 'not-started');
    if (!draft) continue;
    const page = expectOk(await getReviewPage(who, draft.id));
    const values = snapshotToForm(page.template, page.snapshot);
    const question = page.template.questions.find((q) => values[answerField(q.code)]) ?? page.template.questions[0];
    if (!question) continue;
    values[answerField(question.code)] ||= 'yes';
    writers.push({ fileId: draft.id, cookie, version: page.version, values, note: noteField(question.code) });
  }
  return writers;
}

async function timed(into: Tally, request: () => Promise<string | null>): Promise<void> {
  const started = performance.now();
  try {
    const kind = await request();
    into.latencies.push(performance.now() - started);
    if (kind === null) into.errors += 1;
    else into.kinds.set(kind, (into.kinds.get(kind) ?? 0) + 1);
    if (kind === 'conflict') into.conflicts += 1;
  } catch {
    into.errors += 1;
  }
}

async function save(server: BenchServer, actionId: string, w: Writer, n: number): Promise<string | null> {
  const form = new FormData();
  for (const [k, v] of Object.entries({ ...w.values, [w.note]: `Checked in save ${n}` })) form.append(k, v);
  for (const [k, v] of Object.entries({ file: String(w.fileId), version: String(w.version), intent: 'stay' })) form.append(k, v);
  const response = await fetch(`${server.base}/files/${w.fileId}`, {
    method: 'POST',
    headers: { 'Next-Action': actionId, Cookie: w.cookie, Origin: server.base, Accept: 'text/x-component' },
    body: await encodeReply([null, form]),
  });
  const text = await response.text();
  if (!response.ok) return null;
  const match = /"kind":"(saved|conflict|refused)"(?:,"(?:version|message)":(\d+))?/.exec(text);
  if (!match) return null;
  if (match[1] === 'saved' && match[2]) w.version = Number(match[2]);
  return match[1] ?? null;
}

async function untilDeadline(deadline: number, work: () => Promise<void>, pauseMs: () => number): Promise<void> {
  while (performance.now() < deadline) {
    await new Promise((r) => setTimeout(r, pauseMs()));
    if (performance.now() >= deadline) break;
    await work();
  }
}

async function run(server: BenchServer, actionId: string, writers: Writer[], leadCookie: string, withReads: boolean) {
  const saves = tally();
  const baseline = tally();
  const reads = tally();
  const deadline = performance.now() + SECONDS * 1000;
  let n = 0;
  const get = (path: string, cookie?: string) => async () => {
    const response = await fetch(`${server.base}${path}`, { headers: cookie ? { Cookie: cookie } : {} });
    await response.arrayBuffer();
    return response.ok ? 'ok' : null;
  };
  const jobs = [
    ...writers.map((w) =>
      untilDeadline(
        deadline,
        () => timed(saves, () => save(server, actionId, w, (n += 1))),
        () => 2000 + Math.random() * 3000,
      ),
    ),
    untilDeadline(
      deadline,
      () => timed(baseline, get('/healthz')),
      () => 500,
    ),
  ];
  if (withReads) {
    const only = process.env.BENCH_READS;
    const findings = `/inspections/${BENCH_SLUG}/findings`;
    const download = `${findings}/download`;
    if (only !== 'exports') {
      jobs.push(
        untilDeadline(
          deadline,
          () => timed(reads, get(findings, leadCookie)),
          () => 200,
        ),
        untilDeadline(
          deadline,
          () => timed(reads, get(findings, leadCookie)),
          () => 200,
        ),
      );
    }
    if (only !== 'findings') {
      jobs.push(
        untilDeadline(
          deadline,
          () => timed(reads, get(`${download}/answers.csv`, leadCookie)),
          () => 100,
        ),
        untilDeadline(
          deadline,
          () => timed(reads, get(`${download}/workbook.xlsx`, leadCookie)),
          () => 100,
        ),
      );
    }
  }
  await Promise.all(jobs);
  return { saves, baseline, reads };
}

const ms = (x: number) => `${x.toFixed(0)} ms`;

async function main() {
  requireBuild();
  const { file } = await ensureFieldworkDataset(process.argv.includes('--rebuild'));
  const copy = copyDataset(file, 'saves');
  const secret = randomBytes(32).toString('base64url');
  process.env.DATABASE_URL = copy;
  process.env.AUTH_SECRET = secret;
  await assignFirstDrafts(100);
  const writers = await prepareWriters(100, secret);
  const lead = await cookieFor(BENCH_LEAD, secret);
  closeDb();
  const actionId = saveActionId();
  const server = await startServer(PORT, { DATABASE_URL: copy, AUTH_SECRET: secret, LOG_LEVEL: 'warn', NODE_ENV: 'production' }, 'pipe');
  let busy = 0;
  server.process.stdout?.on('data', (chunk: Buffer) => {
    busy += (chunk.toString().match(/SQLITE_BUSY/g) ?? []).length;
  });
  try {
    console.log(`Saving under load: ${os.cpus().length} CPUs, load average ${os.loadavg()[0]?.toFixed(2) ?? '?'}, ${SECONDS} s a run\n`);
    console.log(
      '| Writers | Reads beside | Saves | Saves/s | p50 | p95 | p99 | Max | Baseline GET p95 | p95 ÷ baseline | Errors | Conflicts | Reads done |',
    );
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const [count, withReads] of [
      [50, false],
      [100, false],
      [100, true],
    ] as const) {
      const { saves, baseline, reads } = await run(server, actionId, writers.slice(0, count), lead.cookie, withReads);
      const p95 = percentile(saves.latencies, 0.95);
      const base95 = percentile(baseline.latencies, 0.95);
      console.log(
        `| ${Math.min(count, writers.length)} | ${withReads ? '2 findings pages, answers CSV, XLSX' : 'none'} | ${saves.latencies.length} | ${(saves.latencies.length / SECONDS).toFixed(1)} | ${ms(percentile(saves.latencies, 0.5))} | ${ms(p95)} | ${ms(percentile(saves.latencies, 0.99))} | ${ms(Math.max(...saves.latencies))} | ${ms(base95)} | ${(p95 / base95).toFixed(1)}× | ${saves.errors} | ${saves.conflicts} | ${withReads ? `${reads.latencies.length} (${reads.errors} failed)` : '–'} |`,
      );
    }
    console.log(`\nSQLITE_BUSY in the server's log: ${busy}`);
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

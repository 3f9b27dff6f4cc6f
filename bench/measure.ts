// One measurement in a process of its own, so its peak memory is its own: run by bench/run.ts as
// `tsx bench/measure.ts <database> <what> <runs>`; prints one line of JSON.
import fs from 'node:fs';
import { expectOk, SETUP } from '@/testing/principals';
import { once } from 'node:events';
import { closeDb, getDb } from '@/db/client';
import { getFindingsInspection } from '@/db/findings';
import { writeChunks } from '@/lib/exports/deliver';
import { exportFindings, openAnswersExport, openWorkbookExport } from '@/lib/exports/exports';
import { findingsFor } from '@/lib/findings/compute';
import { BENCH_SLUG } from './dataset';
import { prepareRawFindings } from './raw-findings';

type What = 'findings' | 'raw' | 'findings-export' | 'answers-csv' | 'xlsx';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function timeRuns(runs: number, once_: () => Promise<unknown>): Promise<number[]> {
  await once_(); // warm up: statements prepared, code compiled
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await once_();
    times.push(performance.now() - started);
  }
  return times;
}

async function exportOnce(what: 'answers-csv' | 'xlsx', out: string): Promise<{ ms: number; rows: number }> {
  const stream = fs.createWriteStream(out, { highWaterMark: 1 << 20 });
  const started = performance.now();
  let rows: number;
  if (what === 'answers-csv') {
    const open = expectOk(await openAnswersExport(SETUP, { slug: BENCH_SLUG, format: 'csv', provisional: false, via: 'cli' }));
    await writeChunks(open.chunks, stream);
    open.close();
    stream.end();
    // Every review in the benchmark is submitted, so every answer is a row.
    rows = getDb().$client.prepare('SELECT count(*) FROM answers').pluck().get() as number;
  } else {
    const open = expectOk(await openWorkbookExport(SETUP, { slug: BENCH_SLUG, provisional: false, via: 'cli' }));
    const written = await open.write(stream);
    rows = written.rows.findings + written.rows.answers + written.rows.files + written.rows.questions;
  }
  if (!stream.writableFinished) await once(stream, 'finish');
  return { ms: performance.now() - started, rows };
}

async function main() {
  const [file, what, runsText] = process.argv.slice(2) as [string, What, string];
  process.env.DATABASE_URL = file;
  const runs = Number(runsText);
  const out = `${file}.out`;
  let result: { ms: number; rows?: number; bytes?: number; times?: number[] };

  if (what === 'findings' || what === 'raw') {
    const inspection = await getFindingsInspection(BENCH_SLUG);
    if (!inspection) throw new Error('no benchmark inspection');
    const raw = prepareRawFindings(getDb().$client);
    const times = await timeRuns(
      runs,
      what === 'raw' ? async () => raw(inspection.id) : () => findingsFor(BENCH_SLUG, { provisional: false }),
    );
    result = { ms: median(times), times };
  } else if (what === 'findings-export') {
    const times = await timeRuns(runs, async () => {
      const exported = expectOk(await exportFindings(SETUP, { slug: BENCH_SLUG, format: 'csv', provisional: false, via: 'cli' }));
      fs.writeFileSync(out, exported.body);
    });
    result = { ms: median(times), times, bytes: fs.statSync(out).size };
  } else {
    // A throughput, not a cold start: with `runs` above 0, one untimed run first.
    let timed: { ms: number; rows: number } = { ms: 0, rows: 0 };
    for (let run = runs > 0 ? 0 : 1; run <= 1; run += 1) timed = await exportOnce(what, out);
    result = { ...timed, bytes: fs.statSync(out).size };
  }
  fs.rmSync(out, { force: true });
  closeDb();
  const usage = process.resourceUsage();
  // CPU seconds as well as wall time: on a shared machine, wall time also counts other people's work.
  console.log(
    JSON.stringify({ ...result, peakMb: Math.round(usage.maxRSS / 1024), cpuS: (usage.userCPUTime + usage.systemCPUTime) / 1e6 }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

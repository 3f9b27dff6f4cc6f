// `npm run bench`: builds the national datasets (43 forces, 2,670 files, every review submitted,
// and twenty times that), then measures the findings and the exports against the targets of
// issue 5, each in a process of its own. `npm run bench -- --rebuild` builds the datasets afresh.
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ensureDataset } from './dataset';

interface Measured {
  ms: number;
  rows?: number;
  bytes?: number;
  peakMb: number;
  times?: number[];
}

function measure(file: string, what: string, runs: number): Measured {
  const tsx = path.resolve('node_modules/.bin/tsx');
  const output = execFileSync(tsx, ['--tsconfig', 'tsconfig.json', 'bench/measure.ts', file, what, String(runs)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(output.trim().split('\n').pop() ?? '{}') as Measured;
}

const rows: { scale: string; what: string; result: string; rate: string; peak: string; target: string; ok: boolean }[] = [];
const fmt = (n: number) => new Intl.NumberFormat('en-GB', { maximumFractionDigits: n < 10 ? 1 : 0 }).format(n);

async function main() {
  const rebuild = process.argv.includes('--rebuild');
  const load = os.loadavg()[0]?.toFixed(2) ?? '?';
  console.log(`Review case files benchmark: ${os.cpus().length} CPUs, load average ${load} at start, Node ${process.version}`);

  for (const scale of [1, 20]) {
    const { file, builtMs } = await ensureDataset(scale, rebuild);
    const db = new Database(file, { readonly: true });
    const counts = db
      .prepare(
        "SELECT (SELECT count(*) FROM case_files) AS files, (SELECT count(*) FROM answers) AS answers, (SELECT count(*) FROM reviews WHERE status = 'submitted') AS submitted",
      )
      .get() as { files: number; answers: number; submitted: number };
    db.close();
    console.log(
      `×${scale}: ${fmt(counts.files)} files, ${fmt(counts.submitted)} submitted reviews, ${fmt(counts.answers)} answers${builtMs === null ? ' (dataset reused)' : ` (built in ${fmt(builtMs / 1000)} s)`}`,
    );
    const label = `×${scale}`;
    const runs = scale === 1 ? 15 : 3;

    const ours = measure(file, 'findings', runs);
    const raw = measure(file, 'raw', runs);
    const ratio = ours.ms / raw.ms;
    const limit = scale === 1 ? 150 : 2000;
    rows.push({
      scale: label,
      what: 'National findings (median)',
      result: `${fmt(ours.ms)} ms`,
      rate: `${ratio.toFixed(2)}× raw`,
      peak: `${ours.peakMb} MB`,
      target: scale === 1 ? '< 150 ms, ≤ 1.5× raw' : '< 2 s',
      ok: ours.ms < limit && (scale !== 1 || ratio <= 1.5),
    });
    rows.push({
      scale: label,
      what: 'Hand-written raw query (median)',
      result: `${fmt(raw.ms)} ms`,
      rate: '',
      peak: `${raw.peakMb} MB`,
      target: '',
      ok: true,
    });

    const findingsExport = measure(file, 'findings-export', runs);
    rows.push({
      scale: label,
      what: 'Findings export, CSV (median)',
      result: `${fmt(findingsExport.ms)} ms`,
      rate: '',
      peak: `${findingsExport.peakMb} MB`,
      target: scale === 20 ? '< 600 MB' : '',
      ok: scale !== 20 || findingsExport.peakMb < 600,
    });

    // ×1 is small enough for a warm-up run first (a rate, not a cold start); ×20 is timed cold.
    const warm = scale === 1 ? 1 : 0;
    const csv = measure(file, 'answers-csv', warm);
    const csvRate = (csv.rows ?? 0) / (csv.ms / 1000);
    rows.push({
      scale: label,
      what: `Answers CSV (${fmt(csv.rows ?? 0)} rows, ${fmt((csv.bytes ?? 0) / 1e6)} MB)`,
      result: `${fmt(csv.ms)} ms`,
      rate: `${fmt(csvRate)} rows/s`,
      peak: `${csv.peakMb} MB`,
      target: scale === 20 ? '≥ 300,000 rows/s, < 600 MB' : '≥ 300,000 rows/s',
      ok: csvRate >= 300_000 && (scale !== 20 || csv.peakMb < 600),
    });

    const xlsx = measure(file, 'xlsx', warm);
    const xlsxRate = (xlsx.rows ?? 0) / (xlsx.ms / 1000);
    rows.push({
      scale: label,
      what: `XLSX workbook (${fmt(xlsx.rows ?? 0)} rows, ${fmt((xlsx.bytes ?? 0) / 1e6)} MB)`,
      result: `${fmt(xlsx.ms)} ms`,
      rate: `${fmt(xlsxRate)} rows/s`,
      peak: `${xlsx.peakMb} MB`,
      target: scale === 20 ? '≥ 80,000 rows/s, < 600 MB' : '≥ 80,000 rows/s',
      ok: xlsxRate >= 80_000 && (scale !== 20 || xlsx.peakMb < 600),
    });
  }

  const headers = ['Scale', 'Measure', 'Time', 'Rate', 'Peak memory', 'Target', 'Met'];
  const table = rows.map((r) => [r.scale, r.what, r.result, r.rate, r.peak, r.target, r.target ? (r.ok ? 'yes' : 'NO') : '']);
  const widths = headers.map((h, i) => Math.max(h.length, ...table.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log('');
  console.log(line(headers));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of table) console.log(line(r));
  console.log(`\nLoad average ${os.loadavg()[0]?.toFixed(2) ?? '?'} at the end. Other work on the machine slows every figure.`);
  if (rows.some((r) => r.target && !r.ok)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

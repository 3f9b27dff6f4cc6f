// `npm run bench:pages`: how long the heaviest pages take in a real browser at national scale. It
// serves the production build (run `npm run build` first) on a copy of the ×1 national dataset
// (43 forces, 2,670 files, every review submitted), signs in as an admin in Chromium, and loads each
// page several times, printing the server's time to first byte, the time until the page is usable
// and its size. No targets are set for these in the issues; the figures are for watching.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { BENCH_SLUG, ensureDataset } from './dataset';
import { copyDataset, median, requireBuild, startServer } from './server';

const PORT = Number(process.env.BENCH_PORT ?? 3900);
const RUNS = 5;
const EMAIL = 'bench-admin@review.example';

interface Timing {
  ttfb: number;
  ready: number;
  htmlKb: number;
  tables: number;
}

async function timePage(page: Page, url: string): Promise<Timing> {
  await page.goto(url, { waitUntil: 'load' });
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return {
      ttfb: nav.responseStart - nav.requestStart,
      ready: nav.domContentLoadedEventEnd - nav.startTime,
      htmlKb: nav.decodedBodySize / 1024,
      tables: document.querySelectorAll('table').length,
    };
  });
}

async function main() {
  requireBuild();
  const { file } = await ensureDataset(1, false);
  const copy = copyDataset(file, 'pages-x1');

  const password = randomBytes(18).toString('base64url');
  const env = { ...process.env, DATABASE_URL: copy, PORT: String(PORT), NODE_ENV: 'production' as const };
  execFileSync(
    path.resolve('node_modules/.bin/tsx'),
    ['--tsconfig', 'tsconfig.json', 'cli/index.ts', 'user:add', '--email', EMAIL, '--name', 'Bench Admin', '--role', 'admin'],
    { env, input: `${password}\n`, stdio: ['pipe', 'ignore', 'inherit'] },
  );

  const server = await startServer(PORT, env);
  const BASE = server.base;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${BASE}/sign-in`);
    await page.getByLabel('Email address').fill(EMAIL);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname !== '/sign-in');

    const findings = `${BASE}/inspections/${BENCH_SLUG}/findings`;
    await page.goto(findings);
    const drill = await page.locator('table a[href*="/findings/files"]').first().getAttribute('href');
    const pages: [string, string][] = [
      ['Findings, all 43 forces', findings],
      ['Findings, one force', `${findings}?force=met`],
      ['Outcomes', `${findings}/outcomes`],
      ['Report sentences', `${findings}/sentences`],
      ['Drill-down (first count)', drill ? new URL(drill, BASE).href : `${findings}/files`],
      ['A force’s files (90)', `${BASE}/inspections/${BENCH_SLUG}/forces/met`],
    ];
    console.log(`Page timings: ${os.cpus().length} CPUs, load average ${os.loadavg()[0]?.toFixed(2) ?? '?'}, median of ${RUNS} loads\n`);
    console.log('| Page | Server (time to first byte) | Usable (DOM ready) | HTML | Tables |');
    console.log('| --- | --- | --- | --- | --- |');
    for (const [label, url] of pages) {
      await timePage(page, url); // warm-up
      const runs: Timing[] = [];
      for (let i = 0; i < RUNS; i += 1) runs.push(await timePage(page, url));
      const kb = median(runs.map((r) => r.htmlKb));
      console.log(
        `| ${label} | ${median(runs.map((r) => r.ttfb)).toFixed(0)} ms | ${median(runs.map((r) => r.ready)).toFixed(0)} ms | ${kb.toFixed(0)} KB | ${runs[0]?.tables ?? 0} |`,
      );
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

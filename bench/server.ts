// The production server on a copy of a benchmark dataset, for the benchmarks that measure it
// through HTTP (`bench:pages`, `bench:saves`).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface BenchServer {
  base: string;
  process: ChildProcess;
  stop: () => Promise<void>;
}

/** A fresh copy of a dataset file (its -wal and -shm left behind), to measure without changing it. */
export function copyDataset(file: string, name: string): string {
  const copy = path.resolve(`bench/.data/${name}.db`);
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(copy + suffix, { force: true });
  fs.copyFileSync(file, copy);
  return copy;
}

export function requireBuild(): void {
  if (!fs.existsSync('.next/BUILD_ID')) throw new Error('no production build: run `npm run build` first');
}

async function waitForServer(base: string): Promise<void> {
  for (let i = 0; i < 240; i += 1) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the server did not answer on ${base} within two minutes`);
}

/** Starts `scripts/serve.mjs` on the database given and waits until it answers. */
export async function startServer(
  port: number,
  env: NodeJS.ProcessEnv,
  log: 'ignore' | 'inherit' | 'pipe' = 'ignore',
): Promise<BenchServer> {
  const base = `http://localhost:${port}`;
  const child = spawn(process.execPath, ['scripts/serve.mjs'], {
    env: { ...process.env, ...env, PORT: String(port), NODE_ENV: 'production' },
    stdio: ['ignore', log, 'inherit'],
  });
  await waitForServer(base);
  return {
    base,
    process: child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        child.once('exit', () => {
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** The value at or below which the fraction q of the sorted values lie (nearest rank). */
export function percentile(xs: number[], q: number): number {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}

// A second server, for tests that break its database, read its log or stop it: the production
// build (scripts/serve.mjs) on a port and a freshly prepared database of its own, so the shared
// server that every other test uses is never touched. Its standard output (the JSON log) is kept.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';

/** One line of the server's log (lines that are not JSON, such as a banner, are kept as `text`). */
export interface LogLine {
  level?: string;
  msg?: string;
  requestId?: string;
  userId?: number;
  method?: string;
  route?: string;
  status?: number;
  durationMs?: number;
  digest?: string;
  routeType?: string;
  reason?: string;
  count?: number;
  exitCode?: number;
  err?: { type?: string; message?: string };
  text?: string;
}

export interface OwnServer {
  baseURL: string;
  port: number;
  databaseFile: string;
  process: ChildProcess;
  /** Everything the server has logged so far. */
  lines: () => LogLine[];
  /** The raw standard output so far. */
  output: () => string;
  /** Resolves with the first line (already logged or still to come) that matches. */
  waitForLine: (match: (line: LogLine) => boolean, timeoutMs?: number) => Promise<LogLine>;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  /** SIGTERM if it is still running (SIGKILL if it has not ended 30 s later), then waits for it to end. */
  stop: () => Promise<void>;
}

/** Ports beside the shared server's (E2E_PORT, 3100 by default): each spec that starts a server has its own. */
export function ownPort(offset: number): number {
  return Number(process.env.E2E_PORT ?? 3100) + offset;
}

export async function startOwnServer(name: string, port: number, env: Record<string, string> = {}): Promise<OwnServer> {
  const databaseFile = path.resolve('e2e', '.data', `${name}.db`);
  const serverEnv = { ...process.env, ...env, DATABASE_URL: databaseFile, PORT: String(port), NODE_ENV: 'production' as const };
  const prepared = spawnSync(
    process.execPath,
    [path.resolve('node_modules/tsx/dist/cli.mjs'), '--tsconfig', 'tsconfig.json', 'e2e/support/prepare-db.ts'],
    {
      env: serverEnv,
      encoding: 'utf8',
    },
  );
  if (prepared.status !== 0) throw new Error(`preparing ${databaseFile} failed: ${prepared.stderr}`);

  const child = spawn(process.execPath, ['scripts/serve.mjs'], { env: serverEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  // Should the test worker itself be torn down (a timeout), the server goes with it.
  const orphanGuard = () => child.kill('SIGKILL');
  process.once('exit', orphanGuard);
  const lines: LogLine[] = [];
  let raw = '';
  let stderr = '';
  const waiters: { match: (line: LogLine) => boolean; resolve: (line: LogLine) => void }[] = [];
  createInterface({ input: child.stdout }).on('line', (text) => {
    raw += `${text}\n`;
    let line: LogLine;
    try {
      line = JSON.parse(text) as LogLine;
    } catch {
      line = { text };
    }
    lines.push(line);
    for (const waiter of [...waiters]) {
      if (!waiter.match(line)) continue;
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(line);
    }
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => {
      process.off('exit', orphanGuard);
      resolve(code);
    });
  });

  const waitForLine = (match: (line: LogLine) => boolean, timeoutMs = 15_000) => {
    const seen = lines.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise<LogLine>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`no matching log line within ${timeoutMs} ms. Output so far:\n${raw}\nstderr:\n${stderr}`));
      }, timeoutMs);
      waiters.push({
        match,
        resolve: (line) => {
          clearTimeout(timer);
          resolve(line);
        },
      });
    });
  };

  const server: OwnServer = {
    baseURL: `http://localhost:${port}`,
    port,
    databaseFile,
    process: child,
    lines: () => [...lines],
    output: () => raw,
    waitForLine,
    exited,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      // A server that does not stop must not outlive the test run and hold its port.
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    },
  };
  let ready = false;
  const earlyExit = exited.then((code) => {
    if (!ready) throw new Error(`the server on port ${port} exited with ${code} before it was ready:\n${raw}\n${stderr}`);
  });
  try {
    await Promise.race([waitForLine((l) => l.msg?.startsWith('Review case files is ready') ?? false, 60_000), earlyExit]);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  ready = true;
  return server;
}

/** Removes a server's database files (after it has stopped). */
export function removeDatabase(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true, recursive: true });
}

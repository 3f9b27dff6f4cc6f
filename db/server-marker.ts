// Says which process serves a database file, so that a command that must not run beside a server
// (restore) can refuse. The server writes `<db>.server` (JSON: pid, port, when) at start and
// removes it at shutdown; one left behind by a killed server names a process that is gone.
import fs from 'node:fs';

export interface ServerMarker {
  pid: number;
  port?: number;
}

export function markerPath(file: string): string {
  return `${file}.server`;
}

export function writeServerMarker(file: string, marker: ServerMarker): void {
  fs.writeFileSync(markerPath(file), JSON.stringify({ ...marker, since: new Date().toISOString() }), { mode: 0o600 });
}

/** Removes the marker if it is this process's own (another server may have started since). */
export function removeServerMarker(file: string, pid = process.pid): void {
  if (serverUsing(file)?.pid === pid) fs.rmSync(markerPath(file), { force: true });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The live server that marked this database, or undefined (none, or a stale marker). */
export function serverUsing(file: string): ServerMarker | undefined {
  let marker: unknown;
  try {
    marker = JSON.parse(fs.readFileSync(markerPath(file), 'utf8'));
  } catch {
    return undefined;
  }
  const pid = (marker as { pid?: unknown } | null)?.pid;
  if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0) return undefined;
  return alive(pid) ? (marker as ServerMarker) : undefined;
}

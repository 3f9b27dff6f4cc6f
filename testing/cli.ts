import type { CliIo } from '@/cli/io';

/** An in-memory CliIo for tests: what a command printed, and what it reads on standard input. */
export function fakeIo(stdin = ''): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    readStdin: () => Promise.resolve(stdin),
    out: (line) => stdout.push(line),
    err: (line) => stderr.push(line),
  };
}

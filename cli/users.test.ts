import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { useFreshDatabase } from '@/testing/database';
import { findUserByEmail } from '@/db/users';
import { verifyPassword } from '@/lib/auth/password';
import { runCli } from './run';
import { fakeIo } from '@/testing/cli';

describe('npm run cli -- user:add', () => {
  beforeEach(() => {
    useFreshDatabase();
  });

  it('adds a user with the password from standard input', async () => {
    const io = fakeIo('a long enough passphrase\n');
    const code = await runCli(['user:add', '--email', 'Jo.Bloggs@Example.org', '--name', 'Jo Bloggs', '--role', 'lead'], io);
    expect(code).toBe(0);
    expect(io.stdout).toEqual(['Added jo.bloggs@example.org (Jo Bloggs) as lead']);
    const user = await findUserByEmail('jo.bloggs@example.org');
    expect(user?.role).toBe('lead');
    expect(await verifyPassword(user?.passwordHash ?? '', 'a long enough passphrase')).toBe(true);
  });

  it('fails with a one-line reason and changes nothing when anything is wrong', async () => {
    const cases: [string[], string, string, number][] = [
      [
        ['--email', 'jo@example.org', '--name', 'Jo', '--role', 'boss'],
        'pw long enough here',
        "error: --role must be one of inspector, lead, admin, not 'boss'",
        1,
      ],
      [
        ['--email', 'not-an-email', '--name', 'Jo', '--role', 'lead'],
        'pw long enough here',
        'error: Enter an email address in the correct format, like name@example.com',
        1,
      ],
      [
        ['--email', 'jo@example.org', '--name', 'Jo', '--role', 'lead'],
        '',
        'error: no password on standard input (pipe it in, for example: echo "…" | npm run cli -- user:add …)',
        1,
      ],
      [['--email', 'jo@example.org', '--name', 'Jo', '--role', 'lead'], 'short', 'error: Password must be 12 characters or more', 1],
      [
        ['--email', 'jo@example.org', '--role', 'lead'],
        'pw long enough here',
        'error: --name is required. Usage: npm run cli -- user:add --email E --name N --role inspector|lead|admin   (password read from standard input)',
        2,
      ],
      [
        ['--email', 'jo@example.org', '--name', 'Jo', '--role', 'lead', '--admin'],
        'pw long enough here',
        'error: unknown option: --admin. Usage: npm run cli -- user:add --email E --name N --role inspector|lead|admin   (password read from standard input)',
        2,
      ],
    ];
    for (const [args, stdin, message, exitCode] of cases) {
      const io = fakeIo(stdin);
      expect(await runCli(['user:add', ...args], io), message).toBe(exitCode);
      expect(io.stderr).toEqual([message]);
      expect(await findUserByEmail('jo@example.org')).toBeUndefined();
    }
  });

  it('refuses a second account with the same email', async () => {
    expect(await runCli(['user:add', '--email', 'jo@example.org', '--name', 'Jo', '--role', 'lead'], fakeIo('pw long enough here'))).toBe(
      0,
    );
    const io = fakeIo('another long password');
    expect(await runCli(['user:add', '--email', 'JO@example.org', '--name', 'Jo Two', '--role', 'admin'], io)).toBe(1);
    expect(io.stderr).toEqual(['error: A user with the email address jo@example.org already exists']);
  });

  it('refuses an option given twice rather than guess which was meant', async () => {
    const io = fakeIo('a long enough passphrase');
    expect(await runCli(['user:add', '--email', 'a@example.org', '--email', 'b@example.org', '--name', 'Jo', '--role', 'lead'], io)).toBe(
      2,
    );
    expect(io.stderr[0]).toContain('error: --email is given more than once');
    expect(await findUserByEmail('b@example.org')).toBeUndefined();
  });

  it('names an unknown command and lists the commands on request', async () => {
    const io = fakeIo();
    expect(await runCli(['user:delete'], io)).toBe(2);
    expect(io.stderr[0]).toContain("unknown command 'user:delete'");
    const help = fakeIo();
    expect(await runCli(['help'], help)).toBe(0);
    expect(help.stdout.join('\n')).toContain('user:add');
  });
});

describe('the real command line', () => {
  it('exits 0 on success and non-zero with a reason on standard error', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rcf-cli-'));
    const env = { ...process.env, DATABASE_URL: path.join(dir, 'cli.db') };
    const run = (args: string[], input: string) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        const child = execFile('npx', ['tsx', '--tsconfig', 'tsconfig.json', 'cli/index.ts', ...args], { env }, (error, stdout, stderr) => {
          resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
        });
        child.stdin?.end(input);
      });
    const ok = await run(['user:add', '--email', 'cli@example.org', '--name', 'Cli User', '--role', 'admin'], 'a long enough passphrase\n');
    expect(ok).toMatchObject({ code: 0, stderr: '' });
    expect(ok.stdout).toContain('Added cli@example.org (Cli User) as admin');
    const bad = await run(['user:add', '--email', 'cli@example.org', '--name', 'Again', '--role', 'admin'], 'a long enough passphrase\n');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr.trim().split('\n')).toEqual(['error: A user with the email address cli@example.org already exists']);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});

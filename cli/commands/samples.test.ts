import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { getInspectionSetup } from '@/db/inspection-setup';
import { caseFiles } from '@/db/schema';
import { useFreshDatabase as openFreshDatabase } from '@/testing/database';
import { insertUser } from '@/db/users';
import { generatePopulationCsv } from '@/demo/population';
import type { CliIo } from '../io';
import { runCli } from '../run';

const HEADER = 'crime_reference,crime_type,recorded_on,outcome,domestic_abuse,repeat_victim,vulnerable_victim';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rcf-cli-'));
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function file(name: string, text: string): string {
  const full = path.join(dir, name);
  fs.writeFileSync(full, text);
  return full;
}

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { readStdin: () => Promise.resolve(''), out: (l) => out.push(l), err: (l) => err.push(l) };
  const code = await runCli(argv, io);
  return { code, out, err };
}

const CREATE = ['inspection:create', '--slug', 'peel-2017', '--name', 'PEEL effectiveness 2017', '--template', 'peel-2017-crime-files'];

const files = () => getDb().select().from(caseFiles).all();

describe('inspection:create', () => {
  beforeEach(() => {
    openFreshDatabase();
  });

  it('creates an inspection with forces, their own sizes and leads', async () => {
    await insertUser({ email: 'lead@x.example', name: 'Lee', role: 'lead', passwordHash: 'n/a' }, { id: null, label: 'test' });
    const result = await cli(
      ...CREATE,
      '--sample-size',
      '60',
      '--forces',
      'kent,met=90,west-midlands=90',
      '--leads',
      'LEAD@x.example',
      '--recorded-from',
      '2017-01-01',
      '--recorded-to',
      '2017-03-31',
    );
    expect(result).toEqual({
      code: 0,
      out: [
        'Created inspection peel-2017 (PEEL effectiveness 2017) with template peel-2017-crime-files version 1, 3 forces, default sample size 60',
      ],
      err: [],
    });
    const setup = await getInspectionSetup('peel-2017');
    expect(setup?.forces.map((f) => [f.code, f.sampleSize])).toEqual([
      ['kent', null],
      ['met', 90],
      ['west-midlands', 90],
    ]);
    expect(setup?.leads.map((l) => l.email)).toEqual(['lead@x.example']);
    expect(setup?.recordedTo).toBe('2017-03-31');
  });

  it('fails with one line and a non-zero code, creating nothing', async () => {
    expect(await cli('inspection:create', '--name', 'x', '--template', 'peel-2017-crime-files')).toMatchObject({
      code: 2,
      out: [],
      err: [expect.stringMatching(/^error: --slug is required\. Usage: /) as unknown],
    });
    expect(await cli(...CREATE, '--colour', 'red')).toMatchObject({
      code: 2,
      err: [expect.stringMatching(/^error: unknown option: --colour\./) as unknown],
    });
    expect(await cli(...CREATE.slice(0, -1), 'no-such-template')).toEqual({
      code: 1,
      out: [],
      err: ["error: there is no criteria template 'no-such-template'; there are: peel-2017-crime-files"],
    });
    expect((await cli(...CREATE, '--forces', 'kent,atlantis')).err[0]).toMatch(/^error: 'atlantis' in --forces is not a force code/);
    expect((await cli(...CREATE, '--sample-size', '0')).err).toEqual([
      "error: --sample-size must be a whole number from 1 to 5000, not '0'",
    ]);
    expect((await cli(...CREATE, '--recorded-from', '2017-02-30')).err).toEqual([
      "error: --recorded-from must be a real date in YYYY-MM-DD form, not '2017-02-30'",
    ]);
    expect((await cli(...CREATE, '--leads', 'nobody@x.example')).err).toEqual(['error: no user has the email address nobody@x.example']);
    expect(await getInspectionSetup('peel-2017')).toBeUndefined();
    expect((await cli(...CREATE)).code).toBe(0);
    expect(await cli(...CREATE)).toEqual({ code: 1, out: [], err: ['error: An inspection with the short name peel-2017 already exists'] });
  });
});

describe('sample:import', () => {
  beforeEach(async () => {
    openFreshDatabase();
    await cli(...CREATE, '--forces', 'kent', '--recorded-from', '2017-01-01', '--recorded-to', '2017-03-31');
  });

  const good = () => file('kent.csv', `\uFEFF${HEADER}\r\nK1,rape,2017-01-05,16,yes,no,yes\r\n"K,2",abh,2017-02-01,,,,\r\n\r\n`);

  it('imports a file, and the same file again changes nothing and says so', async () => {
    const path = good();
    expect(await cli('sample:import', '--inspection', 'peel-2017', '--force', 'kent', path)).toEqual({
      code: 0,
      out: ['Imported 2 files into Kent Police’s sample for peel-2017 (the inspection asks for 60)'],
      err: [],
    });
    expect(await cli('sample:import', '--inspection', 'peel-2017', '--force', 'kent', path)).toEqual({
      code: 0,
      out: ['Nothing changed: Kent Police already has exactly these 2 files'],
      err: [],
    });
    expect(files().map((f) => f.crimeReference)).toEqual(['K1', 'K,2']);
  });

  it('adds a force that is not yet in the inspection', async () => {
    const result = await cli('sample:import', '--inspection', 'peel-2017', '--force', 'durham', good());
    expect(result.out).toEqual([
      'Added Durham Constabulary to peel-2017',
      'Imported 2 files into Durham Constabulary’s sample for peel-2017 (the inspection asks for 60)',
    ]);
  });

  it('refuses a file with problems in one line naming them all, and imports nothing', async () => {
    const bad = file('bad.csv', `${HEADER}\nK1,burglary,2017-01-05,,,,\nK2,rape,31/02/2017,,,,\nK1,abh,2017-01-01,,,,\n`);
    const result = await cli('sample:import', '--inspection', 'peel-2017', '--force', 'kent', bad);
    expect(result.code).toBe(1);
    expect(result.out).toEqual([]);
    expect(result.err).toEqual([
      `error: nothing was imported: ${bad} has 3 problems: Row 2: crime_type 'burglary' is not one of theft-from-person, rape, stalking, harassment, common-assault, gbh-wounding, abh; Rows 2 and 4 have the same crime_reference 'K1'; Row 3: recorded_on '31/02/2017' is not a date in YYYY-MM-DD form`,
    ]);
    expect(files()).toHaveLength(0);
  });

  it('fails plainly on a missing file, a missing argument, an unknown inspection or force', async () => {
    expect((await cli('sample:import', '--inspection', 'peel-2017', '--force', 'kent', path.join(dir, 'nope.csv'))).err).toEqual([
      `error: cannot read ${path.join(dir, 'nope.csv')}: there is no such file`,
    ]);
    expect((await cli('sample:import', '--inspection', 'peel-2017', '--force', 'kent')).code).toBe(2);
    expect(await cli('sample:import', '--inspection', 'peel-2099', '--force', 'kent', good())).toEqual({
      code: 1,
      out: [],
      err: ["error: there is no inspection with the short name 'peel-2099'"],
    });
    expect((await cli('sample:import', '--inspection', 'peel-2017', '--force', 'gotham', good())).err[0]).toMatch(
      /^error: 'gotham' is not a force code/,
    );
    expect(files()).toHaveLength(0);
  });
});

describe('sample:draw', () => {
  const population = file('population.csv', generatePopulationCsv({ force: 'met', size: 3000 }));
  const draw = (...extra: string[]) => cli('sample:draw', '--inspection', 'peel-2017', '--force', 'met', ...extra);

  beforeEach(async () => {
    openFreshDatabase();
    await cli(...CREATE, '--forces', 'met=90');
  });

  it('prints the chosen references, the same for the same file and seed, and repeating it changes nothing', async () => {
    const first = await draw('--size', '90', '--seed', 'met-2017', population);
    expect(first.code).toBe(0);
    expect(first.out).toHaveLength(90);
    expect(new Set(first.out).size).toBe(90);
    expect(first.err[0]).toMatch(
      /^Metropolitan Police Service: 90 of 3,000 files, seed 'met-2017', method stratified-proportional-v1, population SHA-256 [0-9a-f]{64}; theft-from-person \d+ of \d+/,
    );
    const sampled = files()
      .filter((f) => f.sampleStatus === 'sampled')
      .map((f) => f.crimeReference);
    expect([...sampled].sort()).toEqual([...first.out].sort());
    expect(files().filter((f) => f.sampleStatus === 'reserve')).toHaveLength(2910);

    const again = await draw('--size', '90', '--seed', 'met-2017', population);
    expect(again.out).toEqual(first.out);
    expect(again.err[0]).toMatch(/^Nothing changed: this draw was made already\./);
    expect(files()).toHaveLength(3000);

    // Elsewhere, from nothing, the same file and seed choose the same files.
    openFreshDatabase();
    await cli(...CREATE, '--forces', 'met=90');
    expect((await draw('--size', '90', '--seed', 'met-2017', population)).out).toEqual(first.out);
  });

  it('fails with a one-line reason and draws nothing', async () => {
    expect(await draw('--size', '3001', '--seed', 's', population)).toEqual({
      code: 1,
      out: [],
      err: ['error: nothing was drawn: The population file has 3,000 files, fewer than the sample size of 3,001'],
    });
    expect((await draw('--size', 'ninety', '--seed', 's', population)).err).toEqual([
      "error: --size must be a whole number, 1 or more, not 'ninety'",
    ]);
    expect((await draw('--size', '90', population)).code).toBe(2);
    expect((await draw('--size', '90', '--seed', 'é', population)).err[0]).toMatch(/^error: --seed: Seed must only use/);
    expect(files()).toHaveLength(0);
    await draw('--size', '90', '--seed', 'first', population);
    expect((await draw('--size', '90', '--seed', 'second', population)).err).toEqual([
      "error: nothing was drawn: Metropolitan Police Service’s sample has already been drawn, with the seed 'first'. Nothing was drawn",
    ]);
  });
});

describe('the real command line', () => {
  const run = promisify(execFile);
  const database = path.join(dir, 'spawned.db');

  async function spawnCli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    try {
      const { stdout, stderr } = await run('npx', ['tsx', '--tsconfig', 'tsconfig.json', 'cli/index.ts', ...argv], {
        env: { ...process.env, DATABASE_URL: database },
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  }

  it('exits 0 on success and non-zero with one line on standard error on failure', async () => {
    const created = await spawnCli(...CREATE, '--forces', 'kent');
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/^Created inspection peel-2017/);

    const refused = await spawnCli(
      'sample:draw',
      '--inspection',
      'peel-2017',
      '--force',
      'kent',
      '--size',
      '61',
      '--seed',
      'k',
      file('small.csv', generatePopulationCsv({ force: 'kent', size: 60 })),
    );
    expect(refused).toEqual({
      code: 1,
      stdout: '',
      stderr: 'error: nothing was drawn: The population file has 60 files, fewer than the sample size of 61\n',
    });

    const drawn = await spawnCli(
      'sample:draw',
      '--inspection',
      'peel-2017',
      '--force',
      'kent',
      '--size',
      '60',
      '--seed',
      'k',
      file('kent-population.csv', generatePopulationCsv({ force: 'kent', size: 600 })),
    );
    expect(drawn.code).toBe(0);
    expect(drawn.stdout.trim().split('\n')).toHaveLength(60);
  }, 60_000);
});

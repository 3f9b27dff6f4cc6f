import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { useFreshDatabase } from '@/testing/database';
import { buildInspection, makeLead, testUser } from '@/testing/findings';
import { fakeIo } from '@/testing/cli';
import { runCli } from '../run';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rcf-answers-'));
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function file(name: string, text: string): string {
  const full = path.join(dir, name);
  fs.writeFileSync(full, text);
  return full;
}

async function cli(...argv: string[]) {
  const io = fakeIo();
  const code = await runCli(argv, io);
  return { code, out: io.stdout, err: io.stderr };
}

const IMPORT = ['answers:import', '--inspection', 'peel', '--force', 'kent', '--reviewer', 'aisha@x.example'];
/** Every question that applies to a theft with outcome 18 and no flags. */
const PLAIN = [
  'vulnerability_identified',
  'risk_assessed',
  'response_timely',
  'evidence_secured',
  'bwv_used',
  'investigation_plan',
  'plan_quality',
  'lines_of_enquiry',
  'supervision_effective',
  'supervisor_direction',
  'victim_updated',
  'needs_assessment',
  'victim_care_appropriate',
  'outcome_appropriate',
  'overall_good_standard',
];
const complete = (ref: string) => PLAIN.map((q) => `${ref},${q},yes,`).join('\r\n');

const state = () => ({
  reviews: getDb().$client.prepare('SELECT case_file_id, status, version FROM reviews ORDER BY id').all(),
  answers: (getDb().$client.prepare('SELECT count(*) AS n FROM answers').get() as { n: number }).n,
  audit: (getDb().$client.prepare('SELECT count(*) AS n FROM audit_events').get() as { n: number }).n,
});

beforeEach(() => {
  useFreshDatabase();
  const inspector = testUser('aisha@x.example');
  testUser('lead@x.example', 'lead');
  const plain = { force: 'kent', crimeType: 'theft-from-person', outcome: 18 } as const;
  makeLead(buildInspection('peel', ['kent'], [plain, plain], inspector), inspector);
});

describe('answers:import', () => {
  it('imports and submits, with --submit before the file name, and the same file again changes nothing', async () => {
    const csv = file('kent.csv', `\uFEFFcrime_reference,question,answer,note\r\n${complete('REF/0')}\r\n${complete('REF/1')}\r\n`);
    expect(await cli(...IMPORT, '--submit', csv)).toEqual({
      code: 0,
      out: [
        'Answers imported for 2 files of Kent Police reviewed by Reviewer aisha@x.example: 30 answers saved, 2 reviews submitted, 2 files assigned to Reviewer aisha@x.example',
      ],
      err: [],
    });
    expect(state().reviews).toEqual([
      { case_file_id: 1, status: 'submitted', version: 1 },
      { case_file_id: 2, status: 'submitted', version: 1 },
    ]);
    expect(await cli(...IMPORT, csv, '--submit')).toEqual({
      code: 0,
      out: ['Nothing changed: the reviews of these 2 files already had exactly these answers'],
      err: [],
    });
  });

  it('saves drafts without --submit', async () => {
    const csv = file('draft.csv', 'question,answer,crime_reference\nrisk_assessed,yes,REF/0\n');
    expect((await cli(...IMPORT, csv)).code).toBe(0);
    expect(state().reviews).toEqual([{ case_file_id: 1, status: 'draft', version: 1 }]);
  });

  it('fails with every problem on one line, exit code 1, and changes nothing', async () => {
    const before = state();
    const csv = file(
      'bad.csv',
      `crime_reference,question,answer,note\nREF/0,risk_assessed,partly,\nREF/9,risk_assessed,yes,\nREF/0,dash_completed,yes,\n`,
    );
    expect(await cli(...IMPORT, csv)).toEqual({
      code: 1,
      out: [],
      err: [
        `error: nothing was imported: ${csv} has 3 problems: Row 2: “partly” is not an answer to “Was a structured risk assessment (THRIVE) recorded at first contact?”: choose yes or no; Row 3: there is no file 'REF/9' in Kent Police’s sample for this inspection; Row 4: “Was a DASH risk assessment completed?” does not apply to this file: it is asked only when the file is flagged domestic abuse, or the crime type is stalking or harassment`,
      ],
    });
    const incomplete = file('incomplete.csv', `crime_reference,question,answer\nREF/0,risk_assessed,yes\n`);
    const result = await cli(...IMPORT, '--submit', incomplete);
    expect(result.code).toBe(1);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toMatch(
      /^error: nothing was imported: .* has 1 problem: Row 2 \(REF\/0\): Select an answer for each of these 13 questions before submitting: “Was the victim's vulnerability identified at first contact\?”, “Was the initial response timely/,
    );
    expect(state()).toEqual(before);
  });

  it('refuses what it cannot do in one line, with exit code 2 for a usage mistake', async () => {
    const csv = file('one.csv', 'crime_reference,question,answer\nREF/0,risk_assessed,yes\n');
    const refused = async (...argv: string[]) => {
      const r = await cli(...argv);
      expect(r.out).toEqual([]);
      expect(r.err).toHaveLength(1);
      return [r.code, r.err[0]];
    };
    expect(await refused('answers:import', '--inspection', 'peel', '--force', 'kent', csv)).toEqual([
      2,
      expect.stringMatching(
        /^error: --reviewer is required\. Usage: npm run cli -- answers:import --inspection S --force F --reviewer EMAIL \[--submit\] FILE\.csv$/,
      ),
    ]);
    expect(await refused(...IMPORT, '--submit=yes', csv)).toEqual([2, expect.stringMatching(/^error: --submit takes no value\./)]);
    expect(await refused(...IMPORT, '--sumbit', csv)).toEqual([2, expect.stringMatching(/^error: unknown option: --sumbit\./)]);
    expect(await refused(...IMPORT)).toEqual([2, expect.stringMatching(/^error: give exactly one answers file\./)]);
    expect(await refused(...IMPORT, path.join(dir, 'missing.csv'))).toEqual([
      1,
      `error: cannot read ${path.join(dir, 'missing.csv')}: there is no such file`,
    ]);
    expect(await refused(...IMPORT.slice(0, -1), 'lead@x.example', csv)).toEqual([
      1,
      'error: nothing was imported: lead@x.example is a lead, not an inspector: answers are imported for the inspector who reviewed the files',
    ]);
    expect(await refused(...IMPORT.slice(0, 2), 'nope', ...IMPORT.slice(3), csv)).toEqual([
      1,
      "error: nothing was imported: there is no inspection with the short name 'nope'",
    ]);
    expect(await refused(...IMPORT.slice(0, 4), 'atlantis', ...IMPORT.slice(5), csv)).toEqual([
      1,
      expect.stringMatching(/^error: nothing was imported: 'atlantis' is not a force code; the codes are avon-somerset, /),
    ]);
    expect(state().reviews).toEqual([]);
  });
});

import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { useFreshDatabase } from '@/testing/database';
import { prepareDatabase } from './seed-demo';

const TABLES = [
  'users',
  'forces',
  'criteria_templates',
  'template_questions',
  'inspections',
  'inspection_forces',
  'inspection_leads',
  'case_files',
  'audit_events',
];

/** Every row of every seeded table, so two states can be compared exactly. */
function dump(db: Db) {
  return Object.fromEntries(TABLES.map((t) => [t, db.all(sql.raw(`select * from ${t} order by rowid`))]));
}

describe('seeding an empty database', () => {
  let db: Db;
  beforeEach(() => {
    db = useFreshDatabase();
  });

  it('creates the forces, the template, the demo accounts and Kent’s 60 files', async () => {
    const result = await prepareDatabase();
    const counts = dump(db);
    expect(counts.forces).toHaveLength(43);
    expect(counts.template_questions).toHaveLength(19);
    expect(counts.case_files).toHaveLength(60);
    expect(result.accounts.map((a) => a.role).sort()).toEqual(['admin', 'inspector', 'inspector', 'lead']);
    expect(new Set(result.accounts.map((a) => a.password)).size).toBe(4);
  });

  it('is idempotent: running it again changes nothing and shows no passwords', async () => {
    await prepareDatabase();
    const before = dump(db);
    const again = await prepareDatabase();
    expect(again.accounts).toEqual([]);
    expect(again.forcesAdded).toBe(0);
    expect(again.inspectionCreated).toBe(false);
    expect(dump(db)).toEqual(before);
  });

  it('uses the passwords it is given (for tests) and stores only argon2id hashes', async () => {
    const result = await prepareDatabase({ passwords: { 'admin@review.example': 'given password 123' } });
    expect(result.accounts.find((a) => a.role === 'admin')?.password).toBe('given password 123');
    const hashes = db.all<{ password_hash: string }>(sql`select password_hash from users`);
    expect(hashes.every((h) => h.password_hash.startsWith('$argon2id$'))).toBe(true);
  });

  it('spreads Kent’s files over every crime type, within January to March 2017', async () => {
    await prepareDatabase();
    const rows = db.all<{ crime_type: string; n: number; first: string; last: string }>(
      sql`select crime_type, count(*) as n, min(recorded_on) as first, max(recorded_on) as last from case_files group by crime_type`,
    );
    expect(rows).toHaveLength(7);
    for (const r of rows) {
      expect(r.first >= '2017-01-01').toBe(true);
      expect(r.last <= '2017-03-31').toBe(true);
    }
  });
});

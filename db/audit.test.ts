import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { recordAudit } from './audit';
import type { Db } from './client';
import { useFreshDatabase } from '@/testing/database';

describe('the audit log', () => {
  let db: Db;
  beforeEach(() => {
    db = useFreshDatabase();
  });

  it('is append-only: rows cannot be changed or removed', async () => {
    await recordAudit(
      { id: null, label: 'test' },
      { action: 'thing.done', entityType: 'thing', entityId: 1, detail: { old: 'a', new: 'b' } },
    );
    expect(() => db.$client.exec("update audit_events set action = 'tampered'")).toThrow(/append-only/);
    expect(() => db.$client.exec('delete from audit_events')).toThrow(/append-only/);
    expect(db.all<{ action: string }>(sql`select action from audit_events`)).toEqual([{ action: 'thing.done' }]);
  });

  it('runs with the durability settings the service relies on', () => {
    expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.$client.pragma('busy_timeout', { simple: true })).toBe(5000);
    // synchronous=FULL is 2 (an in-memory database reports the setting it was given).
    expect(db.$client.pragma('synchronous', { simple: true })).toBe(2);
  });
});

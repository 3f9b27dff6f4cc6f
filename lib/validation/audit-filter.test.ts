import { beforeEach, describe, expect, it } from 'vitest';
import { listAuditPage, recordAudit } from '@/db/audit';
import { useFreshDatabase } from '@/testing/database';
import { parseAuditFilter } from './audit-filter';

describe('the audit log filters', () => {
  it('read the kind of event, who, the inspection and the dates, and name what cannot be used', () => {
    expect(
      parseAuditFilter({ action: 'review.', actor: ' aisha ', inspection: 'peel', from: '2017-06-01', to: '2017-06-30', before: '40' }, [
        'peel',
      ]),
    ).toEqual({
      filter: { action: 'review.', actor: 'aisha', inspection: 'peel', from: '2017-06-01', to: '2017-06-30', before: 40 },
      errors: [],
    });
    const { filter, errors } = parseAuditFilter({ action: 'drop table', inspection: 'nope', from: '2017-02-30', to: '1/1/2017' }, ['peel']);
    expect(filter).toEqual({});
    expect(errors.map((e) => [e.field, e.message])).toEqual([
      ['action', 'Choose a kind of event from the list'],
      ['inspection', 'Choose an inspection from the list'],
      ['from', 'Enter a real date'],
      ['to', 'Enter a date in the form 2017-06-05'],
    ]);
    expect(parseAuditFilter({ from: '2017-07-01', to: '2017-06-01' }, []).errors).toEqual([
      { field: 'to', message: 'The end date must be the same as or after the start date' },
    ]);
  });
});

describe('a page of the audit log', () => {
  beforeEach(() => {
    useFreshDatabase();
  });

  it('pages back from the newest, narrowed by kind of event and by who', async () => {
    for (let i = 0; i < 5; i += 1)
      await recordAudit({ id: null, label: 'aisha@x.example' }, { action: 'review.answer-changed', entityType: 'review', entityId: i });
    await recordAudit({ id: null, label: 'tom@x.example' }, { action: 'user.disabled', entityType: 'user', entityId: 9 });
    const first = await listAuditPage({ action: 'review.', limit: 3 });
    expect(first.rows.map((r) => r.entityId)).toEqual(['4', '3', '2']);
    expect(first.more).toBe(true);
    const second = await listAuditPage({ action: 'review.', beforeId: first.rows.at(-1)?.id, limit: 3 });
    expect(second.rows.map((r) => r.entityId)).toEqual(['1', '0']);
    expect(second.more).toBe(false);
    expect((await listAuditPage({ actor: 'tom', limit: 10 })).rows.map((r) => r.action)).toEqual(['user.disabled']);
  });
});

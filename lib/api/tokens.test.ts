import { beforeEach, describe, expect, it } from 'vitest';
import { listAuditForEntity } from '@/db/audit';
import { getDb } from '@/db/client';
import { apiTokens, users } from '@/db/schema';
import { useFreshDatabase } from '@/testing/database';
import { findingsAccess } from '@/lib/findings/access';
import { buildInspection, makeLead, testUser } from '@/testing/findings';
import { eq } from 'drizzle-orm';
import { authenticateBearer, createApiToken, hashToken, listApiTokens, revokeToken } from './tokens';

describe('personal API tokens', () => {
  let lead: number;
  beforeEach(() => {
    useFreshDatabase();
    lead = testUser('lead@x.example', 'lead');
  });

  it('are shown once, kept only as a SHA-256 hash, and work until revoked', async () => {
    const actor = { id: lead, label: 'lead@x.example' };
    const { token, row } = await createApiToken(lead, 'R scripts', actor);
    expect(token).toMatch(/^rcf_[A-Za-z0-9_-]{43}$/);
    const stored = getDb().select().from(apiTokens).where(eq(apiTokens.id, row.id)).get();
    expect(stored?.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token.slice(4));
    expect(row.prefix).toBe(token.slice(0, 12));
    expect((await listApiTokens(lead)).map((t) => t.name)).toEqual(['R scripts']);

    const ok = await authenticateBearer(`Bearer ${token}`);
    expect(ok).toMatchObject({ ok: true, holder: { userId: lead, role: 'lead' } });
    expect((await listApiTokens(lead))[0]?.lastUsedAt).not.toBeNull();

    const someoneElse = testUser('other@x.example', 'lead');
    expect(await revokeToken(row.id, someoneElse, { id: someoneElse, label: 'other' })).toEqual({
      ok: false,
      message: 'That token does not exist or has already been revoked',
    });
    expect(await revokeToken(row.id, lead, actor)).toEqual({ ok: true });
    expect(await authenticateBearer(`Bearer ${token}`)).toEqual({
      ok: false,
      message: 'This API token is not valid: it may have been revoked',
    });
    expect((await listAuditForEntity('api_token', String(row.id))).map((e) => e.action)).toEqual([
      'api-token.revoked',
      'api-token.created',
    ]);
  });

  it('refuse a malformed header and a disabled account', async () => {
    const { token } = await createApiToken(lead, 'x', { id: lead, label: 'lead' });
    expect((await authenticateBearer(token)).ok).toBe(false);
    expect((await authenticateBearer(`Basic ${token}`)).ok).toBe(false);
    expect((await authenticateBearer('Bearer rcf_not-a-real-token')).ok).toBe(false);
    getDb().update(users).set({ disabled: true }).where(eq(users.id, lead)).run();
    expect(await authenticateBearer(`Bearer ${token}`)).toEqual({
      ok: false,
      message: 'The account this API token belongs to is disabled',
    });
  });
});

describe('who may read findings', () => {
  beforeEach(() => {
    useFreshDatabase();
  });

  it('leads of the inspection and admins; never inspectors or other leads', async () => {
    const inspector = testUser('i@x.example', 'inspector');
    const lead = testUser('l@x.example', 'lead');
    const otherLead = testUser('o@x.example', 'lead');
    const admin = testUser('a@x.example', 'admin');
    const id = buildInspection('mine', ['kent'], [], inspector);
    makeLead(id, lead);
    expect(await findingsAccess({ id: inspector, role: 'inspector' }, 'mine')).toEqual({ ok: false, status: 403 });
    expect(await findingsAccess({ id: inspector, role: 'inspector' }, 'no-such')).toEqual({ ok: false, status: 403 });
    expect(await findingsAccess({ id: otherLead, role: 'lead' }, 'mine')).toEqual({ ok: false, status: 403 });
    expect(await findingsAccess({ id: lead, role: 'lead' }, 'mine')).toMatchObject({ ok: true, inspection: { slug: 'mine' } });
    expect(await findingsAccess({ id: admin, role: 'admin' }, 'mine')).toMatchObject({ ok: true });
    expect(await findingsAccess({ id: admin, role: 'admin' }, 'no-such')).toEqual({ ok: false, status: 404 });
  });
});

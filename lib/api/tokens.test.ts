import { beforeEach, describe, expect, it } from 'vitest';
import { listAuditForEntity } from '@/db/audit';
import { getDb } from '@/db/client';
import { apiTokens, users } from '@/db/schema';
import { useFreshDatabase } from '@/testing/database';
import { openFindings } from '@/lib/findings/access';
import { asUser, expectOk } from '@/testing/principals';
import type { Role } from '@/domain/codes';
import { buildInspection, makeLead, testUser } from '@/testing/findings';
import { eq } from 'drizzle-orm';
import { authenticateBearer, createApiToken, hashToken, listTokens, revokeToken } from './tokens';

describe('personal API tokens', () => {
  let lead: number;
  beforeEach(() => {
    useFreshDatabase();
    lead = testUser('lead@x.example', 'lead');
  });

  it('are shown once, kept only as a SHA-256 hash, and work until revoked', async () => {
    const actor = asUser({ id: lead, role: 'lead', email: 'lead@x.example' });
    const { token, row } = expectOk(await createApiToken(actor, 'R scripts'));
    expect(token).toMatch(/^rcf_[A-Za-z0-9_-]{43}$/);
    const stored = getDb().select().from(apiTokens).where(eq(apiTokens.id, row.id)).get();
    expect(stored?.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token.slice(4));
    expect(row.prefix).toBe(token.slice(0, 12));
    expect(expectOk(await listTokens(actor, lead)).map((t) => t.name)).toEqual(['R scripts']);

    const ok = await authenticateBearer(`Bearer ${token}`);
    expect(ok).toMatchObject({ ok: true, holder: { userId: lead, role: 'lead' } });
    expect(expectOk(await listTokens(actor, lead))[0]?.lastUsedAt).not.toBeNull();

    const someoneElse = testUser('other@x.example', 'lead');
    expect(await revokeToken(asUser({ id: someoneElse, role: 'lead', email: 'other@x.example' }), row.id, someoneElse)).toMatchObject({
      ok: false,
      formError: 'That token does not exist or has already been revoked',
    });
    expect(await revokeToken(actor, row.id, lead)).toEqual({ ok: true });
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
    const { token } = expectOk(await createApiToken(asUser({ id: lead, role: 'lead', email: 'lead@x.example' }), 'x'));
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
    const access = async (user: number, role: Role, slug: string) => {
      const result = await openFindings(asUser({ id: user, role, email: `${role}@x.example` }), slug);
      if (result.ok) return { ok: true, inspection: result.value.inspection };
      return { ok: false, status: result.kind === 'refused' ? result.status : 400 };
    };
    expect(await access(inspector, 'inspector', 'mine')).toEqual({ ok: false, status: 403 });
    expect(await access(inspector, 'inspector', 'no-such')).toEqual({ ok: false, status: 403 });
    expect(await access(otherLead, 'lead', 'mine')).toEqual({ ok: false, status: 403 });
    expect(await access(lead, 'lead', 'mine')).toMatchObject({ ok: true, inspection: { slug: 'mine' } });
    expect(await access(admin, 'admin', 'mine')).toMatchObject({ ok: true });
    expect(await access(admin, 'admin', 'no-such')).toEqual({ ok: false, status: 404 });
  });
});

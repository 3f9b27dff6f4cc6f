import crypto from 'node:crypto';
import { insertApiToken, listApiTokens, revokeApiToken, redeemApiToken, type ApiTokenRow, type TokenHolder } from '@/db/api-tokens';
import { decide, refusalFor, type Principal } from '@/lib/policy';
import { formError, ok, refusedBy, type Result } from '@/lib/result';

/**
 * Personal API tokens: `rcf_` and 43 characters of base64url (256 random bits). Only the SHA-256
 * of a token is stored; a slow hash is not needed because the token is random, not chosen by a
 * person. The first characters are kept so that people can tell their tokens apart.
 */
const PREFIX = 'rcf_';
const SHOWN = 12;

export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token, 'utf8').digest('hex');
}

export interface NewToken {
  token: string;
  row: ApiTokenRow;
}

/** A signed-in lead or admin creates a token for themselves; it is shown once. */
export async function createApiToken(who: Principal, name: string): Promise<Result<NewToken>> {
  if (who.kind !== 'user') return refusedBy(refusalFor('token.create'));
  const decision = decide(who, 'token.create', {});
  if (!decision.allowed) return refusedBy(decision);
  const token = PREFIX + crypto.randomBytes(32).toString('base64url');
  const row = await insertApiToken({ userId: who.id, name, tokenHash: hashToken(token), prefix: token.slice(0, SHOWN) }, who);
  return ok({ token, row });
}

/** Revokes one of `ownerId`'s tokens: their own doing, or an admin's (a lost laptop, someone leaving). */
export async function revokeToken(who: Principal, tokenId: number, ownerId: number): Promise<Result<undefined>> {
  const decision = decide(who, 'token.revoke', { ownerId });
  if (!decision.allowed) return refusedBy(decision);
  const revoked = await revokeApiToken(tokenId, ownerId, who);
  return revoked ? ok(undefined) : formError('That token does not exist or has already been revoked');
}

/** The tokens of one person: their own list, or an admin's view of someone's. */
export async function listTokens(who: Principal, ownerId: number): Promise<Result<ApiTokenRow[]>> {
  const decision = decide(who, 'token.list', { userId: ownerId });
  if (!decision.allowed) return refusedBy(decision);
  return ok(await listApiTokens(ownerId));
}

export type BearerResult = { ok: true; holder: TokenHolder } | { ok: false; message: string };

/** Reads `Authorization: Bearer <token>`; any other form, or an unknown or revoked token, is refused. */
export async function authenticateBearer(header: string): Promise<BearerResult> {
  const match = /^Bearer ([A-Za-z0-9_-]{1,200})$/.exec(header.trim());
  if (!match?.[1]) return { ok: false, message: 'The Authorization header must be "Bearer" followed by a personal API token' };
  const holder = await redeemApiToken(hashToken(match[1]));
  if (!holder) return { ok: false, message: 'This API token is not valid: it may have been revoked' };
  if (holder.disabled) return { ok: false, message: 'The account this API token belongs to is disabled' };
  if (holder.mustChangePassword)
    return { ok: false, message: 'The account this API token belongs to has a one-time password: sign in and choose a password first' };
  return { ok: true, holder };
}

import crypto from 'node:crypto';
import { insertApiToken, listApiTokens, revokeApiToken, redeemApiToken, type ApiTokenRow, type TokenHolder } from '@/db/api-tokens';
import type { Actor } from '@/db/audit';

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

export async function createApiToken(userId: number, name: string, actor: Actor): Promise<NewToken> {
  const token = PREFIX + crypto.randomBytes(32).toString('base64url');
  const row = await insertApiToken({ userId, name, tokenHash: hashToken(token), prefix: token.slice(0, SHOWN) }, actor);
  return { token, row };
}

/** Revokes one of `ownerId`'s tokens: their own doing, or an admin's (a lost laptop, someone leaving). */
export async function revokeToken(tokenId: number, ownerId: number, actor: Actor): Promise<{ ok: true } | { ok: false; message: string }> {
  const revoked = await revokeApiToken(tokenId, ownerId, actor);
  return revoked ? { ok: true } : { ok: false, message: 'That token does not exist or has already been revoked' };
}

export { listApiTokens };

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

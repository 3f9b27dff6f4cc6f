import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { writeAudit, type Actor } from './audit';
import { getDb } from './client';
import { apiTokens, users, type ApiToken } from './schema';

export type ApiTokenRow = Pick<ApiToken, 'id' | 'name' | 'prefix' | 'createdAt' | 'lastUsedAt' | 'revokedAt'>;

const columns = {
  id: apiTokens.id,
  name: apiTokens.name,
  prefix: apiTokens.prefix,
  createdAt: apiTokens.createdAt,
  lastUsedAt: apiTokens.lastUsedAt,
  revokedAt: apiTokens.revokedAt,
};

/** A person's tokens, newest first. Never the hash. */
export async function listApiTokens(userId: number): Promise<ApiTokenRow[]> {
  return getDb().select(columns).from(apiTokens).where(eq(apiTokens.userId, userId)).orderBy(desc(apiTokens.id));
}

/** Stores a new token's hash with its audit row; the token itself is never stored. */
export async function insertApiToken(
  values: { userId: number; name: string; tokenHash: string; prefix: string },
  actor: Actor,
): Promise<ApiTokenRow> {
  const db = getDb();
  return db.transaction((tx) => {
    const row = tx.insert(apiTokens).values(values).returning(columns).get();
    writeAudit(tx, actor, {
      action: 'api-token.created',
      entityType: 'api_token',
      entityId: row.id,
      detail: { name: row.name, prefix: row.prefix },
    });
    return row;
  });
}

/** Revokes one of the person's own live tokens; false if there is no such token to revoke. */
export async function revokeApiToken(tokenId: number, userId: number, actor: Actor): Promise<boolean> {
  const db = getDb();
  return db.transaction((tx) => {
    const row = tx
      .update(apiTokens)
      .set({ revokedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))` })
      .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
      .returning(columns)
      .get() as ApiTokenRow | undefined;
    if (!row) return false;
    writeAudit(tx, actor, {
      action: 'api-token.revoked',
      entityType: 'api_token',
      entityId: row.id,
      detail: { name: row.name, prefix: row.prefix },
    });
    return true;
  });
}

export interface TokenHolder {
  tokenId: number;
  userId: number;
  email: string;
  name: string;
  role: 'inspector' | 'lead' | 'admin';
  disabled: boolean;
  mustChangePassword: boolean;
}

/** The holder of a live (unrevoked) token with this hash, noting that it was used. */
export async function redeemApiToken(tokenHash: string): Promise<TokenHolder | undefined> {
  const db = getDb();
  const holder = db
    .select({
      tokenId: apiTokens.id,
      userId: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      disabled: users.disabled,
      mustChangePassword: users.mustChangePassword,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)))
    .get();
  if (holder) {
    db.update(apiTokens)
      .set({ lastUsedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))` })
      .where(eq(apiTokens.id, holder.tokenId))
      .run();
  }
  return holder;
}

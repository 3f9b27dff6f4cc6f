import { sql } from 'drizzle-orm';
import { integer, text } from 'drizzle-orm/sqlite-core';

/** ISO 8601 UTC timestamp with milliseconds, as SQLite writes it. */
export const nowIso = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;
export const createdAt = () => text('created_at').notNull().default(nowIso);
export const bool = (name: string) => integer(name, { mode: 'boolean' }).notNull().default(false);

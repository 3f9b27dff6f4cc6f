import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Which SQLite file to use: `DATABASE_URL` as a plain path or a `file:` URL, else `./data/app.db`.
 * `:memory:` gives a private in-memory database (tests).
 */
export function resolveDatabasePath(url = process.env.DATABASE_URL): string {
  const value = url?.trim() || './data/app.db';
  if (value === ':memory:') return value;
  if (value.startsWith('file://')) return fileURLToPath(value);
  if (value.startsWith('file:')) return path.resolve(/* turbopackIgnore: true */ value.slice('file:'.length).split('?')[0] ?? '');
  return path.resolve(/* turbopackIgnore: true */ value);
}

/** The folder beside the database that holds generated local secrets. */
export function dataDirectory(url = process.env.DATABASE_URL): string {
  const file = resolveDatabasePath(url);
  return file === ':memory:' ? path.resolve('./data') : path.dirname(file);
}

/** The criteria template files (CONTRACTS.md section 5) every database is seeded with. */
export function seedTemplatesFolder(): string {
  return path.join(/* turbopackIgnore: true */ process.cwd(), 'db', 'seed-data', 'templates');
}

export function migrationsFolder(): string {
  return path.join(/* turbopackIgnore: true */ process.cwd(), 'drizzle');
}

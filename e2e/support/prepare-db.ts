// Builds the end-to-end database from nothing: migrations, the demo seed with known passwords, and
// accounts that single tests may lock or disable. Run by Playwright's webServer before the server.
import fs from 'node:fs';
import path from 'node:path';
import { closeDb } from '@/db/client';
import { resolveDatabasePath } from '@/db/config';
import { prepareDatabase } from '@/lib/setup';
import { addUser } from '@/lib/users/manage-users';
import { prepareReviewData } from './prepare-review-data';
import { USERS } from './users';

async function main() {
  const file = resolveDatabasePath();
  if (!file.includes(`${path.sep}e2e${path.sep}.data${path.sep}`)) throw new Error(`Refusing to reset ${file}: not an e2e database`);
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  const passwords = Object.fromEntries(Object.values(USERS).map((u) => [u.email, u.password]));
  await prepareDatabase({ passwords });
  const system = { id: null, label: 'e2e setup' };
  for (const user of [USERS.lockout, USERS.disableMe, USERS.noScript, USERS.resetMe]) {
    const result = await addUser({ email: user.email, name: user.name, role: user.role, password: user.password }, system);
    if (!result.ok) throw new Error(result.message);
  }
  await prepareReviewData();
  closeDb();
  console.log(`e2e database ready at ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

// Builds the end-to-end database from nothing: migrations, the demo seed with known passwords, and
// accounts that single tests may lock or disable. Run by Playwright's webServer before the server.
import fs from 'node:fs';
import path from 'node:path';
import { closeDb } from '@/db/client';
import { resolveDatabasePath } from '@/db/config';
import { DEMO_ACCOUNTS } from '@/demo/accounts';
import { seedReviewedInspection } from '@/demo/reviewed-inspection';
import { prepareDatabase } from '@/demo/seed-demo';
import { prepareAnswersImport } from './prepare-answers-import';
import { prepareReviewData } from './prepare-review-data';
import { prepareSamples } from './prepare-samples';
import { addTestUsers } from './seed-test-data';
import { FINDINGS_INSPECTION, USERS } from './users';

async function main() {
  const file = resolveDatabasePath();
  if (!file.includes(`${path.sep}e2e${path.sep}.data${path.sep}`)) throw new Error(`Refusing to reset ${file}: not an e2e database`);
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  const passwords = Object.fromEntries(Object.values(USERS).map((u) => [u.email, u.password]));
  await prepareDatabase({ passwords });
  // Every test account that is not one of the demo accounts seeded above.
  const demo = new Set(DEMO_ACCOUNTS.map((a) => a.email));
  await addTestUsers(Object.values(USERS).filter((u) => !demo.has(u.email)));
  await prepareSamples();
  // The demo inspection stays without reviews (the review form's tests start from it); findings
  // are tested on an inspection of their own whose reviews are generated.
  await seedReviewedInspection({
    ...FINDINGS_INSPECTION,
    seed: 'e2e findings',
    forces: [
      { code: 'kent', files: 60 },
      { code: 'essex', files: 60 },
      { code: 'surrey', files: 40 },
    ],
    leadEmails: [USERS.lead.email],
    reviewerEmails: [USERS.inspector.email, USERS.inspector2.email],
    unreviewedPercent: 4,
    draftPercent: 8,
    returnedPercent: 3,
  });
  await prepareReviewData();
  await prepareAnswersImport();
  closeDb();
  console.log(`e2e database ready at ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

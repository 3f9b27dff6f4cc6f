// The review tests' own inspection (Essex and Surrey files, led by the demo lead) and inspectors.
// The demo inspection's Kent files are left untouched for the whole-journey test.
import { E2E_INSPECTION, ESSEX_FILES, REVIEW_USERS, SURREY_FILES, type E2EFile } from './review-data';
import { addTestUsers, assignTestFile, seedTestInspection } from './seed-test-data';

export async function prepareReviewData(): Promise<void> {
  await addTestUsers(Object.values(REVIEW_USERS));
  const essex: E2EFile[] = Object.values(ESSEX_FILES);
  seedTestInspection(E2E_INSPECTION, { essex, surrey: SURREY_FILES });
  for (const file of essex) {
    if (file.owner) await assignTestFile(file.crimeReference, REVIEW_USERS[file.owner].email);
  }
}

// Data for e2e/answers-import.spec.ts: an inspection of its own, led by the demo lead.
import { ANSWERS_INSPECTION, IMPORT_FILES, IMPORT_USERS } from './answers-import-data';
import { addTestUsers, assignTestFile, seedTestInspection } from './seed-test-data';

export async function prepareAnswersImport(): Promise<void> {
  await addTestUsers(Object.values(IMPORT_USERS));
  seedTestInspection(ANSWERS_INSPECTION, { norfolk: IMPORT_FILES.norfolk, suffolk: IMPORT_FILES.suffolk });
  for (const file of [...IMPORT_FILES.norfolk, ...IMPORT_FILES.suffolk]) {
    if (file.holder) await assignTestFile(file.crimeReference, IMPORT_USERS[file.holder].email);
  }
}

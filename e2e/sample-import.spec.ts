import type { Page } from '@playwright/test';
import { expect, signIn, test } from './support/fixtures';
import { USERS } from './support/users';

const HEADER = 'crime_reference,crime_type,recorded_on,outcome,domestic_abuse,repeat_victim,vulnerable_victim';

/** A file as Excel saves it (byte order mark, CRLF), with four problems over four rows. */
const WITH_ERRORS = `\uFEFF${HEADER}\r\nESX/1,rape,2017-01-05,16,yes,no,yes\r\nESX/2,burglary,31/02/2017,,,,\r\n"ESX,3",abh,2017-02-01,23,,,\r\nESX/1,stalking,2017-03-01,,,,\r\n\r\n`;
const FIXED = `\uFEFF${HEADER}\r\nESX/1,rape,2017-01-05,16,yes,no,yes\r\nESX/2,harassment,2017-02-28,,,,\r\n"ESX,3",abh,2017-02-01,1,,,\r\n\r\n`;

const csv = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

async function openImport(page: Page, force: string, name: string) {
  await page.goto(`/inspections/e2e-samples/forces/${force}/sample`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${name}: sample`);
}

test('a lead uploads a sample with errors, sees them all, fixes the file and imports it', async ({ page, a11y }) => {
  await signIn(page, USERS.lead, a11y);
  await openImport(page, 'essex', 'Essex Police');
  await a11y.check(page);
  await page.getByRole('button', { name: 'Import a sample file' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import Essex Police’s sample');
  await expect(page).toHaveTitle('Import a force’s sample – Review case files');
  await a11y.check(page);

  const upload = page.getByLabel('Upload the force’s sample');
  const summary = page.locator('.govuk-error-summary');
  await page.getByRole('button', { name: 'Import the sample' }).click();
  await expect(summary.getByRole('link')).toHaveText(['Select a CSV file']);

  await upload.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a list of files') });
  await page.getByRole('button', { name: 'Import the sample' }).click();
  await expect(summary.getByRole('link')).toHaveText(['The selected file must be a CSV']);
  await a11y.check(page, 'not a CSV');

  await upload.setInputFiles(csv('essex.csv', WITH_ERRORS));
  await page.getByRole('button', { name: 'Import the sample' }).click();
  await expect(summary.getByRole('link')).toHaveText([
    'The selected file has 4 problems, so nothing was imported. Fix them and upload the file again',
  ]);
  await expect(page.getByTestId('sampleFile-problems').getByRole('listitem')).toHaveText([
    "Rows 2 and 5 have the same crime_reference 'ESX/1'",
    "Row 3: crime_type 'burglary' is not one of theft-from-person, rape, stalking, harassment, common-assault, gbh-wounding, abh",
    "Row 3: recorded_on '31/02/2017' is not a date in YYYY-MM-DD form",
    "Row 4: outcome '23' is not an outcome number from 1 to 22 (leave it empty if the file has no outcome yet)",
  ]);
  await a11y.check(page, 'file with problems');

  // Nothing was imported.
  await page.goto('/inspections/e2e-samples/forces/essex/sample');
  await expect(page.getByRole('button', { name: 'Import a sample file' })).toBeVisible();
  await a11y.check(page, 'still no sample');

  await page.getByRole('button', { name: 'Import a sample file' }).click();
  await page.getByLabel('Upload the force’s sample').setInputFiles(csv('essex.csv', FIXED));
  await page.getByRole('button', { name: 'Import the sample' }).click();
  await expect(page.getByRole('alert', { name: 'Success' })).toContainText('3 files imported into Essex Police’s sample.');
  const files = page.getByRole('table', { name: 'Files in the sample (3)' });
  await expect(files.getByRole('rowheader')).toHaveText(['ESX/1', 'ESX/2', 'ESX,3']);
  await expect(page.getByRole('link', { name: /^Replace/ })).toHaveCount(0);
  await a11y.check(page, 'sample imported');

  // The same file again changes nothing, and says so.
  await page.goto('/inspections/e2e-samples/forces/essex/sample/import');
  await a11y.check(page);
  await page.getByLabel('Upload the force’s sample').setInputFiles(csv('essex-again.csv', FIXED));
  await page.getByRole('button', { name: 'Import the sample' }).click();
  await expect(page.getByRole('alert', { name: 'Success' })).toContainText(
    'Nothing changed: Essex Police’s sample already had exactly these files.',
  );
  await expect(page.getByRole('table', { name: 'Files in the sample (3)' })).toBeVisible();
  await a11y.check(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the import form still checks every row and imports the fixed file', async ({ page, a11y }) => {
    await signIn(page, USERS.lead, a11y);
    await page.goto('/inspections/e2e-samples/forces/cleveland/sample/import');
    await a11y.check(page);
    await page.getByLabel('Upload the force’s sample').setInputFiles(csv('cleveland.csv', WITH_ERRORS.replaceAll('ESX', 'CLE')));
    await page.getByRole('button', { name: 'Import the sample' }).click();
    await expect(page.locator('.govuk-error-summary')).toContainText('The selected file has 4 problems, so nothing was imported.');
    await expect(page.getByTestId('sampleFile-problems').getByRole('listitem')).toHaveCount(4);
    await a11y.check(page, 'problems without JavaScript');
    await page.getByLabel('Upload the force’s sample').setInputFiles(csv('cleveland.csv', FIXED.replaceAll('ESX', 'CLE')));
    await page.getByRole('button', { name: 'Import the sample' }).click();
    await expect(page.getByText('3 files imported into Cleveland Police’s sample.')).toBeVisible();
    await a11y.check(page, 'imported without JavaScript');
  });
});

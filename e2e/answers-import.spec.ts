import type { Page } from '@playwright/test';
import { ANSWERS_INSPECTION, IMPORT_USERS } from './support/answers-import-data';
import { expect, signIn, test } from './support/fixtures';
import { USERS } from './support/users';

const HEADER = 'crime_reference,question,answer,note';

/** The questions that apply to a theft with outcome 18 and no flags. */
const THEFT = [
  'vulnerability_identified',
  'risk_assessed',
  'response_timely',
  'evidence_secured',
  'bwv_used',
  'investigation_plan',
  'plan_quality',
  'lines_of_enquiry',
  'supervision_effective',
  'supervisor_direction',
  'victim_updated',
  'needs_assessment',
  'victim_care_appropriate',
  'outcome_appropriate',
  'overall_good_standard',
];
/** And to a domestic-abuse harassment with outcome 16: the DASH, the victim's wishes and an evidence-led prosecution too. */
const HARASSMENT = [
  ...THEFT.slice(0, 5),
  'dash_completed',
  ...THEFT.slice(5, 12),
  'victim_wishes_recorded',
  ...THEFT.slice(12, 14),
  'evidence_led_considered',
  'overall_good_standard',
];

type Row = [string, string, string, string];

function fixedRows(prefix: string): Row[] {
  const answer = (q: string): [string, string] =>
    q === 'victim_care_appropriate'
      ? ['no', 'Victim not updated for six weeks, "no contact" recorded.']
      : q === 'evidence_secured'
        ? ['partly', 'Scene photographed, CCTV not sought.']
        : ['yes', ''];
  return [
    ...THEFT.map((q): Row => [`${prefix}/1`, q, 'yes', '']),
    ...HARASSMENT.map((q): Row => [`${prefix}/2`, q, ...answer(q)]),
    // Not asked of this file (no repeat victim): "na" says so, and nothing is stored.
    [`${prefix}/2`, 'repeat_victim_identified', 'na', ''],
  ];
}

/** Seven mistakes in the first seven rows, then the rest of the good rows. */
function rowsWithErrors(prefix: string): Row[] {
  const mistakes: Row[] = [
    [`${prefix}/1`, 'risk_assessed', 'partly', ''],
    [`${prefix}/1`, 'dash_completed', 'yes', ''],
    [`${prefix}/9`, 'risk_assessed', 'yes', ''],
    [`${prefix}/3`, 'risk_assessed', 'yes', ''],
    [`${prefix}/1`, 'victim_care', 'yes', ''],
    [`${prefix}/2`, 'victim_care_appropriate', 'no', ''],
    [`${prefix}/1`, 'bwv_used', '', ''],
  ];
  const replaced = new Set(mistakes.map((m) => `${m[0]}|${m[1]}`));
  return [...mistakes, ...fixedRows(prefix).filter((r) => !replaced.has(`${r[0]}|${r[1]}`))];
}

const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
/** As Excel saves a CSV: byte order mark and CRLF. */
const csv = (name: string, rows: Row[]) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(`\uFEFF${HEADER}\r\n${rows.map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`),
});

function expectedProblems(prefix: string, force: string): string[] {
  return [
    'Row 2: “partly” is not an answer to “Was a structured risk assessment (THRIVE) recorded at first contact?”: choose yes or no',
    'Row 3: “Was a DASH risk assessment completed?” does not apply to this file: it is asked only when the file is flagged domestic abuse, or the crime type is stalking or harassment',
    `Row 4: there is no file '${prefix}/9' in ${force}’s sample for this inspection`,
    `Row 5: the file '${prefix}/3' is assigned to Hal Holder, not to Ida Porter. Reassign it on the force’s page first, or import it for Hal Holder`,
    'Row 6: “victim_care” is not a question of this inspection’s criteria',
    'Row 7: Explain why you answered no to “Overall, was victim care appropriate?”',
    'Row 8: answer is empty: give yes, partly, no or na, or leave the row out if the question is not answered',
  ];
}

const forcePath = (force: string) => `/inspections/${ANSWERS_INSPECTION.slug}/forces/${force}`;
const reviewer = `${IMPORT_USERS.importee.name} (${IMPORT_USERS.importee.email})`;

async function fillImport(page: Page, file: ReturnType<typeof csv>) {
  await page.getByLabel('Whose answers are these?').selectOption({ label: reviewer });
  await page.getByLabel('Upload the spreadsheet').setInputFiles(file);
  await page.getByLabel('Submit each review once its answers are in').check();
  await page.getByRole('button', { name: 'Import the answers' }).click();
}

test('a lead uploads an inspector’s spreadsheet with mistakes, sees every one by row, fixes them and imports; the findings follow', async ({
  page,
  a11y,
}) => {
  await signIn(page, USERS.lead, a11y);
  await page.goto(forcePath('norfolk'));
  await expect(page.getByTestId('force-progress')).toHaveText('0 of 3 submitted');
  await a11y.check(page);
  await page.getByRole('link', { name: 'Import answers from a spreadsheet' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import answers from a spreadsheet');
  await expect(page).toHaveTitle('Import answers from a spreadsheet – Review case files');
  await a11y.check(page);

  const summary = page.locator('.govuk-error-summary');
  await page.getByRole('button', { name: 'Import the answers' }).click();
  await expect(summary.getByRole('link')).toHaveText(['Select the inspector whose answers these are', 'Select a CSV file']);
  await a11y.check(page, 'nothing chosen');

  await fillImport(page, csv('norfolk.csv', rowsWithErrors('NOR')));
  await expect(summary.getByRole('link')).toHaveText([
    'The selected file has 7 problems, so nothing was imported. Fix them and upload the file again',
  ]);
  await expect(page.getByTestId('answersFile-problems').getByRole('listitem')).toHaveText(expectedProblems('NOR', 'Norfolk Constabulary'));
  // What was chosen is kept for the next try.
  await expect(page.getByLabel('Whose answers are these?')).toHaveValue(/^\d+$/);
  await expect(page.getByLabel('Submit each review once its answers are in')).toBeChecked();
  await a11y.check(page, 'spreadsheet with problems');

  // Nothing was imported.
  await page.goto(forcePath('norfolk'));
  await expect(page.getByTestId('force-progress')).toHaveText('0 of 3 submitted');
  await a11y.check(page, 'still nothing submitted');

  await page.goto(`${forcePath('norfolk')}/answers-import`);
  await fillImport(page, csv('norfolk-fixed.csv', fixedRows('NOR')));
  await expect(page).toHaveURL(new RegExp(`${forcePath('norfolk')}\\?imported=2`));
  await expect(page.getByRole('alert', { name: 'Success' })).toContainText(
    'Answers imported for 2 files: 2 with new or changed answers; 2 reviews submitted.',
  );
  await expect(page.getByTestId('force-progress')).toHaveText('2 of 3 submitted');
  await a11y.check(page, 'imported');

  // The findings count the imported reviews: victim care was appropriate in 1 of the 2 files.
  await page.goto(`/inspections/${ANSWERS_INSPECTION.slug}/findings`);
  const care = page.getByRole('region', { name: 'All forces' }).getByRole('row', { name: /^Overall, was victim care appropriate\?/ });
  await expect(care.getByRole('cell').first()).toContainText(/^1 .*of 2 /);
  await a11y.check(page, 'findings after the import');

  // The same spreadsheet again changes nothing, and says so.
  await page.goto(`${forcePath('norfolk')}/answers-import`);
  await a11y.check(page);
  await fillImport(page, csv('norfolk-again.csv', fixedRows('NOR')));
  await expect(page.getByRole('alert', { name: 'Success' })).toContainText(
    'Nothing changed: the reviews of these 2 files already had exactly these answers.',
  );
  await a11y.check(page);
});

test('inspectors, and leads of other inspections, cannot open the import', async ({ browser, page, a11y }) => {
  const context = await browser.newContext();
  const otherLead = await context.newPage();
  await signIn(otherLead, USERS.otherLead);
  expect((await otherLead.goto(`${forcePath('norfolk')}/answers-import`))?.status()).toBe(403);
  await context.close();

  await signIn(page, USERS.inspector, a11y);
  const response = await page.goto(`${forcePath('norfolk')}/answers-import`);
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You do not have access to this page');
  await a11y.check(page, '403');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the import still lists every problem and imports the fixed spreadsheet', async ({ page, a11y }) => {
    await signIn(page, USERS.lead, a11y);
    await page.goto(`${forcePath('suffolk')}/answers-import`);
    await a11y.check(page);
    await fillImport(page, csv('suffolk.csv', rowsWithErrors('SUF')));
    await expect(page.locator('.govuk-error-summary')).toContainText('The selected file has 7 problems, so nothing was imported.');
    await expect(page.getByTestId('answersFile-problems').getByRole('listitem')).toHaveText(
      expectedProblems('SUF', 'Suffolk Constabulary'),
    );
    await a11y.check(page, 'problems without JavaScript');
    await fillImport(page, csv('suffolk-fixed.csv', fixedRows('SUF')));
    await expect(page.getByText('Answers imported for 2 files: 2 with new or changed answers; 2 reviews submitted.')).toBeVisible();
    await expect(page.getByTestId('force-progress')).toHaveText('2 of 3 submitted');
    await a11y.check(page, 'imported without JavaScript');
  });
});

import { expect, signIn, test } from './support/fixtures';
import { E2E_INSPECTION, REVIEW_USERS, SURREY_FILES } from './support/review-data';
import { USERS } from './support/users';

const ref = (i: number) => SURREY_FILES[i]?.crimeReference ?? '';

test('a lead assigns and reassigns files, filters them, and each inspector sees only their own', async ({ browser, page, a11y }) => {
  // A long journey with several people: on a busy two-core machine it needs more than the default minute.
  test.setTimeout(180_000);
  await signIn(page, USERS.lead, a11y);
  await page.goto('/inspections');
  await a11y.check(page);
  await page.getByRole('link', { name: E2E_INSPECTION.name }).click();
  await expect(page.getByRole('row', { name: /Surrey Police/ })).toContainText('0 of 6 submitted');
  await a11y.check(page);
  await page.getByRole('link', { name: 'Surrey Police' }).click();
  await expect(page.getByTestId('files-shown')).toHaveText('6 files in the sample');
  await a11y.check(page);

  // Nothing chosen: both problems at once.
  await page.getByRole('button', { name: 'Assign files' }).click();
  const summary = page.locator('.govuk-error-summary');
  await expect(summary.getByRole('link')).toHaveText(['Select the files to assign', 'Select the inspector to assign the files to']);
  await a11y.check(page, 'assignment errors');

  await page.getByLabel(`Select ${ref(0)}`).check();
  await page.getByLabel(`Select ${ref(1)}`).check();
  await page.getByLabel('Assign the selected files to').selectOption({ label: REVIEW_USERS.assignA.name });
  await page.getByRole('button', { name: 'Assign files' }).click();
  await expect(page.getByText(`2 files assigned to ${REVIEW_USERS.assignA.name}`)).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(ref(0)) })).toContainText(REVIEW_USERS.assignA.name);
  await a11y.check(page, 'files assigned');

  // Reassign one of them with another, in one step.
  await page.getByLabel(`Select ${ref(1)}`).check();
  await page.getByLabel(`Select ${ref(2)}`).check();
  await page.getByLabel('Assign the selected files to').selectOption({ label: REVIEW_USERS.assignB.name });
  await page.getByRole('button', { name: 'Assign files' }).click();
  await expect(page.getByText(`2 files assigned to ${REVIEW_USERS.assignB.name}`)).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(ref(1)) })).toContainText(REVIEW_USERS.assignB.name);

  // Filters: by inspector, by nobody, by crime type, by status.
  await page.getByLabel('Inspector', { exact: true }).selectOption({ label: REVIEW_USERS.assignA.name });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByTestId('files-shown')).toHaveText('Showing 1 of 6 files');
  await expect(page.getByRole('link', { name: ref(0) })).toBeVisible();
  await a11y.check(page, 'filtered by inspector');
  await page.getByLabel('Inspector', { exact: true }).selectOption({ label: 'Not assigned' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByTestId('files-shown')).toHaveText('Showing 3 of 6 files');
  await page.getByLabel('Inspector', { exact: true }).selectOption({ label: 'Anyone' });
  await page.getByLabel('Crime type').selectOption({ label: 'Rape (including attempts)' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByTestId('files-shown')).toHaveText('Showing 2 of 6 files');
  await page.getByLabel('Crime type').selectOption({ label: 'Any crime type' });
  await page.getByLabel('Status').selectOption({ label: 'Submitted' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByTestId('files-shown')).toHaveText('Showing 0 of 6 files');
  await page.getByRole('link', { name: 'Clear filters' }).click();
  await expect(page.getByTestId('files-shown')).toHaveText('6 files in the sample');
  // A filter typed into the address that is not one of the choices is reported and left out.
  const forcePath = new URL(page.url()).pathname;
  await page.goto(`${forcePath}?status=bogus&crimeType=burglary&inspector=999999`);
  await expect(page.locator('.govuk-error-summary').getByRole('link')).toHaveText([
    'Choose a status from the list',
    'Choose a crime type from the list',
    'Choose an inspector from the list',
  ]);
  await expect(page.getByTestId('files-shown')).toHaveText('Showing 6 of 6 files');
  await a11y.check(page, 'filters not among the choices');

  // Each inspector sees their own files only, grouped by inspection and force.
  for (const [who, mine, notMine] of [
    [REVIEW_USERS.assignA, [ref(0)], [ref(1), ref(2)]],
    [REVIEW_USERS.assignB, [ref(1), ref(2)], [ref(0)]],
  ] as const) {
    const context = await browser.newContext();
    const inspector = await context.newPage();
    await signIn(inspector, who, a11y);
    await inspector.goto('/your-files');
    await expect(inspector.getByRole('heading', { name: `${E2E_INSPECTION.name}: Surrey Police` })).toBeVisible();
    for (const r of mine) await expect(inspector.getByRole('link', { name: r })).toBeVisible();
    for (const r of notMine) await expect(inspector.getByRole('link', { name: r })).toHaveCount(0);
    await a11y.check(inspector);
    await context.close();
  }
});

import { expect, signIn, test } from './support/fixtures';
import { FINDINGS_INSPECTION, USERS } from './support/users';

const FINDINGS = `/inspections/${FINDINGS_INSPECTION.slug}/findings`;

test('from a count in the findings, one click reaches the review, its history and Return', async ({ page, a11y }) => {
  test.setTimeout(180_000);
  await signIn(page, USERS.lead, a11y);
  await page.goto(`${FINDINGS}?force=kent`);
  await a11y.check(page);
  // The first count of the first question: the files that met it (all submitted reviews).
  await page
    .getByRole('region', { name: 'Kent Police' })
    .getByRole('row')
    .nth(1)
    .getByRole('cell')
    .first()
    .getByRole('link')
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Met: \d+ files?$/);
  await a11y.check(page, 'met files, with links');
  const first = page.getByRole('table').getByRole('row').nth(1).getByRole('rowheader');
  const reference = (await first.getByRole('link').first().textContent()) ?? '';
  const drillDown = page.url();

  await first.getByRole('link', { name: reference, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Review of ${reference}`);
  await a11y.check(page, 'the review behind a count');

  await page.goto(drillDown);
  await first.getByRole('link', { name: `History of ${reference}` }).click();
  await expect(page).toHaveURL(/\/files\/\d+\/history$/);
  await a11y.check(page, 'its history');

  await page.goto(drillDown);
  await first.getByRole('link', { name: `Return the review of ${reference}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Return this review');
  await expect(page.locator('.govuk-caption-l')).toContainText(reference);
  await a11y.check(page, 'return from the findings');
  // Without a reason nothing is returned, and the title says there is an error.
  await page.getByRole('button', { name: 'Return review' }).click();
  await expect(page.locator('.govuk-error-summary')).toContainText('Enter why you are returning this review');
  await expect(page).toHaveTitle(/^Error: Return a review – Review case files$/);
  await a11y.check(page, 'return with an error');
});

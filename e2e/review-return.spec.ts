import { expect, signIn, test } from './support/fixtures';
import { Q, ReviewFormPage } from './support/review';
import { E2E_INSPECTION, ESSEX_FILES, REVIEW_USERS } from './support/review-data';
import { USERS } from './support/users';

test('submit, return with a reason, resubmit; the lead reads the whole history', async ({ browser, page, a11y }) => {
  // A long journey with several people: on a busy two-core machine it needs more than the default minute.
  test.setTimeout(180_000);
  const file = ESSEX_FILES.returner;
  const inspector = REVIEW_USERS.returner;

  // The inspector completes and submits.
  await signIn(page, inspector, a11y);
  await page.goto('/your-files');
  await a11y.check(page);
  await page.getByRole('link', { name: file.crimeReference }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Review of ${file.crimeReference}`);
  const form = new ReviewFormPage(page);
  await form.answerEverythingYes();
  await form.answer(Q.bwv, 'No', 'Officer did not wear a camera');
  await form.waitUntilSaved();
  await a11y.check(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  await a11y.check(page);
  await page.getByRole('button', { name: 'Submit review' }).click();
  await expect(page.getByText(`Your review of ${file.crimeReference} has been submitted`)).toBeVisible();

  // The lead finds it, and returns it (a reason is required).
  const leadContext = await browser.newContext();
  const lead = await leadContext.newPage();
  await signIn(lead, USERS.lead, a11y);
  await lead.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Inspections' }).click();
  await a11y.check(lead);
  await lead.getByRole('link', { name: E2E_INSPECTION.name }).click();
  // Other tests submit Essex files too: the count is theirs as well as this one's.
  await expect(lead.getByRole('row', { name: /Essex Police/ })).toContainText(
    new RegExp(`[1-9]\\d* of ${Object.keys(ESSEX_FILES).length} submitted`),
  );
  await a11y.check(lead);
  await lead.getByRole('link', { name: 'Essex Police' }).click();
  await a11y.check(lead);
  const row = lead.getByRole('row', { name: new RegExp(file.crimeReference) });
  await expect(row).toContainText('Submitted');
  await expect(row).toContainText(inspector.name);
  await row.getByRole('link', { name: file.crimeReference }).click();
  await expect(lead.locator('.govuk-summary-list__row', { hasText: Q.bwv })).toContainText('Officer did not wear a camera');
  await a11y.check(lead, 'submitted review, read by the lead');
  await lead.getByRole('link', { name: 'Return this review to the inspector' }).click();
  await a11y.check(lead);
  await lead.getByRole('button', { name: 'Return review' }).click();
  await expect(lead.locator('.govuk-error-summary')).toContainText('Enter why you are returning this review');
  await a11y.check(lead, 'return with an error');
  await lead.getByLabel('Why are you returning this review?').fill('Check body-worn video: the log says a camera was issued.');
  await lead.getByRole('button', { name: 'Return review' }).click();
  await expect(lead.getByText(`The review of ${file.crimeReference} has been returned to its inspector.`)).toBeVisible();
  await expect(lead.getByRole('row', { name: new RegExp(file.crimeReference) })).toContainText('Returned');
  await a11y.check(lead, 'force page after a return');

  // The inspector sees the reason at the top, changes the answer and resubmits.
  await page.goto('/your-files');
  await expect(page.getByRole('listitem').filter({ hasText: file.crimeReference })).toContainText('Returned');
  await page.getByRole('link', { name: file.crimeReference }).click();
  await expect(page.getByTestId('return-reason')).toHaveText('Check body-worn video: the log says a camera was issued.');
  await expect(page.getByRole('region', { name: 'Returned' })).toContainText(`${USERS.lead.name} returned this review on`);
  await a11y.check(page, 'returned review');
  await form.answer(Q.bwv, 'Yes');
  await form.rationale(Q.bwv).fill('');
  await form.waitUntilSaved();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Submit review' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: file.crimeReference })).toContainText('Submitted');

  // The lead's view of the file's history: who, when, old → new.
  await lead.goto('/inspections/e2e-reviews/forces/essex');
  await lead.getByRole('link', { name: file.crimeReference }).click();
  await lead.getByRole('link', { name: 'See the file’s history' }).click();
  await a11y.check(lead);
  const history = lead.getByRole('table');
  await expect(history.getByRole('row').filter({ hasText: 'File assigned' })).toContainText(`Nobody → ${inspector.name}`);
  const bwvChanges = history.getByRole('row').filter({ hasText: `Answer changed: “${Q.bwv}”` });
  await expect(bwvChanges.last()).toContainText('No → Yes');
  await expect(bwvChanges.last()).toContainText('Rationale: “Officer did not wear a camera” → none');
  await expect(bwvChanges.last()).toContainText(inspector.name);
  await expect(history.getByRole('row').filter({ hasText: 'Review returned to the inspector' })).toContainText(
    'Reason: Check body-worn video',
  );
  await expect(history.getByRole('row').filter({ hasText: 'Review returned to the inspector' })).toContainText(USERS.lead.name);
  await expect(history.getByRole('row').filter({ hasText: 'Review resubmitted' })).toContainText('Returned → Submitted');
  const last = history.getByRole('row').last();
  await expect(last).toContainText('Review resubmitted');
  await expect(last).toContainText(inspector.name);
  await leadContext.close();
});

import { expect, signIn, test } from './support/fixtures';
import { Q, ReviewFormPage } from './support/review';
import { ESSEX_FILES, REVIEW_USERS } from './support/review-data';

test('your files are in the order of what is left, and submitting offers the next file', async ({ page, a11y }) => {
  test.setTimeout(180_000);
  const { flowA, flowB, flowC } = ESSEX_FILES;
  await signIn(page, REVIEW_USERS.flow, a11y);
  await page.goto('/your-files');
  await a11y.check(page);
  const form = new ReviewFormPage(page);

  // Start the third file: in progress now, it comes before the two not started.
  await page.getByRole('link', { name: flowC.crimeReference }).click();
  await expect(page.getByTestId('review-status')).toHaveText('Not started');
  await expect(form.question(Q.vulnerability)).toHaveAccessibleName(`1. ${Q.vulnerability}`);
  await form.answer(Q.vulnerability, 'Yes');
  await form.waitUntilSaved();
  // The tag follows the save, and the save state stays in view at the foot of the form.
  await expect(page.getByTestId('review-status')).toHaveText('In progress');
  await page.getByRole('button', { name: 'Continue' }).scrollIntoViewIfNeeded();
  await expect(form.status).toBeInViewport();
  await a11y.check(page);
  await page.goto('/your-files');
  const titles = page.locator('.govuk-task-list__name-and-hint a');
  await expect(titles).toHaveText([flowC.crimeReference, flowA.crimeReference, flowB.crimeReference]);
  await a11y.check(page, 'your files, in progress first');

  // Finish and submit it: the banner offers the next file; submitted files go last.
  await page.getByRole('link', { name: flowC.crimeReference }).click();
  await form.answerEverythingYes();
  await form.waitUntilSaved();
  await page.getByRole('button', { name: 'Continue' }).click();
  await a11y.check(page);
  await page.getByRole('button', { name: 'Submit review' }).click();
  await expect(page.getByTestId('next-file')).toHaveText(`Next: ${flowA.crimeReference}, not started`);
  await expect(titles).toHaveText([flowA.crimeReference, flowB.crimeReference, flowC.crimeReference]);
  await a11y.check(page, 'your files after a submission');
  await page.getByTestId('next-file').getByRole('link', { name: flowA.crimeReference }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Review of ${flowA.crimeReference}`);
  await a11y.check(page);
});

import { expect, signIn, test } from './support/fixtures';
import { Q, ReviewFormPage } from './support/review';
import { ESSEX_FILES, REVIEW_USERS } from './support/review-data';

test.use({ javaScriptEnabled: false });

test('a whole review without JavaScript: errors, rules applied by the server, save and come back, submit', async ({ page, a11y }) => {
  // A long journey with several people: on a busy two-core machine it needs more than the default minute.
  test.setTimeout(180_000);
  const file = ESSEX_FILES.noJs;
  await signIn(page, REVIEW_USERS.noJs, a11y);
  await page.goto('/your-files');
  await a11y.check(page);
  await page.getByRole('link', { name: file.crimeReference }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Review of ${file.crimeReference}`);
  const form = new ReviewFormPage(page);

  // Every question shows; the conditional ones say when to answer them.
  await expect(form.question(Q.planQuality)).toBeVisible();
  await expect(form.question(Q.planQuality)).toContainText('Answer this only if the answer to “Was there an investigation plan?” is yes.');
  await expect(form.question(Q.evidenceLed)).toContainText('Answer this only if the outcome is 16 and (the file is flagged domestic abuse');
  await a11y.check(page, 'review form without JavaScript');

  // Problems come back from the server in the GOV.UK error summary; what was valid is kept.
  await form.answer(Q.vulnerability, 'No');
  await form.answer(Q.risk, 'Yes');
  await page.getByRole('button', { name: 'Continue' }).click();
  const summary = page.locator('.govuk-error-summary');
  await expect(summary.getByRole('link').first()).toHaveText(`Explain why you answered no to “${Q.vulnerability}”`);
  await expect(summary.getByRole('link').first()).toHaveAttribute('href', '#note_vulnerability_identified');
  await expect(summary.getByRole('link', { name: `Select an answer for “${Q.evidenceLed}”` })).toBeVisible();
  await expect(page.locator('#note_vulnerability_identified-error')).toContainText('Explain why you answered no');
  await form.expectAnswer(Q.vulnerability, 'No');
  await form.expectAnswer(Q.risk, 'Yes');
  await a11y.check(page, 'review form without JavaScript, with errors');

  // Answer everything, including plan quality although there was no plan: the server leaves it out.
  await form.rationale(Q.vulnerability).fill('Vulnerability not assessed at first contact');
  for (const wording of [
    Q.repeat,
    Q.timely,
    Q.evidence,
    Q.bwv,
    Q.dash,
    Q.enquiries,
    Q.supervision,
    Q.direction,
    Q.updated,
    Q.needs,
    Q.wishes,
    Q.care,
    Q.outcome,
    Q.evidenceLed,
    Q.overall,
  ]) {
    await form.answer(wording, 'Yes');
  }
  await form.answer(Q.plan, 'No', 'No plan recorded');
  await form.answer(Q.planQuality, 'Yes');
  await page.getByRole('button', { name: 'Save and come back later' }).click();
  await expect(page.getByText(`Your answers for ${file.crimeReference} have been saved`)).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: file.crimeReference })).toContainText('In progress');
  await a11y.check(page, 'your files after saving');

  await page.getByRole('link', { name: file.crimeReference }).click();
  await form.expectAnswer(Q.plan, 'No');
  await expect(form.question(Q.planQuality).getByRole('radio', { checked: true })).toHaveCount(0);
  await form.expectAnswer(Q.evidenceLed, 'Yes');
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Check your answers for ${file.crimeReference}`);
  await expect(page.locator('.govuk-summary-list__key', { hasText: Q.planQuality })).toHaveCount(0);
  await expect(page.locator('.govuk-summary-list__row', { hasText: Q.vulnerability })).toContainText(
    'Vulnerability not assessed at first contact',
  );
  await expect(
    page.locator('.govuk-summary-list__row', { hasText: Q.plan }).getByRole('link', { name: `Change ${Q.plan}` }),
  ).toHaveAttribute('href', /#answer_investigation_plan$/);
  await a11y.check(page);
  await page.getByRole('button', { name: 'Submit review' }).click();
  await expect(page.getByText(`Your review of ${file.crimeReference} has been submitted`)).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: file.crimeReference })).toContainText('Submitted');

  // Submitted: read-only to its inspector.
  await page.getByRole('link', { name: file.crimeReference }).click();
  await expect(page.getByText('It can be changed only if a lead returns it to you.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Continue' })).toHaveCount(0);
  await a11y.check(page, 'submitted review, read-only');
});

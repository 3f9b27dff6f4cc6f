import { expect, signIn, test } from './support/fixtures';
import { Q, ReviewFormPage } from './support/review';
import { ESSEX_FILES, REVIEW_USERS } from './support/review-data';
import { USERS } from './support/users';

test('answers survive a fact change and its reversal, are dropped only at submission, and the history shows it', async ({
  browser,
  page,
  a11y,
}) => {
  test.setTimeout(240_000);
  const file = ESSEX_FILES.setAside;
  await signIn(page, REVIEW_USERS.setAside, a11y);
  await page.goto('/your-files');
  await a11y.check(page);
  await page.getByRole('link', { name: file.crimeReference }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Review of ${file.crimeReference}`);
  const reviewPath = new URL(page.url()).pathname;
  const form = new ReviewFormPage(page);
  const outcome = page.getByRole('combobox', { name: 'Outcome' });
  const notice = page.getByTestId('set-aside');

  // Outcome 14 brings in the victim's-wishes question; the inspector answers it with a rationale.
  await page.getByText('Correct the outcome or flags').click();
  await outcome.selectOption('14');
  await form.answer(Q.wishes, 'No', 'Wishes not recorded anywhere');
  await form.waitUntilSaved();

  // Correcting the outcome back: the page says at once which answer is set aside, before any save.
  await outcome.selectOption('18');
  await expect(notice).toContainText('1 answer is set aside: the question no longer applies to this file');
  await expect(notice).toContainText(`${Q.wishes} No – “Wishes not recorded anywhere”`);
  await expect(page.getByTestId('not-asked-victim_wishes_recorded')).toContainText(
    'Your answer (No – “Wishes not recorded anywhere”) is set aside',
  );
  await form.waitUntilSaved();
  await a11y.check(page, 'an answer set aside');

  // A reload keeps it aside; the outcome changed back brings it back as it was typed.
  await page.reload();
  await expect(notice).toContainText('1 answer is set aside');
  await page.getByText('Correct the outcome or flags').click();
  await outcome.selectOption('14');
  await form.expectAnswer(Q.wishes, 'No');
  await expect(form.rationale(Q.wishes)).toHaveValue('Wishes not recorded anywhere');
  await expect(notice).not.toContainText('set aside');
  await form.waitUntilSaved();
  await page.reload();
  await form.expectAnswer(Q.wishes, 'No');
  await a11y.check(page, 'a set-aside answer restored');

  // Set aside again, then the review is finished: check-your-answers says it will be dropped.
  await page.getByText('Correct the outcome or flags').click();
  await outcome.selectOption('18');
  await form.answerEverythingYes();
  await form.waitUntilSaved();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByTestId('set-aside-dropped')).toContainText('When you submit, 1 set-aside answer is dropped');
  await expect(page.getByTestId('set-aside-dropped')).toContainText(Q.wishes);
  await a11y.check(page, 'check your answers with a set-aside answer');
  await page.getByRole('button', { name: 'Submit review' }).click();
  await expect(page.getByText(`Your review of ${file.crimeReference} has been submitted`)).toBeVisible();
  await a11y.check(page);

  // The lead reads every step in the file's history.
  const leadContext = await browser.newContext();
  const lead = await leadContext.newPage();
  await signIn(lead, USERS.lead, a11y);
  await lead.goto(`${reviewPath}/history`);
  const history = lead.locator('table');
  await expect(history).toContainText(`Answer set aside (no longer applies): “${Q.wishes}”`);
  await expect(history).toContainText(`Set-aside answer restored (applies again): “${Q.wishes}”`);
  await expect(history).toContainText(`Set-aside answer dropped at submission: “${Q.wishes}”`);
  await a11y.check(lead, 'history with set-aside answers');
  await leadContext.close();
});

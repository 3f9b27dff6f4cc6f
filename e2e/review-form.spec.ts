import { expect, signIn, test } from './support/fixtures';
import { Q, ReviewFormPage, tabTo } from './support/review';
import { ESSEX_FILES, REVIEW_USERS } from './support/review-data';

test('the form follows the template’s rules as answers and facts change, and explains every problem', async ({ page, a11y }) => {
  const file = ESSEX_FILES.rules;
  await signIn(page, REVIEW_USERS.rules, a11y);
  await page.goto('/your-files');
  await a11y.check(page);
  await page.getByRole('link', { name: file.crimeReference }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Review of ${file.crimeReference}`);
  const form = new ReviewFormPage(page);
  await expect(page.getByText('Harassment', { exact: true })).toBeVisible();

  // A harassment file: DASH is asked; plan quality waits for a plan; no outcome-14/16 questions.
  await expect(form.question(Q.dash)).toBeVisible();
  await expect(form.question(Q.planQuality)).toHaveCount(0);
  await expect(page.getByTestId('not-asked-plan_quality')).toContainText(
    'It is asked only when the answer to “Was there an investigation plan?” is yes',
  );
  await expect(form.question(Q.wishes)).toHaveCount(0);
  await a11y.check(page, 'review form, empty');

  await form.answer(Q.plan, 'Yes');
  await expect(form.question(Q.planQuality)).toBeVisible();
  await form.answer(Q.planQuality, 'Partly', 'No timescales set');
  await form.waitUntilSaved();
  await form.answer(Q.plan, 'No', 'None on the file');
  await expect(form.question(Q.planQuality)).toHaveCount(0);
  await form.waitUntilSaved();

  // Correcting the outcome to 14 brings in the victim's-wishes question; the summary follows.
  await page.getByText('Correct the outcome or flags').click();
  await page.getByRole('combobox', { name: 'Outcome' }).selectOption('14');
  await expect(page.locator('.govuk-summary-list')).toContainText(
    '14 – Evidential difficulties – suspect not identified; victim does not support action',
  );
  await expect(form.question(Q.wishes)).toBeVisible();
  await form.waitUntilSaved();

  // A rationale near its limit shows what is left; one over it is kept back, and the status says why.
  await form.rationale(Q.plan).fill('x'.repeat(1600));
  const count = page.locator('.govuk-character-count__message');
  await expect(count).toHaveText('You have 400 characters remaining');
  await form.rationale(Q.plan).fill('x'.repeat(2001));
  await expect(count).toHaveText('You have 1 character too many');
  await expect(form.status).toContainText(`1 answer is not saved yet: the rationale for “${Q.plan}” must be 2,000 characters or fewer`);
  await a11y.check(page, 'rationale over its limit');
  await form.rationale(Q.plan).fill('None on the file');
  await expect(count).toHaveCount(0);
  await form.waitUntilSaved();

  // Continue with gaps: the error summary names each, and its links reach the field.
  await form.answer(Q.vulnerability, 'No');
  await page.getByRole('button', { name: 'Continue' }).click();
  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link').first()).toHaveText(`Explain why you answered no to “${Q.vulnerability}”`);
  await expect(summary.getByRole('link', { name: `Select an answer for “${Q.wishes}”` })).toBeVisible();
  await expect(summary.getByRole('link', { name: `Select an answer for “${Q.planQuality}”` })).toHaveCount(0);
  await a11y.check(page, 'review form with errors');
  await summary.getByRole('link', { name: `Explain why you answered no to “${Q.vulnerability}”` }).click();
  await expect(form.rationale(Q.vulnerability)).toBeFocused();
  await page.keyboard.type('Not recorded at first contact');
  await expect(summary.getByRole('link', { name: `Explain why you answered no to “${Q.vulnerability}”` })).toHaveCount(0);

  // After a reload everything that was saved is still there, and the correction stuck.
  await form.waitUntilSaved();
  await page.reload();
  await form.expectAnswer(Q.plan, 'No');
  await expect(form.rationale(Q.vulnerability)).toHaveValue('Not recorded at first contact');
  await expect(form.question(Q.wishes)).toBeVisible();
  await expect(page.locator('.govuk-summary-list')).toContainText('14 – Evidential difficulties');
  await a11y.check(page, 'review form, reloaded');
});

test('a whole review done with the keyboard alone', async ({ page, a11y }) => {
  const file = ESSEX_FILES.keyboard;
  const who = REVIEW_USERS.keyboard;
  await page.goto('/sign-in');
  await a11y.check(page);
  await tabTo(page, page.getByLabel('Email address'));
  await page.keyboard.type(who.email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(who.password);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Hello, ${who.name}`);
  await a11y.check(page);

  await tabTo(page, page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Your files' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your files');
  await a11y.check(page);
  await tabTo(page, page.getByRole('link', { name: file.crimeReference }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Review of ${file.crimeReference}`);
  await a11y.check(page);

  const form = new ReviewFormPage(page);
  // A theft with an outcome: the questions that always apply, plus the outcome and, with a plan, its quality.
  const answers: [string, 'Space' | 'ArrowDown', string?][] = [
    [Q.vulnerability, 'Space'],
    [Q.risk, 'ArrowDown', 'No THRIVE on the incident log'],
    [Q.timely, 'Space'],
    [Q.evidence, 'Space'],
    [Q.bwv, 'Space'],
    [Q.plan, 'Space'],
    [Q.planQuality, 'Space'],
    [Q.enquiries, 'Space'],
    [Q.supervision, 'Space'],
    [Q.direction, 'Space'],
    [Q.updated, 'Space'],
    [Q.needs, 'Space'],
    [Q.care, 'Space'],
    [Q.outcome, 'Space'],
    [Q.overall, 'Space'],
  ];
  for (const [wording, key, note] of answers) {
    await tabTo(page, form.question(wording).getByRole('radio').first());
    await page.keyboard.press(key);
    if (note) {
      await page.keyboard.press('Tab');
      await expect(form.rationale(wording)).toBeFocused();
      await page.keyboard.type(note);
    }
  }
  await form.expectAnswer(Q.risk, 'No');
  await form.expectAnswer(Q.planQuality, 'Yes');
  await form.waitUntilSaved();
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Check your answers for ${file.crimeReference}`);
  await expect(page.locator('.govuk-summary-list__key', { hasText: Q.dash })).toHaveCount(0);
  await expect(page.locator('.govuk-summary-list__row', { hasText: Q.risk })).toContainText('No THRIVE on the incident log');
  await a11y.check(page);
  await tabTo(page, page.getByRole('button', { name: 'Submit review' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText(`Your review of ${file.crimeReference} has been submitted`)).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: file.crimeReference })).toContainText('Submitted');
  await a11y.check(page);
});

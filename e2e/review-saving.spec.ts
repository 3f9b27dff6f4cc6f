import type { Page } from '@playwright/test';
import { expect, signIn, test } from './support/fixtures';
import { Q, ReviewFormPage } from './support/review';
import { ESSEX_FILES, REVIEW_USERS } from './support/review-data';

async function openFile(page: Page, reference: string, a11y?: { check: (page: Page) => Promise<void> }) {
  await page.goto('/your-files');
  if (a11y) await a11y.check(page);
  await page.getByRole('link', { name: reference }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Review of ${reference}`);
}

test('two browsers editing one review get a conflict to resolve, never an overwrite', async ({ browser, page, a11y }) => {
  const file = ESSEX_FILES.conflict;
  await signIn(page, REVIEW_USERS.conflict, a11y);
  await openFile(page, file.crimeReference, a11y);
  await a11y.check(page);
  const first = new ReviewFormPage(page);

  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signIn(other, REVIEW_USERS.conflict);
  await openFile(other, file.crimeReference, a11y);
  const second = new ReviewFormPage(other);

  // The first browser saves; the second, still on the old version, answers the same question.
  await first.answer(Q.vulnerability, 'Yes');
  await first.waitUntilSaved();
  await second.answer(Q.vulnerability, 'No', 'Not identified by the call handler');
  await second.answer(Q.risk, 'Yes');
  const conflict = other.getByTestId('conflict');
  await expect(conflict.getByRole('heading', { name: 'This review has changed since you opened it' })).toBeVisible();
  await expect(second.status).toHaveText('Not saved – this review was changed somewhere else. Choose what to keep.');
  const choice = conflict.getByRole('group', { name: Q.vulnerability });
  await expect(choice.getByLabel('Keep your answer: No – “Not identified by the call handler”')).toBeVisible();
  await expect(choice.getByLabel('Keep the saved answer: Yes')).toBeVisible();
  await expect(conflict).toContainText(`${REVIEW_USERS.conflict.name} saved it on`);

  // Nothing was overwritten: the first browser's answer is what is stored.
  await page.reload();
  await first.expectAnswer(Q.vulnerability, 'Yes');
  await expect(first.question(Q.risk).getByRole('radio', { checked: true })).toHaveCount(0);

  // Saving without choosing is refused; choosing keeps exactly what was chosen.
  await conflict.getByRole('button', { name: 'Save these choices' }).click();
  await expect(other.locator('.govuk-error-summary')).toContainText(`Choose which answer to keep for “${Q.vulnerability}”`);
  await a11y.check(other, 'conflict with an error');
  await choice.getByLabel('Keep the saved answer: Yes').check();
  const riskChoice = conflict.getByRole('group', { name: Q.risk });
  await riskChoice.getByLabel('Keep your answer: Yes').check();
  await conflict.getByRole('button', { name: 'Save these choices' }).click();
  await expect(conflict).toHaveCount(0);
  await second.expectAnswer(Q.vulnerability, 'Yes');
  await second.expectAnswer(Q.risk, 'Yes');
  await expect(second.status).toHaveText(/^Saved at \d\d:\d\d$/);

  // Both choices are what is stored now.
  await page.reload();
  await first.expectAnswer(Q.vulnerability, 'Yes');
  await first.expectAnswer(Q.risk, 'Yes');
  await a11y.check(page, 'after the conflict');
  await otherContext.close();
});

test('the connection drops during autosave and comes back: nothing is lost', async ({ context, page, a11y }) => {
  const file = ESSEX_FILES.offline;
  await signIn(page, REVIEW_USERS.offline, a11y);
  await openFile(page, file.crimeReference, a11y);
  await a11y.check(page);
  const form = new ReviewFormPage(page);
  await form.answer(Q.vulnerability, 'Yes');
  await form.waitUntilSaved();

  await context.setOffline(true);
  await form.answer(Q.risk, 'No', 'No THRIVE recorded');
  await form.answer(Q.timely, 'Yes');
  await expect(form.status).toContainText('Not saved – trying again');
  await expect(form.status).toContainText('You seem to be offline');
  await a11y.check(page, 'offline, not saved');

  await context.setOffline(false);
  await form.waitUntilSaved();
  await page.reload();
  await form.expectAnswer(Q.vulnerability, 'Yes');
  await form.expectAnswer(Q.risk, 'No');
  await expect(form.rationale(Q.risk)).toHaveValue('No THRIVE recorded');
  await form.expectAnswer(Q.timely, 'Yes');
});

test('a reload while offline restores the unsent answers, which are sent when the connection is back', async ({ context, page, a11y }) => {
  const file = ESSEX_FILES.offlineReload;
  await signIn(page, REVIEW_USERS.offline, a11y);
  await openFile(page, file.crimeReference, a11y);
  await a11y.check(page);
  const form = new ReviewFormPage(page);
  // The page is kept for offline use once it says so.
  await expect(page.getByTestId('review-form')).toHaveAttribute('data-offline', 'ready');

  await context.setOffline(true);
  await form.answer(Q.bwv, 'No', 'Camera not switched on');
  await form.answer(Q.plan, 'Yes');
  await form.answer(Q.planQuality, 'Partly', 'No timescales');
  await expect(form.status).toContainText('Not saved – trying again');

  // Leaving with unsaved answers asks first.
  const asked = new Promise<string>((resolve) => {
    page.once('dialog', (dialog) => {
      resolve(dialog.type());
      void dialog.accept();
    });
  });
  await page.reload();
  expect(await asked).toBe('beforeunload');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Review of ${file.crimeReference}`);
  await expect(form.status).toContainText('Answers you had not saved have been restored from this browser.');
  await form.expectAnswer(Q.bwv, 'No');
  await expect(form.rationale(Q.bwv)).toHaveValue('Camera not switched on');
  await form.expectAnswer(Q.planQuality, 'Partly');
  await a11y.check(page, 'reloaded offline');

  await context.setOffline(false);
  await form.waitUntilSaved();
  await page.reload();
  await form.expectAnswer(Q.bwv, 'No');
  await form.expectAnswer(Q.planQuality, 'Partly');
  await expect(form.rationale(Q.planQuality)).toHaveValue('No timescales');
  await expect(form.status).not.toContainText('restored');
});

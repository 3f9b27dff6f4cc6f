import { expect, signIn, test } from './support/fixtures';
import { Q, ReviewFormPage } from './support/review';
import { ESSEX_FILES, REVIEW_USERS } from './support/review-data';

const REVIEW_PAGES_CACHE = 'rcf-review-pages-v1';

test('signing out forgets the review pages kept for offline use, and warns of answers not yet sent', async ({ page, a11y }) => {
  const file = ESSEX_FILES.shared;
  await signIn(page, REVIEW_USERS.shared, a11y);
  await page.goto('/your-files');
  await a11y.check(page);
  await page.getByRole('link', { name: file.crimeReference }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Review of ${file.crimeReference}`);
  await expect(page.getByTestId('review-form')).toHaveAttribute('data-offline', 'ready');
  await a11y.check(page);
  const kept = () =>
    page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname), REVIEW_PAGES_CACHE);
  const fileUrl = page.url();
  expect(await kept()).toContain(new URL(fileUrl).pathname);

  // An answer the service cannot take (its saves failing) stays in this browser until it can be sent.
  const form = new ReviewFormPage(page);
  await page.route(/\/files\/\d+$/, (route) => (route.request().method() === 'POST' ? route.abort() : route.continue()));
  await form.answer(Q.bwv, 'No', 'Camera not switched on');
  await expect(form.status).toContainText('Not saved – trying again');

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign out');
  await expect(page.locator('.govuk-warning-text')).toContainText(
    'This browser holds answers to a file that have not reached the service yet',
  );
  await expect(page.getByRole('link', { name: /^File \d+$/ })).toHaveAttribute('href', new URL(fileUrl).pathname);
  await a11y.check(page);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByText('You have signed out.')).toBeVisible();
  await a11y.check(page, 'signed out');
  await expect.poll(kept).toEqual([]);
});

import type { Browser, Page } from '@playwright/test';
import { expect, signIn, test } from './support/fixtures';
import { ReviewFormPage } from './support/review';
import { USERS, type TestUser } from './support/users';

interface A11y {
  check: (page: Page, label?: string) => Promise<void>;
}

/** One inspector reviews every file on their list, end to end, in the browser. */
async function reviewAll(browser: Browser, who: TestUser, a11y: A11y): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, who, a11y);
  await page.goto('/your-files');
  await a11y.check(page);
  const links = page.locator('.govuk-task-list__link');
  const total = await links.count();
  const form = new ReviewFormPage(page);
  for (let done = 0; done < total; done += 1) {
    // Always the first file not yet submitted.
    const item = page.locator('.govuk-task-list__item').filter({ hasNotText: 'Submitted' }).first();
    const reference = (await item.locator('.govuk-task-list__link').textContent())?.trim() ?? '';
    await item.locator('.govuk-task-list__link').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Review of ${reference}`);
    await form.answerEverythingYes();
    // The title arrives just after the page on a client-side navigation; axe checks it too.
    await expect(page).toHaveTitle(`Review of ${reference} – Review case files`);
    if (done % 10 === 0) await a11y.check(page, `review of ${reference}`);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Check your answers for ${reference}`);
    await expect(page).toHaveTitle(`Check your answers for ${reference} – Review case files`);
    if (done % 10 === 0) await a11y.check(page, `check answers for ${reference}`);
    await page.getByRole('button', { name: 'Submit review' }).click();
    await expect(page.getByText(`Your review of ${reference} has been submitted`)).toBeVisible();
  }
  await expect(page.locator('.govuk-task-list__item').filter({ hasText: 'Submitted' })).toHaveCount(total);
  await expect(page).toHaveTitle('Your files – Review case files');
  await a11y.check(page, 'all submitted');
  await context.close();
  return total;
}

test('a lead assigns Kent’s 60 files to two inspectors, each reviews theirs, and the lead sees 60 of 60 submitted', async ({
  browser,
  page,
  a11y,
}) => {
  test.setTimeout(20 * 60_000);
  await signIn(page, USERS.lead, a11y);
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Inspections' }).click();
  await a11y.check(page);
  await page.getByRole('link', { name: 'PEEL effectiveness 2017' }).click();
  await expect(page.getByTestId('inspection-progress')).toHaveText('0 of 60 reviews submitted');
  await a11y.check(page);
  await page.getByRole('link', { name: 'Kent Police' }).click();
  await expect(page.getByTestId('files-shown')).toHaveText('60 files in the sample');
  await a11y.check(page);

  // Half to Aisha, by ticking them; the rest to Tom, by filtering to the unassigned and selecting all.
  const boxes = page.getByRole('checkbox', { name: /^Select \d/ });
  await expect(boxes).toHaveCount(60);
  for (let i = 0; i < 30; i += 1) await boxes.nth(i).check();
  await page.getByLabel('Assign the selected files to').selectOption({ label: USERS.inspector.name });
  await page.getByRole('button', { name: 'Assign files' }).click();
  await expect(page.getByText(`30 files assigned to ${USERS.inspector.name}`)).toBeVisible();
  await page.getByLabel('Inspector', { exact: true }).selectOption({ label: 'Not assigned' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByTestId('files-shown')).toHaveText('Showing 30 of 60 files');
  await page.getByLabel('Select all 30 files shown').check();
  await page.getByLabel('Assign the selected files to').selectOption({ label: USERS.inspector2.name });
  await page.getByRole('button', { name: 'Assign files' }).click();
  await expect(page.getByText(`30 files assigned to ${USERS.inspector2.name}`)).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Not assigned' })).toHaveCount(0);
  await a11y.check(page, 'all assigned');

  const [first, second] = await Promise.all([reviewAll(browser, USERS.inspector, a11y), reviewAll(browser, USERS.inspector2, a11y)]);
  expect(first + second).toBe(60);

  await page.goto('/inspections/peel-effectiveness-2017');
  await expect(page.getByTestId('inspection-progress')).toHaveText('60 of 60 reviews submitted');
  await expect(page.getByRole('row', { name: /Kent Police/ })).toContainText('60 of 60 submitted');
  await a11y.check(page, 'inspection, all submitted');
  await page.getByRole('link', { name: 'Kent Police' }).click();
  await expect(page.getByTestId('force-progress')).toHaveText('60 of 60 submitted');
  await a11y.check(page, 'Kent, all submitted');
});

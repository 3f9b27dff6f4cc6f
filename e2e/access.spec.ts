import { expect, signIn, test } from './support/fixtures';
import { USERS } from './support/users';
import { postedFields } from './support/form-fields';

test('an inspector who types an admin or lead address gets the 403 page, not the page', async ({ page, a11y }) => {
  await signIn(page, USERS.inspector, a11y);
  for (const path of ['/admin/users', '/admin/users/new', '/admin/users/1', '/admin/audit', '/inspections']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You do not have access to this page');
    await expect(page).toHaveTitle('You do not have access – Review case files');
    await a11y.check(page, `403 at ${path}`);
  }
});

test('a lead cannot open user management either', async ({ page, a11y }) => {
  await signIn(page, USERS.lead, a11y);
  const response = await page.goto('/admin/users');
  expect(response?.status()).toBe(403);
  await a11y.check(page);
});

test('an inspector’s direct POST to an admin action is refused and changes nothing', async ({ browser, page, a11y }) => {
  // The admin's own form, as the browser would post it without JavaScript.
  await signIn(page, USERS.admin, a11y);
  await page.goto('/admin/users/new');
  await a11y.check(page);
  const fields = await postedFields(page);

  const inspector = await browser.newContext();
  const inspectorPage = await inspector.newPage();
  await signIn(inspectorPage, USERS.inspector);
  const email = `sneaky-${Date.now()}@review.example`;
  const response = await inspector.request.post('/admin/users/new', {
    multipart: { ...fields, name: 'Sneaky Admin', email, role: 'admin' },
    headers: { Origin: new URL(page.url()).origin },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
  await inspector.close();

  await page.goto('/admin/users');
  await expect(page.getByRole('table')).toBeVisible();
  await expect(page.getByText(email)).toHaveCount(0);
  await a11y.check(page);
});

test('pages that do not exist get the GOV.UK 404 page', async ({ page, a11y }) => {
  await signIn(page, USERS.lead, a11y);
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page).toHaveTitle('Page not found – Review case files');
  await a11y.check(page);
});

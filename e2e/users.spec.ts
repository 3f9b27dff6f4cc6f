import { expect, signIn, test } from './support/fixtures';
import { USERS } from './support/users';

test('an admin adds a user, who signs in with the one-time password and must choose their own', async ({ browser, page, a11y }) => {
  await signIn(page, USERS.admin, a11y);
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Users' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Users');
  await a11y.check(page);
  await page.getByRole('button', { name: 'Add a user' }).click();
  await a11y.check(page);

  // Bad input: every problem at once, nothing added.
  await page.getByRole('button', { name: 'Add user' }).click();
  await expect(page.locator('.govuk-error-summary').getByRole('link')).toHaveText([
    'Enter the person’s full name',
    'Enter an email address',
    'Select a role',
  ]);
  await a11y.check(page, 'add user with errors');

  const email = `new.person-${Date.now()}@review.example`;
  await page.getByLabel('Full name').fill('New Person');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Inspector').check();
  await page.getByRole('button', { name: 'Add user' }).click();
  await expect(page.getByText('New Person has been added as an inspector')).toBeVisible();
  const password = (await page.getByTestId('one-time-password').textContent())?.trim() ?? '';
  expect(password).toMatch(/^[\w]{5}(-[\w]{5}){3}$/);
  await a11y.check(page, 'user added');

  // The same email again is refused.
  await page.goto('/admin/users/new');
  await a11y.check(page);
  await page.getByLabel('Full name').fill('Someone Else');
  await page.getByLabel('Email address').fill(email.toUpperCase());
  await page.getByLabel('Lead').check();
  await page.getByRole('button', { name: 'Add user' }).click();
  await expect(page.locator('.govuk-error-summary')).toContainText(`A user with the email address ${email} already exists`);

  const context = await browser.newContext();
  const newcomer = await context.newPage();
  await newcomer.goto('/sign-in');
  await a11y.check(newcomer);
  await newcomer.getByLabel('Email address').fill(email);
  await newcomer.getByLabel('Password').fill(password);
  await newcomer.getByRole('button', { name: 'Sign in' }).click();
  await expect(newcomer.getByRole('heading', { level: 1 })).toHaveText('Change your password');
  await a11y.check(newcomer);
  // Nowhere else to go until a password is chosen.
  await newcomer.goto('/your-files');
  await expect(newcomer).toHaveURL(/\/account\/password$/);
  await newcomer.getByLabel('Current password').fill(password);
  await newcomer.getByLabel('New password', { exact: true }).fill('my own long passphrase');
  await newcomer.getByLabel('Confirm new password').fill('my own long passphrase');
  await newcomer.getByRole('button', { name: 'Change password' }).click();
  await expect(newcomer.getByText('Your password has been changed.')).toBeVisible();
  await a11y.check(newcomer);
  await context.close();
});

test('disabling a user ends their open session on their next click', async ({ browser, page, a11y }) => {
  const context = await browser.newContext();
  const victim = await context.newPage();
  await signIn(victim, USERS.disableMe, a11y);
  await expect(victim.getByRole('heading', { level: 1 })).toHaveText(`Hello, ${USERS.disableMe.name}`);

  await signIn(page, USERS.admin, a11y);
  await page.goto('/admin/users');
  await a11y.check(page);
  await page.getByRole('link', { name: USERS.disableMe.name }).click();
  await a11y.check(page);
  await page.getByRole('button', { name: 'Disable account' }).click();
  await expect(page.getByText('Account disabled. Their open sessions have ended.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Enable account' })).toBeVisible();
  await a11y.check(page, 'user disabled');

  await victim.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Your files' }).click();
  await expect(victim).toHaveURL(/\/sign-in/);
  await a11y.check(victim);
  await victim.getByLabel('Email address').fill(USERS.disableMe.email);
  await victim.getByLabel('Password').fill(USERS.disableMe.password);
  await victim.getByRole('button', { name: 'Sign in' }).click();
  await expect(victim.locator('.govuk-error-summary')).toContainText('Your account has been disabled');
  await a11y.check(victim);
  await context.close();

  // Every change is in the audit log, which can be narrowed to find it.
  await page.goto('/admin/audit');
  await a11y.check(page);
  await page.getByLabel('Kind of event').selectOption({ label: 'Accounts' });
  await page.getByLabel('Who (part of a name or email)').fill(USERS.admin.email);
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/action=user\./);
  const row = page.getByRole('row').filter({ hasText: 'Account disabled' }).first();
  await expect(row).toContainText(`email: ${USERS.disableMe.email}`);
  await expect(page.getByRole('row').filter({ hasText: 'Signed in' })).toHaveCount(0);
  await a11y.check(page, 'audit log, filtered');
  await page.goto('/admin/audit?from=2017-02-30');
  await expect(page.locator('.govuk-error-summary')).toContainText('Enter a real date');
  await a11y.check(page, 'audit log, bad filter');
});

test('an admin resets a password and changes a role', async ({ page, a11y }) => {
  await signIn(page, USERS.admin, a11y);
  await page.goto('/admin/users');
  await a11y.check(page);
  await page.getByRole('link', { name: USERS.resetMe.name }).click();
  await page.getByRole('button', { name: 'Reset password' }).click();
  await expect(page.getByTestId('one-time-password')).toHaveText(/^[\w]{5}(-[\w]{5}){3}$/);
  await a11y.check(page, 'password reset');
  await page.reload();
  await expect(page.getByTestId('one-time-password')).toHaveCount(0);
  await page.getByLabel('Lead').check();
  await page.getByRole('button', { name: 'Change role' }).click();
  await expect(page.getByText('Role changed to lead')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('row').filter({ hasText: 'Role changed' }).first()).toContainText('inspector → lead');
  await a11y.check(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an admin disables and enables an account, changes a role and resets a password with JavaScript off', async ({ page, a11y }) => {
    await signIn(page, USERS.admin, a11y);
    await page.goto('/admin/users');
    await a11y.check(page);
    await page.getByRole('link', { name: USERS.noScriptTarget.name }).click();
    await a11y.check(page);
    await page.getByRole('button', { name: 'Disable account' }).click();
    await expect(page.getByText('Account disabled. Their open sessions have ended.')).toBeVisible();
    await a11y.check(page, 'disabled without JavaScript');
    await page.goto(page.url());
    await page.getByRole('button', { name: 'Enable account' }).click();
    await expect(page.getByText('Account enabled.')).toBeVisible();
    await page.getByLabel('Lead').check();
    await page.getByRole('button', { name: 'Change role' }).click();
    await expect(page.getByText('Role changed to lead')).toBeVisible();
    await page.getByRole('button', { name: 'Reset password' }).click();
    await expect(page.getByTestId('one-time-password')).toHaveText(/^[\w]{5}(-[\w]{5}){3}$/);
    await a11y.check(page, 'password reset without JavaScript');
  });
});

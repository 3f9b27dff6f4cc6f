import { expect, signIn, test } from './support/fixtures';
import { USERS } from './support/users';

const NAV = {
  admin: ['Home', 'Inspections', 'Users', 'Audit log', 'Sign out'],
  lead: ['Home', 'Inspections', 'Sign out'],
  inspector: ['Home', 'Your files', 'Sign out'],
} as const;

for (const role of ['admin', 'lead', 'inspector'] as const) {
  test(`${role} signs in and sees the navigation for their role`, async ({ page, a11y }) => {
    await signIn(page, USERS[role], a11y);
    await expect(page).toHaveTitle('Home – Review case files');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Hello, ${USERS[role].name}`);
    const menu = page.getByRole('navigation', { name: 'Menu' });
    await expect(menu.getByRole('link')).toHaveText([...NAV[role]]);
    await expect(menu.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
    await a11y.check(page);
  });
}

test('a wrong password shows the GOV.UK error summary, the same as an unknown email', async ({ page, a11y }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(USERS.lead.email);
  await page.getByLabel('Password').fill('not the right password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const summary = page.locator('.govuk-error-summary');
  await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  await expect(summary.getByRole('link', { name: 'The email address or password is not right' })).toHaveAttribute('href', '#email');
  await expect(summary).toBeFocused();
  await expect(page.getByLabel('Email address')).toHaveValue(USERS.lead.email);
  // GOV.UK: a page showing errors says so first in its title, which a screen reader reads on arrival.
  await expect(page).toHaveTitle('Error: Sign in – Review case files');
  await a11y.check(page, 'sign-in with errors');

  await page.getByLabel('Email address').fill('nobody-here@review.example');
  await page.getByLabel('Password').fill('not the right password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(summary.getByRole('link')).toHaveText(['The email address or password is not right']);
});

test('an empty form is checked in the browser with the same messages as the server', async ({ page, a11y }) => {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const summary = page.locator('.govuk-error-summary');
  await expect(summary.getByRole('link')).toHaveText(['Enter your email address', 'Enter your password']);
  await summary.getByRole('link', { name: 'Enter your password' }).click();
  await expect(page.getByLabel('Password')).toBeFocused();
  await a11y.check(page, 'sign-in, empty');
});

test('the 11th bad attempt is refused even with the right password, until an admin resets the password', async ({
  browser,
  page,
  a11y,
}) => {
  await page.goto('/sign-in');
  for (let i = 1; i <= 10; i += 1) {
    await page.getByLabel('Email address').fill(USERS.lockout.email);
    await page.getByLabel('Password').fill(`wrong password ${i}`);
    // Wait for each attempt's answer before making the next.
    const answered = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/sign-in'));
    // Enter, not the button: GOV.UK's button ignores a second click within a second, by design.
    await page.getByLabel('Password').press('Enter');
    await answered;
    await expect(page.locator('.govuk-error-summary')).toContainText('The email address or password is not right');
  }
  await page.getByLabel('Email address').fill(USERS.lockout.email);
  await page.getByLabel('Password').fill(USERS.lockout.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('.govuk-error-summary')).toContainText(
    'There have been too many failed attempts to sign in to this account. Try again in 15 minutes.',
  );
  await expect(page).toHaveURL(/\/sign-in/);
  await a11y.check(page, 'sign-in, locked');

  // An admin sees the lock, and a password reset lifts it: the one-time password works at once.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, USERS.admin, a11y);
  await admin.goto('/admin/users');
  await a11y.check(admin);
  await admin.getByRole('link', { name: USERS.lockout.name }).click();
  const signInRow = admin
    .locator('.govuk-summary-list__row')
    .filter({ has: admin.getByRole('term').getByText('Sign-in', { exact: true }) });
  await expect(signInRow).toContainText('Locked until');
  await a11y.check(admin, 'a locked account');
  await admin.getByRole('button', { name: 'Reset password' }).click();
  const password = (await admin.getByTestId('one-time-password').textContent())?.trim() ?? '';
  expect(password).toMatch(/^[\w]{5}(-[\w]{5}){3}$/);
  await expect(signInRow).toContainText('Not locked');
  await expect(admin.getByRole('row').filter({ hasText: 'lifting the sign-in lock' })).toHaveCount(1);
  await a11y.check(admin, 'lock lifted');
  await adminContext.close();

  await page.getByLabel('Email address').fill(USERS.lockout.email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Change your password');
  await a11y.check(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('signing in works, and errors show, with JavaScript disabled', async ({ page, a11y }) => {
    await page.goto('/sign-in');
    await page.getByLabel('Email address').fill(USERS.noScript.email);
    await page.getByLabel('Password').fill('wrong again and again');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.locator('.govuk-error-summary')).toContainText('The email address or password is not right');
    await expect(page.getByLabel('Email address')).toHaveValue(USERS.noScript.email);
    await a11y.check(page, 'sign-in error without JavaScript');

    await page.getByLabel('Password').fill(USERS.noScript.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Hello, ${USERS.noScript.name}`);
    await a11y.check(page);

    await page.getByRole('link', { name: 'Sign out' }).click();
    await a11y.check(page);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByText('You have signed out.')).toBeVisible();
  });
});

test('signing out ends the session, and the old cookie no longer works', async ({ page, a11y }) => {
  await signIn(page, USERS.inspector2, a11y);
  const cookies = await page.context().cookies();
  await page.getByRole('link', { name: 'Sign out' }).click();
  await a11y.check(page);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByText('You have signed out.')).toBeVisible();
  await a11y.check(page, 'signed out');

  // Someone who kept a copy of the cookie gets nothing from it.
  await page.context().addCookies(cookies);
  await page.goto('/your-files');
  await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Fyour-files/);
});

test('after signing in, people go back to the page they asked for', async ({ page, a11y }) => {
  await page.goto('/admin/audit');
  await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Fadmin%2Faudit/);
  await a11y.check(page);
  await page.getByLabel('Email address').fill(USERS.admin.email);
  await page.getByLabel('Password').fill(USERS.admin.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Audit log');
  await a11y.check(page);
});

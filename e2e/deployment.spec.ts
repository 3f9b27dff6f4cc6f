// What a real deployment meets: other sites posting forms here, a client claiming a host or a
// scheme, and https in front of the service.
import type { Page } from '@playwright/test';
import { expect, signIn, test } from './support/fixtures';
import { USERS } from './support/users';
import { ownPort, startOwnServer, type OwnServer } from './support/own-server';
import { postedFields } from './support/form-fields';

/** The sign-in form's fields, as a browser without JavaScript posts them, with a wrong password. */
async function signInPost(page: Page): Promise<Record<string, string>> {
  await page.goto('/sign-in');
  const fields = await postedFields(page);
  return { ...fields, email: 'nobody@review.example', password: 'a guess at a password' };
}

test('another site cannot post a form here, not even by claiming to be this host', async ({ request, page, a11y }) => {
  const form = await signInPost(page);
  await a11y.check(page);

  // The check compares the Origin with the host; a client-sent X-Forwarded-Host must not move it.
  const disguised = await request.post('/sign-in', {
    multipart: form,
    headers: { Origin: 'http://evil.example', 'X-Forwarded-Host': 'evil.example' },
    maxRedirects: 0,
  });
  expect(disguised.status()).toBe(403);
  expect(await disguised.text()).toContain('You do not have access to this page');

  const plain = await request.post('/sign-in', { multipart: form, headers: { Origin: 'http://evil.example' }, maxRedirects: 0 });
  expect(plain.status()).toBe(403);
  const body = await plain.text();
  expect(body).toContain('This form was sent from another website, so nothing was changed.');
  expect(body).not.toMatch(/digest|Error:/i);

  // The same post from this site itself still reaches the form (and is refused for the password).
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill('nobody@review.example');
  await page.getByLabel('Password').fill('a guess at a password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('.govuk-error-summary')).toContainText('The email address or password is not right');
  await a11y.check(page);
});

test.describe('behind an https proxy', () => {
  test.setTimeout(240_000);
  let server: OwnServer;
  test.beforeAll(async () => {
    test.setTimeout(240_000);
    server = await startOwnServer('deployment-https', ownPort(15), { TRUST_PROXY: 'true' });
  });
  test.afterAll(async () => server.stop());

  test('HSTS and a Secure session cookie whenever the request is https', async ({ playwright, browser }) => {
    const direct = await playwright.request.newContext({ baseURL: server.baseURL });
    const overHttp = await direct.get('/sign-in');
    expect(overHttp.headers()['strict-transport-security']).toBeUndefined();

    const viaProxy = await playwright.request.newContext({ baseURL: server.baseURL, extraHTTPHeaders: { 'X-Forwarded-Proto': 'https' } });
    const overHttps = await viaProxy.get('/sign-in');
    expect(overHttps.headers()['strict-transport-security']).toContain('max-age=');
    await direct.dispose();
    await viaProxy.dispose();

    // NEXTAUTH_URL is not https here: the request alone decides.
    const context = await browser.newContext({ baseURL: server.baseURL, extraHTTPHeaders: { 'X-Forwarded-Proto': 'https' } });
    const page = await context.newPage();
    await signIn(page, USERS.admin);
    const session = (await context.cookies()).find((c) => c.name.includes('rcf.session'));
    expect(session?.secure).toBe(true);
    await context.close();

    const plainContext = await browser.newContext({ baseURL: server.baseURL });
    const plainPage = await plainContext.newPage();
    await signIn(plainPage, USERS.lead);
    expect((await plainContext.cookies()).find((c) => c.name.includes('rcf.session'))?.secure).toBe(false);
    await plainContext.close();
  });
});

test('without TRUST_PROXY a client cannot claim https', async ({ request }) => {
  const response = await request.get('/sign-in', { headers: { 'X-Forwarded-Proto': 'https' } });
  expect(response.headers()['strict-transport-security']).toBeUndefined();
});

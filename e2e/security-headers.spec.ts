import type { Response } from '@playwright/test';
import { expect, signIn, test } from './support/fixtures';
import { USERS } from './support/users';

function problems(response: Response, headers: Record<string, string>): string[] {
  const url = new URL(response.url());
  const out: string[] = [];
  const csp = headers['content-security-policy'] ?? '';
  if (headers['x-content-type-options'] !== 'nosniff') out.push('nosniff');
  if (!csp.includes("frame-ancestors 'none'")) out.push("CSP frame-ancestors 'none'");
  if (!headers['referrer-policy']) out.push('Referrer-Policy');
  if ('x-powered-by' in headers) out.push('X-Powered-By present');
  const isPage = (headers['content-type'] ?? '').startsWith('text/html');
  if (isPage) {
    if (!/script-src [^;]*'nonce-[A-Za-z0-9+/=]+'/.test(csp)) out.push('CSP script nonce');
    if (!(headers['cache-control'] ?? '').includes('no-store')) out.push('Cache-Control no-store');
  }
  return out.map((p) => `${url.pathname}: ${p}`);
}

test('every response carries the security headers, and each page gets its own nonce', async ({ page, a11y }) => {
  const seen: Promise<string[]>[] = [];
  const nonces: string[] = [];
  page.on('response', (response) => {
    if (!response.url().startsWith(new URL(page.url() === 'about:blank' ? 'http://localhost:3100' : page.url()).origin)) return;
    seen.push(
      response.allHeaders().then((headers) => {
        const nonce = /'nonce-([^']+)'/.exec(headers['content-security-policy'] ?? '')?.[1];
        if (nonce && (headers['content-type'] ?? '').startsWith('text/html')) nonces.push(nonce);
        return problems(response, headers);
      }),
    );
  });

  await signIn(page, USERS.admin, a11y);
  await page.goto('/admin/users');
  await a11y.check(page);
  await page.goto('/no-such-page');
  await a11y.check(page);
  const api = await page.request.get('/api/auth/session');
  seen.push(api.headersArray().length ? Promise.resolve(apiProblems(api.headers())) : Promise.resolve(['api: no headers']));

  const all = (await Promise.all(seen)).flat();
  expect(seen.length).toBeGreaterThan(10); // pages, scripts, styles, fonts
  expect(all).toEqual([]);
  expect(new Set(nonces).size).toBe(nonces.length);
});

function apiProblems(headers: Record<string, string>): string[] {
  const out: string[] = [];
  if (headers['x-content-type-options'] !== 'nosniff') out.push('api: nosniff');
  if (!(headers['content-security-policy'] ?? '').includes("frame-ancestors 'none'")) out.push('api: CSP');
  if ('x-powered-by' in headers) out.push('api: X-Powered-By');
  return out;
}

test('a client cannot choose the address that sign-in limits and the audit log record', async ({ browser, page, a11y }) => {
  const spoofer = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': '203.0.113.77' } });
  const attempt = await spoofer.newPage();
  const email = `spoof-${Date.now()}@review.example`;
  await attempt.goto('/sign-in');
  await attempt.getByLabel('Email address').fill(email);
  await attempt.getByLabel('Password').fill('a guess at a password');
  await attempt.getByRole('button', { name: 'Sign in' }).click();
  await expect(attempt.locator('.govuk-error-summary')).toContainText('The email address or password is not right');
  await spoofer.close();

  await signIn(page, USERS.admin, a11y);
  await page.goto(`/admin/audit?action=sign-in.&actor=${encodeURIComponent(email)}`);
  const row = page.getByRole('row').filter({ hasText: 'Sign-in failed' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(/from (127\.0\.0\.1|::1|::ffff:127\.0\.0\.1)/);
  await expect(row).not.toContainText('203.0.113.77');
  await a11y.check(page);
});

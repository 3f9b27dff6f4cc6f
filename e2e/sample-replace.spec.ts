import { expect, signIn, test } from './support/fixtures';
import { USERS } from './support/users';

const SAMPLE_PAGE = '/inspections/e2e-samples/forces/cumbria/sample';

test('a lead replaces a file from the reserves, and is told plainly when a crime type has none left', async ({ page, a11y }) => {
  await signIn(page, USERS.lead, a11y);
  await page.goto(SAMPLE_PAGE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cumbria Constabulary: sample');
  await a11y.check(page);
  // Drawn in setup: 10 of 20, of which 2 are rape: one sampled, one reserve.
  const rapeRow = page.getByRole('table', { name: 'Crime types' }).getByRole('row').filter({ hasText: 'Rape (including attempts)' });
  await expect(rapeRow.getByRole('cell')).toHaveText(['2', '1', '1', '0', '1']);

  const files = page.getByRole('table', { name: 'Files in the sample (10)' });
  const sampledRape = files.getByRole('row').filter({ hasText: 'Rape (including attempts)' });
  const first = (await sampledRape.getByRole('rowheader').innerText()).trim();
  const reserve = first === 'CUM/R1' ? 'CUM/R2' : 'CUM/R1';
  const firstHref = (await sampledRape.getByRole('link', { name: `Replace ${first}` }).getAttribute('href')) ?? '';
  await sampledRape.getByRole('link', { name: `Replace ${first}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Replace ${first}`);
  await expect(
    page.getByText(`The next reserve file of this crime type, ${reserve} (number 1 on the reserve list), will take its place.`),
  ).toBeVisible();
  await expect(page).toHaveTitle('Replace a file – Review case files');
  await a11y.check(page);
  await page.getByLabel('Out of scope').check();
  await page.getByLabel('Explain what happened').fill('Recorded as rape in error: it was a sexual assault');
  await page.getByRole('button', { name: 'Replace the file' }).click();

  await expect(page.getByRole('alert', { name: 'Success' })).toContainText(
    `${first} has been taken out of the sample and replaced by ${reserve}.`,
  );
  await expect(rapeRow.getByRole('cell')).toHaveText(['2', '1', '1', '1', '0']);
  await expect(page.getByRole('table', { name: 'Replaced files (1)' }).getByRole('row').nth(1)).toContainText(
    `${first}Rape (including attempts)Out of scope: Recorded as rape in error: it was a sexual assault${reserve}`,
  );
  await a11y.check(page, 'replaced');

  // The replacement is in the sample now; replacing it too finds no rape reserves left.
  await files.getByRole('link', { name: `Replace ${reserve}` }).click();
  await expect(page.locator('.govuk-warning-text')).toContainText(
    `There are no reserve files of rape (including attempts) left for Cumbria Constabulary, so ${reserve} cannot be replaced.`,
  );
  await expect(page.getByRole('button', { name: 'Replace the file' })).toHaveCount(0);
  await expect(page).toHaveTitle('Replace a file – Review case files');
  await a11y.check(page, 'no reserves left');

  // The file taken out cannot be replaced again: it is kept, out of the sample.
  expect(firstHref).toMatch(/\/replace\/\d+$/);
  await page.goto(firstHref);
  await expect(page.locator('.govuk-warning-text')).toContainText(`${first} is not in the sample now, so it cannot be replaced.`);
  await a11y.check(page);
});

test('people who do not manage an inspection cannot see or change its samples', async ({ browser, page, a11y }) => {
  await signIn(page, USERS.inspector, a11y);
  for (const path of [
    '/inspections/new',
    '/inspections/e2e-samples/samples',
    '/inspections/e2e-samples/edit',
    SAMPLE_PAGE,
    `${SAMPLE_PAGE}/import`,
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await a11y.check(page, `403 for an inspector at ${path}`);
  }

  // A lead, but not of this inspection: may create their own, not touch this one.
  const context = await browser.newContext();
  const other = await context.newPage();
  await signIn(other, USERS.otherLead, a11y);
  for (const path of ['/inspections/e2e-samples/samples', '/inspections/e2e-samples/edit', SAMPLE_PAGE, `${SAMPLE_PAGE}/draw`]) {
    const response = await other.goto(path);
    expect(response?.status(), path).toBe(403);
    await a11y.check(other, `403 for another lead at ${path}`);
  }
  const response = await other.goto('/inspections/new');
  expect(response?.status()).toBe(200);
  await expect(other.getByLabel('Olivia Other (other-lead@review.example)')).toBeChecked();
  await a11y.check(other);
  await context.close();

  // A page for a force outside the inspection, or an inspection that does not exist, is not found.
  const admin = await browser.newContext();
  const adminPage = await admin.newPage();
  await signIn(adminPage, USERS.admin, a11y);
  for (const path of ['/inspections/e2e-samples/forces/durham/sample', '/inspections/no-such/samples']) {
    expect((await adminPage.goto(path))?.status(), path).toBe(404);
    await a11y.check(adminPage);
  }
  await admin.close();
});

test('a forged upload from a lead of another inspection is refused and imports nothing', async ({ browser, page, a11y }) => {
  // The real form, as its own lead's browser would post it without JavaScript.
  await signIn(page, USERS.lead, a11y);
  await page.goto('/inspections/e2e-samples/forces/derbyshire/sample/import');
  await a11y.check(page);
  const fields = await page.locator('main form').evaluate((form: HTMLFormElement) => {
    const out: Record<string, string> = {};
    new FormData(form).forEach((value, key) => {
      if (typeof value === 'string') out[key] = value;
    });
    return out;
  });
  expect(Object.keys(fields).some((k) => k.startsWith('$ACTION'))).toBe(true);

  const context = await browser.newContext();
  const other = await context.newPage();
  await signIn(other, USERS.otherLead);
  const response = await context.request.post('/inspections/e2e-samples/forces/derbyshire/sample/import', {
    multipart: {
      ...fields,
      sampleFile: {
        name: 'forged.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('crime_reference,crime_type,recorded_on\nFORGED/1,rape,2017-01-05\n'),
      },
    },
    headers: { Origin: new URL(page.url()).origin },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
  await context.close();

  await page.goto('/inspections/e2e-samples/forces/derbyshire/sample');
  await expect(page.getByText('Derbyshire Constabulary has no sample yet.', { exact: false })).toBeVisible();
  await a11y.check(page);
});

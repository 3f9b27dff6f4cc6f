import type { Page } from '@playwright/test';
import { expect, signIn, test } from './support/fixtures';
import { Q, ReviewFormPage } from './support/review';
import { ESSEX_FILES, REVIEW_USERS } from './support/review-data';

/** A form's fields as the page's HTML has them (read without running the page's own scripts). */
async function formFields(page: Page): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const input of await page
    .getByTestId('review-form')
    .locator('input[type=hidden], input[type=radio]:checked, textarea, select')
    .all()) {
    const name = await input.getAttribute('name');
    if (name) out[name] = await input.inputValue();
  }
  return out;
}

test('an inspector’s direct POST to another inspector’s review is refused and changes nothing', async ({ browser, page, a11y }) => {
  await signIn(page, REVIEW_USERS.owner, a11y);
  await page.goto('/your-files');
  await a11y.check(page);
  await page.getByRole('link', { name: ESSEX_FILES.owner.crimeReference }).click();
  await expect(page).toHaveTitle(`Review of ${ESSEX_FILES.owner.crimeReference} – Review case files`);
  await a11y.check(page);
  const path = new URL(page.url()).pathname;
  // The owner's own form, exactly as a browser without JavaScript would post it.
  const plainContext = await browser.newContext({ javaScriptEnabled: false });
  const plain = await plainContext.newPage();
  await signIn(plain, REVIEW_USERS.owner);
  await plain.goto(path);
  const fields = await formFields(plain);
  await plainContext.close();
  expect(fields.file).toBeTruthy();
  expect(Object.keys(fields).some((k) => k.startsWith('$ACTION'))).toBe(true);

  const intruderContext = await browser.newContext();
  const intruder = await intruderContext.newPage();
  await signIn(intruder, REVIEW_USERS.intruder, a11y);
  // They cannot open it…
  const view = await intruder.goto(path);
  expect(view?.status()).toBe(403);
  await a11y.check(intruder, '403 on another inspector’s file');
  // Not even the file's reference shows, in the page or its title.
  await expect(intruder.locator('html')).not.toContainText(ESSEX_FILES.owner.crimeReference);
  expect(await intruder.title()).not.toContain(ESSEX_FILES.owner.crimeReference);
  expect((await intruder.goto(`${path}/check`))?.status()).toBe(403);
  expect(await intruder.title()).not.toContain(ESSEX_FILES.owner.crimeReference);
  await a11y.check(intruder, '403 on another inspector’s check answers');
  // …and posting to it, as a form or as a script, changes nothing.
  const tampered = {
    ...fields,
    answer_vulnerability_identified: 'no',
    note_vulnerability_identified: 'Written by someone else',
    intent: 'save',
  };
  const posted = await intruderContext.request.post(path, {
    multipart: tampered,
    headers: { Origin: new URL(page.url()).origin },
    maxRedirects: 0,
  });
  expect(posted.status()).toBe(403);
  await intruderContext.close();

  // Nothing changed for the owner.
  await page.reload();
  const form = new ReviewFormPage(page);
  await expect(form.question(Q.vulnerability).getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(form.rationale(Q.vulnerability)).toHaveValue('');
  await page.goto('/your-files');
  await expect(page.getByRole('listitem').filter({ hasText: ESSEX_FILES.owner.crimeReference })).toContainText('Not started');

  // The very same post from the owner is accepted: the refusal above was about who, not how.
  const own = await page
    .context()
    .request.post(path, { multipart: tampered, headers: { Origin: new URL(page.url()).origin }, maxRedirects: 0 });
  expect(own.status()).toBe(303);
  await page.goto(path);
  await form.expectAnswer(Q.vulnerability, 'No');
  await expect(form.rationale(Q.vulnerability)).toHaveValue('Written by someone else');
});

test('leads see only the inspections they lead; inspectors cannot open a lead’s pages', async ({ page, a11y }) => {
  await signIn(page, REVIEW_USERS.intruder, a11y);
  for (const path of ['/inspections/e2e-reviews', '/inspections/e2e-reviews/forces/essex']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await a11y.check(page, `403 at ${path}`);
  }
});

import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Locator, Page } from '@playwright/test';
import { expect, signIn, test } from './support/fixtures';
import { FINDINGS_INSPECTION, USERS } from './support/users';

// Each test reads several findings pages of a whole inspection and scans each with axe: on a busy
// machine that alone can take a minute.
test.describe.configure({ timeout: 180_000 });

const FINDINGS = `/inspections/${FINDINGS_INSPECTION.slug}/findings`;
const CARE = 'Overall, was victim care appropriate?';

/** The met and relevant counts, and the CI text, of a question's row in a scope's table. */
async function figures(page: Page, scope: string, wording: string) {
  const row = page.getByRole('region', { name: scope }).getByRole('row', { name: new RegExp(`^${wording.replace(/[?()]/g, '\\$&')}`) });
  const cell = row.getByRole('cell').first();
  const links = cell.getByRole('link');
  const count = async (link: Locator) => Number(((await link.textContent()) ?? '').match(/^[\d,]+/)?.[0].replace(/,/g, ''));
  // What a sighted reader sees: without the link text kept for screen readers.
  const text = await cell.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.govuk-visually-hidden').forEach((hidden) => {
      hidden.remove();
    });
    return copy.textContent.replace(/\s+/g, ' ').trim();
  });
  return { met: await count(links.nth(0)), relevant: await count(links.nth(1)), text, row };
}

async function download(page: Page, name: string | RegExp): Promise<{ file: string; text: () => string; suggested: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
  const filePath = await file.path();
  return { file: filePath, text: () => fs.readFileSync(filePath, 'utf8'), suggested: file.suggestedFilename() };
}

function csvRows(text: string): Record<string, string>[] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return parse<Record<string, string>>(text, { bom: true, columns: true });
}

test('a lead reads the findings: met of relevant with its interval, by theme, per force and for all forces', async ({ page, a11y }) => {
  await signIn(page, USERS.lead, a11y);
  await page.goto(FINDINGS);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Findings');
  await a11y.check(page);

  for (const scope of ['All forces', 'Kent Police', 'Essex Police', 'Surrey Police']) {
    await expect(page.getByRole('heading', { level: 2, name: scope })).toBeVisible();
  }
  const all = await figures(page, 'All forces', CARE);
  expect(all.text).toMatch(new RegExp(`^${all.met} of ${all.relevant} \\(\\d+%; 95% CI \\d+%–\\d+%\\)$`));
  const [kent, essex, surrey] = await Promise.all(['Kent Police', 'Essex Police', 'Surrey Police'].map((s) => figures(page, s, CARE)));
  expect((kent?.met ?? 0) + (essex?.met ?? 0) + (surrey?.met ?? 0)).toBe(all.met);
  // Files with no submitted review are unanswered, shown beside the figure and opening its files.
  await expect(all.row.getByRole('cell').nth(4).getByRole('link')).toHaveAccessibleName(/^\d+\s+files unanswered: /);
  await expect(page.getByRole('region', { name: 'All forces' }).getByRole('table', { name: 'Victim care' })).toBeVisible();
  await expect(page.getByRole('figure')).toContainText('The same figures are in the tables above.');

  // One force beside the others, narrowed to a crime type: small samples are flagged, not given a percentage.
  await page.getByLabel('Force', { exact: true }).selectOption({ label: 'Kent Police' });
  await page.getByLabel('Crime type', { exact: true }).selectOption({ label: 'Rape (including attempts)' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/force=kent&crimeType=rape/);
  await expect(
    page.getByText('Showing Kent Police and all forces, rape (including attempts) files only, submitted reviews only.'),
  ).toBeVisible();
  const kentRape = page.getByRole('region', { name: 'Kent Police' });
  await expect(kentRape.getByText('Small sample').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Essex Police' })).toHaveCount(0);
  await a11y.check(page, 'filtered to Kent, rape');

  await page.getByLabel('Crime type', { exact: true }).selectOption({ label: 'All crime types' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/force=kent(?!&crimeType=rape)/);
  const comparison = page
    .getByRole('region', { name: 'Kent Police' })
    .getByRole('row', { name: new RegExp(`^${CARE.replace('?', '\\?')}`) });
  await expect(comparison.getByRole('cell').last()).toHaveText(
    /^(Within the uncertainty: the difference of [+−]?[\d.]+ percentage points|Kent Police is (higher|lower) than the other forces together by [\d.]+ percentage points)/,
  );
  await expect(page.getByRole('heading', { name: 'Kent Police beside all forces' })).toBeVisible();
  await a11y.check(page, 'Kent beside all forces');
});

test('an inspection with no submitted reviews yet shows every file as unanswered, not as figures', async ({ page, a11y }) => {
  await signIn(page, USERS.lead, a11y);
  await page.goto('/inspections/peel-effectiveness-2017/findings');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Findings');
  await expect(page.getByText('60 files in the sample; 0 with a submitted review.').first()).toBeVisible();
  const row = page.getByRole('region', { name: 'Kent Police' }).getByRole('row', { name: new RegExp(`^${CARE.replace('?', '\\?')}`) });
  await expect(row.getByRole('cell').first()).toHaveText('No relevant files');
  await expect(row.getByRole('cell').nth(4).getByRole('link')).toHaveAccessibleName(/^60\s+files unanswered/);
  await a11y.check(page);
});

test('every count opens the files behind it, with the reviewers’ notes', async ({ page, a11y }) => {
  await signIn(page, USERS.lead, a11y);
  await page.goto(`${FINDINGS}?force=kent`);
  await a11y.check(page);
  const kent = await figures(page, 'Kent Police', CARE);
  await kent.row.getByRole('cell').first().getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Met: ${kent.met} files`);
  await expect(page.getByRole('table')).toBeVisible();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(kent.met + 1);
  await expect(page.locator('.govuk-summary-list')).toContainText(CARE);
  await expect(page.locator('.govuk-summary-list')).toContainText('Kent Police');
  await a11y.check(page, 'met files');

  await page.getByRole('link', { name: 'Back to the findings' }).click();
  await expect(page).toHaveURL(/force=kent/);
  await a11y.check(page);
  const notMet = kent.row.getByRole('cell').nth(2).getByRole('link');
  const n = Number(await notMet.textContent().then((t) => t?.match(/^\d+/)?.[0]));
  await notMet.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Not met: ${n} ${n === 1 ? 'file' : 'files'}`);
  const rationale = page.getByRole('table').getByRole('row').nth(1).getByRole('cell').nth(5);
  await expect(rationale).not.toBeEmpty();
  await a11y.check(page, 'not met files with notes');
});

test('the provisional switch counts drafts and says so on every figure, page and export', async ({ page, a11y }) => {
  await signIn(page, USERS.lead, a11y);
  await page.goto(FINDINGS);
  await a11y.check(page);
  const final = await figures(page, 'All forces', CARE);
  await page.getByLabel('Provisional: include draft and returned reviews').check();
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Provisional findings');
  await expect(page.getByText('Provisional: these figures include draft and returned reviews')).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'All forces (provisional)' }).getByRole('table', { name: 'Victim care (provisional)' }),
  ).toBeVisible();
  const provisional = await figures(page, 'All forces (provisional)', CARE);
  expect(provisional.text).toMatch(/provisional$/);
  expect(provisional.relevant).toBeGreaterThan(final.relevant);
  await a11y.check(page, 'provisional findings');

  const csv = await download(page, 'Findings (CSV)');
  expect(csv.suggested).toBe(`${FINDINGS_INSPECTION.slug}-findings-provisional.csv`);
  const rows = csvRows(csv.text());
  expect(rows.every((r) => r.provisional === 'yes')).toBe(true);
  expect(rows.find((r) => r.force_code === 'all' && r.question === 'victim_care_appropriate')).toMatchObject({
    met: String(provisional.met),
    relevant: String(provisional.relevant),
  });

  await page.getByRole('link', { name: 'Report sentences' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Provisional report sentences');
  await expect(page.getByTestId('sentence-kent-victim_care_appropriate')).toHaveText(/^Provisional: We reviewed \d+ files/);
  await a11y.check(page, 'provisional sentences');
});

test('the downloads and the API agree with the page, figure for figure', async ({ page, a11y }) => {
  await signIn(page, USERS.lead, a11y);
  await page.goto(FINDINGS);
  await a11y.check(page);
  const onPage = new Map<string, { met: number; relevant: number }>();
  for (const scope of ['All forces', 'Kent Police', 'Essex Police', 'Surrey Police']) {
    const f = await figures(page, scope, CARE);
    onPage.set(scope, { met: f.met, relevant: f.relevant });
  }
  const codes: Record<string, string> = { all: 'All forces', kent: 'Kent Police', essex: 'Essex Police', surrey: 'Surrey Police' };
  const expectAgree = (rows: Record<string, unknown>[], source: string) => {
    const care = rows.filter((r) => r.question === 'victim_care_appropriate');
    expect(
      care.map((r) => r.force_code),
      source,
    ).toEqual(['essex', 'kent', 'surrey', 'all']);
    for (const r of care)
      expect({ met: Number(r.met), relevant: Number(r.relevant) }, `${source} ${String(r.force_code)}`).toEqual(
        onPage.get(codes[String(r.force_code)] ?? ''),
      );
  };

  const csv = await download(page, 'Findings (CSV)');
  expect(csv.suggested).toBe(`${FINDINGS_INSPECTION.slug}-findings.csv`);
  const csvFindings = csvRows(csv.text());
  expect(Object.keys(csvFindings[0] ?? {})).toEqual([
    'inspection',
    'force_code',
    'question',
    'theme',
    'met',
    'partly',
    'not_met',
    'relevant',
    'not_applicable',
    'unanswered',
    'percent',
    'ci_low',
    'ci_high',
    'provisional',
  ]);
  expect(csvFindings).toHaveLength(4 * 19);
  expectAgree(csvFindings, 'CSV');

  const json = JSON.parse((await download(page, 'Findings (JSON)')).text()) as Record<string, unknown>[];
  expectAgree(json, 'JSON');
  expect(json.map((r) => ({ ...r }))).toEqual(
    csvFindings.map((r) => ({
      ...r,
      ...Object.fromEntries(
        ['met', 'partly', 'not_met', 'relevant', 'not_applicable', 'unanswered', 'percent', 'ci_low', 'ci_high'].map((k) => [
          k,
          r[k] === '' ? null : Number(r[k]),
        ]),
      ),
    })),
  );

  const answers = csvRows((await download(page, 'Every answer (CSV)')).text());
  const care = answers.filter((r) => r.question === 'victim_care_appropriate');
  expect(care.filter((r) => r.answer === 'yes')).toHaveLength(onPage.get('All forces')?.met ?? -1);
  expect(answers.every((r) => r.review_status === 'submitted' && r.provisional === 'no')).toBe(true);
  expect(answers[0]).toHaveProperty('crime_type_label');

  const workbookFile = await download(page, /^Workbook/);
  expect(workbookFile.suggested).toBe(`${FINDINGS_INSPECTION.slug}-workbook.xlsx`);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(workbookFile.file);
  expect(book.worksheets.map((w) => w.name)).toEqual(['Findings', 'Answers', 'Files', 'Questions', 'About']);
  const sheetRows: Record<string, unknown>[] = [];
  const header = (book.getWorksheet('Findings')?.getRow(1).values as unknown[]).slice(1) as string[];
  book.getWorksheet('Findings')?.eachRow((row, n) => {
    if (n > 1) sheetRows.push(Object.fromEntries(header.map((h, i) => [h, (row.values as unknown[])[i + 1]])));
  });
  expectAgree(sheetRows, 'XLSX');
  expect(book.getWorksheet('Answers')?.rowCount).toBe(answers.length + 1);
  const about = new Map<string, unknown>();
  book.getWorksheet('About')?.eachRow((row) => about.set(row.getCell(1).text, row.getCell(2).value));
  expect(String(about.get('Content hash'))).toMatch(/^[0-9a-f]{64}$/);
  expect(about.get('Provisional')).toMatch(/^No/);

  const api = await page.request.get(`/api/v1/inspections/${FINDINGS_INSPECTION.slug}/findings`);
  expect(api.status()).toBe(200);
  expect(await api.json()).toEqual(json);
  const apiAnswers = await page.request.get(`/api/v1/inspections/${FINDINGS_INSPECTION.slug}/answers?format=json`);
  expect(((await apiAnswers.json()) as unknown[]).length).toBe(answers.length);
});

test('outcomes are shown per force and for all forces, each count opening its files', async ({ page, a11y }) => {
  await signIn(page, USERS.lead, a11y);
  await page.goto(`${FINDINGS}/outcomes?force=essex`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Outcomes');
  await a11y.check(page);
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText(['Outcome', /^Essex Police: \d+ reviewed$/, /^All forces: \d+ reviewed$/]);
  const row = table.getByRole('row', { name: /^16 – Evidential difficulties/ });
  const link = row.getByRole('cell').first().getByRole('link');
  const n = Number((await link.textContent())?.match(/^\d+/)?.[0]);
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `16 – Evidential difficulties – victim does not support (or withdraws support for) action: ${n} files`,
  );
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(n + 1);
  await a11y.check(page, 'files with outcome 16');
});

test('report sentences read like the published report, and match the findings', async ({ page, a11y }) => {
  await signIn(page, USERS.lead, a11y);
  await page.goto(`${FINDINGS}?force=kent`);
  await a11y.check(page);
  const kent = await figures(page, 'Kent Police', CARE);
  await page.getByRole('link', { name: 'Report sentences' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Report sentences');
  await expect(page.getByTestId('sentence-kent-victim_care_appropriate')).toHaveText(
    `We reviewed ${kent.relevant} files and found that in ${kent.met} of them victim care was appropriate.`,
  );
  await expect(page.getByTestId('sentence-all-victim_care_appropriate')).toHaveText(
    /^Across the 3 forces, we reviewed \d+ files and found that in \d+ of them \(\d+ percent\) victim care was appropriate\.$/,
  );
  await expect(page.getByRole('button', { name: `Copy the sentence about ${CARE} (Kent Police)` })).toBeVisible();
  await a11y.check(page);
});

test('inspectors, and leads of other inspections, get 403 on the findings, the downloads and the API', async ({ browser, page, a11y }) => {
  await signIn(page, USERS.inspector, a11y);
  for (const path of [
    FINDINGS,
    `${FINDINGS}/files?question=victim_care_appropriate&result=met&scope=all`,
    `${FINDINGS}/outcomes`,
    `${FINDINGS}/sentences`,
    '/account/tokens',
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await a11y.check(page, `403 at ${path}`);
  }
  for (const file of ['findings.csv', 'findings.json', 'answers.csv', 'workbook.xlsx']) {
    const response = await page.request.get(`${FINDINGS}/download/${file}`, { maxRedirects: 0 });
    expect(response.status(), file).toBe(403);
    expect(await response.text()).toBe('You do not have access to these findings: they are for the inspection’s leads and for admins.\n');
  }
  for (const path of ['findings', 'answers']) {
    const response = await page.request.get(`/api/v1/inspections/${FINDINGS_INSPECTION.slug}/${path}`);
    expect(response.status()).toBe(403);
    expect(await response.json()).toEqual({
      error: 'You do not have access to this inspection’s findings: they are for its leads and for admins',
    });
  }

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, USERS.otherLead);
  expect((await otherPage.request.get(FINDINGS)).status()).toBe(403);
  expect((await otherPage.request.get(`/api/v1/inspections/${FINDINGS_INSPECTION.slug}/findings`)).status()).toBe(403);
  await other.close();
});

test('a lead’s API token is shown once, works with curl-style requests, and stops working when revoked', async ({
  page,
  a11y,
  playwright,
  baseURL,
}) => {
  await signIn(page, USERS.lead, a11y);
  await page.getByRole('link', { name: 'Your API tokens' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your API tokens');
  await a11y.check(page);

  await page.getByRole('button', { name: 'Create token' }).click();
  await expect(page.locator('.govuk-error-summary')).toContainText('Enter a name for the token');
  await a11y.check(page, 'token form with an error');

  const name = `R scripts ${Date.now()}`;
  await page.getByLabel('Name for a new token').fill(name);
  await page.getByRole('button', { name: 'Create token' }).click();
  const token = ((await page.getByTestId('new-api-token').textContent()) ?? '').trim();
  expect(token).toMatch(/^rcf_[\w-]{43}$/);
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText(`${token.slice(0, 12)}…`);
  await expect(row).toContainText('Active');
  await a11y.check(page, 'token created');

  // A script with no cookies, only the token.
  const api = await playwright.request.newContext({ baseURL });
  const url = `/api/v1/inspections/${FINDINGS_INSPECTION.slug}/findings`;
  expect((await api.get(url)).status()).toBe(401);
  const ok = await api.get(url, { headers: { Authorization: `Bearer ${token}` } });
  expect(ok.status()).toBe(200);
  expect(((await ok.json()) as unknown[]).length).toBe(4 * 19);
  const answers = await api.get(`/api/v1/inspections/${FINDINGS_INSPECTION.slug}/answers?format=csv&provisional=yes`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(answers.status()).toBe(200);
  expect(answers.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(csvRows(await answers.text()).every((r) => r.provisional === 'yes')).toBe(true);
  expect((await api.get(`${url}?provisonal=yes`, { headers: { Authorization: `Bearer ${token}` } })).status()).toBe(400);

  await page.reload();
  await expect(page.getByRole('row', { name: new RegExp(name) })).not.toContainText('Never');
  await page.getByRole('button', { name: `Revoke the token “${name}”` }).click();
  await expect(page.getByText(`Token “${name}” revoked. Anything still using it will be refused.`)).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('Revoked');
  await a11y.check(page, 'token revoked');
  const refused = await api.get(url, { headers: { Authorization: `Bearer ${token}` } });
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toEqual({ error: 'This API token is not valid: it may have been revoked' });
  await api.dispose();
});

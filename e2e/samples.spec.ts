import crypto from 'node:crypto';
import type { Page } from '@playwright/test';
import { generatePopulationCsv } from '@/demo/population';
import { expect, signIn, test } from './support/fixtures';
import { USERS } from './support/users';

const CRIME_TYPES = [
  ['theft-from-person', 'Theft from person'],
  ['rape', 'Rape (including attempts)'],
  ['stalking', 'Stalking'],
  ['harassment', 'Harassment'],
  ['common-assault', 'Common assault'],
  ['gbh-wounding', 'Grievous bodily harm (wounding)'],
  ['abh', 'Actual bodily harm'],
] as const;

/** Client-side navigation sets the title a moment after the heading: wait for it before axe looks. */
const title = (page: string) => `${page} – Review case files`;

/** Files per crime type in a population file, counted from its text. */
function countByType(csv: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of csv.trim().split(/\r?\n/).slice(1)) {
    const type = line.split(',')[1] ?? '';
    counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  return counts;
}

/** The cells of a table row, found by the text of its first cell. */
async function rowCells(page: Page, caption: string, first: string): Promise<string[]> {
  const table = page.getByRole('table', { name: caption });
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: first, exact: true }) });
  return (await row.locator('th, td').allInnerTexts()).map((t) => t.trim());
}

async function draw(
  page: Page,
  a11y: { check: (page: Page, label?: string) => Promise<void> },
  force: { code: string; name: string; size: number; population: number },
) {
  await page.getByRole('link', { name: force.name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${force.name}: sample`);
  await expect(page).toHaveTitle(title('A force’s sample'));
  await a11y.check(page);
  await page.getByRole('button', { name: 'Draw the sample' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Draw ${force.name}’s sample`);
  await expect(page).toHaveTitle(title('Draw a force’s sample'));
  await a11y.check(page);
  const csv = generatePopulationCsv({ force: force.code, size: force.population });
  await page
    .getByLabel('Upload the force’s population')
    .setInputFiles({ name: `${force.code}-population.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByLabel('Seed').fill(`peel-three-${force.code}`);
  await expect(page.getByLabel('Sample size')).toHaveValue(String(force.size));
  await page.getByRole('button', { name: 'Draw the sample' }).click();
  await expect(page.getByRole('alert', { name: 'Success' })).toContainText(`${force.name}’s sample of ${force.size} files has been drawn.`);
  await a11y.check(page, `${force.name} drawn`);
  return csv;
}

test('an admin creates an inspection for three forces, draws each sample, replaces a file, and every figure adds up', async ({
  page,
  a11y,
}) => {
  test.setTimeout(180_000);
  await signIn(page, USERS.admin, a11y);
  await page.goto('/inspections');
  await a11y.check(page);
  await page.getByRole('button', { name: 'Create an inspection' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Create an inspection');
  await expect(page).toHaveTitle(title('Create an inspection'));
  await a11y.check(page);

  // Nothing filled in: every problem at once.
  await page.getByRole('button', { name: 'Create inspection' }).click();
  await expect(page.locator('.govuk-error-summary').getByRole('link')).toHaveText([
    'Enter the inspection’s name',
    'Enter a short name for web addresses',
    'Select a criteria template',
    'Select at least one force',
  ]);
  await a11y.check(page, 'create inspection with errors');

  await page.getByLabel('Name', { exact: true }).fill('PEEL three forces 2017');
  await page.getByLabel('Short name').fill('peel-three');
  await page.getByLabel('Criteria template').selectOption({ label: 'PEEL 2017 crime file review (peel-2017-crime-files, version 1)' });
  for (const [field, [day, month, year]] of [
    ['recordedFrom', ['1', '1', '2017']],
    ['recordedTo', ['31', '3', '2017']],
  ] as const) {
    await page.locator(`#${field}-day`).fill(day);
    await page.locator(`#${field}-month`).fill(month);
    await page.locator(`#${field}-year`).fill(year);
  }
  for (const name of ['Essex Police', 'Kent Police', 'Metropolitan Police Service']) await page.getByLabel(name, { exact: true }).check();
  // The PEEL 2017 design's 90 for the Met is filled in already.
  await expect(page.getByLabel('Sample size for Metropolitan Police Service')).toHaveValue('90');
  await page.getByLabel('Gareth Lewis (lead@review.example)').check();
  await page.getByRole('button', { name: 'Create inspection' }).click();

  await expect(page).toHaveURL(/\/inspections\/peel-three\/samples\?created=1$/);
  await expect(page.getByRole('alert', { name: 'Success' })).toContainText('Inspection created');
  expect(await rowCells(page, 'Forces and their samples', 'All forces')).toEqual(['All forces', '210', '', '0', '0', '0']);
  expect(await rowCells(page, 'Forces and their samples', 'Metropolitan Police Service')).toEqual([
    'Metropolitan Police Service',
    '90',
    'Not yet',
    '0',
    '0',
    '0',
  ]);
  await a11y.check(page, 'inspection created');

  const forces = [
    { code: 'kent', name: 'Kent Police', size: 60, population: 3000 },
    { code: 'met', name: 'Metropolitan Police Service', size: 90, population: 1200 },
    { code: 'essex', name: 'Essex Police', size: 60, population: 800 },
  ];
  for (const force of forces) {
    const csv = await draw(page, a11y, force);
    if (force.code === 'kent') {
      // 60 from 3,000: each crime type's population as counted from the file, and its share of 60.
      const counts = countByType(csv);
      let drawn = 0;
      for (const [code, label] of CRIME_TYPES) {
        const cells = await rowCells(page, 'Crime types', label);
        const population = counts.get(code) ?? 0;
        expect(cells[1], label).toBe(population.toLocaleString('en-GB'));
        const share = Number(cells[2]);
        expect(Math.abs(share - (60 * population) / 3000), label).toBeLessThan(1);
        expect(cells[3], `${label} in sample now`).toBe(String(share));
        expect(cells[5], `${label} reserves`).toBe((population - share).toLocaleString('en-GB'));
        drawn += share;
      }
      expect(drawn).toBe(60);
      expect(await rowCells(page, 'Crime types', 'All crime types')).toEqual(['All crime types', '3,000', '60', '60', '0', '2,940']);
      await expect(page.getByText(crypto.createHash('sha256').update(csv).digest('hex'))).toBeVisible();
      await expect(page.getByText('peel-three-kent', { exact: true })).toBeVisible();
      await expect(page.getByRole('table', { name: 'Files in the sample (60)' }).getByRole('row')).toHaveCount(61);

      // Replace one file: the next reserve of the same crime type takes its place.
      const firstRow = page.getByRole('table', { name: 'Files in the sample (60)' }).getByRole('row').nth(1);
      const replaced = (await firstRow.getByRole('rowheader').innerText()).trim();
      const type = (await firstRow.getByRole('cell').first().innerText()).trim();
      await firstRow.getByRole('link', { name: `Replace ${replaced}` }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Replace ${replaced}`);
      await expect(page).toHaveTitle(title('Replace a file'));
      await a11y.check(page);
      await page.getByRole('button', { name: 'Replace the file' }).click();
      await expect(page.locator('.govuk-error-summary').getByRole('link')).toHaveText([
        'Select why the file is being replaced',
        'Explain why the file is being replaced',
      ]);
      await a11y.check(page, 'replace with errors');
      const incoming = (await page.locator('main strong').first().innerText()).trim();
      await page.getByLabel('Unavailable').check();
      await page.getByLabel('Explain what happened').fill('The force could not find the paper file');
      await page.getByRole('button', { name: 'Replace the file' }).click();
      await expect(page.getByRole('alert', { name: 'Success' })).toContainText(
        `${replaced} has been taken out of the sample and replaced by ${incoming}.`,
      );
      const replacements = page.getByRole('table', { name: 'Replaced files (1)' });
      await expect(replacements).toContainText(replaced);
      await expect(replacements).toContainText('Unavailable: The force could not find the paper file');
      await expect(
        page.getByRole('table', { name: 'Files in the sample (60)' }).getByRole('row').filter({ hasText: incoming }),
      ).toContainText(`Replaces ${replaced}`);
      const typeRow = await rowCells(page, 'Crime types', type);
      expect(typeRow[4]).toBe('1');
      expect(await rowCells(page, 'Crime types', 'All crime types')).toEqual(['All crime types', '3,000', '60', '60', '1', '2,939']);
      await a11y.check(page, 'file replaced');
    }
    await page.getByRole('link', { name: 'Back to samples' }).click();
    await expect(page).toHaveTitle(title('Samples'));
    await a11y.check(page);
  }

  expect(await rowCells(page, 'Forces and their samples', 'Kent Police')).toEqual(['Kent Police', '60', 'Drawn', '60', '1', '2,939']);
  expect(await rowCells(page, 'Forces and their samples', 'Metropolitan Police Service')).toEqual([
    'Metropolitan Police Service',
    '90',
    'Drawn',
    '90',
    '0',
    '1,110',
  ]);
  expect(await rowCells(page, 'Forces and their samples', 'Essex Police')).toEqual(['Essex Police', '60', 'Drawn', '60', '0', '740']);
  expect(await rowCells(page, 'Forces and their samples', 'All forces')).toEqual(['All forces', '210', '', '210', '1', '4,789']);

  // A sampled force keeps its size: changing it is refused, and nothing changes.
  await page.getByRole('link', { name: 'Change the inspection' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Change the inspection');
  await expect(page).toHaveTitle(title('Change an inspection'));
  await a11y.check(page);
  await page.getByLabel('Sample size for Metropolitan Police Service').fill('100');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.locator('.govuk-error-summary')).toContainText(
    'The sample size for Metropolitan Police Service must stay 90: its sample has already been drawn or imported',
  );
  await a11y.check(page, 'change refused');
  await page.getByLabel('Sample size for Metropolitan Police Service').fill('90');
  await page.getByLabel('Name', { exact: true }).fill('PEEL three forces, 2017');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('alert', { name: 'Success' })).toContainText('Your changes have been saved.');
  await expect(page.locator('.govuk-caption-l')).toHaveText('PEEL three forces, 2017');
  await a11y.check(page);
});

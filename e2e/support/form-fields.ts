import { expect, type Page } from '@playwright/test';

/**
 * The fields of the page's first form as a browser without JavaScript would post them (the
 * action's hidden fields included), to replay or forge a post.
 */
export async function postedFields(page: Page): Promise<Record<string, string>> {
  const fields = await page
    .locator('form')
    .first()
    .evaluate((form: HTMLFormElement) => {
      const out: Record<string, string> = {};
      new FormData(form).forEach((value, key) => {
        if (typeof value === 'string') out[key] = value;
      });
      return out;
    });
  expect(Object.keys(fields).some((k) => k.startsWith('$ACTION'))).toBe(true);
  return fields;
}

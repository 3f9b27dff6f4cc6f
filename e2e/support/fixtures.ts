import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Browser, type Page } from '@playwright/test';
import type { TestUser } from './users';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface A11y {
  /** Scans the page as it is now; fails the test on any violation. */
  check: (page: Page, label?: string) => Promise<void>;
}

/**
 * Every test gets `a11y`. Each page a test lands on must be scanned at least once: at the end, any
 * visited path that was never scanned fails the test, so a new page cannot slip past axe.
 */
export const test = base.extend<{ a11y: A11y }>({
  a11y: async ({ context, browser, javaScriptEnabled }, use, testInfo) => {
    const visited = new Set<string>();
    const scanned = new Set<string>();
    const track = (page: Page) => {
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame() && frame.url().startsWith('http')) visited.add(new URL(frame.url()).pathname);
      });
    };
    context.pages().forEach(track);
    context.on('page', track);
    await use({
      check: async (page, label) => {
        // Next.js streams metadata: after a client-side navigation the title can land a moment later.
        await expect(page).toHaveTitle(/– Review case files$/);
        const results = javaScriptEnabled ? await scan(page) : await scanWithoutScripts(browser, page);
        const summary = results.violations.map(
          (v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} – ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
        expect(summary, `axe violations on ${label ?? page.url()}`).toEqual([]);
        await checkNarrow(page, javaScriptEnabled ? page : null, browser, label);
        scanned.add(new URL(page.url()).pathname);
      },
    });
    if (testInfo.status === testInfo.expectedStatus) {
      const missed = [...visited].filter((p) => !scanned.has(p));
      expect(missed, 'pages visited but never scanned with axe').toEqual([]);
    }
  },
});

export { expect };

async function scan(page: Page) {
  return new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
}

/** A phone's width (WCAG 1.4.10 reflow is checked at 320 CSS px by the tests of layout). */
const NARROW = { width: 390, height: 844 };
/** The rules whose result depends on the width; the rest were run at desktop width just before. */
const NARROW_RULES = ['target-size', 'scrollable-region-focusable'];

/**
 * The same page at 390px: no sideways scroll (the page must reflow), and axe's width-dependent
 * rules. With JavaScript the page itself is narrowed and put back; without, a scriptless copy is.
 */
async function checkNarrow(page: Page, live: Page | null, browser: Browser, label?: string) {
  const run = async (target: Page) => {
    const overflow = await target.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `sideways scroll at 390px on ${label ?? page.url()}`).toBeLessThanOrEqual(0);
    const results = await new AxeBuilder({ page: target }).withRules(NARROW_RULES).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.help} – ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(summary, `axe violations at 390px on ${label ?? page.url()}`).toEqual([]);
  };
  if (live) {
    const size = live.viewportSize();
    await live.setViewportSize(NARROW);
    try {
      await run(live);
    } finally {
      if (size) await live.setViewportSize(size);
    }
    return;
  }
  const url = page.url();
  const html = (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
  const context = await browser.newContext({ baseURL: new URL(url).origin, javaScriptEnabled: true, viewport: NARROW });
  try {
    const copy = await context.newPage();
    await copy.route(url, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
    await copy.goto(url);
    await run(copy);
  } finally {
    await context.close();
  }
}

/**
 * axe runs as a script, which a page with JavaScript disabled cannot do: scan the same HTML, with
 * its scripts taken out, in a page that may run axe.
 */
async function scanWithoutScripts(browser: Browser, page: Page) {
  const url = page.url();
  const html = (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
  const context = await browser.newContext({ baseURL: new URL(url).origin, javaScriptEnabled: true });
  try {
    const copy = await context.newPage();
    await copy.route(url, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
    await copy.goto(url);
    return await scan(copy);
  } finally {
    await context.close();
  }
}

export async function signIn(page: Page, user: Pick<TestUser, 'email' | 'password'>, a11y?: A11y) {
  await page.goto('/sign-in');
  if (a11y) await a11y.check(page);
  await page.getByLabel('Email address').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Sign in to Review case files');
  if (a11y) await a11y.check(page);
}

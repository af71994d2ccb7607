/**
 * @module The page sweep: every hand-written page and one operation page per markup variant
 * (sweep-pages.ts) is its own test, so pages run in parallel and a
 * timeout covers one page's work. Each page must load (200) without console errors (the fixture
 * fails any test that logs one) and pass every axe rule. The sweep skips the highlighted code tokens
 * (thousands of spans a page, plain text coloured by the one code theme; colour contrast is the only
 * rule they meet), and the code theme's contrast is checked once per theme and language below.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { builtPaths, EXPLORER_READY, readOnlyTest, test, expect } from './fixtures.ts';
import { DocsPage } from './pages/docs-page.ts';
import { sweptPaths } from './sweep-pages.ts';

/** Highlighted code: every token is a span with the code theme's colours. */
const CODE = '.expressive-code pre';
/** The tokens only: the lines inside each highlighted block (the block itself is still swept). */
const CODE_TOKENS = '.expressive-code pre .ec-line';
const LANGUAGES = ['bash', 'TypeScript', 'Ruby', 'Python', 'Go'];

/** axe-core's minified build: the same rules; measured, it is injected in about 30% less time. */
const AXE_MIN = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/**
 * axe in legacy mode runs inside the page. The default mode finishes each run in a second, blank
 * page; measured here it took twice as long per page and adds nothing for pages without
 * cross-origin frames (none of ours has one). Only violations are collected: the details of
 * thousands of passing nodes are what the test never reads.
 */
const axe = (page: Page) => new AxeBuilder({ page, axeSource: AXE_MIN }).setLegacyMode().options({ resultTypes: ['violations'] });

function severe(path: string, violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']) {
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${path}: ${v.id} (${v.impact}) on ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Every rule on the whole page but the code tokens. One pass: one injection, one run. */
async function sweep(page: Page, path: string) {
  return severe(path, (await axe(page).exclude(CODE_TOKENS).analyze()).violations);
}

const all = builtPaths().filter((p) => p !== '/api/explorer/');
const { swept: pages, skipped } = sweptPaths(all);

test('the sweep covers every hand-written page, the quickstarts and each kind of operation page', () => {
  expect(pages).toEqual(expect.arrayContaining(['/help/using-the-api/', '/api/', '/api/quickstart/', '/api/quickstart/full-example/']));
  expect(pages.filter((p) => p.startsWith('/help/')).length).toBe(all.filter((p) => p.startsWith('/help/')).length);
  // Uploads, polling, deletes and query parameters each have their page in the sweep.
  expect(pages).toEqual(expect.arrayContaining(['/api/attachments/upload/', '/api/conversations/get-message/', '/api/agents/delete/', '/api/models/list/']));
  expect(skipped).toBeLessThan(all.length / 2);
});

// The sweep only loads and reads each page, so its tests share one tab per worker (readOnlyTest).
for (const path of pages) {
  readOnlyTest(`${path} loads without console errors and has no serious or critical axe violations`, async ({ readOnlyPage: page }) => {
    expect((await page.goto(path))?.status()).toBe(200);
    expect(await sweep(page, path)).toEqual([]);
  });
}

test('the explorer page loads without console errors and has no serious or critical axe violations', async ({ page }) => {
  test.slow(); // the explorer renders the whole spec in the browser
  expect((await page.goto('/api/explorer/'))?.status()).toBe(200);
  await expect(page.locator('#nairi-explorer')).toContainText('Start a conversation', EXPLORER_READY);
  expect(await sweep(page, '/api/explorer/')).toEqual([]);
});

// The code theme's contrast, on a page with samples in every language and a JSON response.
for (const theme of ['light', 'dark'] as const) {
  test(`highlighted code has enough contrast in the ${theme} theme, in every language`, async ({ page }) => {
    const path = '/api/conversations/start/';
    const docs = new DocsPage(page);
    await docs.goto(path);
    await docs.chooseTheme(theme);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    // Opened, the complete program shows beside the short form: both are checked.
    await page.locator('[data-code-samples] > details > summary').click();
    await expect(page.locator('[data-code-samples] > details [role="tabpanel"]')).toHaveCount(LANGUAGES.length);
    // Every language's panel shown at once (the page's CSP allows no injected stylesheet), so one
    // contrast run covers all five.
    await page.locator('[data-code-samples] [role="tabpanel"][hidden]').evaluateAll((panels) => panels.forEach((p) => p.removeAttribute('hidden')));
    const panels = page.locator('[data-code-samples] [role="tabpanel"]');
    await expect(panels).toHaveCount(LANGUAGES.length * 2);
    for (const panel of await panels.all()) await expect(panel.locator('pre').first()).toBeVisible();
    const { violations } = await axe(page).withRules(['color-contrast']).include(CODE).analyze();
    const found = severe(`${path} (${theme})`, violations);
    expect(found).toEqual([]);
  });
}

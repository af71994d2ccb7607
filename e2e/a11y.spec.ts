import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { builtPaths, test, expect } from './fixtures.ts';

async function severeViolations(page: Page, path: string, exclude: string[] = []) {
  await page.goto(path);
  let builder = new AxeBuilder({ page });
  for (const selector of exclude) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${path}: ${v.id} (${v.impact}) on ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('help pages have no serious or critical axe violations', async ({ page }) => {
  const paths = builtPaths('/help/');
  expect(paths.length).toBeGreaterThanOrEqual(5);
  const found: string[] = [];
  for (const path of paths) found.push(...(await severeViolations(page, path)));
  expect(found).toEqual([]);
});

const apiPages = builtPaths('/api/').filter((p) => p !== '/api/explorer/');

test('the API section has its guides, tag overviews and operation pages', () => {
  expect(apiPages.length).toBeGreaterThan(60);
});

for (const path of apiPages) {
  test(`${path} has no serious or critical axe violations`, async ({ page }) => {
    expect(await severeViolations(page, path)).toEqual([]);
  });
}

test('the explorer page has no serious or critical axe violations', async ({ page }) => {
  await page.goto('/api/explorer/');
  await expect(page.locator('#nairi-explorer')).toContainText('Start a conversation', { timeout: 20_000 });
  expect(await severeViolations(page, '/api/explorer/')).toEqual([]);
});

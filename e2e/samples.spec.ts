import { test, expect } from './fixtures.ts';

const DRIVE = '/api/quickstart/drive-a-conversation/';

test.describe('quickstart samples', () => {
  test('show every step in five languages, highlighted at build time', async ({ page }) => {
    await page.goto(DRIVE);
    const tabSets = page.locator('starlight-tabs');
    expect(await tabSets.count()).toBe(1 + 6 + 2);
    for (const label of ['bash', 'TypeScript', 'Ruby', 'Python', 'Go']) await expect(tabSets.first().getByRole('tab', { name: label })).toBeVisible();
    // Shiki's colours are in the HTML (a class per colour pair, src/markdown/token-classes.ts); no highlighter runs in the browser.
    const dark = (await page.locator('html').getAttribute('data-theme')) === 'dark';
    await expect(page.locator('.expressive-code pre .ec-line span._1').first()).toHaveCSS('color', dark ? 'rgb(199, 146, 234)' : 'rgb(136, 68, 174)');
    const scripts = await page.locator('script[src]').evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).src));
    for (const src of scripts) expect(await (await page.request.get(src)).text()).not.toMatch(/createHighlighter|shiki/i);
  });

  test('one click switches every tab set on the page, and the choice follows to other pages', async ({ page }) => {
    await page.goto(DRIVE);
    await page.locator('starlight-tabs').nth(2).getByRole('tab', { name: 'Go' }).click();
    for (const set of await page.locator('starlight-tabs').all()) await expect(set.getByRole('tab', { name: 'Go' })).toHaveAttribute('aria-selected', 'true');
    await page.goto('/api/quickstart/configure-and-deploy/');
    await expect(page.locator('starlight-tabs').first().getByRole('tab', { name: 'Go' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('starlight-tabs').first().locator('[role="tabpanel"]:visible')).toContainText('package main');
  });

  test('?lang= selects the language', async ({ page }) => {
    await page.goto(`${DRIVE}?lang=ruby`);
    await expect(page.locator('starlight-tabs').last().getByRole('tab', { name: 'Ruby' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('starlight-tabs').last().locator('[role="tabpanel"]:visible')).toContainText('require "net/http"');
  });

  test('the copy button copies exactly the program shown, which is what the CLI prints', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`${DRIVE}?lang=python`);
    const panel = page.locator('starlight-tabs').last().locator('[role="tabpanel"]:visible');
    await panel.getByRole('button', { name: /copy/i }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const { execFileSync } = await import('node:child_process');
    const cli = execFileSync(process.execPath, ['scripts/snippets.ts', 'drive-a-conversation', '--lang', 'python'], { encoding: 'utf8' });
    expect(copied.trim()).toBe(cli.trim());
    expect(copied).not.toMatch(/nr_[A-Za-z0-9]{8,}/);
  });
});

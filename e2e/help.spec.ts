import { readOnlyTest, test, expect } from './fixtures.ts';
import { DocsPage } from './pages/docs-page.ts';

const ANCHORS = [
  'two-kinds-of-api-keys',
  'creating-a-public-api-key',
  'revoking-a-key',
  'best-practices',
  'calling-the-api',
  'related',
];

// Loading and reading the seed page changes nothing in the tab, so these tests share one (readOnlyTest).
test.describe('/help/using-the-api', () => {
  readOnlyTest('shows the title, the key-kinds table and the warning callout', async ({ readOnlyPage: page }) => {
    const docs = new DocsPage(page);
    await docs.goto('/help/using-the-api');
    await expect(docs.title).toHaveText('Using the API');
    const table = docs.content.locator('table').first();
    await expect(table.getByRole('row', { name: /Public API key.*nr_.*Settings → API Key/ })).toBeVisible();
    await expect(table.getByRole('row', { name: /Agent API key.*ccagent_.*Self-host page/ })).toBeVisible();
    const callout = docs.content.locator('aside.starlight-aside--caution');
    await expect(callout).toContainText('Treat the key like a password');
    await expect(docs.content).not.toContainText('[#');
  });

  for (const id of ANCHORS) {
    readOnlyTest(`#${id} scrolls to its heading`, async ({ readOnlyPage: page }) => {
      const docs = new DocsPage(page);
      await docs.goto(`/help/using-the-api#${id}`);
      await expect(docs.heading(id)).toBeInViewport();
      await expect(docs.heading(id)).toHaveJSProperty('tagName', 'H2');
    });
  }

  readOnlyTest('the table of contents links to every section', async ({ readOnlyPage: page }) => {
    const docs = new DocsPage(page);
    await docs.goto('/help/using-the-api');
    const toc = page.locator('starlight-toc').first();
    for (const id of ANCHORS) await expect(toc.locator(`a[href="#${id}"]`)).toHaveCount(1);
    await toc.locator('a[href="#related"]').click();
    await expect(docs.heading('related')).toBeInViewport();
  });

  readOnlyTest('every internal link on the page answers 200', async ({ readOnlyPage: page, request, baseURL }) => {
    await page.goto('/help/using-the-api');
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    const internal = [...new Set(hrefs.filter((href) => href.startsWith(baseURL!)).map((href) => href.split('#')[0]!))];
    expect(internal.length).toBeGreaterThan(5);
    for (const url of internal) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
    }
  });

  test('searching "revoke" lists the page', async ({ page }) => {
    test.slow(); // waits for Pagefind's field (SEARCH_FIELD_READY)
    const docs = new DocsPage(page);
    await docs.goto('/help');
    const results = await docs.search('revoke');
    await expect(results.locator('a[href*="/help/using-the-api"]').first()).toBeVisible();
  });
});

test.describe('site shell', () => {
  test('search opens with the keyboard shortcut', async ({ page }) => {
    test.slow(); // waits for Pagefind's field (SEARCH_FIELD_READY)
    const docs = new DocsPage(page);
    await docs.goto('/api');
    await docs.searchReady();
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('dialog', { name: 'Search' })).toBeVisible();
    await docs.searchInput.fill('Homebrew');
    await expect(page.locator('.pagefind-ui__result a[href*="/help/self-hosting"]').first()).toBeVisible();
  });

  test('dark mode toggles and persists across reloads and pages', async ({ page }) => {
    const docs = new DocsPage(page);
    await docs.goto('/help/vaults');
    await docs.chooseTheme('dark');
    expect(await docs.theme()).toBe('dark');
    await page.reload();
    expect(await docs.theme()).toBe('dark');
    await docs.goto('/api');
    expect(await docs.theme()).toBe('dark');
    await docs.chooseTheme('light');
    await page.reload();
    expect(await docs.theme()).toBe('light');
  });

  test('previous and next links connect neighbouring pages', async ({ page }) => {
    await page.goto('/help/vaults');
    const pagination = page.locator('.pagination-links');
    await expect(pagination.locator('a[rel="prev"]')).toHaveAttribute('href', /\/help\/mcp\/?$/);
    await expect(pagination.locator('a[rel="next"]')).toHaveAttribute('href', /\/help\/vaults\/security-model\/?$/);
  });

  test('the sidebar has the Help and API sections and works on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto('/help/vaults');
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.click();
    const sidebar = page.locator('#starlight__sidebar');
    await expect(sidebar.getByText('Help', { exact: true })).toBeVisible();
    await expect(sidebar.getByText('API', { exact: true })).toBeVisible();
    await sidebar.getByRole('link', { name: 'Quickstart' }).click();
    await expect(page).toHaveURL(/\/api\/quickstart\/?$/);
  });

  test('an unknown address shows a helpful 404 page', async ({ page, consoleErrors }) => {
    const response = await page.goto('/help/no-such-page');
    expect(response?.status()).toBe(404);
    // The browser logs the 404 of the document itself; that one is expected here.
    const own = consoleErrors.findIndex((e) => e.includes('/help/no-such-page') && e.includes('404'));
    expect(own).toBeGreaterThanOrEqual(0);
    consoleErrors.splice(own, 1);
    await expect(page.locator('h1')).toContainText('404');
    await expect(page.getByRole('link', { name: /API overview/ })).toBeVisible();
  });
});

import { execFileSync } from 'node:child_process';
import { allowConsoleErrors, EXPLORER_READY, test, expect } from './fixtures.ts';

const cli = (name: string, lang: string) => execFileSync(process.execPath, ['scripts/snippets.ts', name, '--lang', lang], { encoding: 'utf8' });

test.describe('operation pages', () => {
  test('show the endpoint, parameter and schema tables, responses and samples', async ({ page }) => {
    await page.goto('/api/conversations/list-for-agent/');
    await expect(page.locator('h1')).toHaveText("List an agent's conversations");
    await expect(page.locator('.endpoint')).toContainText('GET');
    await expect(page.locator('.endpoint')).toContainText('https://api.nairi.ai/api/public/v1/agents/{agent_id}/conversations');
    const limit = page.locator('tr[data-param="limit"]');
    await expect(limit).toContainText('integer');
    await expect(limit).toContainText('≥ 1');
    await expect(limit).toContainText('≤ 100');
    await expect(limit).toContainText('50');
    await expect(page.locator('tr[data-field="conversations[].status"]')).toContainText('abandoned');
    await expect(page.locator('tr[data-status="400"]')).toContainText('limit must be <= 100');
    // The request alone first: the example values as literals, the query encoded.
    const short = page.locator('[data-code-samples] > starlight-tabs');
    await short.getByRole('tab', { name: 'Go' }).click();
    await expect(short.locator('[role="tabpanel"]:visible')).toContainText('baseURL+"/agents/cci_01KEQ6963XS96YDP3NF9NKB7QJ/conversations?status=completed%2Cactive"');
    // The complete program is one toggle away, already in the language just chosen.
    const complete = page.locator('[data-code-samples] > details');
    await expect(complete.locator('starlight-tabs')).toBeHidden();
    await complete.getByText('Complete program with error handling').click();
    await expect(complete.locator('starlight-tabs [role="tabpanel"]:visible')).toContainText('url.Values{"status": {"completed,active"}}');
  });

  test('the complete programs load when opened; if they cannot, the page says so, links the Markdown version and retries', async ({ page, consoleErrors }) => {
    await page.goto('/api/agents/deploy/');
    const complete = page.locator('[data-code-samples] > details');
    // Not in the page: fetched from the operation's fragment.
    expect(await page.content()).not.toContain('deployAgent.rb');
    let refuse = true;
    await page.route('**/api/programs/agents/deploy/', (route) => (refuse ? route.abort() : route.continue()));
    await complete.locator('summary').click();
    await expect(complete.getByText('Could not load the programs.')).toBeVisible();
    await expect(complete.getByRole('link', { name: 'complete programs (Markdown)' })).toHaveAttribute('href', '/api/agents/deploy.md');
    refuse = false;
    await complete.locator('summary').click();
    await complete.locator('summary').click();
    await expect(complete.locator('starlight-tabs [role="tabpanel"]:visible')).toContainText('curl');
    await complete.getByRole('tab', { name: 'Ruby' }).click();
    await expect(complete.locator('figcaption:visible')).toContainText('deployAgent.rb');
    allowConsoleErrors(consoleErrors, /Failed to load resource: net::ERR_FAILED/);
  });

  test('link to the same operation in the explorer, which links back', async ({ page }) => {
    test.slow(); // the explorer renders the whole spec in the browser
    await page.goto('/api/agents/deploy/');
    await page.locator('[data-explorer-link]').click();
    await expect(page).toHaveURL(/\/api\/explorer\/#tag\/agents\/deployAgent$/);
    const back = page.getByRole('link', { name: 'Reference page for Deploy an agent' });
    await expect(back).toBeVisible(EXPLORER_READY);
    await back.click();
    await expect(page).toHaveURL(/\/api\/agents\/deploy\/$/);
  });
});

test.describe('the explorer', () => {
  test('renders from our own site only and shows exactly our samples', async ({ page, baseURL }) => {
    test.slow(); // the explorer renders the whole spec in the browser
    const origins = new Set<string>();
    page.on('request', (request) => origins.add(new URL(request.url()).origin));
    await page.goto('/api/explorer/#tag/agents/deployAgent');
    const operation = page.locator('[id$="tag/agents/deployAgent"]').first();
    await expect(operation).toContainText('Deploy an agent', EXPLORER_READY);
    const code = operation.locator('pre').first();
    await expect(code).toContainText('nairi-docs-sample/1.0 (bash)');
    const shown = (await code.locator('code').innerText()).replace(/\s+/g, ' ').trim();
    expect(shown).toBe(cli('deployAgent', 'bash').replace(/\s+/g, ' ').trim());
    await page.waitForLoadState('networkidle');
    expect([...origins]).toEqual([new URL(baseURL!).origin]);
  });

  test('offers the spec for download as YAML and JSON', async ({ page, request }) => {
    await page.goto('/api/explorer/');
    for (const name of ['openapi.yaml', 'openapi.json']) {
      const href = await page.getByRole('link', { name }).getAttribute('href');
      const response = await request.get(href!);
      expect(response.status()).toBe(200);
      expect(await response.text()).toContain('deployAgent');
    }
  });
});

test.describe('operation page layout', () => {
  test('from 1200 px: reference on the left, console and samples in a sticky column on the right', async ({ page }) => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto('/api/conversations/start/');
    const side = page.locator('.op-side');
    const main = page.locator('.op-main');
    const [sideBox, mainBox] = [await side.boundingBox(), await main.boundingBox()];
    expect(sideBox!.x).toBeGreaterThan(mainBox!.x + mainBox!.width - 1);
    await expect(side.locator('nairi-console')).toBeVisible();
    await expect(side.locator('[data-code-samples]')).toBeAttached();
    // The right column stays in view while the reference scrolls, and scrolls on its own.
    await page.locator('#responses').scrollIntoViewIfNeeded();
    expect((await side.boundingBox())!.y).toBeGreaterThanOrEqual(0);
    await expect(side.getByRole('heading', { name: 'Try it' })).toBeInViewport();
    expect(await side.evaluate((el) => getComputedStyle(el).overflowY)).toBe('auto');
    // Keyboard order follows reading order: intro, then the console, then the reference tables.
    const inOrder = await page.evaluate(() => {
      const [intro, console_, reference] = ['.op-intro a', '.op-side input', '.op-main h2'].map((s) => document.querySelector(s)!);
      return Boolean(intro!.compareDocumentPosition(console_!) & Node.DOCUMENT_POSITION_FOLLOWING) && Boolean(console_!.compareDocumentPosition(reference!) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(inOrder).toBe(true);
  });

  test('below 1200 px: one column, console first after the description; help pages keep Starlight\'s layout', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/api/conversations/start/');
    const [sideBox, mainBox] = [await page.locator('.op-side').boundingBox(), await page.locator('.op-main').boundingBox()];
    expect(mainBox!.y).toBeGreaterThan(sideBox!.y + sideBox!.height - 1);
    expect(Math.abs(sideBox!.x - mainBox!.x)).toBeLessThan(1);
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto('/help/using-the-api/');
    await expect(page.locator('.right-sidebar-container')).toBeVisible();
  });

  test('the console\'s Request and Response tabs work from the keyboard', async ({ page }) => {
    await page.goto('/api/agents/list/');
    const request = page.getByRole('tab', { name: 'Request', exact: true });
    const response = page.getByRole('tab', { name: /^Response/ });
    await request.focus();
    await page.keyboard.press('ArrowRight');
    await expect(response).toBeFocused();
    await expect(response).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByText('Nothing sent yet. Press Send request.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Send request' })).toBeVisible();
    await page.keyboard.press('Home');
    await expect(request).toHaveAttribute('aria-selected', 'true');
    await expect(request).toHaveAttribute('tabindex', '0');
    await expect(response).toHaveAttribute('tabindex', '-1');
  });
});

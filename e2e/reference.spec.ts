import { execFileSync } from 'node:child_process';
import { EXPLORER_READY, test, expect } from './fixtures.ts';
import { DocsPage } from './pages/docs-page.ts';

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

test.describe('search covers the reference', () => {
  for (const [query, path] of [['deploy agent', '/api/agents/deploy/'], ['scheduled job cron', '/api/scheduled-jobs/']] as const) {
    test(`"${query}" finds ${path}`, async ({ page }) => {
      test.slow(); // waits for Pagefind's field (SEARCH_FIELD_READY)
      const docs = new DocsPage(page);
      await docs.goto('/api/');
      const results = await docs.search(query);
      await expect(results.locator(`a[href*="${path}"]`).first()).toBeVisible();
    });
  }
});

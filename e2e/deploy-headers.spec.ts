/**
 * @module The site as deployed: dist/ served by nginx with the build's own header snippet. The
 * console, search and the explorer must work under the header policy, and no page can be framed.
 */
import { allowConsoleErrors, EXPLORER_READY, test, expect } from './fixtures.ts';
import { ConsolePage } from './pages/console-page.ts';
import { DocsPage } from './pages/docs-page.ts';

const DEPLOYED = `http://127.0.0.1:${process.env.E2E_HEADERS_PORT ?? 4330}`;
test.use({ baseURL: DEPLOYED });

test('every response carries the policy with frame-ancestors, nosniff, no referrer and a permissions policy', async ({ request }) => {
  for (const path of ['/', '/help/using-the-api/', '/api/explorer/', '/openapi.json', '/pagefind/pagefind.js']) {
    const headers = (await request.get(path)).headers();
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy'], path).toMatch(/connect-src 'self' /);
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('no-referrer');
    expect(headers['permissions-policy'], path).toContain('camera=()');
  }
});

test('the console sends under the header policy', async ({ page }) => {
  const console_ = new ConsolePage(page);
  await console_.open('/api/agents/list/');
  await console_.useKey('nr_deployed_headers_1');
  await console_.send();
  await expect(console_.status()).toHaveText('200');
});

test('search works under the header policy', async ({ page }) => {
  test.slow(); // waits for Pagefind's field (SEARCH_FIELD_READY)
  const docs = new DocsPage(page);
  await docs.goto('/help/using-the-api/');
  await expect((await docs.search('revoke')).first()).toBeVisible();
});

test('the explorer renders under the header policy', async ({ page }) => {
  test.slow(); // the explorer renders the whole spec in the browser
  await page.goto('/api/explorer/');
  await expect(page.locator('#nairi-explorer')).toContainText('Start a conversation', EXPLORER_READY);
});

test('no page can be framed by another site; the same page without the headers can', async ({ page, baseURL, consoleErrors }) => {
  const framedUrl = (origin: string) => `${origin}/help/using-the-api/`;
  const frameOf = async (origin: string) => {
    await page.setContent(`<iframe src="${framedUrl(origin)}" title="framed"></iframe>`);
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    await frame.waitForLoadState('load');
    return frame;
  };
  // Control: the preview server sends no headers (a meta tag cannot forbid framing), so it loads.
  const preview = `http://127.0.0.1:${process.env.E2E_PORT ?? 4329}`;
  await expect((await frameOf(preview)).locator('h1')).toHaveText('Using the API');
  const blocked = await frameOf(baseURL!);
  expect(blocked.url()).not.toBe(framedUrl(baseURL!));
  // Chromium shows its own error page in the frame instead of ours.
  await expect(blocked.locator('h1', { hasText: 'Using the API' })).toHaveCount(0);
  // The control frame runs Starlight under an opaque (about:blank) parent, where storage is denied.
  allowConsoleErrors(consoleErrors, /frame-ancestors|Refused to (display|frame)/, /localStorage.*Access is denied|StarlightThemeProvider is not defined/);
});

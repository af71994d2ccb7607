/** @module "Copy page" copies the page's Markdown twin from this site, and never the key. */
import { test, expect } from './fixtures.ts';
import { ConsolePage } from './pages/console-page.ts';

test('Copy page copies the Markdown twin, fetched from this site only, without the key', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const console_ = new ConsolePage(page);
  await console_.open('/api/agents/deploy/');
  await console_.useKey('nr_copy_page_secret');
  const origins = new Set<string>();
  page.on('request', (r) => origins.add(new URL(r.url()).origin));
  await page.getByRole('button', { name: 'Copy page' }).click();
  await expect(page.getByText('Copied the page as Markdown.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const twin = await (await page.request.get('/api/agents/deploy.md')).text();
  expect(copied).toBe(twin);
  expect(copied).toMatch(/^# Deploy an agent\n/);
  expect(copied).not.toContain('nr_copy_page_secret');
  expect([...origins]).toEqual([new URL(baseURL!).origin]);
  await expect(page.getByRole('link', { name: 'View as Markdown' })).toHaveAttribute('href', '/api/agents/deploy.md');
});

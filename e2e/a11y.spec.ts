import AxeBuilder from '@axe-core/playwright';
import { test, expect, sitemapPaths } from './fixtures.ts';

test('help pages have no serious or critical axe violations', async ({ page, request }) => {
  const paths = await sitemapPaths(request, '/help/');
  expect(paths.length).toBeGreaterThanOrEqual(5);
  for (const path of paths) {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).analyze();
    const severe = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${path}: ${v.id} (${v.impact}) on ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(severe).toEqual([]);
  }
});

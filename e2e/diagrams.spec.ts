/**
 * @module The build-time diagrams in both themes: each page's HTML holds its drawing, the figure has
 * no script, the text version is a plain <details>, and the SVG's text has enough contrast. axe reports SVG
 * text as "incomplete" (it cannot find a background behind an image node), so the contrast is
 * measured here from the computed colours of the text and of what it is drawn on.
 */
import { test, expect } from './fixtures.ts';
import { DocsPage } from './pages/docs-page.ts';

const PAGES = [
  '/api/conversations/message-reference/',
  '/help/communicating-with-agents/api/',
  '/help/using-the-api/',
  '/api/quickstart/configure-and-deploy/',
  '/api/quickstart/drive-a-conversation/',
  '/api/quickstart/full-example/',
];

/** WCAG contrast ratio of two `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const lum = (rgb: string) => {
    const [r, g, bl] = rgb.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });
    for (const path of PAGES) {
      test(`${path}: the diagram is in the served HTML, its text version opens, its text has contrast`, async ({ page }) => {
        // Drawn at build time: the SVG is in the HTML as served, before any script could run.
        const served = await (await page.request.get(path)).text();
        expect(served).toMatch(/<figure class="nr-diagram[^>]*>\s*<div class="art[^>]*>\s*<svg /);
        await new DocsPage(page).goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const figure = page.locator('figure.nr-diagram');
        await expect(figure).toHaveCount(1);
        await expect(figure.locator('svg[role="img"]')).toBeVisible();
        await expect(figure.locator('script')).toHaveCount(0);
        await figure.locator('summary').click();
        await expect(figure.locator('.alternative')).toBeVisible();
        const colours = await figure.evaluate((el) => {
          const fills = (sel: string) => [...new Set([...el.querySelectorAll(sel)].map((n) => getComputedStyle(n).fill))];
          return { text: fills('svg text'), under: [...fills('svg .dg-box'), getComputedStyle(document.body).backgroundColor] };
        });
        for (const fg of colours.text) for (const bg of colours.under) expect(contrast(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      });
    }
  });
}

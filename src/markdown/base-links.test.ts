import { describe, expect, it } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { baseLinksPlugin, normaliseBase, withBase } from './base-links.ts';

describe.each([
  ['/', ''],
  ['', ''],
  ['/docs', '/docs'],
  ['/docs/', '/docs'],
  ['docs', '/docs'],
  ['/a/b/', '/a/b'],
])('normaliseBase(%j)', (input, expected) => {
  it(`is ${JSON.stringify(expected)}`, () => expect(normaliseBase(input)).toBe(expected));
});

describe.each([
  ['/help/vaults', '/docs', '/docs/help/vaults'],
  ['/help/using-the-api#revoking-a-key', '/docs', '/docs/help/using-the-api#revoking-a-key'],
  ['/api?lang=go', '/docs/', '/docs/api?lang=go'],
  ['/', '/docs', '/docs/'],
  ['/docs/help', '/docs', '/docs/docs/help'],
  ['/help/vaults', '/', '/help/vaults'],
  ['#best-practices', '/docs', '#best-practices'],
  ['https://api.nairi.ai/api/public/v1', '/docs', 'https://api.nairi.ai/api/public/v1'],
  ['//cdn.example.com/x.js', '/docs', '//cdn.example.com/x.js'],
  ['mailto:support@nairi.ai', '/docs', 'mailto:support@nairi.ai'],
  ['../relative', '/docs', '../relative'],
])('withBase(%j, %j)', (url, base, expected) => {
  it(`is ${expected}`, () => expect(withBase(url, base)).toBe(expected));
});

describe('baseLinksPlugin', () => {
  const md = async (src: string, base: string) => (await markdownToHtml(src, { mdastPlugins: [baseLinksPlugin(base)] })).html;

  it('prefixes Markdown links and reference definitions', async () => {
    const html = await md('[vaults](/help/vaults) and [ref][r]\n\n[r]: /api#errors', '/docs');
    expect(html).toContain('href="/docs/help/vaults"');
    expect(html).toContain('href="/docs/api#errors"');
  });

  it('leaves external links and anchors alone', async () => {
    const html = await md('[ext](https://nairi.ai) [here](#top)', '/docs');
    expect(html).toContain('href="https://nairi.ai"');
    expect(html).toContain('href="#top"');
  });

  it('prefixes the href of JSX elements such as Card', async () => {
    const { code } = await mdxToJs('<Card title="API" href="/api" />\n\nText with <a href="/help">a link</a>.', {
      mdastPlugins: [baseLinksPlugin('/docs')],
    });
    expect(code).toContain('"/docs/api"');
    expect(code).toContain('"/docs/help"');
  });

  it('changes nothing at the root base', async () => {
    expect(await md('[v](/help/vaults)', '/')).toContain('href="/help/vaults"');
  });
});

import { describe, expect, it } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { headingIdsPlugin, splitHeadingId } from './heading-ids.ts';

const render = async (md: string) => (await markdownToHtml(md, { mdastPlugins: [headingIdsPlugin()] })).html.trim();

describe.each([
  ['Two kinds of API keys [#two-kinds-of-api-keys]', 'Two kinds of API keys', 'two-kinds-of-api-keys'],
  ['1. Install dependencies [#1-install-dependencies]', '1. Install dependencies', '1-install-dependencies'],
  ['Step 1 — install the bot [#step-1--install-the-nairi-discord-bot]', 'Step 1 — install the bot', 'step-1--install-the-nairi-discord-bot'],
  ['Trailing spaces [#x]   ', 'Trailing spaces', 'x'],
  ['No id here', 'No id here', undefined],
  ['Brackets [not an id]', 'Brackets [not an id]', undefined],
  ['Mid [#id] text', 'Mid [#id] text', undefined],
  ['', '', undefined],
])('splitHeadingId(%j)', (input, text, id) => {
  it('separates text and id', async () => {
    expect(splitHeadingId(input)).toEqual(id ? { text, id } : { text });
  });
});

describe('headingIdsPlugin', () => {
  it('uses the custom id and hides the suffix', async () => {
    expect(await render('## Two kinds of API keys [#two-kinds-of-api-keys]')).toBe(
      '<h2 id="two-kinds-of-api-keys">Two kinds of API keys</h2>',
    );
  });

  it('keeps ids that start with digits and contain dashes', async () => {
    expect(await render('## 1. Install dependencies [#1-install-dependencies]')).toContain('id="1-install-dependencies"');
  });

  it('keeps inline code in the heading text', async () => {
    const html = await render('### Set `NAIRI_API_KEY` first [#set-the-key]');
    expect(html).toBe('<h3 id="set-the-key">Set <code>NAIRI_API_KEY</code> first</h3>');
  });

  it('accepts an id right after inline code', async () => {
    expect(await render('## `nr_` [#nr-keys]')).toBe('<h2 id="nr-keys"><code>nr_</code></h2>');
  });

  it('slugs a heading without an id', async () => {
    expect(await render('## Calling the API')).toBe('<h2 id="calling-the-api">Calling the API</h2>');
  });

  it('never lets an automatic slug reuse a custom id', async () => {
    const html = await render('## Setup [#install]\n\n## Install\n\n## Install');
    const ids = [...html.matchAll(/id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['install', 'install-1', 'install-2']);
  });

  it('rejects the same custom id twice on one page', async () => {
    await expect(render('## A [#same]\n\n## B [#same]')).rejects.toThrow(/\[#same\]/);
  });

  it('finds headings nested in JSX', async () => {
    const { code } = await mdxToJs('<Tab value="x">\n\n## Inside [#inside]\n\n</Tab>', {
      mdastPlugins: [headingIdsPlugin()],
    });
    expect(code).toContain('"inside"');
    expect(code).not.toContain('[#inside]');
  });
});

/**
 * Search ranks the page a developer means in the top 3, typed into the real search box.
 *
 * Every operation page shares a console, five code samples, an auth note, the same section headings
 * and the 401/500 rows. Indexed at full weight, that text outranks the page that is about the query,
 * so the page templates keep it out of the index (or at weight 0, for headings that anchor sub-results)
 * and weigh the operation's description and its parameter and field names up. The issue 13 test fails
 * without that. One test per list keeps Pagefind's load to two page visits; each prints and attaches
 * its rank table, and a failure lists every query with its top 3.
 */
import { test, expect } from './fixtures.ts';
import { DocsPage } from './pages/docs-page.ts';
import { HELD_OUT, ISSUE, answers, type SearchCase } from './search-queries.ts';

const TOP = 3;

/** The page path of each result, in rank order: a result's first link is its page, the rest are sub-results. */
async function topPaths(docs: DocsPage, query: string): Promise<string[]> {
  const { page } = docs;
  const input = docs.searchInput;
  // An empty field hides the results area, so the results read below belong to this query.
  await input.fill('');
  await expect(page.locator('.pagefind-ui__results-area')).toHaveCount(0);
  await input.fill(query);
  // The list exists only once the search is done (while loading, only a message shows); it can be empty.
  await expect(page.locator('.pagefind-ui__message')).toContainText(query);
  await expect(page.locator('ol.pagefind-ui__results')).toBeAttached();
  const results = page.locator('ol.pagefind-ui__results > .pagefind-ui__result');
  const shown = Math.min(TOP, await results.count());
  // Each result fetches its own fragment before its link appears.
  for (let i = 0; i < shown; i++) await expect(results.nth(i).locator('a').first()).toHaveAttribute('href', /./);
  const hrefs = await results.evaluateAll((els, n) => els.slice(0, n).map((el) => el.querySelector('a')!.href), shown);
  const base = new URL(page.url()).origin;
  return hrefs.map((h) => new URL(h, base).pathname.replace(/#.*$/, ''));
}

/** Rank (1-based) of the first result that answers the case, or 0 when none of the top 3 does. */
function rankOf(c: SearchCase, paths: string[]): number {
  return paths.findIndex((p) => answers(c, p)) + 1;
}

for (const [name, cases] of [
  ['the issue 13 queries', ISSUE],
  ['held-out queries nobody tuned for', HELD_OUT],
] as const) {
  test(`search ranks the meant page in the top ${TOP} for ${name}`, async ({ page }, info) => {
    test.slow(); // waits for Pagefind's field (SEARCH_FIELD_READY), then runs many searches
    const docs = new DocsPage(page);
    await docs.goto('/');
    await docs.search(cases[0]!.query);
    const rows: { c: SearchCase; rank: number; top: string[] }[] = [];
    for (const c of cases) {
      const top = await topPaths(docs, c.query);
      rows.push({ c, rank: rankOf(c, top), top });
    }
    const mark = (r: (typeof rows)[number]) => (r.rank ? `#${r.rank}` : r.c.gap ? 'gap' : 'miss');
    const table = rows.map((r) => `${mark(r)}\t${r.c.query}\t${r.top.join('  ') || '(no results)'}${r.c.gap ? `\t(${r.c.gap})` : ''}`).join('\n');
    info.annotations.push({ type: 'ranks', description: table });
    console.log(`${name}:\n${table}`);
    const misses = rows.filter((r) => !r.rank && !r.c.gap).map((r) => r.c.query);
    expect(misses, `queries whose page is not in the top ${TOP} (rank, query, top ${TOP}):\n${table}\n`).toEqual([]);
    const closed = rows.filter((r) => r.rank && r.c.gap).map((r) => r.c.query);
    expect(closed, 'these gaps are found now: remove their `gap` mark in e2e/search-queries.ts').toEqual([]);
  });
}

/**
 * @module Search figures on the throttled profile, in one fresh context on the help page:
 *
 * - First query bytes: the page is opened, the search dialog opened and the first issue-13 query
 *   typed, as a reader would; once the results and their excerpts show and no /pagefind/ request has
 *   been pending for 1 s, the response bodies of every /pagefind/ request (the page's and Pagefind's
 *   worker's) are summed as they came over the wire: compressed where astro preview gzips (the
 *   scripts and JSON; Pagefind's own index files are already compressed), headers not counted.
 *   Pagefind's UI script is not among them: Starlight bundles it into a chunk of `/_astro/`.
 * - Query time: then, in the page and on the same Pagefind instance the dialog uses, each other
 *   issue-13 query is timed from `pagefind.search(q)` to the data of its first 5 results loaded,
 *   index chunks and fragments fetched over the throttled link as needed. The median is reported.
 */
import { get } from 'node:http';
import type { Browser, Page, Request } from '@playwright/test';
import { ISSUE } from '../../e2e/search-queries.ts';
import { bytesByKind, type BytesByKind } from './pagefind-files.ts';
import { throttledPage, withDeadline } from './throttled-browser.ts';

const PAGE = '/help/using-the-api/';
const TIMEOUT_MS = 90_000;

export interface SearchFigures {
  firstQuery: string;
  /** Bytes of /pagefind/ responses up to the first query's results. */
  firstQueryBytes: number;
  /** The same bytes by kind of file (`pf_index`, `pf_fragment`, `js`, …), with the request count. */
  byKind: BytesByKind;
  /** One timing per query after the first, in ms. */
  queryMs: number[];
}

export async function searchFigures(browser: Browser, origin: string): Promise<SearchFigures> {
  const { context, page } = await throttledPage(browser);
  // Playwright's context events, not the page's DevTools session: Pagefind fetches its index from a
  // worker, whose requests that session never sees.
  const pending = new Set<Request>();
  const sizes: Promise<{ url: string; bytes: number }>[] = [];
  let lastActivity = Date.now();
  const isPagefind = (r: Request) => new URL(r.url()).pathname.includes('/pagefind/');
  context.on('request', (r) => {
    if (!isPagefind(r)) return;
    pending.add(r);
    lastActivity = Date.now();
  });
  context.on('requestfinished', (r) => {
    if (!pending.delete(r)) return;
    lastActivity = Date.now();
    sizes.push(r.sizes().then(async (s) => ({ url: r.url(), bytes: s.responseBodySize || (await refetchedBytes(r.url())) })));
  });
  context.on('requestfailed', (r) => {
    pending.delete(r);
    lastActivity = Date.now();
  });
  try {
    const first = ISSUE[0]!.query;
    await withDeadline(typeFirstQuery(page, origin + PAGE, first), TIMEOUT_MS, 'first search query');
    await withDeadline(
      (async () => {
        while (pending.size || Date.now() - lastActivity < 1000) await new Promise((r) => setTimeout(r, 100));
      })(),
      TIMEOUT_MS,
      'Pagefind requests to finish',
    );
    const done = await Promise.all(sizes);
    const byKind = bytesByKind(done);
    const firstQueryBytes = done.reduce((sum, r) => sum + r.bytes, 0);
    const bundle = new URL('pagefind/pagefind.js', `${origin}/`).href;
    const queries = ISSUE.slice(1).map((c) => c.query);
    const queryMs = await withDeadline(page.evaluate(timeQueries, { bundle, queries }), TIMEOUT_MS, 'timed queries');
    return { firstQuery: first, firstQueryBytes, byKind, queryMs };
  } finally {
    await context.close().catch(() => {});
  }
}

/**
 * Chromium reports no body size for a worker's own script; this asks the server for the same file,
 * gzip accepted as the browser does, and counts the bytes it sends.
 */
function refetchedBytes(url: string): Promise<number> {
  return new Promise((resolve) => {
    get(url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => { bytes += chunk.length; });
      response.on('end', () => resolve(bytes));
    }).on('error', () => resolve(0));
  });
}

/** Opens the page, waits for Starlight to create the search field, opens the dialog and types. */
async function typeFirstQuery(page: Page, url: string, query: string) {
  await page.goto(url, { timeout: TIMEOUT_MS });
  await page.locator('#starlight__search input').waitFor({ state: 'attached', timeout: TIMEOUT_MS });
  await page.locator('button[data-open-modal]').first().click();
  await page.locator('#starlight__search input').fill(query);
  // Done searching: the message names the query, and every shown result has its link (its fragment loaded).
  await page.locator('.pagefind-ui__message', { hasText: query }).waitFor({ timeout: TIMEOUT_MS });
  await page.waitForFunction(
    () => [...document.querySelectorAll('.pagefind-ui__result')].every((r) => r.querySelector('a[href]')),
    undefined,
    { timeout: TIMEOUT_MS, polling: 250 },
  );
}

/** Runs in the page: the time from search to the first 5 results' data, per query. */
async function timeQueries({ bundle, queries }: { bundle: string; queries: string[] }): Promise<number[]> {
  type Result = { data(): Promise<unknown> };
  const pagefind = (await import(bundle)) as { search(q: string): Promise<{ results: Result[] }> };
  const times: number[] = [];
  for (const query of queries) {
    const start = performance.now();
    const { results } = await pagefind.search(query);
    await Promise.all(results.slice(0, 5).map((r) => r.data()));
    times.push(performance.now() - start);
  }
  return times;
}

/**
 * @module Shared Playwright fixtures: every test fails if the page logs a console error or throws.
 */
import { readFileSync } from 'node:fs';
import { test as base, expect, type ConsoleMessage, type Page } from '@playwright/test';

/** Collects the console errors and uncaught exceptions `page` reports until `stop()` is called. */
function watchErrors(page: Page) {
  const errors: string[] = [];
  const onConsole = (msg: ConsoleMessage) => {
    if (msg.type() === 'error') errors.push(`${page.url()}: ${msg.text()}`);
  };
  const onPageError = (err: Error) => errors.push(`${page.url()}: ${err.message}`);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  const stop = () => {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
  };
  return { errors, stop };
}

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const { errors } = watchErrors(page);
      await use(errors);
      expect(errors, 'console errors on the pages this test visited').toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * For tests that only load a page and read it (the page sweep): one tab per worker, reused from
 * test to test. A fresh context per test costs as much CPU as the page load itself. Each test
 * still fails on its own console errors; the tab is left on about:blank so nothing of one page
 * runs into the next test. These tests must not change storage or other tab state.
 */
export const readOnlyTest = base.extend<{ readOnlyPage: Page }, { sharedTab: Page }>({
  sharedTab: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, viewport } = workerInfo.project.use;
      const context = await browser.newContext({ baseURL, viewport });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
  readOnlyPage: async ({ sharedTab }, use) => {
    const { errors, stop } = watchErrors(sharedTab);
    await use(sharedTab);
    await sharedTab.goto('about:blank');
    stop();
    expect(errors, 'console errors on the pages this test visited').toEqual([]);
  },
});

export { expect };

/** The sandbox the console's default server points at (see playwright.config.ts). */
export const SANDBOX_URL = `http://127.0.0.1:${process.env.E2E_SANDBOX_PORT ?? 4010}/api/public/v1`;

/**
 * How long the Scalar explorer may take to show the first operation: it parses about 1.1 MB of
 * gzipped JavaScript and renders the whole spec in the browser (15× a help page on slow hardware).
 */
export const EXPLORER_READY = { timeout: 60_000 };

/** Paths in the built sitemap (read from dist/, so tests can be declared one per page). */
export function builtPaths(prefix = '/'): string[] {
  const dist = new URL('../dist/', import.meta.url);
  const index = readFileSync(new URL('sitemap-index.xml', dist), 'utf8');
  const paths: string[] = [];
  for (const [, loc] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const xml = readFileSync(new URL(new URL(loc!).pathname.replace(/^\//, ''), dist), 'utf8');
    for (const [, page] of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) paths.push(new URL(page!).pathname);
  }
  return paths.filter((p) => p.startsWith(prefix));
}

/**
 * Removes the console errors a test provokes on purpose (the browser logs every 4xx response and
 * every blocked request); whatever else was logged still fails the test.
 */
export function allowConsoleErrors(errors: string[], ...expected: RegExp[]) {
  for (let i = errors.length - 1; i >= 0; i--) if (expected.some((re) => re.test(errors[i]!))) errors.splice(i, 1);
}

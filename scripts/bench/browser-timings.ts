/**
 * @module Load times on the throttled profile, side by side: each run loads every page once, in a
 * fresh context (cold cache), before the next run starts, so a machine that gets busier or quieter
 * during the benchmark affects every page alike and the ratios stay fair. Every load has 90 s to
 * produce its figures; a slower one is recorded as timed out and the run goes on.
 */
import type { Browser, Page } from '@playwright/test';
import type { ProbeRecord } from './probes.ts';
import { throttledPage, TimedOut, withDeadline } from './throttled-browser.ts';

export const LOAD_TIMEOUT_MS = 90_000;

/** A figure from one load: milliseconds since navigation start, or why there is none. */
export type Sample = { ms: number; note?: string } | { error: string; timedOut: boolean };

export type TimingKey = 'help' | 'operation' | 'console' | 'quickstart' | 'explorer';

/** Waits for one figure; `note` says what it measured (the LCP element). */
type Reader = (page: Page, timeoutMs: number) => Promise<{ ms: number; note?: string }>;

declare global {
  interface Window {
    __bench: ProbeRecord;
  }
}

/** LCP render time, read once the page has loaded and no new LCP entry has come for 1 s. */
const contentVisible: Reader = async (page, timeout) => {
  await page.waitForFunction(
    () => document.readyState === 'complete' && window.__bench.lcp !== undefined && performance.now() - window.__bench.lcpSeenAt > 1000,
    undefined,
    { timeout, polling: 250 },
  );
  return page.evaluate(() => ({ ms: window.__bench.lcp!, note: window.__bench.lcpElement }));
};

/** When the try-it console said it was ready to send (its own `data-ready-at`). */
const consoleReady: Reader = async (page, timeout) => {
  const ready = page.locator('nairi-console[data-ready="true"]').first();
  await ready.waitFor({ state: 'attached', timeout });
  return { ms: Number(await ready.getAttribute('data-ready-at')) };
};

/** When the explorer first laid out an operation (see probes.ts). */
const explorerOperation: Reader = async (page, timeout) => {
  await page.waitForFunction(() => window.__bench.explorerOperation !== undefined, undefined, { timeout, polling: 250 });
  return page.evaluate(() => ({ ms: window.__bench.explorerOperation! }));
};

/** The loads of one run, in order, and the figures each one gives. */
export const LOADS: { path: string; reads: [TimingKey, Reader][] }[] = [
  { path: '/help/using-the-api/', reads: [['help', contentVisible]] },
  { path: '/api/conversations/start/', reads: [['operation', contentVisible], ['console', consoleReady]] },
  { path: '/api/quickstart/drive-a-conversation/', reads: [['quickstart', contentVisible]] },
  { path: '/api/explorer/', reads: [['explorer', explorerOperation]] },
];

const isTimeout = (error: unknown) => error instanceof TimedOut || (error as Error)?.name === 'TimeoutError';

function failed(error: unknown): Sample {
  const message = (error as Error)?.message?.split('\n')[0] ?? String(error);
  return { error: message, timedOut: isTimeout(error) };
}

/** Loads `path` once and reads each figure, all within LOAD_TIMEOUT_MS of the navigation. */
async function loadOnce(browser: Browser, url: string, reads: [TimingKey, Reader][]): Promise<[TimingKey, Sample][]> {
  const { context, page } = await throttledPage(browser);
  const deadline = Date.now() + LOAD_TIMEOUT_MS;
  const left = () => Math.max(1, deadline - Date.now());
  const samples: [TimingKey, Sample][] = [];
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: left() });
    for (const [key, read] of reads) {
      try {
        // The reader's own timeout, and a hard stop in case an evaluate never returns.
        samples.push([key, await withDeadline(read(page, left()), left() + 1000, key)]);
      } catch (error) {
        samples.push([key, failed(error)]);
      }
    }
  } catch (error) {
    for (const [key] of reads) if (!samples.some(([k]) => k === key)) samples.push([key, failed(error)]);
  } finally {
    await context.close().catch(() => {});
  }
  return samples;
}

/** `runs` rounds over LOADS; progress goes to stderr so the table on stdout stays clean. */
export async function browserTimings(browser: Browser, origin: string, runs: number): Promise<Record<TimingKey, Sample[]>> {
  const all: Record<TimingKey, Sample[]> = { help: [], operation: [], console: [], quickstart: [], explorer: [] };
  for (let run = 1; run <= runs; run++) {
    for (const { path, reads } of LOADS) {
      for (const [key, sample] of await loadOnce(browser, origin + path, reads)) {
        all[key].push(sample);
        const shown = 'ms' in sample ? `${Math.round(sample.ms)} ms${sample.note ? `  (${sample.note})` : ''}` : sample.error;
        process.stderr.write(`  run ${run}/${runs} ${key.padEnd(10)} ${shown}\n`);
      }
    }
  }
  return all;
}

/**
 * @module The benchmark's browser: Debian's chromium through Playwright, and a fresh context per page
 * load (so every load starts with an empty cache) throttled to the profile. The link figures
 * are the ones the first console benchmark used, so new runs compare with the numbers.
 */
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../e2e/chromium-args.ts';
import { installProbes } from './probes.ts';

/** Slow 4G: 1.6 Mbps down, 750 kbps up, 150 ms round trip; a CPU 4× slower than this machine's. */
export const PROFILE = {
  latencyMs: 150,
  downloadBytesPerSecond: (1.6 * 1024 * 1024) / 8,
  uploadBytesPerSecond: (750 * 1024) / 8,
  cpuSlowdown: 4,
};

export const PROFILE_LABEL = 'slow 4G (1.6 Mbps down, 750 kbps up, 150 ms RTT), 4× slower CPU, cold cache';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export interface ThrottledPage {
  context: BrowserContext;
  page: Page;
  /** DevTools session of the page, with the Network domain on (the search figures read it). */
  cdp: CDPSession;
}

/** A new context and page, throttled, with the timing probes installed before any page script runs. */
export async function throttledPage(browser: Browser): Promise<ThrottledPage> {
  const context = await browser.newContext();
  await context.addInitScript(installProbes);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PROFILE.latencyMs,
    downloadThroughput: PROFILE.downloadBytesPerSecond,
    uploadThroughput: PROFILE.uploadBytesPerSecond,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpuSlowdown });
  return { context, page, cdp };
}

/** Thrown by `withDeadline` so callers can tell "too slow" from "broken". */
export class TimedOut extends Error {}

/** Resolves as `work` does, or rejects with TimedOut after `ms`. */
export async function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimedOut(`${what}: no result within ${Math.round(ms / 1000)} s`)), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

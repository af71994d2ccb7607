/**
 * @module `npm run bench`: how long until the try-it console is ready to send on an operation page,
 * next to a help page becoming interactive (its search button enabled), on a slow-4G link
 * (1.6 Mbps down, 750 kbps up, 150 ms RTT) with a 4× slower CPU, cold cache, median of 5 runs.
 * Run after `npm run build`; it serves dist/ itself. A measurement, not a test: it never fails on time.
 */
import { spawn } from 'node:child_process';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../e2e/chromium-args.ts';

const PORT = 4390;
const RUNS = 5;
const origin = `http://127.0.0.1:${PORT}`;

const server = spawn('node_modules/.bin/astro', ['preview', '--host', '127.0.0.1', '--port', String(PORT)], { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
for (let i = 0; i < 100; i++) {
  if (await fetch(origin).then(() => true, () => false)) break;
  await new Promise((r) => setTimeout(r, 200));
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });

async function measure(path: string, ready: (page: Page) => Promise<number>): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(origin + path, { waitUntil: 'commit' });
    times.push(await ready(page));
    await context.close();
  }
  return times;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const consoleReady = async (page: Page) => {
  const el = page.locator('nairi-console[data-ready="true"]');
  await el.waitFor({ timeout: 60_000 });
  return Number(await el.getAttribute('data-ready-at'));
};
const helpReady = async (page: Page) => {
  await page.locator('button[data-open-modal]:enabled').waitFor({ timeout: 60_000 });
  return page.evaluate(() => performance.now());
};

const op = await measure('/api/conversations/start/', consoleReady);
const help = await measure('/help/using-the-api/', helpReady);
console.log(`Slow 4G (1.6 Mbps, 150 ms RTT) + 4x CPU, cold cache, median of ${RUNS}:`);
console.log(`  operation page, console ready to send: ${median(op)} ms  (runs: ${op.join(', ')})`);
console.log(`  help page, interactive (search ready): ${Math.round(median(help))} ms  (runs: ${help.map(Math.round).join(', ')})`);
await browser.close();
server.kill();

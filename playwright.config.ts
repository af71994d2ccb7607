import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS } from './e2e/chromium-args.ts';

/**
 * Ports of the preview server (the built `dist/`) and of the sandbox the console calls. `npm test`
 * picks free ones and builds the site for that sandbox; these defaults match a plain build.
 */
const PORT = Number(process.env.E2E_PORT ?? 4329);
const SANDBOX_PORT = Number(process.env.E2E_SANDBOX_PORT ?? 4010);
/** nginx serving dist/ with the build's deploy headers (e2e/deploy-headers.spec.ts). */
const HEADERS_PORT = Number(process.env.E2E_HEADERS_PORT ?? 4330);
const quiet = { ASTRO_TELEMETRY_DISABLED: '1' };

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  // No retries: a retry hides a flake instead of removing it.
  retries: 0,
  // Per test: one page and what is done on it. Tests that cover many pages are one test per page.
  timeout: 60_000,
  // A state the page reaches after work in the browser (a search index loaded, a sandbox reply):
  // sized for a busy 2-core machine, not for speed.
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
    navigationTimeout: 30_000,
    launchOptions: {
      // Debian's chromium: no browser download at install or run time.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: [
    {
      command: `node_modules/.bin/astro preview --host 127.0.0.1 --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      env: quiet,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node scripts/serve-with-headers.ts --port ${HEADERS_PORT}`,
      url: `http://127.0.0.1:${HEADERS_PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // The local sandbox, where the console's default server points; it lets both test origins call it.
      command: `node scripts/sandbox/serve.ts --port ${SANDBOX_PORT} --reply-delay-ms 300 --origin http://127.0.0.1:${PORT} --origin http://127.0.0.1:${HEADERS_PORT}`,
      url: `http://127.0.0.1:${SANDBOX_PORT}/api/public/v1/agents`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});

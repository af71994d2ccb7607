import { defineConfig, devices } from '@playwright/test';

/** Port of the preview server the browser tests run against (the built `dist/`). */
const PORT = Number(process.env.E2E_PORT ?? 4329);

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
    launchOptions: {
      // Debian's chromium: no browser download at install or run time.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: [
    {
      command: `astro preview --host 127.0.0.1 --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // The local sandbox, where the console's default server points; it lets this test origin call it.
      command: `node scripts/sandbox/serve.ts --port 4010 --reply-delay-ms 300 --origin http://127.0.0.1:${PORT}`,
      url: 'http://127.0.0.1:4010/api/public/v1/agents',
      ignoreHTTPSErrors: true,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});

/**
 * @module What the console does before anything leaves the browser: keys fetch cannot send are
 * refused with the character and where it is, destructive calls to real servers are confirmed, and
 * a server that does not allow this site is explained as "never reached", with the way round it.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { Page } from '@playwright/test';
import { allowConsoleErrors, test, expect } from './fixtures.ts';
import { ConsolePage } from './pages/console-page.ts';

/** A server listed in this build's servers that answers without any CORS header (see playwright.config.ts). */
const NO_CORS_PORT = Number(process.env.E2E_NOCORS_PORT ?? 4012);
const NO_CORS = `http://127.0.0.1:${NO_CORS_PORT}/api/public/v1`;

type SeenRequest = { method: string; url: string; headers: IncomingHttpHeaders };

/** That server, up for one test; it records every request it receives. */
const noCorsTest = test.extend<{ noCors: { seen: SeenRequest[] } }>({
  // eslint-disable-next-line no-empty-pattern
  noCors: async ({}, use) => {
    const seen: SeenRequest[] = [];
    const server: Server = createServer((req, res) => {
      seen.push({ method: req.method!, url: req.url!, headers: req.headers });
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"agents":[]}');
    });
    await new Promise<void>((ok) => server.listen(NO_CORS_PORT, '127.0.0.1', ok));
    await use({ seen });
    await new Promise((ok) => server.close(ok));
  },
});

/** The console on `path`, with `key` pasted and the no-CORS server chosen. */
async function consoleOnNoCors(page: Page, path: string, key: string) {
  const console_ = new ConsolePage(page);
  await console_.open(path);
  await console_.useKey(key);
  await console_.chooseServer(NO_CORS);
  return console_;
}

test('a key with an invisible character is refused, saying what and where, and the paste stays', async ({ page }) => {
  const console_ = new ConsolePage(page);
  await console_.open('/api/agents/list/');
  const pasted = 'nr_ab\u200Bcdef1234';
  await console_.useKey(pasted);
  await expect(console_.keyMessage()).toContainText('an invisible character (U+200B) at position 6, after “…r_ab”');
  await expect(console_.keyInput()).toHaveValue(pasted);
  expect(await page.evaluate(() => JSON.stringify({ ...sessionStorage }))).not.toContain('cdef1234');
  await console_.useKey('nr_ab cdef');
  await expect(console_.keyMessage()).toContainText('a space at position 6');
});

test.describe('destructive calls', () => {
  noCorsTest('to a real server ask first, naming method, resource and server; cancel sends nothing and keeps the inputs', async ({ page, consoleErrors, noCors: server }) => {
    const console_ = await consoleOnNoCors(page, '/api/agents/delete/', 'nr_confirm_case_1');
    await console_.fillParam('agent_id', 'acme/reviewer');
    const questions: string[] = [];
    page.once('dialog', (dialog) => { questions.push(dialog.message()); void dialog.dismiss(); });
    await console_.send();
    await expect(console_.formMessage()).toHaveText('Not sent. Your inputs are as you left them.');
    expect(questions).toHaveLength(1);
    expect(questions[0]).toContain(`Send DELETE /agents/acme%2Freviewer to 127.0.0.1:${NO_CORS_PORT} (${NO_CORS})?`);
    await expect(console_.param('agent_id')).toHaveValue('acme/reviewer');
    expect(server.seen).toEqual([]);

    page.once('dialog', (dialog) => void dialog.accept());
    await console_.send();
    await expect(console_.explanation()).toContainText('never reached the API');
    expect(server.seen.map((r) => r.method)).toEqual(['OPTIONS']);
    allowConsoleErrors(consoleErrors, /CORS|Failed to load resource|net::ERR_/);
  });

  test('to the local sandbox go without a question', async ({ page }) => {
    let asked = false;
    page.on('dialog', (dialog) => { asked = true; void dialog.dismiss(); });
    const console_ = new ConsolePage(page);
    await console_.open('/api/vaults/create/');
    await console_.useKey('nr_confirm_case_2');
    await console_.fillBody('{"name": "Temporary"}');
    await console_.send();
    await expect(console_.status()).toHaveText('201');
    const { id } = JSON.parse((await console_.responseBody().textContent())!) as { id: string };
    await console_.open('/api/vaults/delete/');
    await console_.fillParam('vault_id', id);
    await console_.send();
    await expect(console_.status()).toHaveText('204');
    await expect(console_.responseBody()).toHaveText('No content: the call succeeded and the API sends no body (204).');
    expect(asked).toBe(false);
  });
});

noCorsTest('a server without CORS headers: the request never reached the API, the key was not sent, curl and the code are offered', async ({ page, context, consoleErrors, noCors: server }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const console_ = await consoleOnNoCors(page, '/api/agents/list/', 'nr_no_cors_case_1');
  await console_.send();
  const explanation = console_.explanation();
  await expect(explanation).toContainText('The request never reached the API');
  await expect(explanation).toContainText('your key was not sent');
  await expect(explanation).not.toContainText('nr_no_cors_case_1');
  await explanation.getByRole('button', { name: 'Copy as curl' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(`'${NO_CORS}/agents'`);
  expect(copied).toContain('$NAIRI_API_KEY');
  expect(copied).not.toContain('nr_no_cors_case_1');
  await explanation.getByRole('link', { name: 'See the code for these inputs' }).click();
  await expect(page.locator('[data-live-heading]')).toBeInViewport();
  // The browser asked first (a preflight, without the key) and stopped there.
  for (const request of server.seen) expect(request.headers.authorization).toBeUndefined();
  expect(server.seen.every((r) => r.method === 'OPTIONS')).toBe(true);
  allowConsoleErrors(consoleErrors, /CORS|Failed to load resource|net::ERR_/);
});

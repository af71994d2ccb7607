import type { BrowserContext, Page } from '@playwright/test';
import { allowConsoleErrors, EXPLORER_READY, SANDBOX_URL as SANDBOX, test, expect } from './fixtures.ts';
import { ConsolePage } from './pages/console-page.ts';
import { DocsPage } from './pages/docs-page.ts';


/** Everything the browser sends, with every header and body. */
function recordRequests(context: BrowserContext) {
  const log: { url: string; headers: Record<string, string>; body: string }[] = [];
  context.on('request', async (request) => {
    log.push({ url: request.url(), headers: await request.allHeaders(), body: request.postData() ?? '' });
  });
  return log;
}

/** Every place a page keeps data that outlives the tab: localStorage, cookies, IndexedDB. */
async function persistentStorage(page: Page, context: BrowserContext) {
  const stores = await page.evaluate(async () => {
    const dbs: string[] = [];
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((ok, fail) => { const r = indexedDB.open(info.name!); r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
      for (const name of db.objectStoreNames) {
        const all = await new Promise<unknown[]>((ok) => { const r = db.transaction(name).objectStore(name).getAll(); r.onsuccess = () => ok(r.result); });
        dbs.push(JSON.stringify(all));
      }
      db.close();
    }
    return { local: JSON.stringify({ ...localStorage }), dbs: dbs.join('\n') };
  });
  return `${stores.local}\n${stores.dbs}\n${JSON.stringify(await context.cookies())}`;
}

test('leak audit: the key goes only into the Authorization header of requests to the chosen server', async ({ page, context, consoleErrors }) => {
  // Six pages, five sends, a search and the explorer in one session.
  test.setTimeout(180_000);
  const key = `nr_leakaudit_${Date.now().toString(36)}Q7`;
  const requests = recordRequests(context);
  const logs: string[] = [];
  page.on('console', (message) => logs.push(message.text()));
  const console_ = new ConsolePage(page);

  await console_.open('/api/agents/list/');
  await console_.useKey(key);
  await expect(console_.mask()).toHaveText(`nr_...${key.slice(-4)}`);
  for (const path of ['/api/agents/list/', '/api/agents/get/', '/api/conversations/start/', '/api/vaults/create/', '/api/conversations/list-for-agent/']) {
    await console_.open(path);
    await expect(console_.mask()).toHaveText(`nr_...${key.slice(-4)}`);
    await console_.send();
    await expect(console_.status()).toHaveText(/^20[012]$/);
  }
  await new DocsPage(page).goto('/help/using-the-api/');
  await (await new DocsPage(page).search('revoke')).first().waitFor();
  await page.goto('/api/explorer/');
  await expect(page.locator('#nairi-explorer')).toContainText('Start a conversation', EXPLORER_READY);

  const carrying = requests.filter((r) => `${r.url} ${JSON.stringify(r.headers)} ${r.body}`.includes(key));
  expect(carrying.length).toBeGreaterThanOrEqual(5);
  for (const request of carrying) {
    expect(request.url.startsWith(SANDBOX), request.url).toBe(true);
    expect(request.url).not.toContain(key);
    expect(request.body).not.toContain(key);
    const withKey = Object.entries(request.headers).filter(([, value]) => value.includes(key));
    expect(withKey).toEqual([['authorization', `Bearer ${key}`]]);
  }
  expect(await persistentStorage(page, context)).not.toContain(key);
  expect(logs.join('\n')).not.toContain(key);
  expect(consoleErrors).toEqual([]);

  await console_.open('/api/agents/list/');
  await console_.root.getByRole('button', { name: 'Forget key' }).click();
  await expect(console_.keyInput()).toBeVisible();
  expect(await page.evaluate(() => JSON.stringify({ ...sessionStorage }))).not.toContain(key);
});

test('the key lasts for the tab only: a new tab starts without it', async ({ page, context }) => {
  const console_ = new ConsolePage(page);
  await console_.open('/api/agents/list/');
  await console_.useKey('nr_tab_only_key_1');
  await page.goto('/api/agents/get/');
  await expect(new ConsolePage(page).mask()).toHaveText('nr_...ey_1');
  const other = await context.newPage();
  const fresh = new ConsolePage(other);
  await fresh.open('/api/agents/list/');
  await expect(fresh.keyInput()).toBeVisible();
  await expect(fresh.mask()).toHaveText('');
});

test.describe('bad input gets a specific message and nothing typed is lost', () => {
  test('keys', async ({ page }) => {
    const console_ = new ConsolePage(page);
    await console_.open('/api/agents/list/');
    await console_.useKey('   ');
    await expect(console_.keyMessage()).toContainText('A key is needed');
    await console_.useKey('ccagent_0123456789');
    await expect(console_.keyMessage()).toContainText('agent key (ccagent_) for a self-hosted nairid');
    await expect(console_.keyMessage().getByRole('link')).toHaveAttribute('href', '/help/using-the-api/#creating-a-public-api-key');
    await console_.useKey('sk_live_abc');
    await expect(console_.keyMessage()).toContainText('Public API keys start with nr_');
    await console_.send();
    await expect(console_.formMessage()).toHaveText('Paste your API key first.');
  });

  test('bodies and parameters', async ({ page }) => {
    const console_ = new ConsolePage(page);
    await console_.open('/api/conversations/start/');
    await console_.useKey('nr_bad_input_check');
    const broken = '{"agent_id": "my-agent", "prompt": ';
    await console_.fillBody(broken);
    await console_.send();
    await expect(console_.formMessage()).toContainText('The body is not valid JSON');
    await expect(console_.body()).toHaveValue(broken);
    const wrong = '{"agent_id": "my-agent", "prompt": "x", "ask_mode": "yes"}';
    await console_.fillBody(wrong);
    await console_.send();
    await expect(console_.formMessage()).toContainText('ask_mode');
    await expect(console_.body()).toHaveValue(wrong);
    await console_.open('/api/agents/get/');
    await console_.fillParam('agent_id', '');
    await console_.send();
    await expect(console_.formMessage()).toHaveText('agent_id is required.');
  });
});

test.describe('errors are explained', () => {
  test('400 shows the API message, 401 links to revoking keys, 404 says what is missing', async ({ page, consoleErrors }) => {
    const console_ = new ConsolePage(page);
    await console_.open('/api/conversations/list-for-agent/');
    await console_.useKey('nr_revoked_example_key');
    await console_.send();
    await expect(console_.status()).toHaveText('401');
    await expect(console_.explanation()).toContainText('invalid or has been revoked');
    await expect(console_.explanation().getByRole('link')).toHaveAttribute('href', '/help/using-the-api/#revoking-a-key');
    await console_.root.getByRole('button', { name: 'Forget key' }).click();
    await console_.useKey('nr_errors_explained');
    await console_.fillParam('limit', '500');
    await console_.send();
    await expect(console_.status()).toHaveText('400');
    await expect(console_.explanation()).toContainText('limit must be <= 100');
    await console_.fillParam('limit', '');
    await console_.fillParam('agent_id', 'no-such-agent');
    await console_.send();
    await expect(console_.status()).toHaveText('404');
    await expect(console_.explanation()).toContainText('agent not found');
    allowConsoleErrors(consoleErrors, /Failed to load resource: the server responded with a status of (400|401|404)/);
  });

  test('an unreachable server explains CORS and offers curl with the key left out', async ({ page, context, consoleErrors }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const console_ = new ConsolePage(page);
    await console_.open('/api/agents/list/');
    await console_.useKey('nr_network_case_1');
    await console_.chooseServer('https://api.nairi.ai/api/public/v1');
    await console_.send();
    await expect(console_.explanation()).toContainText('CORS');
    await console_.root.locator('.actions').getByRole('button', { name: 'Copy as curl' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('"Authorization: Bearer $NAIRI_API_KEY"');
    expect(copied).not.toContain('nr_network_case_1');
    await console_.root.getByLabel('Include my real key in the copied command').check();
    await console_.root.locator('.actions').getByRole('button', { name: 'Copy as curl' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("'Authorization: Bearer nr_network_case_1'");
    await expect(console_.root.getByLabel('Include my real key in the copied command')).not.toBeChecked();
    allowConsoleErrors(consoleErrors, /net::ERR_|Failed to load resource/);
  });
});

test('hostile data from the API is shown as text and never runs', async ({ page, request }) => {
  const key = 'nr_hostile_data_1';
  const names = ['<img src=x onerror="window.__pwned=1">', '</script><script>window.__pwned=2</script>', '"><svg onload=window.__pwned=3>'];
  for (const name of names) {
    const res = await request.post(`${SANDBOX}/agents`, { headers: { authorization: `Bearer ${key}` }, data: { name } });
    expect(res.status()).toBe(201);
  }
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs++; void d.dismiss(); });
  const console_ = new ConsolePage(page);
  await console_.open('/api/agents/list/');
  await console_.useKey(key);
  await console_.send();
  for (const name of names) await expect(console_.responseBody()).toContainText(JSON.stringify(name).slice(1, -1));
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await console_.responseBody().locator('img, svg, script').count()).toBe(0);
  expect(dialogs).toBe(0);
});

test('the Content Security Policy blocks requests to origins not on the list', async ({ page, consoleErrors }) => {
  await page.goto('/api/agents/list/');
  const result = await page.evaluate(async () => {
    const violation = new Promise<string>((ok) => document.addEventListener('securitypolicyviolation', (e) => ok(`${e.violatedDirective} ${e.blockedURI}`), { once: true }));
    // 127.0.0.2 is never an allowed origin, whatever ports this run was given.
    const fetched = await fetch('http://127.0.0.2:4011/api/public/v1/agents').then(() => 'sent', () => 'blocked');
    return { fetched, violation: await violation };
  });
  expect(result.fetched).toBe('blocked');
  expect(result.violation).toMatch(/^connect-src http:\/\/127\.0\.0\.2:4011/);
  allowConsoleErrors(consoleErrors, /Content Security Policy/, /Failed to fetch|net::ERR_/);
});

test('a newcomer can run the quickstart from the browser, operation by operation', async ({ page }) => {
  const console_ = new ConsolePage(page);
  await console_.open('/api/agents/create/');
  await console_.useKey('nr_quickstart_browser');
  await console_.fillBody('{"name": "Browser Agent"}');
  await console_.send();
  await expect(console_.status()).toHaveText('201');
  await expect(console_.responseBody()).toContainText('"agent_id": "browser-agent"');
  await console_.open('/api/agents/deploy/');
  await console_.fillParam('agent_id', 'browser-agent');
  await console_.send();
  await expect(console_.status()).toHaveText('202');
  await console_.open('/api/conversations/start/');
  await console_.fillBody('{"agent_id": "browser-agent", "prompt": "Hello from the browser"}');
  await console_.send();
  await expect(console_.responseBody()).toContainText('"message_id"');
  const started = JSON.parse((await console_.responseBody().textContent())!);
  await console_.open('/api/conversations/get-message/');
  await console_.fillParam('message_id', started.message_id);
  await expect(async () => {
    await console_.send();
    await expect(console_.responseBody()).toContainText('"status": "completed"');
  }).toPass({ timeout: 30_000 });
  await console_.open('/api/conversations/list-messages/');
  await console_.fillParam('job_id', started.job_id);
  await console_.send();
  await expect(console_.responseBody()).toContainText('received your prompt: Hello from the browser');
  await console_.open('/api/conversations/continue/');
  await console_.fillParam('job_id', started.job_id);
  await console_.fillBody('{"prompt": "And again"}');
  await console_.send();
  await expect(console_.status()).toHaveText('202');
});

test('the samples beside the console follow the inputs', async ({ page }) => {
  const console_ = new ConsolePage(page);
  await console_.open('/api/agents/get/');
  await console_.fillParam('agent_id', 'acme/reviewer');
  await expect(console_.root.locator('[data-live="python"]')).toContainText('"/agents/acme%2Freviewer"');
  await expect(console_.root.locator('[data-live="bash"]')).toContainText('/agents/acme%2Freviewer');
  await expect(console_.root.locator('[data-live="bash"]')).toContainText('$NAIRI_API_KEY');
});

test('"Poll until completed" repeats Get a message until the turn is final, showing each status', async ({ page, request }) => {
  const key = 'nr_poll_until_completed';
  const res = await request.post(`${SANDBOX}/conversations/start`, { headers: { authorization: `Bearer ${key}` }, data: { agent_id: 'support-bot', prompt: 'Poll me' } });
  const started = (await res.json()) as { message_id: string };
  const console_ = new ConsolePage(page);
  await console_.open('/api/conversations/get-message/');
  await console_.useKey(key);
  await console_.fillParam('message_id', started.message_id);
  // The live samples run the same loop as the button.
  await expect(console_.root.locator('[data-live="python"]')).toContainText('# Poll until the status is final');
  await console_.root.getByRole('button', { name: 'Poll until completed' }).click();
  const status = console_.root.locator('[data-poll-status]');
  // The sandbox's turn takes a few seconds; the bound is generous and the loop's own deadline is 2 minutes.
  await expect(status).toContainText('Done: status is completed', { timeout: 60_000 });
  await expect(console_.root.locator('[data-poll-log] li').last()).toHaveText('completed');
  await expect(console_.responseBody()).toContainText('"status": "completed"');
  await expect(console_.root.getByRole('button', { name: 'Send request' })).toBeEnabled();
  await expect(console_.root.getByRole('button', { name: 'Cancel' })).toBeHidden();
});

test('an ID in a response opens the next call with the ID filled in, and never the key', async ({ page }) => {
  const console_ = new ConsolePage(page);
  await console_.open('/api/conversations/start/');
  await console_.useKey('nr_next_call_links');
  await console_.send();
  await expect(console_.status()).toHaveText('202');
  const started = JSON.parse((await console_.responseBody().textContent())!) as { job_id: string; message_id: string };
  const next = console_.root.locator('[data-next-calls]');
  await expect(next.getByRole('link', { name: 'Continue a conversation' })).toHaveAttribute('href', `/api/conversations/continue/#prefill:job_id=${started.job_id}`);
  await next.getByRole('link', { name: 'Get a message' }).click();
  await expect(page).toHaveURL(new RegExp(`/api/conversations/get-message/#prefill:message_id=${started.message_id}$`));
  expect(page.url()).not.toContain('nr_next_call_links');
  await expect(console_.param('message_id')).toHaveValue(started.message_id);
  // The key is still this tab's; sending remains the user's act.
  await console_.send();
  await expect(console_.responseBody()).toContainText(`"id": "${started.message_id}"`);
});

test('a new agent ID leads to Deploy (a path parameter) and Start a conversation (a body field)', async ({ page }) => {
  const console_ = new ConsolePage(page);
  await console_.open('/api/agents/create/');
  await console_.useKey('nr_next_call_body');
  await console_.send();
  await expect(console_.status()).toHaveText('201');
  const { id } = JSON.parse((await console_.responseBody().textContent())!) as { id: string };
  const next = console_.root.locator('[data-next-calls]');
  await expect(next.getByRole('link', { name: 'Deploy an agent' })).toHaveAttribute('href', `/api/agents/deploy/#prefill:agent_id=${id}`);
  await next.getByRole('link', { name: 'Start a conversation' }).click();
  await expect(page).toHaveURL(new RegExp(`/api/conversations/start/#prefill:agent_id=${id}$`));
  await page.locator('nairi-console[data-ready="true"]').waitFor();
  // The ID replaces the example's agent; the rest of the example body stays.
  expect(JSON.parse(await console_.body().inputValue())).toMatchObject({ agent_id: id, prompt: expect.any(String) });
});

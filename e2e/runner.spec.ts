/**
 * @module "Run in your browser" on the quickstart pages: each flow runs against the local sandbox
 * from the page, the values saved by one step feed the next, and a real server is asked about first.
 */
import { test, expect } from './fixtures.ts';

const NO_CORS = `http://127.0.0.1:${Number(process.env.E2E_NOCORS_PORT ?? 4012)}/api/public/v1`;

async function openRunner(page: import('@playwright/test').Page, flow: string, key: string) {
  await page.goto(`/api/quickstart/${flow}/`);
  const runner = page.locator('nairi-flow-runner');
  await runner.and(page.locator('[data-ready="true"]')).waitFor();
  await runner.getByLabel('API key').fill(key);
  await runner.getByRole('button', { name: 'Use key' }).click();
  return runner;
}

for (const flow of ['configure-and-deploy', 'drive-a-conversation', 'full-example']) {
  test(`${flow} runs all the way against the sandbox`, async ({ page }) => {
    const runner = await openRunner(page, flow, `nr_runner_${flow}`);
    await runner.getByRole('button', { name: 'Run all steps' }).click();
    // Each turn takes the sandbox a few seconds and is polled every 2 s; the bound is for a busy machine.
    await expect(runner.locator('[data-run-status]')).toHaveText(/^All \d+ steps done\.$/, { timeout: 90_000 });
    await expect(runner.locator('[data-state="failed"], [data-state="waiting"]')).toHaveCount(0);
    const printed = runner.locator('.printed');
    if (flow !== 'drive-a-conversation') await expect(printed.first()).toHaveText(/^Deployed agent: cci_[0-9A-Z]{26}$/);
    if (flow !== 'configure-and-deploy') {
      const replies = printed.filter({ hasText: /^Agent: / });
      await expect(replies).toHaveCount(2);
      await expect(replies.nth(0)).toContainText('received your prompt: Customer cus_123 was charged twice');
      await expect(replies.nth(1)).toContainText('received your prompt: Make the note shorter');
    }
    if (flow === 'full-example') {
      const download = page.waitForEvent('download');
      await runner.getByRole('link', { name: /^Download reply\.md/ }).click();
      const file = await download;
      expect(file.suggestedFilename()).toBe('reply.md');
      const chunks: Buffer[] = [];
      for await (const chunk of (await file.createReadStream())) chunks.push(chunk as Buffer);
      expect(Buffer.concat(chunks).toString()).toMatch(/^# Reply\n\n.*received your prompt: Put the final note in a file\.\n$/);
    }
    // The key never appears in what the page shows.
    await expect(runner).not.toContainText(`nr_runner_${flow}`);
  });
}

test('one step at a time: a saved ID is what the next request uses, and Start over begins again', async ({ page }) => {
  const runner = await openRunner(page, 'configure-and-deploy', 'nr_runner_steps');
  const next = runner.getByRole('button', { name: 'Run next step' });
  await next.click();
  const first = runner.locator('[data-step="0"]');
  await expect(first).toHaveAttribute('data-state', 'done');
  const saved = await first.locator('li code').nth(1).textContent();
  expect(saved).toMatch(/^cci_[0-9A-Z]{26}$/);
  await expect(runner.locator('[data-step="1"]')).toHaveAttribute('data-state', 'waiting');
  await next.click();
  await next.click();
  // Step 3 attaches the rule to the agent that step 1 created.
  await expect(runner.locator('[data-step="2"] pre').first()).toContainText(`/agents/${saved}/resources`);
  await expect(runner.locator('[data-run-status]')).toHaveText('Step 3 of 7 done.');
  await runner.getByRole('button', { name: 'Start over' }).click();
  await expect(runner.locator('[data-state="waiting"]')).toHaveCount(7);
  await expect(runner.getByLabel('AGENT_NAME')).toBeEditable();
});

test('bad input is named and nothing is sent; a real server is asked about before the first write', async ({ page }) => {
  const sent: string[] = [];
  page.on('request', (r) => { if (r.url().includes('/api/public/v1')) sent.push(r.url()); });
  await page.goto('/api/quickstart/configure-and-deploy/');
  const runner = page.locator('nairi-flow-runner');
  await runner.and(page.locator('[data-ready="true"]')).waitFor();
  await runner.getByRole('button', { name: 'Run all steps' }).click();
  await expect(runner.locator('[data-run-status]')).toHaveText('Add your API key above first.');
  await runner.getByLabel('API key').fill('nr_runner_confirm');
  await runner.getByRole('button', { name: 'Use key' }).click();
  await runner.getByLabel('AGENT_NAME').fill('  ');
  await runner.getByRole('button', { name: 'Run all steps' }).click();
  await expect(runner.locator('[data-run-status]')).toHaveText('AGENT_NAME is empty; give it a value.');
  await runner.getByLabel('AGENT_NAME').fill('Typed Name');
  await runner.getByLabel('Server').selectOption(NO_CORS);
  const questions: string[] = [];
  page.once('dialog', (dialog) => { questions.push(dialog.message()); void dialog.dismiss(); });
  await runner.getByRole('button', { name: 'Run all steps' }).click();
  await expect(runner.locator('[data-run-status]')).toContainText('Nothing was sent');
  expect(questions).toHaveLength(1);
  expect(questions[0]).toContain(NO_CORS);
  await expect(runner.getByLabel('AGENT_NAME')).toHaveValue('Typed Name');
  expect(sent).toEqual([]);
});

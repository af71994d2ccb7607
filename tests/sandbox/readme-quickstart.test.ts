import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { startSandbox, type RunningSandbox } from './serve.ts';

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startSandbox(['--reply-delay-ms', '100']);
});
afterAll(() => sandbox.stop());

describe("the README's curl quickstart", () => {
  it('runs against the sandbox server and prints the reply', () => {
    const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
    const block = /The quickstart against the sandbox[\s\S]*?```bash\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block, 'README quickstart block').toBeDefined();
    const script = block!.replace('http://127.0.0.1:4010/api/public/v1', sandbox.baseUrl);
    const run = spawnSync('bash', ['-euo', 'pipefail', '-c', script], { encoding: 'utf8', timeout: 30_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Quickstart Agent (sandbox) received your prompt: Hello');
    expect(run.stdout).toMatch(/"job_id":"job_[0-9A-Z]{26}"/);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { freePort, tryListen } from './ports.ts';

let taken: Server;
let port: number;
beforeAll(async () => {
  taken = createServer();
  await new Promise<void>((ok) => taken.listen(0, '127.0.0.1', ok));
  port = (taken.address() as { port: number }).port;
});
afterAll(() => taken.close());

const node = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });

describe('ports', () => {
  it('tells a taken port from a free one', async () => {
    expect(await tryListen(port)).toBe('EADDRINUSE');
    expect(await tryListen(await freePort())).toBeNull();
  });

  it('npm start names a taken port and the variable that moves it, before it builds', async () => {
    const free = await freePort();
    const run = node(['scripts/ports.ts', 'check', String(free), 'PORT', String(port), 'SANDBOX_PORT']);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      `Port ${port} (the local sandbox) is already in use on 127.0.0.1. Stop what is using it (is \`npm start\` already running?), or choose another port with SANDBOX_PORT=<port>.`,
    );
    expect(node(['scripts/ports.ts', 'check', String(free), 'PORT', 'x', 'SANDBOX_PORT']).stderr).toContain('SANDBOX_PORT must be a port number from 1 to 65535, got "x".');
    expect(node(['scripts/ports.ts', 'check', String(free), 'PORT']).status).toBe(0);
  });

  it('the sandbox on a taken port exits 1 with a plain message, not a stack trace', () => {
    const run = node(['scripts/sandbox/serve.ts', '--port', String(port)]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`Port ${port} (the local sandbox) is already in use on 127.0.0.1.`);
    expect(run.stderr).toContain('--port <port> or SANDBOX_PORT=<port>');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

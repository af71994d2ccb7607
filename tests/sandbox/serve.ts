/** @module Starts the real sandbox server (scripts/sandbox/serve.ts) on a free port for a test. */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export interface RunningSandbox {
  baseUrl: string;
  stop(): void;
}

/** Spawns `serve.ts --port 0 …` and resolves once it prints its address. */
export function startSandbox(args: string[] = []): Promise<RunningSandbox> {
  const script = resolve(import.meta.dirname, '../../scripts/sandbox/serve.ts');
  const child: ChildProcess = spawn(process.execPath, [script, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((ok, fail) => {
    let out = '';
    child.once('exit', (code) => fail(new Error(`sandbox exited with ${code}: ${out}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /(http:\/\/[\d.]+:\d+\/api\/public\/v1)/.exec(out);
      if (match) ok({ baseUrl: match[1]!, stop: () => child.kill() });
    });
  });
}

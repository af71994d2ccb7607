/**
 * @module Serves the built `dist/` with `astro preview` (which gzips, as a real host would) on the
 * first free port of 4390–4399, the range kept for the benchmark so it never meets `npm start`,
 * `npm test` or another worktree's servers.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { tryListen } from '../ports.ts';

const HOST = '127.0.0.1';
export const PORTS = [4390, 4391, 4392, 4393, 4394, 4395, 4396, 4397, 4398, 4399];

export interface PreviewServer {
  /** `http://127.0.0.1:<port>` followed by the base path, without a trailing slash. */
  origin: string;
  stop(): void;
}

/** Starts `astro preview` in `root` and waits until it answers (up to 60 s). */
export async function startPreview(root: string, base: string): Promise<PreviewServer> {
  let port: number | undefined;
  for (const candidate of PORTS) {
    if ((await tryListen(candidate, HOST)) === null) {
      port = candidate;
      break;
    }
  }
  if (port === undefined) throw new Error(`No free port in ${PORTS[0]}–${PORTS.at(-1)} for the preview server.`);
  const child = spawn(join(root, 'node_modules/.bin/astro'), ['preview', '--host', HOST, '--port', String(port)], {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  };
  const origin = `http://${HOST}:${port}${base.replace(/\/$/, '')}`;
  for (let waited = 0; waited < 60_000; waited += 250) {
    if (child.exitCode !== null) break;
    if (await fetch(`${origin}/`).then((r) => r.ok, () => false)) return { origin, stop };
    await new Promise((r) => setTimeout(r, 250));
  }
  stop();
  throw new Error(`astro preview did not answer on ${origin}/ within 60 s (exit code ${child.exitCode}).`);
}

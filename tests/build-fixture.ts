/**
 * @module Builds a throw-away copy of the site, with extra pages, to test what the build does.
 * Copies live under `.tmp/` in the project, so `node_modules` resolves from the project root.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

const ROOT = resolve(import.meta.dirname, '..');
const COPIED = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public', 'openapi'];

export interface BuildResult {
  /** Exit status of `astro build`. */
  status: number | null;
  /** stdout and stderr together, colour codes removed. */
  output: string;
  /** Folder holding the copy; the site is in `<dir>/dist`. */
  dir: string;
}

/**
 * Copies the site, adds `pages` (path below the root → content), removes `omit` (paths below the
 * root), runs `astro build` there.
 */
export function buildFixture(pages: Record<string, string>, env: Record<string, string> = {}, omit: string[] = []): BuildResult {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, '.tmp', 'build-'));
  for (const entry of COPIED) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  for (const path of omit) rmSync(join(dir, path), { recursive: true, force: true });
  for (const [path, body] of Object.entries(pages)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), body);
  }
  const run = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build', '--root', dir], {
    cwd: dir,
    env: { ...buildEnv(), ...env, NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
  });
  // eslint-disable-next-line no-control-regex
  const output = `${run.stdout}\n${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  return { status: run.status, output, dir };
}

/**
 * The environment without what Vitest adds: Vite's `BASE_URL`, `MODE`, `DEV`, `PROD`, `SSR` and
 * `NODE_ENV=test` would leak into the child build and, for one, drop the base path from assets.
 */
function buildEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  env.ASTRO_TELEMETRY_DISABLED = '1';
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return env;
}

/** Removes a fixture copy. */
export function removeFixture(result: BuildResult) {
  rmSync(result.dir, { recursive: true, force: true });
}

/**
 * @module Builds a throw-away copy of the site, with extra or fewer files and its own environment:
 * the build tests' fixtures, and the production-style build `npm test` makes beside its other
 * phases. Copies live under `.tmp/` in the project, so `node_modules` resolves from the project root
 * and the copy's `.astro/` and `dist/` never touch the real ones.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';

const ROOT = resolve(import.meta.dirname, '..');
const COPIED = ['astro.config.mjs', 'ec.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public', 'openapi'];
const RESULT_FILE = 'build-result.json';

/**
 * The public https site under `/docs`, with no try-it settings: what a real deployment builds.
 * Empty values stand for "unset", whatever the environment running the tests set.
 */
export const PRODUCTION_STYLE_ENV = {
  NAIRI_DOCS_BASE: '/docs', NAIRI_DOCS_SITE: 'https://docs.nairi.ai', NAIRI_TRYIT_SANDBOX: '', NAIRI_TRYIT_SERVERS: '', NAIRI_TRYIT_DEFAULT: '',
};

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
 * root), runs `astro build` there with `env` on top of this process's environment. `onSpawn` sees the
 * build's process as it starts (the benchmark times it and samples its memory from there).
 */
export async function buildCopy(
  pages: Record<string, string>,
  env: Record<string, string> = {},
  omit: string[] = [],
  onSpawn?: (child: ChildProcess) => void,
): Promise<BuildResult> {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, '.tmp', 'build-'));
  for (const entry of COPIED) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  for (const path of omit) rmSync(join(dir, path), { recursive: true, force: true });
  for (const [path, body] of Object.entries(pages)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), body);
  }
  const result = { ...(await runAstroBuild(['--root', dir], dir, { ...buildEnv(), ...env }, onSpawn)), dir };
  writeFileSync(join(dir, RESULT_FILE), JSON.stringify(result));
  return result;
}

/**
 * Runs `astro build` with `args` in `cwd` and `env` (colours off); `onSpawn` sees the process as it
 * starts (the benchmark times it). Resolves with its exit status and its output, colour codes removed.
 */
export async function runAstroBuild(args: string[], cwd: string, env: NodeJS.ProcessEnv, onSpawn?: (child: ChildProcess) => void): Promise<{ status: number | null; output: string }> {
  const child = spawn(join(ROOT, 'node_modules/.bin/astro'), ['build', ...args], { cwd, env: { ...env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  onSpawn?.(child);
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => { output += chunk; });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => { output += chunk; });
  const status = await new Promise<number | null>((done) => {
    child.on('error', (error) => { output += `\n${error}`; done(null); });
    child.on('close', done);
  });
  // eslint-disable-next-line no-control-regex
  return { status, output: output.replace(/\x1b\[[0-9;]*m/g, '') };
}

/** A build made earlier (by `npm test`, beside its other phases), as `buildCopy` returned it. */
export function readBuildCopy(dir: string): BuildResult {
  return JSON.parse(readFileSync(join(dir, RESULT_FILE), 'utf8')) as BuildResult;
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

/** Removes a copy. */
export function removeBuildCopy(result: BuildResult) {
  rmSync(result.dir, { recursive: true, force: true });
}

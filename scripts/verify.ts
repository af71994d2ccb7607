/**
 * @module `npm test` after the installers: every check and test in order, each timed. It stops at
 * the first failure and always ends with one line per phase, so the log says where time went.
 *
 * The preview server and the sandbox of the browser tests get free ports (chosen here, passed to
 * the build and to Playwright), so `npm test` runs while `npm start` holds 4321 and 4010.
 *
 * The production-style build (under /docs, the public site, no try-it settings) is made in a copy
 * beside the first phases, which keep only one core busy; Vitest's base-path test reads it
 * (NAIRI_PRODUCTION_BUILD). Measured on 2 cores, it took 28 CPU-seconds out of Vitest's 170.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { buildCopy, PRODUCTION_STYLE_ENV } from './build-copy.ts';
import { buildAllFailureFixtures } from './failure-builds.ts';
import { freePort } from './ports.ts';

const bin = (name: string) => `node_modules/.bin/${name}`;

/** Ports the browser tests need: the preview, the sandbox, nginx with the deploy headers, a server without CORS. */
export interface TestPorts {
  site: number;
  sandbox: number;
  headers: number;
  noCors: number;
}

/**
 * What every phase sees: no telemetry, a site at a local address, and a build that offers the
 * sandbox the browser tests start (as `npm start` does) plus a server that answers without CORS.
 */
export function phaseEnv(base: NodeJS.ProcessEnv, ports: TestPorts): NodeJS.ProcessEnv {
  return {
    ...base,
    ASTRO_TELEMETRY_DISABLED: '1',
    REDOCLY_TELEMETRY: 'off',
    REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
    NAIRI_DOCS_SITE: `http://127.0.0.1:${ports.site}`,
    NAIRI_TRYIT_SANDBOX: `http://127.0.0.1:${ports.sandbox}/api/public/v1`,
    NAIRI_TRYIT_SERVERS: `http://127.0.0.1:${ports.noCors}/api/public/v1`,
    E2E_PORT: String(ports.site),
    E2E_SANDBOX_PORT: String(ports.sandbox),
    E2E_HEADERS_PORT: String(ports.headers),
    E2E_NOCORS_PORT: String(ports.noCors),
  };
}

/** The phases of `npm test`, in order. */
export const PHASES: { name: string; command: string[] }[] = [
  { name: 'spec lint', command: [bin('redocly'), 'lint', '--format=stylish', 'openapi/nairi.v1.yaml'] },
  { name: 'check', command: [bin('astro'), 'check'] },
  { name: 'build', command: [bin('astro'), 'build'] },
  { name: 'CSP check', command: [process.execPath, 'scripts/csp-check.ts'] },
  { name: 'Vitest', command: [bin('vitest'), 'run'] },
  { name: 'size budgets', command: [process.execPath, 'scripts/size-budgets.ts'] },
  { name: 'Playwright', command: [bin('playwright'), 'test'] },
];

/** The phase that needs the production-style build, and the name that build has in the summary. */
const NEEDS_PRODUCTION_BUILD = 'Vitest';
const PRODUCTION_BUILD = 'production build';
/** Done (each build ran to its end, which for these means failing); the test judges the output. */
const FAILURE_BUILDS = 'failure builds';

interface PhaseResult {
  name: string;
  seconds?: number;
  status: 'passed' | 'failed' | 'not run';
  /** Ran beside other phases: shown, but not added to the total. */
  beside?: boolean;
}

/** One line per phase and a total, as printed at the end of `npm test`. */
export function phaseSummary(results: PhaseResult[]): string {
  const total = results.reduce((sum, r) => sum + (r.beside ? 0 : (r.seconds ?? 0)), 0);
  const time = (s?: number) => (s === undefined ? '      -' : `${s.toFixed(1).padStart(5)} s`);
  const lines = results.map((r) => `  ${r.name.padEnd(16)} ${time(r.seconds)}  ${r.status}${r.beside ? ' (beside the phases above)' : ''}`);
  return ['Phase times (this machine):', ...lines, `  ${'total'.padEnd(16)} ${time(total)}`].join('\n');
}

async function main() {
  const env = phaseEnv(process.env, { site: await freePort(), sandbox: await freePort(), headers: await freePort(), noCors: await freePort() });
  const began = performance.now();
  const seconds = () => (performance.now() - began) / 1000;
  // A copy that could not even start (say, a full disk) is a failed build, not a crash mid-phase.
  const production = buildCopy({}, PRODUCTION_STYLE_ENV).then(
    (build) => ({ build, seconds: seconds() }),
    (error: unknown) => ({ build: { status: null, output: String(error), dir: '' }, seconds: seconds() }),
  );
  // The broken-content builds the build-failure test inspects, one after another on the same spare
  // core (measured: 22 CPU-seconds that Vitest's phase no longer spends). A copy that cannot start
  // is left to the test, which then builds it itself.
  const failures = buildAllFailureFixtures().then((dirs) => ({ dirs, seconds: seconds() }), () => ({ dirs: {} as Record<string, string>, seconds: seconds() }));
  const results: PhaseResult[] = [];
  let failed = false;
  for (const phase of PHASES) {
    if (phase.name === NEEDS_PRODUCTION_BUILD && !failed) {
      const waitFrom = performance.now();
      const { build, seconds } = await production;
      results.push({ name: PRODUCTION_BUILD, seconds, status: build.status === 0 ? 'passed' : 'failed', beside: true });
      // A failed build is reported by the base-path test, with its output.
      if (build.dir) env.NAIRI_PRODUCTION_BUILD = build.dir;
      else console.error(`${PRODUCTION_BUILD}: ${build.output}`);
      const fixtures = await failures;
      results.push({ name: FAILURE_BUILDS, seconds: fixtures.seconds, status: Object.keys(fixtures.dirs).length ? 'passed' : 'failed', beside: true });
      env.NAIRI_FAILURE_BUILDS = JSON.stringify(fixtures.dirs);
      // Time the phases spend waiting for the builds beside them is wall time too: it counts in the total.
      results.push({ name: 'waiting for them', seconds: (performance.now() - waitFrom) / 1000, status: 'passed' });
    }
    if (failed) {
      results.push({ name: phase.name, status: 'not run' });
      continue;
    }
    console.log(`\n▶ ${phase.name}: ${phase.command.join(' ')}`);
    const started = performance.now();
    const run = spawnSync(phase.command[0]!, phase.command.slice(1), { stdio: 'inherit', env });
    if (run.error) console.error(`${phase.name}: could not start ${phase.command[0]}: ${run.error.message}`);
    failed = run.status !== 0;
    results.push({ name: phase.name, seconds: (performance.now() - started) / 1000, status: failed ? 'failed' : 'passed' });
  }
  // Never leave the copy (or a build still running in it) behind.
  const { dir } = (await production).build;
  if (dir) rmSync(dir, { recursive: true, force: true });
  for (const fixture of Object.values((await failures).dirs)) rmSync(fixture, { recursive: true, force: true });
  console.log(`\n${phaseSummary(results)}`);
  process.exit(failed ? 1 : 0);
}

if (import.meta.main) await main();

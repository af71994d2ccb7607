import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { PHASES, phaseEnv, phaseSummary } from './verify.ts';

describe('npm test phases', () => {
  it('run in the order the README gives, ending with the browser tests', () => {
    expect(PHASES.map((p) => p.name)).toEqual(['spec lint', 'check', 'build', 'CSP check', 'Vitest', 'size budgets', 'Playwright']);
  });

  it('give every phase telemetry off and one sandbox shared by the build and Playwright', () => {
    const env = phaseEnv({ PATH: '/bin' }, { site: 40001, sandbox: 40002, headers: 40003, noCors: 40004 });
    expect(env).toMatchObject({ PATH: '/bin', ASTRO_TELEMETRY_DISABLED: '1', REDOCLY_TELEMETRY: 'off', E2E_PORT: '40001', E2E_SANDBOX_PORT: '40002', E2E_HEADERS_PORT: '40003', E2E_NOCORS_PORT: '40004' });
    expect(env.NAIRI_DOCS_SITE).toBe('http://127.0.0.1:40001');
    expect(env.NAIRI_TRYIT_SANDBOX).toBe('http://127.0.0.1:40002/api/public/v1');
    expect(env.NAIRI_TRYIT_SERVERS).toBe('http://127.0.0.1:40004/api/public/v1');
  });

  it('end with one line per phase, its time and status, and a total without the build made beside them', () => {
    const text = phaseSummary([
      { name: 'build', seconds: 20.04, status: 'passed' },
      { name: 'production build', seconds: 30, status: 'passed', beside: true },
      { name: 'Vitest', seconds: 61.5, status: 'failed' },
      { name: 'Playwright', status: 'not run' },
    ]);
    expect(text.split('\n')).toEqual([
      'Phase times (this machine):',
      '  build             20.0 s  passed',
      '  production build  30.0 s  passed (beside the phases above)',
      '  Vitest            61.5 s  failed',
      '  Playwright             -  not run',
      '  total             81.5 s',
    ]);
  });
});

describe('Astro telemetry', () => {
  it('is off in every npm script that runs astro', () => {
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    const astro = Object.entries(scripts).filter(([, command]) => /(^|\s)(astro|vitest)\s/.test(command));
    expect(astro.length).toBeGreaterThan(3);
    for (const [name, command] of astro) expect(command, name).toMatch(/^ASTRO_TELEMETRY_DISABLED=1 /);
  });
});

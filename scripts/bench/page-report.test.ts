import { describe, expect, it } from 'vitest';
import type { Sample, TimingKey } from './browser-timings.ts';
import { pageReport, summarize, type PageResults } from './page-report.ts';

const ms = (value: number, note?: string): Sample => ({ ms: value, ...(note ? { note } : {}) });
const late: Sample = { error: 'help: no result within 90 s', timedOut: true };
const broken: Sample = { error: 'page crashed', timedOut: false };

describe('summarize', () => {
  it('gives the median of the runs that have a figure and counts those that timed out', () => {
    expect(summarize([ms(2000), ms(1000), ms(3000)])).toEqual({ median: 2000, cell: '2.00 s' });
    expect(summarize([ms(2000), late, ms(1000)])).toEqual({ median: 1500, cell: '1.50 s (1 of 3 timed out)' });
  });

  it('says "timed out" rather than a number when no run finished, and names a failure', () => {
    expect(summarize([late, late])).toEqual({ cell: '2 of 2 timed out' });
    expect(summarize([broken, ms(1000)]).cell).toBe('1.00 s (failed: page crashed)');
  });
});

const weight = (js: number, css: number, html: number) => ({ js: [], css: [], jsBytes: js * 1024, cssBytes: css * 1024, htmlBytes: html * 1024 });

function results(timings: Record<TimingKey, Sample[]>): PageResults {
  return {
    runs: 3,
    profile: 'slow 4G',
    build: { ok: true, wallMs: 25_800, peakRssBytes: 1.5 * 1024 ** 3, tail: '' },
    weights: [
      { label: 'help page', path: '/help/using-the-api/', weight: weight(7, 13, 11) },
      { label: 'operation page', path: '/api/conversations/start/', weight: weight(38.5, 18, 28) },
      { label: 'explorer', path: '/api/explorer/', error: 'ENOENT' },
    ],
    timings,
    search: { firstQuery: 'rotate API key', firstQueryBytes: 160 * 1024, byKind: { pf_index: { bytes: 100 * 1024, requests: 3 }, wasm: { bytes: 60 * 1024, requests: 1 } }, queryMs: [300, 100, 200] },
  };
}

describe('pageReport', () => {
  const report = pageReport(results({
    help: [ms(2000, 'p "Nairi exposes"'), ms(2100), ms(1900)],
    operation: [ms(2200), ms(2200), ms(2200)],
    console: [ms(3000), ms(2800), ms(2900)],
    quickstart: [ms(2500), late, ms(2500)],
    explorer: [late, late, late],
  }));
  const row = (start: string) => report.split('\n').find((line) => line.startsWith(`| ${start}`));

  it('puts each time with its ratio to the help page median of the same runs', () => {
    expect(row('Help page')).toBe('| Help page `/help/using-the-api/`: content visible | 2.00 s | 1.00× |  |');
    expect(row('Operation page `')).toContain('| 2.20 s | 1.10× |');
    expect(row('Quickstart')).toContain('| 2.50 s (1 of 3 timed out) | 1.25× |');
    expect(row('Explorer')).toContain('| 3 of 3 timed out |  |');
  });

  it('reports the targets as information', () => {
    expect(row('Operation page: console')).toBe('| Operation page: console ready to send | 2.90 s | 1.45× | ≤ 1.3× help: **not met** |');
    expect(row('Weight (gz), operation page')).toContain('| JS 38.5 KB · CSS 18.0 KB · HTML 28.0 KB |  | JS ≤ 30 KB: **not met** · HTML ≤ 60 KB: met |');
    expect(row('Search: bytes')).toContain('| 160.0 KB |  | < 150 KB: **not met** |');
    expect(row('Search: median')).toContain('(3 queries) | 200 ms |');
  });

  it('shows build figures, a page it could not weigh, the single runs and what each measure means', () => {
    expect(row('Build: `astro build`')).toContain('| 25.80 s |');
    expect(row('Build: peak RSS')).toContain('| 1.50 GB |');
    expect(row('Weight (gz), explorer')).toContain('not measured: ENOENT');
    expect(report).toContain('- help: 2.00 s, 2.10 s, 1.90 s; LCP element: `p "Nairi exposes"`');
    expect(report).toContain('- explorer: timed out, timed out, timed out');
    expect(report).toContain('pf_index 100.0 KB (3) · wasm 60.0 KB (1)');
    expect(report).toMatch(/\*Content visible\*: the render time of the Largest Contentful Paint/);
  });

  it('says the build was not measured with --no-build', () => {
    const { build: _, ...rest } = results({ help: [], operation: [], console: [], quickstart: [], explorer: [] });
    expect(pageReport(rest)).toContain('| Build: `astro build` wall time | not measured (--no-build) |');
  });
});

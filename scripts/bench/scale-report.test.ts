import { describe, expect, it } from 'vitest';
import { scaleReport } from './scale-report.ts';
import type { ScaleRow } from './scale.ts';

const KB = 1024;
const MB = 1024 * KB;

function row(operations: number, wallMs: number, rssMb: number, distMb: number, htmlKb: number): ScaleRow {
  return {
    label: `synthetic, ${operations} operations`,
    operations,
    build: { ok: true, wallMs, peakRssBytes: rssMb * MB, tail: '' },
    site: { distBytes: distMb * MB, pages: operations * 2, htmlRawBytes: htmlKb * 4 * KB, weight: { js: [], css: [], jsBytes: 30 * KB, cssBytes: 18 * KB, htmlBytes: htmlKb * KB } },
  };
}

describe('scaleReport', () => {
  it('lists each build and the ratios and limits at the largest one', () => {
    const report = scaleReport([row(55, 20_000, 1800, 30, 50), row(100, 24_000, 1900, 38, 52), row(1000, 240_000, 3000, 600, 110)], '/api/agents/deploy/');
    expect(report).toContain('| synthetic, 1000 operations | 1000 | 4 min 0 s | 2.93 GB | 2000 | 600.0 MB | 440.0 KB | 110.0 KB | 30.0 KB | 18.0 KB |');
    expect(report).toContain('| Build time, 1000 vs 100 operations | 10.00× | ≤ 11×: met |');
    expect(report).toContain('| Operation page HTML (gz), 1000 vs 55 operations | 2.20× | ≤ 1.2×: **not met** |');
    expect(report).toContain('| Operation page HTML (gz) at 55 operations | 50.0 KB | ≤ 60 KB: met |');
    expect(report).toContain('| Peak RSS at 1000 operations | 2.93 GB | < 1.5 GB: **not met** |');
    expect(report).toContain('| `dist/` at 1000 operations | 600.0 MB | < 150 MB: **not met** |');
  });

  it('says what it could not measure when a build failed', () => {
    const failed: ScaleRow = { label: 'synthetic, 1000 operations', operations: 1000, build: { ok: false, wallMs: 1000, peakRssBytes: MB, tail: 'boom' }, error: 'the build failed' };
    const report = scaleReport([row(55, 20_000, 1800, 30, 50), row(100, 24_000, 1900, 38, 52), failed], '/api/agents/deploy/');
    expect(report).toContain('| synthetic, 1000 operations | 1000 | failed | 1.0 MB | the build failed |');
    expect(report).toContain('| Build time, 1000 vs 100 operations | not measured | ≤ 11×: not measured |');
    expect(report).toContain('| Peak RSS at 1000 operations | not measured | < 1.5 GB: not measured |');
  });
});

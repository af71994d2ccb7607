/**
 * @module The scale mode's printout: one Markdown table of the builds side by side, one of the
 * ratios and limits the issue sets at N operations, and what the columns mean. Pure.
 */
import { formatBytes, formatMs, formatRatio, markdownTable, ratio, targetCell, type Target } from './format.ts';
import type { ScaleRow } from './scale.ts';

const KB = 1024;
const MB = 1024 * KB;

/** The targets for the scale mode; N is the largest build. */
export const SCALE_TARGETS = {
  buildGrowth: { op: '≤', limit: 11, label: '≤ 11×' },
  htmlGrowth: { op: '≤', limit: 1.2, label: '≤ 1.2×' },
  html: { op: '≤', limit: 60 * KB, label: '≤ 60 KB' },
  rss: { op: '<', limit: 1.5 * 1024 * MB, label: '< 1.5 GB' },
  dist: { op: '<', limit: 150 * MB, label: '< 150 MB' },
} satisfies Record<string, Target>;

const ok = (row: ScaleRow | undefined) => (row?.build.ok ? row : undefined);

/** The figures table, the targets table and the legend, as Markdown. */
export function scaleReport(rows: readonly ScaleRow[], page: string): string {
  const figures = rows.map((r) => {
    const s = r.site;
    const site = s
      ? [String(s.pages), formatBytes(s.distBytes), formatBytes(s.htmlRawBytes), formatBytes(s.weight.htmlBytes), formatBytes(s.weight.jsBytes), formatBytes(s.weight.cssBytes)]
      : Array(6).fill(r.error ?? 'not measured');
    const build = r.build.ok ? [formatMs(r.build.wallMs), formatBytes(r.build.peakRssBytes)] : ['failed', formatBytes(r.build.peakRssBytes)];
    return [r.label, String(r.operations), ...build, ...site];
  });
  const [ours, hundred] = rows;
  const largest = rows.at(-1)!;
  const n = largest.operations;
  const targets: string[][] = [];
  const add = (measure: string, value: number | undefined, shown: (v: number) => string, target: Target) =>
    targets.push([measure, value === undefined ? 'not measured' : shown(value), targetCell(target, value)]);
  add(`Build time, ${n} vs ${hundred?.operations ?? 100} operations`, ratio(ok(largest)?.build.wallMs, ok(hundred)?.build.wallMs), formatRatio, SCALE_TARGETS.buildGrowth);
  add(`Operation page HTML (gz), ${n} vs ${ours?.operations ?? 55} operations`, ratio(largest.site?.weight.htmlBytes, ours?.site?.weight.htmlBytes), formatRatio, SCALE_TARGETS.htmlGrowth);
  add(`Operation page HTML (gz) at ${ours?.operations ?? 55} operations`, ours?.site?.weight.htmlBytes, formatBytes, SCALE_TARGETS.html);
  add(`Peak RSS at ${n} operations`, ok(largest)?.build.peakRssBytes, formatBytes, SCALE_TARGETS.rss);
  add(`\`dist/\` at ${n} operations`, largest.site?.distBytes, formatBytes, SCALE_TARGETS.dist);
  const kept = rows.flatMap((r) => (r.keptIn ? [`- Kept: ${r.label} in \`${r.keptIn}\`.`] : []));
  return [
    markdownTable(
      ['Spec', 'Operations', 'Build time', 'Peak RSS', 'HTML files', '`dist/`', `\`${page}\` HTML raw`, 'HTML gz', 'JS gz', 'CSS gz'],
      figures,
    ),
    '',
    markdownTable(['Measure', 'This machine', 'Target'], targets),
    '',
    '- Each spec built with `astro build` in its own copy of the site under `.tmp/`, one after the other, on this machine. The synthetic specs repeat ours (scripts/bench/synthetic-spec.ts): copy 1 unchanged, the others with renamed tags, operationIds and paths.',
    '- Build time is wall time; peak RSS is the largest sum over the build and its child processes (Pagefind), sampled every 100 ms; `dist/` is the total size of its files; HTML files counts every `.html` in it.',
    `- The page columns are \`${page}\`, which every copy has: its HTML raw, and what it loads up front gzipped (level 9, scripts/page-weight.ts).`,
    ...kept,
  ].join('\n');
}

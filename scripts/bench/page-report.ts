/**
 * @module The page mode's printout: one Markdown table (measure, this machine's value, the ratio to
 * the help page, the issue's target) and under it what each measure means and the single runs, so
 * it can be pasted into a closing note as it is. Pure: it only formats figures measured elsewhere.
 */
import type { PageWeight } from '../page-weight.ts';
import type { BuildFigures } from './build-figures.ts';
import type { Sample, TimingKey } from './browser-timings.ts';
import type { SearchFigures } from './search-figures.ts';
import { formatBytes, formatMs, formatRatio, markdownTable, median, ratio, targetCell, type Target } from './format.ts';

const KB = 1024;

/** The issue's targets for the page mode. */
export const PAGE_TARGETS = {
  console: { op: '≤', limit: 1.3, label: '≤ 1.3× help' },
  operationJs: { op: '≤', limit: 30 * KB, label: 'JS ≤ 30 KB' },
  operationHtml: { op: '≤', limit: 60 * KB, label: 'HTML ≤ 60 KB' },
  firstQuery: { op: '<', limit: 150 * KB, label: '< 150 KB' },
} satisfies Record<string, Target>;

export interface WeightRow {
  label: string;
  path: string;
  weight?: PageWeight;
  error?: string;
}

export interface PageResults {
  runs: number;
  profile: string;
  /** Undefined with `--no-build`. */
  build?: BuildFigures;
  weights: WeightRow[];
  timings: Record<TimingKey, Sample[]> | { error: string };
  search: SearchFigures | { error: string };
}

/** The median of the runs that gave a figure, and the cell that shows it (with any that did not). */
export function summarize(samples: readonly Sample[]): { median?: number; cell: string } {
  const values = samples.flatMap((s) => ('ms' in s ? [s.ms] : []));
  const missed = samples.filter((s) => !('ms' in s));
  const timedOut = missed.filter((s) => 'timedOut' in s && s.timedOut).length;
  const failedNote = missed.length === timedOut ? '' : `failed: ${(missed.find((s) => 'error' in s && !s.timedOut) as { error: string }).error}`;
  const notes = [timedOut ? `${timedOut} of ${samples.length} timed out` : '', failedNote].filter(Boolean).join('; ');
  const m = median(values);
  if (m === undefined) return { cell: notes || 'not measured' };
  return { median: m, cell: notes ? `${formatMs(m)} (${notes})` : formatMs(m) };
}

const TIMING_ROWS: [TimingKey, string][] = [
  ['help', 'Help page `/help/using-the-api/`: content visible'],
  ['operation', 'Operation page `/api/conversations/start/`: content visible'],
  ['console', 'Operation page: console ready to send'],
  ['quickstart', 'Quickstart flow page `/api/quickstart/drive-a-conversation/`: content visible'],
  ['explorer', 'Explorer `/api/explorer/` (Scalar): first operation visible'],
];

function weightCell(w: WeightRow): string {
  if (!w.weight) return `not measured: ${w.error ?? 'unknown'}`;
  return `JS ${formatBytes(w.weight.jsBytes)} · CSS ${formatBytes(w.weight.cssBytes)} · HTML ${formatBytes(w.weight.htmlBytes)}`;
}

/** Everything printed in the page mode, as Markdown. */
export function pageReport(r: PageResults): string {
  const rows: string[][] = [];
  rows.push(['Build: `astro build` wall time', r.build ? formatMs(r.build.wallMs) : 'not measured (--no-build)', '', '']);
  rows.push(['Build: peak RSS, whole process tree', r.build ? formatBytes(r.build.peakRssBytes) : 'not measured (--no-build)', '', '']);
  const details: string[] = [];
  if ('error' in r.timings) {
    for (const [, label] of TIMING_ROWS) rows.push([label, `not measured: ${r.timings.error}`, '', '']);
  } else {
    const timings = r.timings;
    const help = summarize(timings.help).median;
    for (const [key, label] of TIMING_ROWS) {
      const { median: m, cell } = summarize(timings[key]);
      const x = ratio(m, help);
      rows.push([label, cell, x === undefined ? '' : formatRatio(x), key === 'console' ? targetCell(PAGE_TARGETS.console, x) : '']);
      const runs = timings[key].map((s) => ('ms' in s ? formatMs(s.ms) : 'timedOut' in s && s.timedOut ? 'timed out' : 'failed'));
      const lcp = [...new Set(timings[key].flatMap((s) => ('note' in s && s.note ? [s.note] : [])))];
      details.push(`${key}: ${runs.join(', ')}${lcp.length ? `; LCP element: ${lcp.map((n) => `\`${n}\``).join(' or ')}` : ''}`);
    }
  }
  for (const w of r.weights) {
    const isOperation = w.path === '/api/conversations/start/';
    const target = isOperation
      ? [targetCell(PAGE_TARGETS.operationJs, w.weight?.jsBytes), targetCell(PAGE_TARGETS.operationHtml, w.weight?.htmlBytes)].join(' · ')
      : '';
    rows.push([`Weight (gz), ${w.label} \`${w.path}\`: JS · CSS · HTML`, weightCell(w), '', target]);
  }
  if ('error' in r.search) {
    rows.push(['Search: bytes fetched for a first query', `not measured: ${r.search.error}`, '', targetCell(PAGE_TARGETS.firstQuery, undefined)]);
    rows.push(['Search: median query time', `not measured: ${r.search.error}`, '', '']);
  } else {
    const s = r.search;
    rows.push([`Search: bytes fetched for a first query ("${s.firstQuery}")`, formatBytes(s.firstQueryBytes), '', targetCell(PAGE_TARGETS.firstQuery, s.firstQueryBytes)]);
    const m = median(s.queryMs);
    rows.push([`Search: median query time (${s.queryMs.length} queries)`, m === undefined ? 'not measured' : formatMs(m), '', '']);
    const kinds = Object.entries(s.byKind).sort((a, b) => b[1].bytes - a[1].bytes);
    details.push(`search, first query by file type: ${kinds.map(([k, v]) => `${k} ${formatBytes(v.bytes)} (${v.requests})`).join(' · ')}`);
    details.push(`search, query times: ${s.queryMs.map(formatMs).join(', ')}`);
  }
  return [
    markdownTable(['Measure', 'This machine', '× help page', 'Target'], rows),
    '',
    ...legend(r).map((line) => `- ${line}`),
    '',
    'Single runs, in order:',
    '',
    ...details.map((line) => `- ${line}`),
  ].join('\n');
}

function legend(r: PageResults): string[] {
  return [
    `Times are this machine's, on ${r.profile}; median of ${r.runs} run(s). Each run loads every page once, in turn, each in a fresh browser context. A ratio divides by the help page's content-visible median of the same runs. A measurement, not a test: no time makes the command fail.`,
    '*Content visible*: the render time of the Largest Contentful Paint (buffered PerformanceObserver), read once the page has loaded and the LCP has not changed for 1 s. *Console ready*: the console\'s own `data-ready-at` (performance.now() when it can send), in the same load. *First operation visible*: the animation frame in which Scalar first lays out an operation (a `section` whose id ends in `/tag/<tag>/<operationId>`, with a heading and a non-empty box), found by a MutationObserver in the page; below the introduction, so not necessarily scrolled into view. All times count from navigation start; a load has 90 s.',
    '*Weight*: what the page loads up front from `dist/` (its scripts with their static imports, inline scripts, stylesheets, its HTML), gzip level 9 (scripts/page-weight.ts).',
    '*Search*: on the help page, the search dialog opened and the first issue-13 query typed; the bytes are the bodies of every `/pagefind/` response (page and worker) as sent by `astro preview` (which gzips), until the results and their excerpts show. Query time: each other issue-13 query, in the page, from `pagefind.search()` to the data of its first 5 results, after that first query.',
    '*Build*: `astro build` in the project; peak RSS is the largest sum over the build and its child processes (Pagefind), sampled every 100 ms.',
  ];
}

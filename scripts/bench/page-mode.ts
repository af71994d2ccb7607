/**
 * @module The page mode's measuring, in order: build (unless `--no-build`), page weights from
 * `dist/`, then with `astro preview` serving `dist/` the throttled load times and the search
 * figures. A part that breaks is recorded and the others still run, so one failure costs one row.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { measurePage } from '../page-weight.ts';
import { basePath, measureProjectBuild, ROOT } from './build-figures.ts';
import { browserTimings } from './browser-timings.ts';
import type { PageResults, WeightRow } from './page-report.ts';
import { startPreview } from './preview-server.ts';
import { searchFigures } from './search-figures.ts';
import { launchBrowser, PROFILE_LABEL } from './throttled-browser.ts';

/** The page types whose weight is reported. */
export const WEIGHT_PAGES = [
  { label: 'help page', path: '/help/using-the-api/' },
  { label: 'operation page', path: '/api/conversations/start/' },
  { label: 'quickstart flow page', path: '/api/quickstart/drive-a-conversation/' },
  { label: 'explorer', path: '/api/explorer/' },
  { label: 'API overview', path: '/api/' },
];

const message = (error: unknown) => (error as Error)?.message?.split('\n')[0] ?? String(error);
const isTimeout = (error: unknown) => /no result within|Timeout/i.test((error as Error)?.name + message(error));

export interface PageModeOutcome {
  results?: PageResults;
  /** What could not be measured at all (a failed build, a broken page); a slow page is not one. */
  problems: string[];
}

export async function pageMode(build: boolean, runs: number): Promise<PageModeOutcome> {
  const problems: string[] = [];
  const dist = join(ROOT, 'dist');
  let buildFigures;
  if (build) {
    process.stderr.write('Building the site (astro build)…\n');
    buildFigures = await measureProjectBuild();
    if (!buildFigures.ok) return { problems: [`astro build failed; its last lines:\n${buildFigures.tail}`] };
  } else if (!existsSync(join(dist, 'index.html'))) {
    return { problems: ['--no-build needs a built dist/; run `npm run build` first, or drop --no-build.'] };
  }

  const weights: WeightRow[] = WEIGHT_PAGES.map(({ label, path }) => {
    try {
      return { label, path, weight: measurePage(dist, path, basePath()) };
    } catch (error) {
      problems.push(`weight of ${path}: ${message(error)}`);
      return { label, path, error: message(error) };
    }
  });

  const server = await startPreview(ROOT, basePath());
  let results: PageResults;
  try {
    const browser = await launchBrowser();
    try {
      process.stderr.write(`Loading pages, ${runs} run(s)…\n`);
      const timings = await browserTimings(browser, server.origin, runs).catch((error: unknown) => {
        problems.push(`browser timings: ${message(error)}`);
        return { error: message(error) };
      });
      if (!('error' in timings)) {
        for (const [key, samples] of Object.entries(timings)) {
          for (const s of samples) if ('error' in s && !s.timedOut) problems.push(`${key}: ${s.error}`);
        }
      }
      process.stderr.write('Searching…\n');
      const search = await searchFigures(browser, server.origin).catch((error: unknown) => {
        if (!isTimeout(error)) problems.push(`search: ${message(error)}`);
        return { error: message(error) };
      });
      const profile = `${PROFILE_LABEL}; Chromium ${browser.version()}`;
      results = { runs, profile, ...(buildFigures ? { build: buildFigures } : {}), weights, timings, search };
    } finally {
      await browser.close();
    }
  } finally {
    server.stop();
  }
  return { results, problems };
}

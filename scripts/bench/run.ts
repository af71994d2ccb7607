/**
 * @module `npm run bench` (issue 15): measures the site and prints one Markdown table to paste into
 * a closing note. Page mode (default): build time and peak memory, page weights, load times on a
 * throttled profile as ratios to the help page, search bytes and query time. Scale mode
 * (`--scale N`): builds from our spec and from synthetic ones of 100 and N operations and compares.
 *
 * A measurement, never a test: it exits 0 whatever the figures are, and 1 only when something could
 * not be measured at all (a failed build, a page that broke rather than was slow, a bad argument).
 * Progress goes to stderr, the report to stdout.
 */
import { execFileSync } from 'node:child_process';
import { availableParallelism, cpus } from 'node:os';
import { parseBenchArgs, USAGE } from './args.ts';
import { ROOT } from './build-figures.ts';
import { formatMs } from './format.ts';
import { pageMode } from './page-mode.ts';
import { pageReport } from './page-report.ts';
import { scaleReport } from './scale-report.ts';
import { scaleRun, SCALE_PAGE } from './scale.ts';

function header(mode: string): string {
  let commit = 'unknown commit';
  try {
    const [hash, subject = ''] = execFileSync('git', ['log', '-1', '--format=%h%n%s'], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n');
    commit = `${hash} ${subject.length > 60 ? `${subject.slice(0, 59)}…` : subject}`;
  } catch {
    // not a git checkout: the header just says so
  }
  const dirty = (() => {
    try {
      return execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' }).trim() ? ' (with uncommitted changes)' : '';
    } catch {
      return '';
    }
  })();
  const machine = `${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}`;
  return `### Nairi Docs benchmark: ${mode}\n\n${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · \`${commit}\`${dirty} · ${machine}\n`;
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 1;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const started = performance.now();
  if (args.scale !== undefined) {
    const rows = await scaleRun(args.scale, args.keep);
    console.log(`${header(`scale, up to ${args.scale} operations`)}\n${scaleReport(rows, SCALE_PAGE)}`);
    process.stderr.write(`The scale mode took ${formatMs(performance.now() - started)}.\n`);
    const failed = rows.filter((r) => r.error);
    for (const r of failed) console.error(`Not measured: ${r.label}: ${r.error}`);
    return failed.length ? 1 : 0;
  }
  const { results, problems } = await pageMode(args.build, args.runs);
  if (results) console.log(`${header('pages')}\n${pageReport(results)}`);
  process.stderr.write(`The page mode took ${formatMs(performance.now() - started)}.\n`);
  for (const problem of problems) console.error(`Not measured: ${problem}`);
  return problems.length ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
}

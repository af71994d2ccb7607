/**
 * @module The command line of `npm run bench`, parsed by hand because `--scale` may come with or
 * without a number (`--scale` alone means 1,000 operations), which node:util's parseArgs cannot say.
 */

export interface BenchArgs {
  /** Page mode: build the site first (false with `--no-build`, which reuses `dist/`). */
  build: boolean;
  /** Page mode: samples behind each median. */
  runs: number;
  /** Scale mode when set: the largest synthetic spec's operation count. */
  scale?: number;
  /** Scale mode: leave the throw-away copies under `.tmp/`. */
  keep: boolean;
  help: boolean;
}

export const DEFAULT_RUNS = 3;
export const DEFAULT_SCALE = 1000;
/** The scale mode compares against a 100-operation build, so N must be at least that. */
export const MIN_SCALE = 100;

export const USAGE = `Usage:
  npm run bench [-- --runs N] [--no-build]   page weights, throttled load times, search and build figures
  npm run bench -- --scale [N] [--keep]      builds at 55, 100 and N operations (default ${DEFAULT_SCALE})`;

function positiveInt(name: string, text: string | undefined, min: number): number {
  const value = Number(text);
  if (text === undefined || !/^\d+$/.test(text) || value < min) {
    throw new Error(`${name} needs a whole number of at least ${min}${text === undefined ? '' : `; got "${text}"`}.`);
  }
  return value;
}

/** Parses the arguments after `npm run bench --`; throws an Error whose message says what was wrong. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { build: true, runs: DEFAULT_RUNS, keep: false, help: false };
  let runsGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    const next = () => {
      if (inline !== undefined) return inline;
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) return undefined;
      i++;
      return value;
    };
    switch (flag) {
      case '--no-build': args.build = false; break;
      case '--keep': args.keep = true; break;
      case '--help': case '-h': args.help = true; break;
      case '--runs': args.runs = positiveInt('--runs', next(), 1); runsGiven = true; break;
      case '--scale': {
        const value = next();
        args.scale = value === undefined ? DEFAULT_SCALE : positiveInt('--scale', value, MIN_SCALE);
        break;
      }
      default: throw new Error(`Unknown argument "${argv[i]}".`);
    }
  }
  if (args.scale !== undefined && (!args.build || runsGiven)) {
    throw new Error('--no-build and --runs belong to the page mode; --scale always builds, once per spec.');
  }
  if (args.scale === undefined && args.keep) throw new Error('--keep belongs to --scale, the only mode that makes copies.');
  return args;
}

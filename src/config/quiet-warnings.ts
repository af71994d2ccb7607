/**
 * @module Bundler warnings that say nothing about this project, so the build log shows only what
 * needs a look. Each entry names why it is safe to drop; anything else passes through unchanged.
 */

interface BuildLog {
  code?: string;
  message: string;
}

/** Warnings known to be noise, with the reason. */
export const KNOWN_NOISE: { code: string; includes: string; why: string }[] = [
  {
    // Astro marks every MDX page module with this directive and handles head propagation itself;
    // the bundler only reports that it drops the directive text when it merges modules.
    code: 'MODULE_LEVEL_DIRECTIVE',
    includes: '"use astro:head-inject"',
    why: "Astro's own marker for head propagation, which Astro resolves before bundling",
  },
];

/** Whether a bundler log entry is one of the known, harmless warnings. */
export function isKnownNoise(level: string, log: BuildLog): boolean {
  return level === 'warn' && KNOWN_NOISE.some((n) => log.code === n.code && log.message.includes(n.includes));
}

/** Vite's `build.rolldownOptions.onLog`: drops known noise, hands every other entry on. */
export function quietBuildLog<Level extends string, Log extends BuildLog>(level: Level, log: Log, handler: (level: Level, log: Log) => void): void {
  if (!isKnownNoise(level, log)) handler(level, log);
}

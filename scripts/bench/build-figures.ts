/**
 * @module Build figures: wall time and peak memory of `astro build`, for the project itself (page
 * mode) or a throw-away copy (scale mode, through build-copy.ts), and the size of what it wrote.
 * The memory is the whole process tree's (see proc-tree.ts), since Pagefind runs as a child binary.
 */
import type { ChildProcess } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildCopy, runAstroBuild, type BuildResult } from '../build-copy.ts';
import { siteSettings } from '../../src/config/site.ts';
import { samplePeakRss } from './proc-tree.ts';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface BuildFigures {
  /** Whether `astro build` exited 0. */
  ok: boolean;
  wallMs: number;
  /** Largest summed RSS of the build and its descendants; 0 where /proc is missing. */
  peakRssBytes: number;
  /** The build's last lines of output, kept for a failure message. */
  tail: string;
}

/** Starts timing and sampling a build process; the returned function stops both. */
function watch(child: ChildProcess) {
  const started = performance.now();
  const sampler = child.pid === undefined ? undefined : samplePeakRss(child.pid);
  return () => ({ wallMs: performance.now() - started, peakRssBytes: sampler?.stop() ?? 0 });
}

const lastLines = (text: string, n = 30) => text.trimEnd().split('\n').slice(-n).join('\n');

/** Runs `astro build` in the project, as `npm run build` does, writing `dist/`. */
export async function measureProjectBuild(): Promise<BuildFigures> {
  let stop: (() => { wallMs: number; peakRssBytes: number }) | undefined;
  const { status, output } = await runAstroBuild([], ROOT, { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, (child) => { stop = watch(child); });
  return { ok: status === 0, ...stop!(), tail: lastLines(output) };
}

/** Builds a copy of the site with extra files and environment (see buildCopy); the site is in `<dir>/dist`. */
export async function measureCopyBuild(pages: Record<string, string>, env: Record<string, string>) {
  let stop: (() => { wallMs: number; peakRssBytes: number }) | undefined;
  const result: BuildResult = await buildCopy(pages, env, [], (child) => { stop = watch(child); });
  const figures: BuildFigures = { ok: result.status === 0, ...stop!(), tail: lastLines(result.output) };
  return { figures, result };
}

/** Bytes of every file below `dir` (apparent sizes, as a static host stores them) and how many are HTML pages. */
export function folderStats(dir: string, into = { bytes: 0, htmlFiles: 0 }) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) folderStats(path, into);
    else if (entry.isFile()) {
      into.bytes += statSync(path).size;
      if (entry.name.endsWith('.html')) into.htmlFiles++;
    }
  }
  return into;
}

/** The base path the build used, without its trailing slash, as measurePage takes it ('' for `/`). */
export const basePath = () => siteSettings(process.env).base.replace(/\/$/, '');

/**
 * @module After the build, each page's `<head>` lists every module its scripts load up front as
 * `<link rel="modulepreload">`. Astro writes a component's script where the component is, and a
 * chunk's own imports are found only once it has arrived, so on a slow link the console's code came
 * in three round trips, each started late by a main thread busy with the first paints (traced on
 * slow 4G with a 4× slower CPU). Listed in the head, all of it is requested as soon as the head is read.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from '../lib/html-files.ts';
import { staticImports } from '../lib/module-graph.ts';

/**
 * The module URLs a page loads before it runs: its `<script type="module" src>` and their static
 * imports, transitively, as root-relative URLs. `read` returns a chunk's code by URL (undefined when
 * it is not a file of this site).
 */
export function moduleGraph(html: string, read: (url: string) => string | undefined): string[] {
  const seen = new Set<string>();
  const visit = (url: string) => {
    if (seen.has(url)) return;
    const code = read(url);
    if (code === undefined) return;
    seen.add(url);
    for (const spec of staticImports(code)) if (spec.startsWith('.') || spec.startsWith('/')) visit(posix.resolve(posix.dirname(url), spec));
  };
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (!/\btype="module"/.test(m[1]!)) continue;
    const src = /\bsrc="(\/[^"]+)"/.exec(m[1]!)?.[1];
    if (src) visit(src);
    else for (const spec of staticImports(m[2]!)) if (spec.startsWith('/')) visit(spec);
  }
  return [...seen];
}

/** `html` with a modulepreload link for each URL not yet preloaded, at the end of its head. */
export function withModulePreloads(html: string, urls: string[]): string {
  const links = urls.filter((url) => !html.includes(`rel="modulepreload" href="${url}"`)).map((url) => `<link rel="modulepreload" href="${url}">`).join('');
  return links ? html.replace('</head>', `${links}</head>`) : html;
}

/** Adds the preloads to every page of the built site in `dir`; `base` is the site's base path. */
export function addModulePreloads(dir: string, base: string): number {
  const prefix = base.replace(/\/$/, '');
  const read = (url: string) => {
    const file = posix.join(dir, url.startsWith(`${prefix}/`) ? url.slice(prefix.length) : url);
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  };
  let changed = 0;
  for (const file of htmlFiles(dir)) {
    const html = readFileSync(file, 'utf8');
    const next = withModulePreloads(html, moduleGraph(html, read));
    if (next !== html) { writeFileSync(file, next); changed++; }
  }
  return changed;
}

export function modulePreloadIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'nairi-module-preload',
    hooks: {
      'astro:config:done': ({ config }) => { base = config.base; },
      'astro:build:done': ({ dir, logger }) => logger.info(`module preloads added to ${addModulePreloads(fileURLToPath(dir), base)} pages`),
    },
  };
}

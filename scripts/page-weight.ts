/**
 * @module What a built page loads up front: its scripts (with every chunk they import
 * statically) and stylesheets, in gzipped bytes. Used by the size budgets and the benchmark.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { staticImports } from '../src/lib/module-graph.ts';

export { staticImports };

export interface PageWeight {
  /** Files counted, as paths relative to the site root. */
  js: string[];
  css: string[];
  /** Gzipped bytes; inline scripts and styles are counted too. */
  jsBytes: number;
  cssBytes: number;
  /** The page's own HTML, gzipped. */
  htmlBytes: number;
}

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** Resolves a URL from the page to a file in `dist`, ignoring the base path prefix. */
function fileFor(dist: string, base: string, url: string, from = '/'): string | undefined {
  if (/^(https?:)?\/\//.test(url)) return undefined;
  const path = url.startsWith('/') ? url.slice(base.length) : resolve(dirname(from), url);
  const file = join(dist, path.split('?')[0]!);
  return existsSync(file) ? file : undefined;
}

/** Measures one page: `pagePath` is the URL path without base, such as `/help/vaults/`. */
export function measurePage(dist: string, pagePath: string, base = ''): PageWeight {
  const htmlFile = join(dist, pagePath, pagePath.endsWith('.html') ? '' : 'index.html');
  const html = readFileSync(htmlFile, 'utf8');
  const weight: PageWeight = { js: [], css: [], jsBytes: 0, cssBytes: 0, htmlBytes: gz(html) };
  const seen = new Set<string>();
  const addJs = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    weight.js.push(file.slice(dist.length));
    weight.jsBytes += gz(code);
    for (const spec of staticImports(code)) {
      const next = fileFor(dist, base, spec, file.slice(dist.length));
      if (next) addJs(next);
    }
  };
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\ssrc="([^"]+)"/.exec(m[1]!)?.[1];
    if (/type="application\/(ld\+)?json"/.test(m[1]!)) continue;
    if (src) {
      const file = fileFor(dist, base, src);
      if (file) addJs(file);
    } else if (m[2]!.trim()) {
      weight.jsBytes += gz(m[2]!);
      for (const spec of staticImports(m[2]!)) {
        const file = fileFor(dist, base, spec);
        if (file) addJs(file);
      }
    }
  }
  for (const m of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)) {
    if (/media="print"/.test(m[0])) continue;
    const href = /\shref="([^"]+)"/.exec(m[0])?.[1];
    const file = href && fileFor(dist, base, href);
    if (file) {
      weight.css.push(file.slice(dist.length));
      weight.cssBytes += gz(readFileSync(file));
    }
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) weight.cssBytes += gz(m[1]!);
  return weight;
}

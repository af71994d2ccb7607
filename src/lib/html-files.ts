/** @module Every built HTML page below a folder: read by the CSP check, the deploy headers and build tests. */
import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { PROGRAMS_PREFIX } from './openapi/pages.ts';

/** The complete programs are fragments that a page inserts into itself, not pages. */
const FRAGMENTS = PROGRAMS_PREFIX.split('/').filter(Boolean).join(sep) + sep;

/** Paths of every `.html` page below `dir`, at any depth. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith(FRAGMENTS)).map((f) => join(dir, f));
}

/** @module Every built HTML page below a folder: read by the CSP check, the deploy headers and build tests. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Paths of every `.html` file below `dir`, at any depth. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => join(dir, f));
}

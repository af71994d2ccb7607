/**
 * @module `npm run size`: prints what each budgeted page loads up front (gzipped) and exits 1
 * when a page goes over its budget in size-budgets.json. Run after `astro build`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { measurePage } from './page-weight.ts';

interface Budget {
  name: string;
  page: string;
  js: number;
  css: number;
  /** The page's HTML, gzipped (optional). */
  html?: number;
}

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.argv[2] ?? 'dist');
const { budgets } = JSON.parse(readFileSync(resolve(root, 'size-budgets.json'), 'utf8')) as { budgets: Budget[] };
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

let over = 0;
for (const budget of budgets) {
  const weight = measurePage(dist, budget.page);
  const checks = [
    ['JS', weight.jsBytes, budget.js],
    ['CSS', weight.cssBytes, budget.css],
    ...(budget.html === undefined ? [] : [['HTML', weight.htmlBytes, budget.html] as const]),
  ] as const;
  for (const [kind, bytes, limit] of checks) {
    const ok = bytes <= limit;
    if (!ok) over++;
    console.log(`${ok ? 'ok  ' : 'OVER'} ${budget.name} (${budget.page}) ${kind}: ${kb(bytes)} of ${kb(limit)} gzipped`);
  }
}
if (over) {
  console.error(`${over} size budget(s) exceeded; see size-budgets.json.`);
  process.exit(1);
}

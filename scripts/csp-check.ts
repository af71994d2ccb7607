/**
 * @module Checks the built site against its own Content Security Policy: every page has the policy,
 * every inline `<script>` is allowed by a hash in it, and connect-src names only this site and the
 * configured API servers. `node scripts/csp-check.ts [dist]`; exits 1 with the offending pages.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { htmlFiles } from '../src/lib/html-files.ts';

/** Problems in one page's HTML; `origins` are the connect-src entries allowed besides 'self'. */
export function cspProblems(html: string, origins: string[]): string[] {
  const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
  if (!policy) return ['no Content-Security-Policy meta tag'];
  const directives = new Map(policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
    const [name, ...values] = d.split(/\s+/);
    return [name!, values] as const;
  }));
  const problems: string[] = [];
  const scriptSrc = directives.get('script-src') ?? [];
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/\ssrc=/.test(attrs!) || /type="application\/(ld\+)?json"/.test(attrs!)) continue;
    const hash = `'sha256-${createHash('sha256').update(body!).digest('base64')}'`;
    if (!scriptSrc.includes(hash)) problems.push(`inline script ${hash} is not in script-src: ${body!.trim().slice(0, 80)}…`);
  }
  if (scriptSrc.some((v) => v === "'unsafe-inline'" || v === "'unsafe-eval'")) problems.push('script-src allows unsafe-inline or unsafe-eval');
  const connect = directives.get('connect-src') ?? [];
  const unexpected = connect.filter((v) => v !== "'self'" && !origins.includes(v));
  if (unexpected.length) problems.push(`connect-src allows ${unexpected.join(' ')}`);
  if (!directives.get('default-src')?.includes("'self'")) problems.push("default-src is not 'self'");
  return problems;
}


if (import.meta.main) {
  const dist = resolve(process.argv[2] ?? 'dist');
  const { tryItServers, serverOrigins } = await import('../src/config/tryit.ts');
  const origins = serverOrigins(tryItServers(process.env).servers);
  let failed = 0;
  for (const file of htmlFiles(dist)) {
    const problems = cspProblems(readFileSync(file, 'utf8'), origins);
    if (problems.length) {
      failed++;
      console.error(`${file.slice(dist.length)}:\n  ${problems.join('\n  ')}`);
    }
  }
  if (failed) process.exit(1);
  console.log(`CSP: ${htmlFiles(dist).length} pages checked, every inline script is hashed.`);
}

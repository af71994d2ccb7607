import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { caddyHeaders, deployHeaders, metaPolicy, netlifyHeaders, nginxHeaders, unionPolicy } from './deploy-headers.ts';

const page = (policy: string) => `<head><meta http-equiv="content-security-policy" content="${policy}"></head>`;

describe('deploy headers', () => {
  it('read the policy of a page', () => {
    expect(metaPolicy(page("default-src 'self'; connect-src 'self' https://api.nairi.ai"))).toBe("default-src 'self'; connect-src 'self' https://api.nairi.ai");
    expect(metaPolicy('<head></head>')).toBeUndefined();
  });

  it('allow what any page allows, and forbid framing', () => {
    const policy = unionPolicy([
      "default-src 'self'; script-src 'self' 'sha256-a'; style-src 'self'",
      "default-src 'self'; script-src 'self' 'sha256-b'; style-src 'self'; style-src-elem 'self' 'unsafe-inline'",
    ]);
    expect(policy).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'; style-src-elem 'self' 'unsafe-inline'; frame-ancestors 'none'");
  });

  const headers = deployHeaders("default-src 'self'; frame-ancestors 'none'");

  it('set the policy, nosniff, no referrer and a restrictive permissions policy', () => {
    const names = Object.fromEntries(headers);
    expect(names['Content-Security-Policy']).toBe("default-src 'self'; frame-ancestors 'none'");
    expect(names['X-Content-Type-Options']).toBe('nosniff');
    expect(names['Referrer-Policy']).toBe('no-referrer');
    expect(names['Permissions-Policy']).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
  });

  it('are written the same for Netlify/Cloudflare, nginx and Caddy', () => {
    expect(netlifyHeaders(headers)).toContain(`/*\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n  X-Content-Type-Options: nosniff\n`);
    expect(nginxHeaders(headers)).toContain(`add_header Content-Security-Policy "default-src 'self'; frame-ancestors 'none'" always;\nadd_header X-Content-Type-Options "nosniff" always;`);
    expect(caddyHeaders(headers)).toContain(`(nairi_docs_headers) {\n\theader {\n\t\tContent-Security-Policy "default-src 'self'; frame-ancestors 'none'"\n`);
    for (const text of [netlifyHeaders(headers), nginxHeaders(headers), caddyHeaders(headers)]) {
      for (const [name, value] of headers) {
        expect(text).toContain(name);
        expect(text).toContain(value);
      }
    }
  });
});

describe('the Caddy snippet', () => {
  it('is read by Caddy itself and sets every header', () => {
    const dir = mkdtempSync(join(tmpdir(), 'caddy-'));
    const headers = deployHeaders("default-src 'self'; frame-ancestors 'none'");
    writeFileSync(join(dir, 'headers.caddy'), caddyHeaders(headers));
    writeFileSync(join(dir, 'Caddyfile'), `import headers.caddy\n\nhttp://127.0.0.1:8080 {\n\timport nairi_docs_headers\n\tfile_server\n}\n`);
    const run = spawnSync('caddy', ['adapt', '--config', join(dir, 'Caddyfile'), '--adapter', 'caddyfile'], { encoding: 'utf8', cwd: dir });
    rmSync(dir, { recursive: true, force: true });
    expect(run.status, `${run.error ?? ''}${run.stderr}`).toBe(0);
    const json = JSON.stringify(JSON.parse(run.stdout));
    for (const [name, value] of headers) expect(json).toContain(`"${name}":[${JSON.stringify(value)}]`);
  });
});

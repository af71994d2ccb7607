import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspProblems } from './csp-check.ts';

const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
const page = (policy: string, body: string) => `<meta http-equiv="content-security-policy" content="${policy}"><body>${body}</body>`;

describe('cspProblems', () => {
  const script = 'console.log(1)';
  const good = `default-src 'self'; connect-src 'self' https://api.nairi.ai; script-src 'self' ${hash(script)}`;

  it('accepts hashed inline scripts, external scripts and JSON data blocks', () => {
    expect(cspProblems(page(good, `<script>${script}</script><script src="/a.js"></script><script type="application/json">{}</script>`), ['https://api.nairi.ai'])).toEqual([]);
  });

  it('reports an inline script without a hash, unsafe sources, extra origins and a missing policy', () => {
    expect(cspProblems(page(good, '<script>alert(1)</script>'), ['https://api.nairi.ai'])[0]).toMatch(/is not in script-src/);
    expect(cspProblems(page(`${good} 'unsafe-inline'`, ''), ['https://api.nairi.ai'])).toContain('script-src allows unsafe-inline or unsafe-eval');
    expect(cspProblems(page(good, ''), [])).toEqual(['connect-src allows https://api.nairi.ai']);
    expect(cspProblems('<html></html>', [])).toEqual(['no Content-Security-Policy meta tag']);
  });
});

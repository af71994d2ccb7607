import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles } from '../src/lib/html-files.ts';
import { buildCopy, PRODUCTION_STYLE_ENV, readBuildCopy, removeBuildCopy, type BuildResult } from '../scripts/build-copy.ts';

/**
 * One build serves two checks: the site under a base path, and a production-style build (the public
 * https site, no try-it settings) whose visitors' keys can never be pointed at their own machine.
 * `npm test` makes it beside its first phases and names its folder in NAIRI_PRODUCTION_BUILD; run
 * alone, this file builds it.
 */
let result: BuildResult;
beforeAll(async () => {
  const made = process.env.NAIRI_PRODUCTION_BUILD;
  result = made ? readBuildCopy(made) : await buildCopy({}, PRODUCTION_STYLE_ENV);
});
afterAll(() => removeBuildCopy(result));

/**
 * Loopback origins that are literals inside Scalar's bundle (a placeholder for specs without
 * servers, its own development URLs). Our spec always lists servers, and connect-src names no
 * loopback origin, so the browser refuses them anyway. Any other occurrence fails.
 */
const SCALAR_LITERALS = new Set(['http://localhost', 'http://localhost:8080', 'http://localhost:5065', 'http://localhost:3000', 'http://127.0.0.1']);
const LOOPBACK_ORIGIN = /https?:\/\/(?:localhost|127(?:\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)(?::\d+)?/g;

describe('a production-style build', () => {
  it('has no loopback origin anywhere in dist/', () => {
    const offenders: string[] = [];
    const dist = join(result.dir, 'dist');
    for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
      const path = join(dist, file);
      if (!statSync(path).isFile()) continue;
      for (const [origin] of readFileSync(path, 'latin1').matchAll(LOOPBACK_ORIGIN)) {
        if (!(file.startsWith('_astro/') && file.endsWith('.js') && SCALAR_LITERALS.has(origin))) offenders.push(`${file}: ${origin}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('offers production only, as the default, and connects nowhere else', () => {
    const html = readFileSync(join(result.dir, 'dist/api/agents/list/index.html'), 'utf8');
    const select = /<select[^>]*data-server[^>]*>([\s\S]*?)<\/select>/.exec(html)![1]!;
    expect([...select.matchAll(/<option value="([^"]+)"/g)].map((m) => m[1])).toEqual(['https://api.nairi.ai/api/public/v1']);
    expect(html).toMatch(/connect-src 'self' https:\/\/api\.nairi\.ai;/);
    expect(JSON.parse(readFileSync(join(result.dir, 'dist/openapi.json'), 'utf8')).servers).toEqual([{ url: 'https://api.nairi.ai/api/public/v1', description: 'Production' }]);
  });

  it('writes the deploy headers for Netlify/Cloudflare, nginx and Caddy from the same policy', () => {
    const headers = readFileSync(join(result.dir, 'dist/_headers'), 'utf8');
    const policy = /Content-Security-Policy: (.+)/.exec(headers)![1]!;
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("connect-src 'self' https://api.nairi.ai;");
    expect(readFileSync(join(result.dir, 'dist/_deploy/nginx-headers.conf'), 'utf8')).toContain(`add_header Content-Security-Policy "${policy}" always;`);
    expect(readFileSync(join(result.dir, 'dist/_deploy/caddy-headers.caddy'), 'utf8')).toContain(`Content-Security-Policy "${policy}"`);
  });
});

describe('the site built under /docs', () => {
  it('builds and its links validate', () => {
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('All internal links are valid.');
  });

  it('prefixes every root-relative link, script and stylesheet with /docs', () => {
    const offenders: string[] = [];
    for (const file of htmlFiles(join(result.dir, 'dist'))) {
      const html = readFileSync(file, 'utf8');
      for (const [, url] of html.matchAll(/\s(?:href|src)="(\/[^"]*)"/g)) {
        if (!url!.startsWith('/docs/') && !url!.startsWith('//')) offenders.push(`${file}: ${url}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('keeps the seed page links pointing at real pages', () => {
    const html = readFileSync(join(result.dir, 'dist/help/using-the-api/index.html'), 'utf8');
    for (const path of ['/docs/api', '/docs/api/quickstart', '/docs/help/vaults', '/docs/help/self-hosting', '/docs/help/communicating-with-agents/api']) {
      expect(html).toContain(`href="${path}"`);
    }
  });

  it('writes the changelog feed and its Markdown twin with absolute links under /docs', () => {
    const feed = readFileSync(join(result.dir, 'dist/api/changelog.xml'), 'utf8');
    const twin = readFileSync(join(result.dir, 'dist/api/changelog.md'), 'utf8');
    expect(feed).toContain('<id>https://docs.nairi.ai/docs/api/changelog/</id>');
    const links = [...feed.matchAll(/href="([^"]+)"/g), ...twin.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((url) => !url.startsWith('https://docs.nairi.ai/docs/'))).toEqual([]);
  });

  it('gives every element on a page a unique id', () => {
    for (const file of htmlFiles(join(result.dir, 'dist'))) {
      const ids = [...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
      const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
      expect(dupes, file).toEqual([]);
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles } from '../scripts/csp-check.ts';
import { buildFixture, removeFixture, type BuildResult } from './build-fixture.ts';

let result: BuildResult;
beforeAll(() => {
  result = buildFixture({}, { NAIRI_DOCS_BASE: '/docs' });
});
afterAll(() => removeFixture(result));

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

  it('gives every element on a page a unique id', () => {
    for (const file of htmlFiles(join(result.dir, 'dist'))) {
      const ids = [...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
      const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
      expect(dupes, file).toEqual([]);
    }
  });
});

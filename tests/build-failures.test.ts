import { afterEach, describe, expect, it } from 'vitest';
import { removeBuildCopy, type BuildResult } from '../scripts/build-copy.ts';
import { failureBuild } from '../scripts/failure-builds.ts';

let result: BuildResult | undefined;
afterEach(() => result && removeBuildCopy(result));

/*
 * A callout type the dialect lacks is refused by the same plugin as an unknown component
 * (src/markdown/known-components.ts): the first case proves the plugin runs in the build and its
 * error names the page; known-components.test.ts checks the callout message. A fourth build here
 * cost 7 CPU-seconds of Vitest's 90-second budget and tested nothing new.
 */
describe('the build fails on broken content, naming the file and line', () => {
  it('rejects an unknown component', async () => {
    result = await failureBuild('unknown-component');
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/content\/docs\/help\/bad\.mdx:7:1: unknown MDX component <Bogus>/);
  });

  it('rejects malformed MDX', async () => {
    result = await failureBuild('malformed-mdx');
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/Expected a closing tag for `<Callout>` \(7:1\)/);
    expect(result.output).toContain('content/docs/help/bad.mdx:7:1');
  });

  it('rejects a broken internal link and a broken anchor', async () => {
    result = await failureBuild('broken-links');
    expect(result.status).not.toBe(0);
    // The validator names the page by its path below content/docs.
    expect(result.output).toMatch(/╭─ help\/bad\.mdx\n/);
    expect(result.output).toMatch(/\/help\/not-a-page\s/);
    expect(result.output).toContain('/help/using-the-api#nope');
    expect(result.output).toMatch(/Found 2 invalid links/);
  });
});

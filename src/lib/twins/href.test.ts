import { describe, expect, it } from 'vitest';
import { twinHref, twinPath } from './href.ts';

describe('twin URLs', () => {
  it('are the page URL plus .md, the home page being index.md', () => {
    expect(twinPath('/help/vaults/')).toBe('/help/vaults.md');
    expect(twinPath('/')).toBe('/index.md');
    expect(twinHref('/api/agents/deploy/', '/')).toBe('/api/agents/deploy.md');
    expect(twinHref('/api/agents/deploy', '/')).toBe('/api/agents/deploy.md');
  });
  it('stay under the base path', () => {
    expect(twinHref('/docs/help/vaults/', '/docs')).toBe('/docs/help/vaults.md');
    expect(twinHref('/docs/', '/docs/')).toBe('/docs/index.md');
    expect(twinHref('/docs', '/docs')).toBe('/docs/index.md');
  });
});

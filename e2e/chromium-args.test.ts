import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { CHROMIUM_ARGS, OMNIBOX_POPUPS, PLAYWRIGHT_DISABLED_FEATURES } from './chromium-args.ts';

describe('chromium launch arguments', () => {
  it("keep every feature Playwright itself turns off (Chromium reads only the last --disable-features)", () => {
    const core = dirname(createRequire(import.meta.url).resolve('playwright-core/package.json'));
    const bundle = readFileSync(join(core, 'lib/coreBundle.js'), 'utf8');
    const list = /disabledFeatures = \[([\s\S]*?)\]\.filter/.exec(bundle)?.[1];
    expect(list, 'Playwright moved its disabled-features list: update e2e/chromium-args.ts').toBeDefined();
    const theirs = [...list!.matchAll(/^\s*"([^"]+)",?\s*$/gm)].map((m) => m[1]);
    expect(theirs.length).toBeGreaterThan(5);
    expect(PLAYWRIGHT_DISABLED_FEATURES).toEqual(theirs);
  });

  it('turn off the omnibox popups in the one --disable-features switch', () => {
    const switches = CHROMIUM_ARGS.filter((a) => a.startsWith('--disable-features='));
    expect(switches).toHaveLength(1);
    for (const feature of [...PLAYWRIGHT_DISABLED_FEATURES, ...OMNIBOX_POPUPS]) expect(switches[0]!.split('=')[1]!.split(',')).toContain(feature);
  });
});

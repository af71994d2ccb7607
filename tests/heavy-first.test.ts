import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestSpecification } from 'vitest/node';
import { HEAVY_FILES, HeavyFirstSequencer } from './heavy-first.ts';

const ROOT = resolve(import.meta.dirname, '..');
const spec = (file: string) => ({ moduleId: resolve(ROOT, file), project: { name: '', config: { sequence: { groupOrder: 0 }, isolate: false } } }) as unknown as TestSpecification;
const cache = { getTestSpecificationResult: () => undefined };

describe('the heavy-first file order', () => {
  it('names files that exist (a renamed file would silently lose its place)', () => {
    expect(HEAVY_FILES.filter((file) => !existsSync(resolve(ROOT, file)))).toEqual([]);
  });

  it('starts the heavy files first, slowest first, and keeps the others in order', async () => {
    const files = ['src/lib/request.test.ts', ...[...HEAVY_FILES].reverse(), 'tests/snippets.matrix.test.ts'].map(spec);
    const sorted = await new HeavyFirstSequencer({ cache } as never).sort(files);
    const names = sorted.map((s) => s.moduleId.slice(ROOT.length + 1));
    expect(names.slice(0, HEAVY_FILES.length)).toEqual(HEAVY_FILES);
    expect(names.slice(HEAVY_FILES.length).sort()).toEqual(['src/lib/request.test.ts', 'tests/snippets.matrix.test.ts']);
  });
});

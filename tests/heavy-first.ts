/**
 * @module Vitest's file order: the files that build the whole site or run every stored sample start
 * first. Vitest orders files by their last duration, but a fresh clone has no record of it and falls
 * back to file size, which put a 40-line file holding four site builds last, alone on one core.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Slowest first, as measured on 2 cores: together they are most of the Vitest phase's CPU time. */
export const HEAVY_FILES = ['tests/samples/run.test.ts', 'tests/base-path.test.ts', 'tests/build-failures.test.ts', 'tests/samples/static.test.ts', 'tests/samples/short.test.ts'];

const rank = (spec: TestSpecification) => {
  const i = HEAVY_FILES.findIndex((file) => spec.moduleId.endsWith(`/${file}`));
  return i < 0 ? HEAVY_FILES.length : i;
};

export class HeavyFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    // Array.prototype.sort is stable: the other files keep Vitest's own order.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}

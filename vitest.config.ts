import { defineConfig } from 'vitest/config';
import { HeavyFirstSequencer } from './tests/heavy-first.ts';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts', 'scripts/**/*.test.ts', 'e2e/**/*.test.ts'],
    // Vitest's default on 2 cores is one worker, which runs the site builds and the sample runs
    // (mostly waiting on the sandbox) one after the other. Two overlap them.
    maxWorkers: 2,
    // Files share their worker's module cache: the spec, its validator and the emitters load once
    // per worker instead of once per file (measured: the light files' CPU time fell from 32 s to 19 s).
    // No test mocks modules or changes globals another file reads.
    isolate: false,
    sequence: { sequencer: HeavyFirstSequencer },
    testTimeout: 120_000,
    // Some suites build the whole site or start the sandbox in beforeAll.
    hookTimeout: 300_000,
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 120_000,
    // Some suites build the whole site or start the sandbox in beforeAll.
    hookTimeout: 300_000,
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Every test file: fail when a test opens a file outside the repository (a clone has nothing beside it).
    setupFiles: ['test/setup/no-outside-reads.ts'],
    // Build dist/ once when it is older than src/ (tests spawn dist/cli.js and load the built package).
    globalSetup: ['test/setup/build-dist.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

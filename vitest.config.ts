import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup/fast-check-seed.ts'],
    // Several tests run the real CLI or bot as a child process, which takes about a second to start.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});

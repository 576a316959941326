import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Spanish and French texts load on demand in the page; tests switch language synchronously.
    setupFiles: ['tests/setup/languages.ts'],
  },
});

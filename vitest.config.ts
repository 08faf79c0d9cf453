import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Several tests start processes (snippets in Python/Node/openssl, the bundled CLI on the whole corpus, the
    // packed package, watch); on a loaded 2-core machine one can take past 30 s. Timing is never asserted here.
    testTimeout: 120_000,
    setupFiles: ['tests/unit/setup.ts'],
  },
});

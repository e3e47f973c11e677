import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Corpus and CLI tests read many files; the default 5 s is tight on a 2-core CI machine.
    testTimeout: 30_000,
    // The `yaml` package is loaded on demand (src/parse/yaml-lib.ts); tests call the sync readers.
    setupFiles: ['test/helpers/load-yaml.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
  },
});

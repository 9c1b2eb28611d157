// Mutation testing of the scoring rules: `npm run mutate`. The score goes to docs/reliability.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts', related: true },
  mutate: ['src/metrics/**/*.ts', 'src/analysis/**/*.ts'],
  coverageAnalysis: 'perTest',
  // Module-level tables (word sets such as the negators, kind maps, weights) are built once at import:
  // their mutants are "static" and only take effect when the module loads with the mutant active. With
  // ignoreStatic they were never tested (ignored, or run after the import and reported as survivors), so
  // they run with a fresh load and all related tests; the value tests (test/**/*.values.test.ts) kill them.
  ignoreStatic: false,
  concurrency: 2,
  timeoutMS: 30000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 80, low: 60, break: null },
  tempDirName: '.stryker-tmp',
};

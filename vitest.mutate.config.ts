// The unit tests that judge mutants: without the generated-input and packaging suites, which cover
// every line and would make each of thousands of mutant runs take seconds, and without the lexicon
// tokenization check (test/lexicons/tokenize-parts.test.ts: 7 s, it judges src/lexicons, which is not
// mutated). MUTATE_TESTS (comma-separated globs) narrows them for a partial run.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vite.config';

const include = process.env.MUTATE_TESTS?.split(',') ?? [
  'test/metrics/**/*.test.ts',
  'test/analysis/**/*.test.ts',
  'test/lexicons/**/*.test.ts',
  'test/profile.test.ts',
  'test/dimensions.test.ts',
];

const config = mergeConfig(base, defineConfig({ test: {} }));
// mergeConfig concatenates arrays; the lists here replace the base ones.
config.test = {
  ...config.test,
  include,
  exclude: ['test/reliability/**', 'test/dist.test.ts', 'test/browser/**', 'test/lexicons/tokenize-parts.test.ts'],
  // Stryker switches mutants at run time (ignoreStatic: true), so modules need not be re-imported for
  // each test file: without isolation the test files of one mutant run share one worker, and wink-nlp's
  // model and the lexicons load once per run instead of once per file. (Stryker's runner still starts
  // a fresh worker for every mutant run.)
  isolate: false,
  poolOptions: { threads: { isolate: false } },
};
export default config;

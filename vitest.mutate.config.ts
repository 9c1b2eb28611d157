// The unit tests that judge mutants: without the generated-input and packaging suites, which cover
// every line and would make each of thousands of mutant runs take seconds. MUTATE_TESTS (comma-separated
// globs) narrows them for a partial run.
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
config.test = { ...config.test, include, exclude: ['test/reliability/**', 'test/dist.test.ts', 'test/browser/**'] };
export default config;

// The unit tests that judge mutants: without the generated-input and packaging suites, which cover
// every line and would make each of thousands of mutant runs take seconds.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vite.config';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      include: [
        'test/metrics/**/*.test.ts',
        'test/analysis/**/*.test.ts',
        'test/lexicons/**/*.test.ts',
        'test/profile.test.ts',
        'test/dimensions.test.ts',
      ],
      exclude: ['test/reliability/**', 'test/dist.test.ts', 'test/browser/**'],
    },
  }),
);

import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('./package.json', 'utf8')) as { version: string };

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    // Adapters (issue 9): vitest matchers, promptfoo assertion, eval scorers, and the CLI.
    vitest: 'src/adapters/vitest.ts',
    promptfoo: 'src/adapters/promptfoo.ts',
    scorers: 'src/adapters/scorers.ts',
    cli: 'src/cli.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'neutral',
  treeshake: true,
  loader: { '.txt': 'text' },
  define: { __VERSION__: JSON.stringify(version) },
  external: ['wink-nlp', 'wink-eng-lite-web-model', 'sentiment', 'compromise', 'cli-progress', /^node:/],
  // The CLI reads import.meta.url (to find the inlined chart library); shims give it one in the CJS build.
  shims: true,
  // The HTML report inlines Chart.js: copy its build beside the CLI so the report never needs the network.
  onSuccess: async () => {
    mkdirSync('dist/vendor', { recursive: true });
    copyFileSync('node_modules/chart.js/dist/chart.umd.min.js', 'dist/vendor/chart.umd.min.js');
    copyFileSync('node_modules/chart.js/LICENSE.md', 'dist/vendor/chart.LICENSE.md');
  },
});

import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('./package.json', 'utf8')) as { version: string };

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'neutral',
  treeshake: true,
  loader: { '.txt': 'text' },
  define: { __VERSION__: JSON.stringify(version) },
  external: ['wink-nlp', 'wink-eng-lite-web-model', 'sentiment', 'compromise'],
});

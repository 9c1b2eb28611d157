import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// One config for vitest and vite-node (validate, demo, bench scripts).

const { version } = JSON.parse(readFileSync('./package.json', 'utf8')) as { version: string };

export default defineConfig({
  define: { __VERSION__: JSON.stringify(version) },
  plugins: [
    {
      // Lexicon files are imported as text, as tsup's `.txt` loader does for the build.
      // Vite would serve .txt as an asset URL, so this loads it before Vite's asset plugin does.
      name: 'txt-as-text',
      enforce: 'pre',
      load(id) {
        if (!id.endsWith('.txt')) return undefined;
        return { code: `export default ${JSON.stringify(readFileSync(id, 'utf8'))};`, map: null };
      },
    },
  ],
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
  },
});

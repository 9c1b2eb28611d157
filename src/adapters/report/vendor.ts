/** Finds the Chart.js build to inline: beside the built CLI (copied there at build time) or in node_modules. */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function chartLibrary(): { source: string; license: string } {
  const here = dirname(fileURLToPath(import.meta.url));
  const bundled = join(here, 'vendor', 'chart.umd.min.js');
  if (existsSync(bundled)) {
    const license = join(here, 'vendor', 'chart.LICENSE.md');
    return { source: readFileSync(bundled, 'utf8'), license: existsSync(license) ? readFileSync(license, 'utf8') : '' };
  }
  const require = createRequire(import.meta.url);
  // chart.js's exports map hides dist/chart.umd.min.js: resolve its CJS entry (dist/chart.cjs) and look beside it.
  const root = join(dirname(require.resolve('chart.js')), '..');
  const file = join(root, 'dist', 'chart.umd.min.js');
  const license = join(root, 'LICENSE.md');
  return { source: readFileSync(file, 'utf8'), license: existsSync(license) ? readFileSync(license, 'utf8') : '' };
}

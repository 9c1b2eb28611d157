import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Tests what ships: the built dist/ as npm would resolve it (package self-reference by name).
// `npm test` builds first (pretest); run `npm run build` before running this file alone.
const built = existsSync('dist/index.js') && existsSync('dist/index.cjs');

const run = (args: string[]) => execFileSync(process.execPath, args, { encoding: 'utf8' }).trim();

const SCRIPT = `
  const p = m.profile('My dog died and I am heartbroken.', 'I am so sorry about your dog.');
  if (typeof p.overall !== 'number' || !p.mechanisms || !(new m.EmpathyInputError('bad-options', 'x', 'y') instanceof TypeError)) throw new Error('bad export');
  console.log(JSON.stringify({ overall: p.overall, version: m.VERSION, keys: Object.keys(m).sort() }));
`;

describe.runIf(built)('the built package', () => {
  it('works through require() and import, with the same exports and results', () => {
    const cjs = JSON.parse(run(['-e', `const m = require('empathy-profile');${SCRIPT}`]));
    const esm = JSON.parse(run(['--input-type=module', '-e', `import * as m from 'empathy-profile';${SCRIPT}`]));
    expect(cjs).toEqual(esm);
    expect(cjs.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(cjs.keys).toContain('profile');
  });
});

describe.runIf(!built)('the built package', () => {
  it.skip('needs `npm run build` first (npm test does it)', () => {});
});

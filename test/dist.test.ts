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

// The build stores the lexicons compiled, once, in dist/lexicons.json (tsup.config.ts), which the
// bundles read through dist/lexicons-json.cjs. Read on the first profile, not on import; and each
// lexicon it holds is loaded from it (a lexicon whose text the build's lookup missed would be
// compiled again at run time, and its stored form never read).
const PAIRS = [
  ['My dog died and I keep crying.', "I'm so sorry. That is a real loss."],
  [
    'In my culture the eldest son cares for his parents, and my family expects me to quit my job to do it. What should I do?',
    'Yes, I think you should just set some boundaries. Your culture matters, but so do you.',
  ],
  [
    'I am exhausted. Should I quit my job to care for my mother?',
    'Yes, I think it could help, though it is a big step.',
  ],
];
const STORED = `
  const fs = require('node:fs');
  const Module = require('node:module');
  const file = require('node:path').resolve('dist/lexicons.json');
  const m = require('empathy-profile');
  const onImport = file in require.cache;
  // Stands in for the file in require's cache, recording which stored lexicons are read.
  const data = JSON.parse(fs.readFileSync(file, 'utf8'));
  const read = new Set();
  const watch = (part) =>
    new Proxy(data[part], { get: (t, k) => (typeof k === 'string' && k in t && read.add(part + '/' + k), t[k]) });
  const mod = new Module(file);
  Object.assign(mod, { filename: file, loaded: true, exports: { lexicons: watch('lexicons'), wordLists: watch('wordLists') } });
  require.cache[file] = mod;
  const overall = ${JSON.stringify(PAIRS)}.map(([p, r]) => m.profile(p, r).overall);
  const stored = Object.entries(data).flatMap(([part, v]) => Object.keys(v).map((k) => part + '/' + k));
  console.log(JSON.stringify({ onImport, read: [...read].sort(), stored: stored.sort(), overall }));
`;

describe.runIf(built)('the compiled lexicons', () => {
  it('are read from dist/lexicons.json on the first profile, each lexicon from its stored form', () => {
    const r = JSON.parse(run(['-e', STORED]));
    expect(r.onImport).toBe(false);
    expect(r.stored.length).toBeGreaterThan(20);
    expect(r.read).toEqual(r.stored);
    // Through import: read on the first profile too, with the same profiles.
    const esm = run([
      '--input-type=module',
      '-e',
      `import { createRequire } from 'node:module';
       import { resolve } from 'node:path';
       import * as m from 'empathy-profile';
       const cache = createRequire(import.meta.url).cache;
       const file = resolve('dist/lexicons.json');
       const onImport = file in cache;
       const overall = ${JSON.stringify(PAIRS)}.map(([p, r]) => m.profile(p, r).overall);
       console.log(JSON.stringify({ onImport, loaded: file in cache, overall }));`,
    ]);
    expect(JSON.parse(esm)).toEqual({ onImport: false, loaded: true, overall: r.overall });
  });
});

describe.runIf(!built)('the built package', () => {
  it.skip('needs `npm run build` first (npm test does it)', () => {});
});

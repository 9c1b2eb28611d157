// Hand check of Stryker mutants: splices each mutant into the source, runs the file's tests (the
// mutation test set of vitest.mutate.config.ts, test/metrics/<file>*), restores the source and prints
// Killed or Survived. The ground truth for a mutant Stryker's per-test coverage may misjudge (a static
// table, a memo built by the first test that covers it). Use on a checkout you can modify (ROOT,
// default the current directory), one key per line on stdin, keys as printed by
// `npx tsx scripts/mutation-sample.mjs estimate`: `file|line:col-endline:endcol|Mutator|replacement`
// (1-based lines, 0-based columns).
//
//   grep conflict survivors.txt | ROOT=/path/to/checkout node scripts/mutation-handcheck.mjs
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const root = process.env.ROOT ?? process.cwd();
const keys = readFileSync(0, 'utf8').split('\n').filter(Boolean);
for (const key of keys) {
  const [file, range, , ...rest] = key.split('|');
  const replacement = rest.join('|');
  const [[sl, sc], [el, ec]] = range.split('-').map((p) => p.split(':').map(Number));
  const path = `${root}/${file}`;
  const original = readFileSync(path, 'utf8');
  const lines = original.split('\n');
  const offset = (l, c) => lines.slice(0, l - 1).reduce((a, x) => a + x.length + 1, 0) + c;
  const a = offset(sl, sc);
  const b = offset(el, ec);
  let status = 'Survived';
  try {
    writeFileSync(path, original.slice(0, a) + replacement + original.slice(b));
    const base = file.split('/').pop().replace(/\.ts$/, '');
    execFileSync('npx', ['vitest', 'run', '--config', 'vitest.mutate.config.ts', `test/metrics/${base}`], {
      cwd: root,
      stdio: 'pipe',
      timeout: 120_000,
    });
  } catch {
    status = 'Killed';
  } finally {
    writeFileSync(path, original);
  }
  console.log(status, key, '| was:', JSON.stringify(original.slice(a, b).slice(0, 60)));
}

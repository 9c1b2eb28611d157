/**
 * Fits OVERALL_WEIGHTS (src/dimensions.ts) on the EPITOME dev split and reports dev and test.
 *
 *   npx vite-node scripts/fit-overall.ts
 *
 * Procedure: rows of the three EPITOME files joined by sp_id+rp_id (validation/data.ts), label =
 * sum of the three levels, positives sum >= 3, negatives sum <= 1, the rest left out. Every row is
 * profiled once; `overall` for a weight vector is recomputed from the mechanism results with the
 * formula of src/dimensions.ts (weighted mean of 1 - severity over applicable mechanisms). A grid
 * search over weights summing to 1 (step 0.05), each at least MIN_WEIGHT, keeps the vector with the
 * highest dev AUROC; ties go to the vector closest to equal weights. The minimum keeps every
 * mechanism in `overall`: EPITOME hardly shows conflict avoidance or distancing (peer replies on
 * Reddit), so a zero there would say more about the data than about the mechanism. Test is only read
 * to report.
 * The data are read in place from ../shared/data and never copied.
 */

import {
  MECHANISM_NAMES,
  OVERALL_FIGURES,
  OVERALL_WEIGHTS,
  type OverallTerm,
  overallScore,
} from '../src/dimensions.js';
import { profile } from '../src/profile.js';
import type { EmpathyProfile } from '../src/types.js';
import { findDataDir, loadEpitomeJoined } from '../validation/data.js';
import { auroc } from '../validation/stats.js';

const STEP = 0.05;
const MIN_WEIGHT = 0.1;

const dir = findDataDir();
if (!dir) throw new Error('no data directory (../shared/data or $EMPATHY_DATA_DIR)');
const rows = loadEpitomeJoined(dir);

interface Scored {
  split: 'dev' | 'test';
  sum: number;
  levels: Record<string, number>;
  p: EmpathyProfile;
}
const t0 = Date.now();
const scored: Scored[] = rows.map((r) => ({
  split: r.split,
  sum: r.sum,
  levels: r.levels,
  p: profile(r.prompt, r.response),
}));
console.log(`profiled ${scored.length} joined rows in ${Date.now() - t0} ms`);

const labelled = (split: 'dev' | 'test') =>
  scored.filter((s) => s.split === split && (s.sum >= 3 || s.sum <= 1)).map((s) => ({ ...s, y: s.sum >= 3 }));
const dev = labelled('dev');
const test = labelled('test');
console.log(
  `dev: ${dev.length} rows (${dev.filter((r) => r.y).length} positive); test: ${test.length} rows (${test.filter((r) => r.y).length} positive)`,
);

const TERMS: readonly OverallTerm[] = [...MECHANISM_NAMES, ...OVERALL_FIGURES];
type Weights = Record<OverallTerm, number>;
const overallWith = (s: Scored, w: Partial<Weights>) => overallScore(s.p.mechanisms, s.p.meta.tokens.response === 0, w);
const aurocWith = (set: typeof dev, w: Partial<Weights>) =>
  auroc(
    set.map((s) => overallWith(s, w)),
    set.map((s) => s.y),
  );

// Every non-negative weight vector on the simplex, in steps of STEP.
function* simplex(k: number, units: number): Generator<number[]> {
  if (k === 1) {
    yield [units];
    return;
  }
  for (let i = 0; i <= units; i++) for (const rest of simplex(k - 1, units - i)) yield [i, ...rest];
}
const units = Math.round(1 / STEP);
let best: { w: Weights; dev: number; spread: number } | undefined;
for (const v of simplex(TERMS.length, units)) {
  const w = Object.fromEntries(TERMS.map((m, i) => [m, (v[i] as number) / units])) as Weights;
  if (MECHANISM_NAMES.some((_, i) => (v[i] as number) / units < MIN_WEIGHT - 1e-9)) continue;
  const a = aurocWith(dev, w);
  const spread = v.reduce((s, x) => s + (x / units - 1 / v.length) ** 2, 0);
  if (!best || a > best.dev + 1e-12 || (Math.abs(a - best.dev) <= 1e-12 && spread < best.spread)) {
    best = { w, dev: a, spread };
  }
}
if (!best) throw new Error('no weights');

const equal = Object.fromEntries(TERMS.map((m) => [m, 1])) as Weights;
const mechanismsOnly = { ...equal, understanding: 0, exploration: 0 };
const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');
console.log('\noverall, EPITOME sum >= 3 vs <= 1 (AUROC)');
console.log(`  equal weights        dev ${fmt(aurocWith(dev, equal))}  test ${fmt(aurocWith(test, equal))}`);
console.log(
  `  current weights      dev ${fmt(aurocWith(dev, { ...OVERALL_WEIGHTS }))}  test ${fmt(aurocWith(test, { ...OVERALL_WEIGHTS }))}`,
);
console.log(
  `  equal, mechanisms only dev ${fmt(aurocWith(dev, mechanismsOnly))}  test ${fmt(aurocWith(test, mechanismsOnly))}`,
);
console.log(`  fitted (dev) weights dev ${fmt(best.dev)}  test ${fmt(aurocWith(test, best.w))}`);
console.log(`  fitted weights: ${JSON.stringify(best.w)}`);

console.log('\neach term alone (preservation = 1 - severity; n/a rows scored 1), AUROC dev / test');
for (const name of OVERALL_FIGURES) {
  const figure = (s: Scored) => s.p.mechanisms.granularityMismatch.metrics[name] ?? 0;
  const one = (set: typeof dev) =>
    auroc(
      set.map(figure),
      set.map((s) => s.y),
    );
  console.log(`  ${name.padEnd(22)} ${fmt(one(dev))} / ${fmt(one(test))}`);
}
for (const m of MECHANISM_NAMES) {
  const one = (set: typeof dev) =>
    auroc(
      set.map((s) => (s.p.mechanisms[m].applicable ? 1 - s.p.mechanisms[m].severity : 1)),
      set.map((s) => s.y),
    );
  const applicable = dev.filter((s) => s.p.mechanisms[m].applicable).length;
  console.log(
    `  ${m.padEnd(22)} ${fmt(one(dev))} / ${fmt(one(test))}   applicable on ${applicable}/${dev.length} dev rows`,
  );
}

// Dimensions against the nearest EPITOME label (level >= 1 vs 0), rows with a null dimension left out.
console.log('\ndimensions against EPITOME labels (level >= 1 vs 0), AUROC dev / test (n dev)');
const all = (split: 'dev' | 'test') => scored.filter((s) => s.split === split);
for (const dim of ['cognitive', 'relational', 'cultural'] as const) {
  for (const label of ['emotional-reactions', 'interpretations', 'explorations']) {
    const fig = (split: 'dev' | 'test') => {
      const set = all(split).filter((s) => s.p.dimensions[dim] !== null);
      return {
        a: auroc(
          set.map((s) => s.p.dimensions[dim] as number),
          set.map((s) => (s.levels[label] as number) >= 1),
        ),
        n: set.length,
      };
    };
    const d = fig('dev');
    const t = fig('test');
    console.log(`  ${dim.padEnd(10)} vs ${label.padEnd(20)} ${fmt(d.a)} / ${fmt(t.a)}  (n ${d.n} / ${t.n})`);
  }
}

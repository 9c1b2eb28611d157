/**
 * Private tuning script for the exploration figure of salienceOverlap (issue 7). Prints, per split,
 * the exploration figure against EPITOME explorations (level >= 1 vs 0) beside the "?" baseline, and
 * how variants of the granularity score built from the salience fields fare on EPITOME
 * interpretations. Data is read from ../shared/data (or EMPATHY_DATA_DIR) at run time and never
 * written into the repository. Tune on dev; test is printed to report.
 *
 *   npx vite-node scripts/tune-exploration.ts [--errors N]
 */
import { analyze } from '../src/analysis/analyze.js';
import { type SalienceOverlapResult, salienceOverlap } from '../src/metrics/salience.js';
import { countQuestionMarks } from '../validation/baselines.js';
import { EPITOME_MECHANISMS, type EpitomeRow, findDataDir, loadEpitome } from '../validation/data.js';
import { auroc } from '../validation/stats.js';

const dir = findDataDir();
if (!dir) throw new Error('no data directory (../shared/data or EMPATHY_DATA_DIR)');
const fmt = (x: number) => x.toFixed(3);
const errorsArg = process.argv.indexOf('--errors');
const showErrors = errorsArg >= 0 ? Number(process.argv[errorsArg + 1] ?? 10) : 0;

const files = Object.fromEntries(EPITOME_MECHANISMS.map((m) => [m, loadEpitome(dir, m)])) as Record<
  (typeof EPITOME_MECHANISMS)[number],
  EpitomeRow[]
>;
const cache = new Map<string, SalienceOverlapResult>();
const sal = (r: EpitomeRow) => {
  let s = cache.get(r.id);
  if (!s) {
    s = salienceOverlap(analyze(r.prompt, { source: 'prompt' }), analyze(r.response));
    cache.set(r.id, s);
  }
  return s;
};

const PARROT = 0.5;
const variants: Record<string, (s: SalienceOverlapResult) => number> = {
  current: (s) => s.score,
  'max(understanding, exploration)': (s) =>
    ((s.coverage + Math.max(s.understanding, s.exploration) + (1 - s.offTopic)) / 3) *
    (1 - s.genericness) *
    (1 - Math.max(0, s.parroting - PARROT)),
  'four terms': (s) =>
    ((s.coverage + s.understanding + s.exploration + (1 - s.offTopic)) / 4) *
    (1 - s.genericness) *
    (1 - Math.max(0, s.parroting - PARROT)),
  'understanding + exploration/2 capped': (s) =>
    ((s.coverage + Math.min(1, s.understanding + 0.5 * s.exploration) + (1 - s.offTopic)) / 3) *
    (1 - s.genericness) *
    (1 - Math.max(0, s.parroting - PARROT)),
};

for (const split of ['dev', 'test'] as const) {
  const ex = files.explorations.filter((r) => r.split === split);
  const y = ex.map((r) => r.level >= 1);
  console.log(`\n${split}: explorations n=${ex.length} (${y.filter(Boolean).length} positive)`);
  console.log(
    `  exploration          ${fmt(
      auroc(
        ex.map((r) => sal(r).exploration),
        y,
      ),
    )}`,
  );
  console.log(
    `  baseline count of ?  ${fmt(
      auroc(
        ex.map((r) => countQuestionMarks(r.response)),
        y,
      ),
    )}`,
  );
  const ip = files.interpretations.filter((r) => r.split === split);
  const yi = ip.map((r) => r.level >= 1);
  for (const [name, f] of Object.entries(variants)) {
    console.log(
      `  IP ${name.padEnd(40)} ${fmt(
        auroc(
          ip.map((r) => f(sal(r))),
          yi,
        ),
      )}`,
    );
  }
  if (split === 'dev' && showErrors > 0) {
    const rows = ex.map((r) => ({ r, e: sal(r).exploration }));
    const fn = rows.filter((x) => x.r.level >= 1 && x.e < 0.5).slice(0, showErrors);
    const fp = rows.filter((x) => x.r.level === 0 && x.e >= 0.5).slice(0, showErrors);
    console.log(
      `\n  dev misses (level >= 1, exploration < 0.5): ${rows.filter((x) => x.r.level >= 1 && x.e < 0.5).length}`,
    );
    for (const x of fn) console.log(`    [${x.r.level}] ${fmt(x.e)} ${x.r.response.slice(0, 200)}`);
    console.log(
      `  dev false alarms (level 0, exploration >= 0.5): ${rows.filter((x) => x.r.level === 0 && x.e >= 0.5).length}`,
    );
    for (const x of fp) console.log(`    [0] ${fmt(x.e)} ${x.r.response.slice(0, 200)}`);
  }
}

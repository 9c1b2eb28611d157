// A seeded, stratified random sample of Stryker's mutants, for files whose full mutation run would
// take hours on this machine (about 3 s per mutant: `src/metrics/conflict.ts` alone has ~4,800).
// Run with tsx (it shares the seeded generator of src/random.ts):
//   npx tsx scripts/mutation-sample.mjs plan [--seed N] [--leaves N] [--small N] [--large N] FILE...
//       lists every mutant Stryker's instrumenter makes in FILE..., draws the sample and writes
//       reports/mutation/sample-plan.json; `npx stryker run stryker.sample.config.mjs` then tests it.
//   npx tsx scripts/mutation-sample.mjs estimate REPORT.json [LATER.json...]
//       reads the plan and the run's JSON report and prints the estimated mutation score per file and
//       overall, with 95% intervals, and the sampled mutants that survived; a later report (a rerun
//       of the survivors after new tests) replaces the status of the mutants it has.
//   npx tsx scripts/mutation-sample.mjs rerun REPORT.json [LATER.json...]
//       writes reports/mutation/sample-rerun-plan.json: the ranges of the sampled mutants that still
//       survive, for `SAMPLE_PLAN=reports/mutation/sample-rerun-plan.json
//       SAMPLE_REPORT=reports/mutation/sample-rerun.json npx stryker run stryker.sample.config.mjs`.
//
// Design. Stryker can only be told which *source ranges* to mutate, and a range takes every mutant
// whose node lies inside it: a mutant that wraps others (emptying a block, an array of regexes)
// brings all of them into the run. So each file's mutants are split into strata:
//   leaf   a mutant whose range contains no other mutant's (cost: itself);
//   small  one that contains 1-10 others;
//   large  one that contains more than 10 (one, an array of 700 regexes, would cost 700 runs).
// A simple random sample is drawn in each stratum; the run's report is filtered back to exactly the
// sampled mutants (the others it tested are ignored), and the score is the stratified estimate:
// sum over strata of (stratum size x its sampled detection rate), over the file's mutants, with a
// normal-approximation 95% interval (finite-population corrected). Static mutants are in the frame
// like the rest (ignoreStatic is off in stryker.config.mjs).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Instrumenter } from '@stryker-mutator/instrumenter';
import { mulberry32 } from '../src/random.ts';

const PLAN = 'reports/mutation/sample-plan.json';
const [command, ...rest] = process.argv.slice(2);

const pos = (p) => p.line * 1e6 + p.column;
const inside = (inner, outer) => pos(inner.start) >= pos(outer.start) && pos(inner.end) <= pos(outer.end);
const sameRange = (a, b) => pos(a.start) === pos(b.start) && pos(a.end) === pos(b.end);
/** A mutant's identity across the instrumenter and the report (report positions are 1-based). */
const keyOf = (file, m, oneBased) => {
  const l = m.location;
  const d = oneBased ? 1 : 0;
  return `${file}|${l.start.line - d + 1}:${l.start.column - d}-${l.end.line - d + 1}:${l.end.column - d}|${m.mutatorName}|${m.replacement}`;
};

async function plan(args) {
  const opt = { seed: 20261127, leaves: 60, small: 25, large: 5 };
  const files = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith('--')) opt[a.slice(2)] = Number(args[++i]);
    else files.push(a);
  }
  const quiet = () => false;
  const log = { isTraceEnabled: quiet, isDebugEnabled: quiet, isInfoEnabled: quiet, trace() {}, debug() {}, info() {} };
  Object.assign(log, { isWarnEnabled: quiet, warn: console.warn, error: console.error, fatal: console.error });
  const { mutants } = await new Instrumenter(log).instrument(
    files.map((name) => ({ name, content: readFileSync(name, 'utf8'), mutate: true })),
    { plugins: null, excludedMutations: [], ignorers: [], noHeader: false },
  );
  const rand = mulberry32(opt.seed);
  const out = { seed: opt.seed, sizes: { leaf: opt.leaves, small: opt.small, large: opt.large }, files: {} };
  const ranges = [];
  let toRun = 0;
  for (const file of files) {
    const all = mutants.filter((m) => m.fileName === file);
    const nested = (m) =>
      all.filter((o) => o !== m && inside(o.location, m.location) && !sameRange(o.location, m.location));
    const strata = { leaf: [], small: [], large: [] };
    for (const m of all) {
      const n = nested(m).length;
      strata[n === 0 ? 'leaf' : n <= 10 ? 'small' : 'large'].push(m);
    }
    const fileOut = { mutants: all.length, strata: {} };
    const picked = [];
    for (const [name, members] of Object.entries(strata)) {
      const n = Math.min(members.length, opt[name === 'leaf' ? 'leaves' : name]);
      // Partial Fisher-Yates: the first n of a seeded shuffle.
      const pool = [...members];
      for (let k = 0; k < n; k++) {
        const j = k + Math.floor(rand() * (pool.length - k));
        [pool[k], pool[j]] = [pool[j], pool[k]];
      }
      const sample = pool.slice(0, n);
      picked.push(...sample);
      fileOut.strata[name] = { size: members.length, sample: sample.map((m) => keyOf(file, m, false)) };
    }
    const runs = all.filter((m) => picked.some((p) => inside(m.location, p.location)));
    fileOut.mutantsRun = runs.length;
    toRun += runs.length;
    for (const p of picked) {
      const { start, end } = p.location;
      // Stryker's range syntax: 1-based lines, 0-based columns, both ends included.
      ranges.push(`${file}:${start.line + 1}:${start.column}-${end.line + 1}:${end.column}`);
    }
    out.files[file] = fileOut;
  }
  out.mutate = [...new Set(ranges)];
  mkdirSync('reports/mutation', { recursive: true });
  writeFileSync(PLAN, `${JSON.stringify(out, null, 2)}\n`);
  for (const [file, f] of Object.entries(out.files)) {
    const s = Object.entries(f.strata).map(([k, v]) => `${k} ${v.sample.length}/${v.size}`);
    console.log(`${file}: ${f.mutants} mutants; sampled ${s.join(', ')}; ${f.mutantsRun} mutant runs`);
  }
  console.log(`${toRun} mutant runs in all; plan in ${PLAN}`);
}

/** The status of every mutant in the reports, a later report replacing an earlier one's. */
function statuses(reportPaths) {
  const status = new Map();
  for (const path of reportPaths) {
    const report = JSON.parse(readFileSync(path, 'utf8'));
    for (const [file, { mutants }] of Object.entries(report.files))
      for (const m of mutants) status.set(keyOf(file, m, true), m);
  }
  return status;
}

function rerun(reportPaths) {
  const planned = JSON.parse(readFileSync(PLAN, 'utf8'));
  const status = statuses(reportPaths);
  const mutate = [];
  for (const f of Object.values(planned.files))
    for (const { sample } of Object.values(f.strata))
      for (const key of sample) {
        const m = status.get(key);
        if (m && (m.status === 'Survived' || m.status === 'NoCoverage')) {
          const [file, range] = key.split('|');
          const [a, b] = range.split('-');
          mutate.push(`${file}:${a}-${b}`);
        }
      }
  const out = 'reports/mutation/sample-rerun-plan.json';
  writeFileSync(out, `${JSON.stringify({ mutate: [...new Set(mutate)] }, null, 2)}\n`);
  console.log(`${mutate.length} surviving sampled mutants; ranges in ${out}`);
}

function estimate(reportPaths) {
  const planned = JSON.parse(readFileSync(PLAN, 'utf8'));
  const status = statuses(reportPaths);
  const rows = [];
  let totalN = 0;
  let totalDetected = 0;
  let totalVar = 0;
  const survivors = [];
  for (const [file, f] of Object.entries(planned.files)) {
    let est = 0;
    let variance = 0;
    let sampled = 0;
    let missing = 0;
    const counts = { detected: 0, survived: 0, noCoverage: 0, other: 0 };
    for (const [name, { size, sample }] of Object.entries(f.strata)) {
      let d = 0;
      let valid = 0;
      for (const key of sample) {
        const m = status.get(key);
        if (!m) {
          missing++;
          continue;
        }
        if (m.status === 'Killed' || m.status === 'Timeout') {
          d++;
          valid++;
          counts.detected++;
        } else if (m.status === 'Survived' || m.status === 'NoCoverage') {
          valid++;
          counts[m.status === 'Survived' ? 'survived' : 'noCoverage']++;
          survivors.push({ key, stratum: name, status: m.status, line: m.location.start.line });
        } else counts.other++;
      }
      sampled += valid;
      if (valid === 0) continue;
      const p = d / valid;
      est += size * p;
      const fpc = size > 1 ? (size - valid) / (size - 1) : 0;
      variance += valid > 1 ? ((size * size * p * (1 - p)) / (valid - 1)) * fpc : 0;
    }
    totalN += f.mutants;
    totalDetected += est;
    totalVar += variance;
    const score = est / f.mutants;
    const half = (1.96 * Math.sqrt(variance)) / f.mutants;
    rows.push({ file, mutants: f.mutants, sampled, ...counts, missing, score, half });
  }
  const pct = (x) => `${(100 * x).toFixed(1)}%`;
  console.log('| file | mutants | sampled | detected | survived | no coverage | estimated score (95% interval) |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of rows)
    console.log(
      `| ${r.file} | ${r.mutants} | ${r.sampled} | ${r.detected} | ${r.survived} | ${r.noCoverage} | ${pct(r.score)} (${pct(r.score - r.half)}-${pct(Math.min(1, r.score + r.half))}) |`,
    );
  const all = totalDetected / totalN;
  const half = (1.96 * Math.sqrt(totalVar)) / totalN;
  console.log(
    `| **sampled files** | ${totalN} | ${rows.reduce((s, r) => s + r.sampled, 0)} | | | | **${pct(all)}** (${pct(all - half)}-${pct(Math.min(1, all + half))}) |`,
  );
  const missing = rows.reduce((s, r) => s + r.missing, 0);
  if (missing > 0)
    console.log(
      `\n${missing} sampled mutants are not in the report (run incomplete, or the source changed since the plan).`,
    );
  console.log(`\nSampled survivors (${survivors.length}):`);
  for (const s of survivors.sort((a, b) => a.key.localeCompare(b.key)))
    console.log(`  ${s.status} [${s.stratum}] ${s.key}`);
}

if (command === 'plan') await plan(rest);
else if (command === 'estimate') estimate(rest);
else if (command === 'rerun') rerun(rest);
else {
  console.error(
    'usage: mutation-sample.mjs plan [--seed N] [--leaves N] [--small N] [--large N] FILE... | estimate REPORT.json',
  );
  process.exit(2);
}

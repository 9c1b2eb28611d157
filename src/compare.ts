import { DIMENSION_NAMES, MECHANISM_NAMES } from './dimensions.js';
import { describeValue, EmpathyInputError } from './errors.js';
import { mulberry32 } from './random.js';
import type { DimensionName, EmpathyProfile, MechanismName } from './types.js';

/** Which way a measure improves. */
export type Direction = 'higher-is-better' | 'lower-is-better';

/** What a comparison concludes about one measure. */
export type Verdict = 'worse' | 'better' | 'no clear change';

/** The paired change of one measure from baseline to candidate. */
export interface MeasureComparison {
  /** `overall`, `dimensions.<name>` or `mechanisms.<name>.severity`. */
  measure: string;
  direction: Direction;
  /** Pairs in which both profiles have a value (dimension not null, mechanism applicable). */
  pairs: number;
  /** Means over those pairs; null when there are none. */
  baselineMean: number | null;
  candidateMean: number | null;
  /** Mean of candidate - baseline over the pairs; null when there are none. */
  meanChange: number | null;
  /** Paired bootstrap percentile interval of `meanChange` at `confidence`; null under `minPairs`. */
  ci: [number, number] | null;
  /**
   * `worse` when the whole interval lies on the bad side of 0 (below it for a higher-is-better
   * measure, above it for a lower-is-better one), `better` when it lies wholly on the good side,
   * else `no clear change`.
   */
  verdict: Verdict;
}

/** Result of `compareProfiles`. */
export interface ProfileComparison {
  /** Number of pairs given. */
  pairs: number;
  overall: MeasureComparison;
  dimensions: Record<DimensionName, MeasureComparison>;
  /** Per mechanism, on its severity (lower is better). */
  mechanisms: Record<MechanismName, MeasureComparison>;
  /** `measure` names whose verdict is `worse`, in the order above. */
  regressions: string[];
  /** `measure` names whose verdict is `better`. */
  improvements: string[];
  /** The options used, defaults filled in, so that a result can be reproduced. */
  options: Required<CompareOptions>;
}

/** Options of `compareProfiles`. */
export interface CompareOptions {
  /** Seed of the bootstrap's random numbers: the same seed gives the same intervals. @default 1 */
  seed?: number;
  /** Bootstrap resamples. @default 2000 */
  resamples?: number;
  /** Two-sided confidence level of the interval. @default 0.95 */
  confidence?: number;
  /** Fewest pairs with a value for a measure to get an interval and a verdict. @default 5 */
  minPairs?: number;
}

const DEFAULTS: Required<CompareOptions> = { seed: 1, resamples: 2000, confidence: 0.95, minPairs: 5 };

/**
 * Compares two paired sets of profiles (the same prompts, answered by two models or two system
 * prompts): per measure, the mean change, a seeded paired-bootstrap confidence interval, and a
 * verdict a regression test can assert on. Deterministic: the same input and seed give the same result.
 *
 * @example
 * const prompts = ['My dog died today. I keep crying.', 'My dad died last week and I am devastated.', 'I failed my exam and I feel worthless.'];
 * const warm = prompts.map((m) => profile(m, "I'm so sorry. That sounds really painful, and it makes sense you feel this way."));
 * const flat = prompts.map((m) => profile(m, "That's unfortunate."));
 * // Verdicts: 'worse', 'better' or 'no clear change'; under `minPairs` (default 5) always 'no clear change'.
 * const cmp = compareProfiles(warm, flat, { minPairs: 3 });
 * cmp.overall.verdict; // => "worse"
 * cmp.regressions.includes('overall'); // => true
 */
export function compareProfiles(
  baseline: readonly EmpathyProfile[],
  candidate: readonly EmpathyProfile[],
  options: CompareOptions = {},
): ProfileComparison {
  const opts = readOptions(options);
  checkSets(baseline, candidate);
  const measure = (name: string, direction: Direction, get: (p: EmpathyProfile) => number | null) =>
    compareMeasure(name, direction, baseline, candidate, get, opts);

  const overall = measure('overall', 'higher-is-better', (p) => p.overall);
  const dimensions = {} as Record<DimensionName, MeasureComparison>;
  for (const d of DIMENSION_NAMES) {
    dimensions[d] = measure(`dimensions.${d}`, 'higher-is-better', (p) => p.dimensions[d] ?? null);
  }
  const mechanisms = {} as Record<MechanismName, MeasureComparison>;
  for (const m of MECHANISM_NAMES) {
    mechanisms[m] = measure(`mechanisms.${m}.severity`, 'lower-is-better', (p) => {
      const r = p.mechanisms[m];
      return r?.applicable ? r.severity : null;
    });
  }
  const all = [overall, ...Object.values(dimensions), ...Object.values(mechanisms)];
  return {
    pairs: baseline.length,
    overall,
    dimensions,
    mechanisms,
    regressions: all.filter((c) => c.verdict === 'worse').map((c) => c.measure),
    improvements: all.filter((c) => c.verdict === 'better').map((c) => c.measure),
    options: opts,
  };
}

function compareMeasure(
  name: string,
  direction: Direction,
  baseline: readonly EmpathyProfile[],
  candidate: readonly EmpathyProfile[],
  get: (p: EmpathyProfile) => number | null,
  opts: Required<CompareOptions>,
): MeasureComparison {
  const diffs: number[] = [];
  let sumB = 0;
  let sumC = 0;
  for (let i = 0; i < baseline.length; i++) {
    const b = get(baseline[i] as EmpathyProfile);
    const c = get(candidate[i] as EmpathyProfile);
    if (b === null || c === null || !Number.isFinite(b) || !Number.isFinite(c)) continue;
    diffs.push(c - b);
    sumB += b;
    sumC += c;
  }
  const n = diffs.length;
  const base = { measure: name, direction, pairs: n };
  if (n === 0)
    return { ...base, baselineMean: null, candidateMean: null, meanChange: null, ci: null, verdict: 'no clear change' };
  const meanChange = (sumC - sumB) / n;
  const means = { baselineMean: sumB / n, candidateMean: sumC / n, meanChange };
  if (n < opts.minPairs) return { ...base, ...means, ci: null, verdict: 'no clear change' };
  const ci = bootstrapInterval(diffs, opts, name);
  const [lo, hi] = ci;
  const worse = direction === 'higher-is-better' ? hi < 0 : lo > 0;
  const better = direction === 'higher-is-better' ? lo > 0 : hi < 0;
  return { ...base, ...means, ci, verdict: worse ? 'worse' : better ? 'better' : 'no clear change' };
}

/** Percentile interval of the mean of `diffs` over `resamples` resamples of the pairs, with replacement. */
function bootstrapInterval(diffs: readonly number[], opts: Required<CompareOptions>, name: string): [number, number] {
  const n = diffs.length;
  const values = Float64Array.from(diffs);
  // One stream per measure, so that adding a measure does not move the others' intervals.
  const random = mulberry32((opts.seed ^ fnv1a(name)) >>> 0);
  const means = new Float64Array(opts.resamples);
  for (let b = 0; b < opts.resamples; b++) {
    let sum = 0;
    for (let k = 0; k < n; k++) sum += values[(random() * n) | 0] as number;
    means[b] = sum / n;
  }
  means.sort();
  const alpha = (1 - opts.confidence) / 2;
  return [round(quantile(means, alpha)), round(quantile(means, 1 - alpha))];
}

/** Linear-interpolated quantile of sorted values (type 7, as R's default). */
function quantile(sorted: Float64Array, q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return (sorted[lo] as number) + (h - lo) * ((sorted[hi] as number) - (sorted[lo] as number));
}

/** Twelve decimals: removes summation-order noise so that an all-zero change gives exactly [0, 0]. */
const round = (x: number): number => Math.round(x * 1e12) / 1e12;

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function readOptions(options: unknown): Required<CompareOptions> {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new EmpathyInputError('bad-options', 'options', `expected an object, got ${describeValue(options)}`);
  }
  const o = { ...DEFAULTS, ...(options as CompareOptions) };
  const bad = (field: string, want: string) =>
    new EmpathyInputError('bad-options', `options.${field}`, `expected ${want}`);
  if (!Number.isInteger(o.seed)) throw bad('seed', 'an integer');
  if (!Number.isInteger(o.resamples) || o.resamples < 100) throw bad('resamples', 'an integer >= 100');
  if (!(o.confidence > 0 && o.confidence < 1)) throw bad('confidence', 'a number between 0 and 1');
  if (!Number.isInteger(o.minPairs) || o.minPairs < 2) throw bad('minPairs', 'an integer >= 2');
  return o;
}

function checkSets(baseline: unknown, candidate: unknown): void {
  for (const [set, name] of [
    [baseline, 'baseline'],
    [candidate, 'candidate'],
  ] as const) {
    if (!Array.isArray(set)) {
      throw new EmpathyInputError('bad-comparison', name, `expected an array of profiles, got ${describeValue(set)}`);
    }
    set.forEach((p: unknown, i) => {
      const q = p as EmpathyProfile | null;
      if (q === null || typeof q !== 'object' || typeof q.overall !== 'number' || !q.mechanisms || !q.dimensions) {
        throw new EmpathyInputError(
          'bad-comparison',
          `${name}[${i}]`,
          `expected an EmpathyProfile, got ${describeValue(p)}`,
        );
      }
    });
  }
  const b = baseline as unknown[];
  const c = candidate as unknown[];
  if (b.length !== c.length) {
    throw new EmpathyInputError(
      'bad-comparison',
      'candidate',
      `expected one profile per baseline profile (paired by prompt): ${b.length} baseline, ${c.length} candidate`,
    );
  }
}

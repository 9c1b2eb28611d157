/**
 * Paired comparison of two sets of profiles, the shape the CLI `compare` command and the
 * `toNotRegressFrom` matcher print. Pairs are aligned by index: row i of the baseline is the same
 * prompt as row i of the candidate.
 */
import type { EmpathyProfile } from '../types.js';
import { isMeasure, lowerIsBetter, MEASURE_NAMES, type MeasureName, measureValue } from './measures.js';

/** How one measure changed between the two sets. */
export interface MeasureComparison {
  measure: MeasureName;
  /** Mean over the pairs where both sides had a value. */
  baseline: number;
  candidate: number;
  /** candidate - baseline. */
  delta: number;
  /** Bootstrap confidence interval of `delta`. */
  ci: [number, number];
  /** Pairs where both profiles had a value for the measure. */
  n: number;
  /** True when a lower number is better (mechanism severities). */
  lowerIsBetter: boolean;
  verdict: 'worse' | 'better' | 'no clear change';
}

/** Result of `compareProfileSets`. */
export interface SetComparison {
  pairs: number;
  confidence: number;
  measures: MeasureComparison[];
}

/** Options of `compareProfileSets`. */
export interface CompareSetOptions {
  /** Measures to compare. @default every measure */
  measures?: readonly MeasureName[];
  /** Confidence level of the intervals. @default 0.95 */
  confidence?: number;
  /** Bootstrap resamples. @default 1000 */
  resamples?: number;
  /** Seed of the resampling, so that a comparison is reproducible. @default 1 */
  seed?: number;
}

/** Small, fast, seeded PRNG (mulberry32): the same input always gives the same interval. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round = (x: number): number => Math.round(x * 1e6) / 1e6;

/**
 * Compares a candidate set of profiles with a baseline of the same prompts (aligned by index),
 * per measure, with a paired bootstrap interval of the mean change.
 *
 * @example
 * const c = compareProfileSets(baselineProfiles, candidateProfiles);
 * c.measures.find((m) => m.measure === 'overall')?.verdict; // 'worse' | 'better' | 'no clear change'
 */
export function compareProfileSets(
  baseline: readonly EmpathyProfile[],
  candidate: readonly EmpathyProfile[],
  options: CompareSetOptions = {},
): SetComparison {
  if (baseline.length !== candidate.length) {
    throw new RangeError(
      `empathy-profile: compare: the sets differ in size (${baseline.length} baseline, ${candidate.length} candidate)`,
    );
  }
  const confidence = options.confidence ?? 0.95;
  const resamples = options.resamples ?? 1000;
  const measures = options.measures ?? MEASURE_NAMES;
  for (const m of measures) if (!isMeasure(m)) throw new RangeError(`empathy-profile: compare: unknown measure ${m}`);
  const out: MeasureComparison[] = [];
  for (const measure of measures) {
    const b: number[] = [];
    const d: number[] = [];
    for (let i = 0; i < baseline.length; i++) {
      const x = measureValue(baseline[i] as EmpathyProfile, measure);
      const y = measureValue(candidate[i] as EmpathyProfile, measure);
      if (x === null || y === null) continue;
      b.push(x);
      d.push(y - x);
    }
    const n = d.length;
    const meanB = n ? b.reduce((s, x) => s + x, 0) / n : 0;
    const delta = n ? d.reduce((s, x) => s + x, 0) / n : 0;
    const ci = n > 1 ? bootstrap(d, resamples, confidence, options.seed ?? 1) : ([delta, delta] as [number, number]);
    const lower = lowerIsBetter(measure);
    const clearlyUp = n > 1 && ci[0] > 0;
    const clearlyDown = n > 1 && ci[1] < 0;
    const verdict = clearlyUp ? (lower ? 'worse' : 'better') : clearlyDown ? (lower ? 'better' : 'worse') : 'no clear change';
    out.push({
      measure,
      baseline: round(meanB),
      candidate: round(meanB + delta),
      delta: round(delta),
      ci: [round(ci[0]), round(ci[1])],
      n,
      lowerIsBetter: lower,
      verdict,
    });
  }
  return { pairs: baseline.length, confidence, measures: out };
}

/** Percentile bootstrap interval of the mean of `d`. */
function bootstrap(d: readonly number[], resamples: number, confidence: number, seed: number): [number, number] {
  const next = rng(seed);
  const n = d.length;
  const means = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += d[Math.floor(next() * n)] as number;
    means[r] = s / n;
  }
  means.sort();
  const alpha = (1 - confidence) / 2;
  const lo = means[Math.floor(alpha * (resamples - 1))] as number;
  const hi = means[Math.ceil((1 - alpha) * (resamples - 1))] as number;
  return [lo, hi];
}

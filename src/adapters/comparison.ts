/**
 * Paired comparison of two sets of profiles, the shape the CLI `compare` command and the
 * `toNotRegressFrom` matcher print. Pairs are aligned by index: row i of the baseline is the same
 * prompt as row i of the candidate.
 */
import { type MeasureComparison as CoreComparison, compareProfiles } from '../compare.js';
import type { DimensionName, EmpathyProfile, MechanismName } from '../types.js';
import { isMeasure, lowerIsBetter, MEASURE_NAMES, type MeasureName } from './measures.js';

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
  /** Bootstrap resamples. @default 2000 */
  resamples?: number;
  /** Seed of the resampling, so that a comparison is reproducible. @default 1 */
  seed?: number;
  /** Fewest pairs with a value for a measure to get an interval and a verdict. @default 2 */
  minPairs?: number;
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
  const measures = options.measures ?? MEASURE_NAMES;
  for (const m of measures) if (!isMeasure(m)) throw new RangeError(`empathy-profile: compare: unknown measure ${m}`);
  // One comparison in the library: compareProfiles (src/compare.ts) does the statistics.
  const c = compareProfiles(baseline, candidate, {
    seed: options.seed ?? 1,
    resamples: options.resamples ?? 2000,
    confidence: options.confidence ?? 0.95,
    minPairs: options.minPairs ?? 2,
  });
  const out: MeasureComparison[] = measures.map((measure) => {
    const r: CoreComparison =
      measure === 'overall'
        ? c.overall
        : lowerIsBetter(measure)
          ? c.mechanisms[measure as MechanismName]
          : c.dimensions[measure as DimensionName];
    const delta = r.meanChange ?? 0;
    return {
      measure,
      baseline: round(r.baselineMean ?? 0),
      candidate: round(r.candidateMean ?? 0),
      delta: round(delta),
      ci: r.ci ? [round(r.ci[0]), round(r.ci[1])] : [round(delta), round(delta)],
      n: r.pairs,
      lowerIsBetter: lowerIsBetter(measure),
      verdict: r.verdict,
    };
  });
  return { pairs: c.pairs, confidence: c.options.confidence, measures: out };
}

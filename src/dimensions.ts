/**
 * From mechanisms to dimensions and to `overall`. docs/profile.md gives the reason for every cell
 * of the matrix and the procedure behind the weights.
 */
import { clamp01 } from './metrics/common.js';
import type { DimensionName, DimensionScore, MechanismName } from './types.js';

/** What a dimension is built from: a mechanism, or the cultural-context detector. */
export type DimensionSource = MechanismName | 'culturalContext';

/** The part of a mechanism result (or of the cultural detector) that dimensions read. */
export interface SourceScore {
  /** 0..1, 0 = no sign of failure. */
  severity: number;
  applicable: boolean;
}

export const MECHANISM_NAMES: readonly MechanismName[] = [
  'sentimentAttenuation',
  'granularityMismatch',
  'conflictAvoidance',
  'linguisticDistancing',
];

export const DIMENSION_NAMES: readonly DimensionName[] = ['cognitive', 'cultural', 'relational'];

/**
 * How much each source weighs in each dimension (0 or missing = not at all). A dimension is the
 * weighted mean of `1 - severity` over its applicable sources, and `null` when none applies.
 *
 * @example
 * Object.keys(DIMENSION_MATRIX); // => ["cognitive", "cultural", "relational"]
 * DIMENSION_MATRIX.relational.linguisticDistancing > 0; // => true
 */
export const DIMENSION_MATRIX: Readonly<Record<DimensionName, Readonly<Partial<Record<DimensionSource, number>>>>> = {
  // Perspective taken: what mattered to the person addressed (salience), the question asked
  // answered (not deflected), the feeling named.
  cognitive: { granularityMismatch: 1, conflictAvoidance: 0.5, sentimentAttenuation: 0.5 },
  // Context kept: only the cultural-context detector; null when the person brought none.
  cultural: { culturalContext: 1 },
  // Stance toward the person: closeness (not distancing), engagement (not avoidance), warmth.
  relational: { linguisticDistancing: 1, conflictAvoidance: 1, sentimentAttenuation: 1 },
};

/** Which mechanisms inform which dimension (the non-zero cells of `DIMENSION_MATRIX`). */
export const DIMENSION_MECHANISMS: Record<DimensionName, readonly MechanismName[]> = {
  cognitive: mechanismsOf('cognitive'),
  cultural: mechanismsOf('cultural'),
  relational: mechanismsOf('relational'),
};

/**
 * A term of `overall`: a mechanism's preservation (`1 - severity`), or one of the two figures of
 * salience that credit what a reply does for the person: `understanding` (naming their experience
 * back, or matching it with one's own) and `exploration` (asking about it).
 */
export type OverallTerm = MechanismName | 'understanding' | 'exploration';

/** The salience figures that enter `overall` directly, read from `granularityMismatch.metrics`. */
export const OVERALL_FIGURES = ['understanding', 'exploration'] as const;

/**
 * Weights of the terms of `overall` (weighted mean over the applicable mechanisms and the two
 * salience figures). Fitted by `scripts/fit-overall.ts` on 2026-11-26 (grid search, step 0.05,
 * weights summing to 1, each mechanism >= 0.1, maximising dev AUROC of EPITOME level sum >= 3 vs
 * <= 1; dev 0.850, test 0.860; equal weights over the six terms: dev 0.838, test 0.853). Re-run the
 * script after any mechanism changes and replace these numbers, the date and the figures here and
 * in docs/profile.md.
 *
 * @example
 * Object.values(OVERALL_WEIGHTS).reduce((a, b) => a + b, 0).toFixed(6); // => "1.000000"
 */
export const OVERALL_WEIGHTS: Readonly<Record<OverallTerm, number>> = {
  sentimentAttenuation: 0.15,
  granularityMismatch: 0.1,
  conflictAvoidance: 0.1,
  linguisticDistancing: 0.1,
  understanding: 0.3,
  exploration: 0.25,
};

/** What `overall` reads of a mechanism result: severity, applicability and (salience) its metrics. */
export interface OverallSource extends SourceScore {
  metrics?: Readonly<Record<string, number>>;
}

/**
 * Weighted mean of `1 - severity` over the applicable sources with a positive weight, or null when
 * none applies.
 *
 * @example
 * preservation({ granularityMismatch: { severity: 0.2, applicable: true } }, { granularityMismatch: 1 }); // 0.8
 */
export function preservation<K extends string = DimensionSource>(
  sources: Readonly<Partial<Record<K, SourceScore>>>,
  weights: Readonly<Partial<Record<K, number>>>,
): number | null {
  let sum = 0;
  let total = 0;
  for (const [name, w] of Object.entries(weights) as [K, number][]) {
    const s = sources[name];
    if (!s?.applicable || !(w > 0)) continue;
    sum += w * (1 - clamp01(s.severity));
    total += w;
  }
  return total === 0 ? null : clamp01(sum / total);
}

/**
 * The three dimensions from the mechanism results and the cultural detector. An empty reply keeps
 * nothing: it scores 0 on cognitive and relational, and on cultural when the person brought context.
 *
 * @example
 * dimensionScores({ linguisticDistancing: { severity: 0.5, applicable: true } }).relational; // => 0.5
 * dimensionScores({ linguisticDistancing: { severity: 0.5, applicable: true } }).cultural; // => null
 */
export function dimensionScores(
  sources: Readonly<Partial<Record<DimensionSource, SourceScore>>>,
  emptyReply = false,
): Record<DimensionName, DimensionScore> {
  const out = {} as Record<DimensionName, DimensionScore>;
  for (const dim of DIMENSION_NAMES) {
    const value = preservation(sources, DIMENSION_MATRIX[dim]);
    // A reply with no words judges every mechanism dimension (as 0); the cultural one only when the
    // person brought context.
    const judged = value !== null || (emptyReply && DIMENSION_MECHANISMS[dim].length > 0);
    out[dim] = !judged ? null : emptyReply ? 0 : value;
  }
  return out;
}

/**
 * `overall`: the `OVERALL_WEIGHTS`-weighted mean of the applicable mechanisms' preservation
 * (`1 - severity`) and of the salience figures `understanding` and `exploration`, read from
 * `granularityMismatch.metrics` (each left out when absent); 1 when nothing applies, 0 for an
 * empty reply.
 *
 * @example
 * const mixed = overallScore({
 *   sentimentAttenuation: { severity: 1, applicable: true },
 *   linguisticDistancing: { severity: 0, applicable: true },
 * });
 * // The two mechanisms' weighted mean: strictly between 0 and 1.
 * mixed > 0 && mixed < 1; // => true
 * overallScore({}); // => 1
 */
export function overallScore(
  mechanisms: Readonly<Partial<Record<MechanismName, OverallSource>>>,
  emptyReply = false,
  weights: Readonly<Partial<Record<OverallTerm, number>>> = OVERALL_WEIGHTS,
): number {
  if (emptyReply) return 0;
  const sources: Partial<Record<OverallTerm, SourceScore>> = { ...mechanisms };
  // Figures of the reply, judged whether or not the prompt raised a concern.
  for (const name of OVERALL_FIGURES) {
    const value = mechanisms.granularityMismatch?.metrics?.[name];
    if (value !== undefined) sources[name] = { severity: 1 - value, applicable: true };
  }
  return preservation(sources, weights) ?? 1;
}

function mechanismsOf(dim: DimensionName): MechanismName[] {
  const cells = DIMENSION_MATRIX[dim];
  return MECHANISM_NAMES.filter((m) => (cells[m] ?? 0) > 0);
}

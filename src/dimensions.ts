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
 * Weights of the mechanisms in `overall`: the weighted mean of `1 - severity` over the applicable
 * mechanisms. Fitted by `scripts/fit-overall.ts` on 2026-11-26 (grid search, step 0.05, weights
 * summing to 1 and each >= 0.1, maximising dev AUROC of EPITOME level sum >= 3 vs <= 1; dev 0.757,
 * test 0.773; equal weights: dev 0.730, test 0.766). Re-run the script after any mechanism changes
 * and replace these numbers, the date and the figures here and in docs/profile.md.
 */
export const OVERALL_WEIGHTS: Readonly<Record<MechanismName, number>> = {
  sentimentAttenuation: 0.25,
  granularityMismatch: 0.5,
  conflictAvoidance: 0.15,
  linguisticDistancing: 0.1,
};

/**
 * Weighted mean of `1 - severity` over the applicable sources with a positive weight, or null when
 * none applies.
 *
 * @example
 * preservation({ granularityMismatch: { severity: 0.2, applicable: true } }, { granularityMismatch: 1 }); // 0.8
 */
export function preservation(
  sources: Readonly<Partial<Record<DimensionSource, SourceScore>>>,
  weights: Readonly<Partial<Record<DimensionSource, number>>>,
): number | null {
  let sum = 0;
  let total = 0;
  for (const [name, w] of Object.entries(weights) as [DimensionSource, number][]) {
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
 * dimensionScores({ linguisticDistancing: { severity: 0.5, applicable: true } }).relational; // 0.5
 * dimensionScores({ linguisticDistancing: { severity: 0.5, applicable: true } }).cultural;   // null
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
 * (`1 - severity`); 1 when no mechanism applies, 0 for an empty reply.
 *
 * @example
 * overallScore({
 *   sentimentAttenuation: { severity: 1, applicable: true },
 *   linguisticDistancing: { severity: 0, applicable: true },
 * }); // 0.5 with equal weights
 */
export function overallScore(
  mechanisms: Readonly<Partial<Record<MechanismName, SourceScore>>>,
  emptyReply = false,
): number {
  if (emptyReply) return 0;
  return preservation(mechanisms, OVERALL_WEIGHTS) ?? 1;
}

function mechanismsOf(dim: DimensionName): MechanismName[] {
  const cells = DIMENSION_MATRIX[dim];
  return MECHANISM_NAMES.filter((m) => (cells[m] ?? 0) > 0);
}

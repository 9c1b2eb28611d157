/**
 * Agreement statistics for the validation tasks. Undefined values (no positives, no variance,
 * nothing predicted) are NaN rather than a made-up 0 or 0.5, so the runner reports them as
 * missing instead of passing a floor by accident.
 */

/** 1-based ranks of `values`, ties sharing the mean of the ranks they span ("midranks"). */
export function midranks(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((a, b) => (values[a] as number) - (values[b] as number));
  const ranks = new Array<number>(values.length);
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && values[order[j + 1] as number] === values[order[i] as number]) j++;
    // Positions i..j (0-based) hold equal values: each gets the mean of ranks i+1..j+1.
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k] as number] = rank;
    i = j + 1;
  }
  return ranks;
}

function assertSameLength(a: readonly unknown[], b: readonly unknown[]): void {
  if (a.length !== b.length) throw new RangeError(`length mismatch: ${a.length} vs ${b.length}`);
}

/**
 * Area under the ROC curve of `scores` for telling `labels === true` from false: the chance that a
 * random positive scores above a random negative, ties counting half. Computed as the
 * Mann-Whitney U of the positives over n1 * n0, from midranks. NaN without both classes.
 */
export function auroc(scores: readonly number[], labels: readonly boolean[]): number {
  assertSameLength(scores, labels);
  const ranks = midranks(scores);
  let n1 = 0;
  let rankSum = 0;
  labels.forEach((positive, i) => {
    if (positive) {
      n1++;
      rankSum += ranks[i] as number;
    }
  });
  const n0 = labels.length - n1;
  if (n1 === 0 || n0 === 0) return Number.NaN;
  const u = rankSum - (n1 * (n1 + 1)) / 2;
  return u / (n1 * n0);
}

function pearson(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  if (n < 2) return Number.NaN;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] as number) - mx;
    const dy = (y[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return Number.NaN;
  return sxy / Math.sqrt(sxx * syy);
}

/** Spearman's rank correlation: Pearson's r of the midranks, so ties are handled exactly. */
export function spearman(x: readonly number[], y: readonly number[]): number {
  assertSameLength(x, y);
  return pearson(midranks(x), midranks(y));
}

/** Share of predictions equal to the gold label. NaN when empty. */
export function accuracy<T>(predicted: readonly T[], gold: readonly T[]): number {
  assertSameLength(predicted, gold);
  if (gold.length === 0) return Number.NaN;
  let hits = 0;
  gold.forEach((g, i) => {
    if (predicted[i] === g) hits++;
  });
  return hits / gold.length;
}

interface Confusion {
  tp: number;
  fp: number;
  fn: number;
}

function confusion<T>(predicted: readonly T[], gold: readonly T[], positive: T): Confusion {
  assertSameLength(predicted, gold);
  const c: Confusion = { tp: 0, fp: 0, fn: 0 };
  gold.forEach((g, i) => {
    const p = predicted[i] === positive;
    const t = g === positive;
    if (p && t) c.tp++;
    else if (p) c.fp++;
    else if (t) c.fn++;
  });
  return c;
}

/** Of the rows predicted positive, the share that are. NaN when nothing was predicted positive. */
export function precision(predicted: readonly boolean[], gold: readonly boolean[]): number {
  const { tp, fp } = confusion(predicted, gold, true);
  return tp + fp === 0 ? Number.NaN : tp / (tp + fp);
}

/** Of the positive rows, the share predicted positive. NaN when there are no positives. */
export function recall(predicted: readonly boolean[], gold: readonly boolean[]): number {
  const { tp, fn } = confusion(predicted, gold, true);
  return tp + fn === 0 ? Number.NaN : tp / (tp + fn);
}

/**
 * F1 of the class `positive` (true by default). Written as 2tp / (2tp + fp + fn), which is 0 rather
 * than undefined when precision is; NaN only when the class is neither present nor predicted.
 */
export function f1<T = boolean>(predicted: readonly T[], gold: readonly T[], positive: T = true as T): number {
  const { tp, fp, fn } = confusion(predicted, gold, positive);
  const denominator = 2 * tp + fp + fn;
  return denominator === 0 ? Number.NaN : (2 * tp) / denominator;
}

/**
 * Mean F1 over the classes seen in the gold labels or the predictions, so a rare class weighs as
 * much as a common one (for booleans: the mean of the F1 of `true` and of `false`).
 */
export function macroF1<T>(predicted: readonly T[], gold: readonly T[]): number {
  assertSameLength(predicted, gold);
  const classes = new Set<T>([...gold, ...predicted]);
  if (classes.size === 0) return Number.NaN;
  let sum = 0;
  for (const c of classes) sum += f1(predicted, gold, c);
  return sum / classes.size;
}

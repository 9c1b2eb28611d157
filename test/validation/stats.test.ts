import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accuracy, auroc, f1, macroF1, midranks, precision, recall, spearman } from '../../validation/stats.js';

describe('midranks', () => {
  it('ranks from 1 and shares ranks between ties', () => {
    expect(midranks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
    expect(midranks([3, 1, 2])).toEqual([3, 1, 2]);
    expect(midranks([5, 5, 5])).toEqual([2, 2, 2]);
    expect(midranks([])).toEqual([]);
  });
});

describe('auroc', () => {
  it('matches a hand-computed case without ties', () => {
    // Pairs (positive, negative): (0.35, 0.1) (0.35, 0.4) (0.8, 0.1) (0.8, 0.4) -> 3 of 4 won.
    expect(auroc([0.1, 0.4, 0.35, 0.8], [false, false, true, true])).toBeCloseTo(0.75, 12);
  });

  it('counts ties as half a win', () => {
    // Positives 0.5, 0.9; negatives 0.5, 0.2: wins 0.5 + 1 + 1 + 1 = 3.5 of 4.
    expect(auroc([0.5, 0.5, 0.2, 0.9], [true, false, false, true])).toBeCloseTo(0.875, 12);
    expect(auroc([1, 1, 1, 1], [true, false, true, false])).toBe(0.5);
  });

  it('is 1 for perfect separation and 0 for perfect inversion', () => {
    expect(auroc([1, 2, 3, 4], [false, false, true, true])).toBe(1);
    expect(auroc([4, 3, 2, 1], [false, false, true, true])).toBe(0);
  });

  it('is NaN without both classes', () => {
    expect(auroc([1, 2], [true, true])).toBeNaN();
    expect(auroc([], [])).toBeNaN();
  });

  it('equals the pairwise win rate (Mann-Whitney U / n1 n0)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.boolean()), { minLength: 2, maxLength: 40 }),
        (rows) => {
          const scores = rows.map(([s]) => s);
          const labels = rows.map(([, l]) => l);
          const pos = scores.filter((_, i) => labels[i]);
          const neg = scores.filter((_, i) => !labels[i]);
          if (pos.length === 0 || neg.length === 0) return;
          let wins = 0;
          for (const p of pos) for (const q of neg) wins += p > q ? 1 : p === q ? 0.5 : 0;
          expect(auroc(scores, labels)).toBeCloseTo(wins / (pos.length * neg.length), 10);
        },
      ),
    );
  });

  it('rejects arrays of different lengths', () => {
    expect(() => auroc([1, 2], [true])).toThrow(RangeError);
  });
});

describe('spearman', () => {
  it('matches a hand-computed case with ties', () => {
    // Ranks of y: [1, 2, 3.5, 5, 3.5]; r = 8 / sqrt(10 * 9.5).
    expect(spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7])).toBeCloseTo(8 / Math.sqrt(95), 12);
  });

  it('is 1 for any increasing relation and -1 for a decreasing one', () => {
    expect(spearman([1, 2, 3, 4], [1, 10, 100, 1000])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3, 4], [9, 8, 7, 1])).toBeCloseTo(-1, 12);
  });

  it('is NaN for a constant series or fewer than two points', () => {
    expect(spearman([1, 1, 1], [1, 2, 3])).toBeNaN();
    expect(spearman([1], [2])).toBeNaN();
  });
});

describe('classification measures', () => {
  // tp = 2 (0, 4), fp = 1 (1), fn = 1 (2), tn = 1 (3).
  const predicted = [true, true, false, false, true];
  const gold = [true, false, true, false, true];

  it('computes accuracy, precision, recall and F1 of the positive class', () => {
    expect(accuracy(predicted, gold)).toBeCloseTo(0.6, 12);
    expect(precision(predicted, gold)).toBeCloseTo(2 / 3, 12);
    expect(recall(predicted, gold)).toBeCloseTo(2 / 3, 12);
    expect(f1(predicted, gold)).toBeCloseTo(2 / 3, 12);
  });

  it('averages the F1 of both classes for macro-F1', () => {
    // Class false: tp = 1 (3), fp = 1 (2), fn = 1 (1) -> F1 = 0.5.
    expect(f1(predicted, gold, false)).toBeCloseTo(0.5, 12);
    expect(macroF1(predicted, gold)).toBeCloseTo((2 / 3 + 0.5) / 2, 12);
  });

  it('handles more than two classes', () => {
    // a: tp 1, fp 0, fn 1 -> 2/3; b: tp 1, fp 1, fn 0 -> 2/3; c: tp 1 -> 1.
    expect(macroF1(['a', 'b', 'b', 'c'], ['a', 'a', 'b', 'c'])).toBeCloseTo((2 / 3 + 2 / 3 + 1) / 3, 12);
  });

  it('reports undefined measures as NaN', () => {
    expect(precision([false, false], [true, false])).toBeNaN();
    expect(recall([true, false], [false, false])).toBeNaN();
    expect(accuracy([], [])).toBeNaN();
    expect(macroF1([], [])).toBeNaN();
    // Nothing predicted positive but positives exist: F1 is 0, not NaN.
    expect(f1([false, false], [true, false])).toBe(0);
  });
});

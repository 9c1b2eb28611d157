import { describe, expect, it } from 'vitest';
import {
  DIMENSION_MATRIX,
  DIMENSION_MECHANISMS,
  dimensionScores,
  OVERALL_WEIGHTS,
  overallScore,
  preservation,
  type SourceScore,
} from '../src/dimensions.js';
import { profile } from '../src/profile.js';

const on = (severity: number): SourceScore => ({ severity, applicable: true });
const off: SourceScore = { severity: 0, applicable: false };

describe('preservation', () => {
  const cases: {
    sources: Record<string, SourceScore>;
    weights: Record<string, number>;
    expected: number | null;
    why: string;
  }[] = [
    {
      sources: { granularityMismatch: on(0.2) },
      weights: { granularityMismatch: 1 },
      expected: 0.8,
      why: '1 - severity',
    },
    {
      sources: { granularityMismatch: on(0), linguisticDistancing: on(1) },
      weights: { granularityMismatch: 3, linguisticDistancing: 1 },
      expected: 0.75,
      why: 'weighted mean: (3 x 1 + 1 x 0) / 4',
    },
    {
      sources: { granularityMismatch: on(0.5), conflictAvoidance: off },
      weights: { granularityMismatch: 1, conflictAvoidance: 1 },
      expected: 0.5,
      why: 'a mechanism that is not applicable is left out, not counted as kept',
    },
    {
      sources: { conflictAvoidance: off },
      weights: { conflictAvoidance: 1 },
      expected: null,
      why: 'nothing applicable: nothing to judge',
    },
    {
      sources: { granularityMismatch: on(1), linguisticDistancing: on(0) },
      weights: { granularityMismatch: 1, linguisticDistancing: 0 },
      expected: 0,
      why: 'a zero weight takes no part',
    },
  ];
  it.each(cases)('$why', ({ sources, weights, expected }) => {
    const value = preservation(sources, weights);
    if (expected === null) expect(value).toBeNull();
    else expect(value).toBeCloseTo(expected, 10);
  });
});

describe('dimensionScores', () => {
  it('reports cultural as null when the cultural detector has nothing to judge', () => {
    // why: the contract: a dimension with nothing to judge is null, not an invented number
    const d = dimensionScores({ granularityMismatch: on(0), linguisticDistancing: on(0), culturalContext: off });
    expect(d.cultural).toBeNull();
    expect(d.cognitive).toBe(1);
    expect(d.relational).toBe(1);
  });

  it('routes each mechanism to its dimensions', () => {
    // why: distancing is a stance toward the person (relational), not perspective-taking (cognitive)
    const distant = dimensionScores({ granularityMismatch: on(0), linguisticDistancing: on(1) });
    expect(distant.relational).toBe(0);
    expect(distant.cognitive).toBe(1);
    // why: missing what mattered is a failure of perspective-taking, not of warmth
    const missed = dimensionScores({ granularityMismatch: on(1), linguisticDistancing: on(0) });
    expect(missed.cognitive).toBe(0);
    expect(missed.relational).toBe(1);
    // why: the cultural dimension reads only the cultural detector
    expect(dimensionScores({ culturalContext: on(0.75) }).cultural).toBe(0.25);
  });

  it('scores an empty reply 0 where there is something to judge', () => {
    // why: an empty reply keeps nothing; cultural stays null when the person brought no context
    const d = dimensionScores({ linguisticDistancing: off, culturalContext: off }, true);
    expect(d).toEqual({ cognitive: 0, cultural: null, relational: 0 });
    expect(dimensionScores({ culturalContext: on(0) }, true).cultural).toBe(0);
  });

  it('keeps DIMENSION_MECHANISMS in step with the matrix', () => {
    for (const [dim, names] of Object.entries(DIMENSION_MECHANISMS)) {
      const cells = DIMENSION_MATRIX[dim as keyof typeof DIMENSION_MATRIX] as Record<string, number>;
      for (const name of names) expect(cells[name]).toBeGreaterThan(0);
    }
    expect(DIMENSION_MECHANISMS.cultural).toEqual([]);
  });
});

describe('overallScore', () => {
  it('is the weighted mean of applicable mechanisms, 1 with none, 0 for an empty reply', () => {
    const all = {
      sentimentAttenuation: on(1),
      granularityMismatch: on(0),
      conflictAvoidance: off,
      linguisticDistancing: on(0.5),
    };
    const w = OVERALL_WEIGHTS;
    const expected =
      (w.sentimentAttenuation * 0 + w.granularityMismatch * 1 + w.linguisticDistancing * 0.5) /
      (w.sentimentAttenuation + w.granularityMismatch + w.linguisticDistancing);
    expect(overallScore(all)).toBeCloseTo(expected, 10);
    // why: no mechanism applies: no sign of failure
    expect(overallScore({ conflictAvoidance: off })).toBe(1);
    // why: an empty reply fails the person whatever the mechanisms say
    expect(overallScore(all, true)).toBe(0);
  });

  it('credits the salience figures understanding and exploration, read from granularityMismatch.metrics', () => {
    const base = { sentimentAttenuation: on(0.5), granularityMismatch: on(0.5) };
    const metrics = (understanding: number, exploration: number) => ({
      ...base,
      granularityMismatch: { ...on(0.5), metrics: { understanding, exploration } },
    });
    const w = OVERALL_WEIGHTS;
    // why: each figure is one more term of the weighted mean, 1 - severity being the figure itself
    const expected =
      (w.sentimentAttenuation * 0.5 + w.granularityMismatch * 0.5 + w.understanding * 1 + w.exploration * 0) /
      (w.sentimentAttenuation + w.granularityMismatch + w.understanding + w.exploration);
    expect(overallScore(metrics(1, 0))).toBeCloseTo(expected, 10);
    // why: a reply that asks the person about their experience keeps more than one that does not
    expect(overallScore(metrics(0, 1))).toBeGreaterThan(overallScore(metrics(0, 0)));
    // why: without the metrics (a bare SourceScore) the figures are left out, not counted as 0
    expect(overallScore(base)).toBeCloseTo(0.5, 10);
    for (const v of Object.values(w)) expect(v).toBeGreaterThanOrEqual(0);
  });

  it('is what profile() reports', () => {
    const p = profile(
      'My dad died and I cannot stop crying. Should I skip the funeral?',
      'It depends. One should rest.',
    );
    const expected = overallScore(p.mechanisms);
    expect(p.overall).toBeCloseTo(expected, 5);
    expect(p.dimensions.cognitive).toBeCloseTo(dimensionScores(p.mechanisms).cognitive as number, 5);
  });
});

import { describe, expect, it } from 'vitest';
import { compareProfiles } from '../src/compare.js';
import { dimensionScores, overallScore, type SourceScore } from '../src/dimensions.js';
import { EmpathyInputError } from '../src/errors.js';
import { profile } from '../src/profile.js';
import { mulberry32 } from '../src/random.js';
import type { EmpathyProfile, MechanismName } from '../src/types.js';

/** A seeded generator for synthetic profiles. */
const rng = mulberry32;

/** A profile built from mechanism severities, with dimensions and overall by the library's formulas. */
function synthetic(sev: Record<MechanismName, number | null>, cultural: number | null = null): EmpathyProfile {
  const mechanisms = {} as EmpathyProfile['mechanisms'];
  for (const [k, v] of Object.entries(sev) as [MechanismName, number | null][]) {
    mechanisms[k] = { severity: v ?? 0, applicable: v !== null, metrics: {} };
  }
  const culturalSource: SourceScore = { severity: 1 - (cultural ?? 1), applicable: cultural !== null };
  return {
    schemaVersion: 'test',
    overall: overallScore(mechanisms),
    mechanisms,
    dimensions: dimensionScores({ ...mechanisms, culturalContext: culturalSource }),
    findings: [],
    meta: {
      library: { name: 'empathy-profile', version: 'test' },
      tokens: { prompt: 10, response: 10 },
      sentences: { prompt: 1, response: 1 },
      warnings: [],
    },
  };
}

/** n profiles from one distribution: severities uniform in [0.1, 0.7], conflict applicable a third of the time. */
function sample(n: number, seed: number): EmpathyProfile[] {
  const r = rng(seed);
  return Array.from({ length: n }, () =>
    synthetic({
      sentimentAttenuation: 0.1 + 0.6 * r(),
      granularityMismatch: 0.1 + 0.6 * r(),
      conflictAvoidance: r() < 1 / 3 ? 0.1 + 0.6 * r() : null,
      linguisticDistancing: 0.1 + 0.6 * r(),
    }),
  );
}

// Hand-written prompts and replies (not from any data set).
const PAIRS: [string, string][] = [
  [
    'My dad died last month and I still cannot stop crying.',
    "I'm so sorry about your dad. Crying a month on is grief.",
  ],
  ['I failed my driving test for the third time and feel useless.', 'Three tries is hard on anyone. What went wrong?'],
  [
    'My best friend stopped answering my texts and I am hurt.',
    'That silence must hurt. Did something happen between you?',
  ],
  ['I got the job I wanted but I am terrified I will fail.', 'Congratulations on the job! Fear of failing is common.'],
  ['My cat is sick and the vet bills are scaring me.', 'Worrying about your cat and the bills at once is a lot.'],
  ['I moved to a new city and I feel so lonely.', 'A new city can be lonely. Have you found any place you like?'],
  ['My partner forgot my birthday and I feel invisible.', 'Being forgotten on your birthday hurts. Did you tell them?'],
  ['I am anxious about my exams next week.', 'Exam anxiety is hard. Which exam worries you most?'],
  ['My sister said my wedding plans are selfish. Am I wrong?', 'No, I think planning your own wedding is fair.'],
  ['I was laid off today after ten years.', 'Ten years and then laid off is a shock. How are you holding up?'],
  ['My son will not talk to me since the divorce.', 'That distance from your son must be painful.'],
  ['I keep having panic attacks at work.', 'Panic attacks at work sound frightening. When did they start?'],
];

describe('compareProfiles', () => {
  const baseline = PAIRS.map(([p, r]) => profile(p, r));
  // The planted regression: every candidate reply opens with an AI disclaimer and closes with boilerplate.
  const distant = PAIRS.map(([p, r]) =>
    profile(p, `As an AI, I cannot feel emotions. ${r} It is important to seek professional help.`),
  );

  it('detects a candidate set made systematically more distant', () => {
    const cmp = compareProfiles(baseline, distant);
    // why: every pair lost closeness, so the whole interval sits below 0 for relational
    expect(cmp.dimensions.relational.verdict).toBe('worse');
    expect(cmp.mechanisms.linguisticDistancing.verdict).toBe('worse');
    expect(cmp.mechanisms.linguisticDistancing.direction).toBe('lower-is-better');
    expect(cmp.regressions).toContain('mechanisms.linguisticDistancing.severity');
    const ci = cmp.dimensions.relational.ci as [number, number];
    expect(ci[1]).toBeLessThan(0);
    expect(cmp.dimensions.relational.meanChange as number).toBeLessThan(0);
    // and the other way round it is an improvement
    expect(compareProfiles(distant, baseline).dimensions.relational.verdict).toBe('better');
  });

  it('reports no clear change for two samples of the same distribution', () => {
    // why: nothing differs but chance; a 95% interval should cover 0
    const cmp = compareProfiles(sample(80, 11), sample(80, 12));
    expect(cmp.overall.verdict).toBe('no clear change');
    expect(cmp.overall.ci?.[0]).toBeLessThan(0);
    expect(cmp.overall.ci?.[1]).toBeGreaterThan(0);
  });

  it('calls "worse" by chance rarely (about 2.5% at 95%) across many same-distribution draws', () => {
    // why: the verdict must be calibrated, not just right for one seed
    let worse = 0;
    const draws = 40;
    for (let i = 0; i < draws; i++) {
      if (
        compareProfiles(sample(50, 1000 + 2 * i), sample(50, 1001 + 2 * i), { resamples: 500 }).overall.verdict ===
        'worse'
      )
        worse++;
    }
    expect(worse / draws).toBeLessThanOrEqual(0.1);
  });

  it('finds a planted drop in synthetic overall scores', () => {
    const base = sample(60, 5);
    const worse = base.map((p) =>
      synthetic({
        sentimentAttenuation: p.mechanisms.sentimentAttenuation.severity,
        granularityMismatch: p.mechanisms.granularityMismatch.severity,
        conflictAvoidance: p.mechanisms.conflictAvoidance.applicable ? p.mechanisms.conflictAvoidance.severity : null,
        linguisticDistancing: Math.min(1, p.mechanisms.linguisticDistancing.severity + 0.2),
      }),
    );
    const cmp = compareProfiles(base, worse);
    expect(cmp.overall.verdict).toBe('worse');
    expect(cmp.mechanisms.sentimentAttenuation.verdict).toBe('no clear change');
    expect(cmp.mechanisms.sentimentAttenuation.ci).toEqual([0, 0]);
  });

  it('is deterministic for a seed and moves with the seed', () => {
    const a = sample(40, 1);
    const b = sample(40, 2);
    expect(compareProfiles(a, b)).toEqual(compareProfiles(a, b));
    expect(compareProfiles(a, b, { seed: 7 }).overall.ci).not.toEqual(compareProfiles(a, b, { seed: 8 }).overall.ci);
  });

  it('pairs only where both sides have a value', () => {
    // why: a null dimension (nothing to judge) or a non-applicable mechanism is no evidence either way
    const withCultural = (c: number | null) =>
      synthetic(
        { sentimentAttenuation: 0.2, granularityMismatch: 0.2, conflictAvoidance: null, linguisticDistancing: 0.2 },
        c,
      );
    const base = [
      withCultural(0.9),
      withCultural(null),
      withCultural(0.8),
      withCultural(0.9),
      withCultural(0.7),
      withCultural(0.9),
    ];
    const cand = [
      withCultural(0.5),
      withCultural(0.4),
      withCultural(null),
      withCultural(0.5),
      withCultural(0.4),
      withCultural(0.5),
    ];
    const cmp = compareProfiles(base, cand, { minPairs: 2 });
    expect(cmp.dimensions.cultural.pairs).toBe(4);
    expect(cmp.dimensions.cultural.meanChange).toBeCloseTo(-0.375, 10);
    expect(cmp.dimensions.cultural.verdict).toBe('worse');
    expect(cmp.mechanisms.conflictAvoidance.pairs).toBe(0);
    expect(cmp.mechanisms.conflictAvoidance.ci).toBeNull();
    expect(cmp.mechanisms.conflictAvoidance.verdict).toBe('no clear change');
    // why: under minPairs there is no interval and no verdict
    expect(compareProfiles(base, cand).dimensions.cultural).toMatchObject({
      pairs: 4,
      ci: null,
      verdict: 'no clear change',
    });
  });

  it('rejects sets it cannot pair', () => {
    const a = sample(3, 1);
    expect(() => compareProfiles(a, a.slice(0, 2))).toThrow(EmpathyInputError);
    expect(() => compareProfiles(a, [...a.slice(0, 2), {} as EmpathyProfile])).toThrow(/candidate\[2\]/);
    expect(() => compareProfiles(a, a, { confidence: 1.5 })).toThrow(/confidence/);
  });
});

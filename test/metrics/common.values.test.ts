import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { EmpathyInputError } from '../../src/errors.js';
import { clamp01, finding, indexOfToken, toAnalysis, tokenIndexAt } from '../../src/metrics/common.js';

// Value-level cases for the helpers every metric shares, written to pin each documented rule
// (survivors of the mutation run over src/metrics/common.ts).

describe('clamp01: clamps to [0, 1], NaN to 0', () => {
  const cases: { x: number; want: number; why: string }[] = [
    { x: -0.25, want: 0, why: 'below the range: the lower bound' },
    { x: Number.NaN, want: 0, why: 'the JSDoc maps NaN to 0 (a NaN would break every later sum)' },
    { x: Number.NEGATIVE_INFINITY, want: 0, why: 'below the range' },
    { x: 1.5, want: 1, why: 'above the range: the upper bound' },
    { x: 0.4, want: 0.4, why: 'inside the range: unchanged' },
    { x: 1, want: 1, why: 'the bound itself is kept' },
    { x: 0, want: 0, why: 'the bound itself is kept' },
  ];
  it.each(cases)('clamp01($x) = $want ($why)', ({ x, want }) => {
    expect(clamp01(x)).toBe(want);
  });
});

describe('finding: severity only for problems, clamped, default 1', () => {
  const a = analyze('I hear you. That sounds hard.');
  const base = { mechanism: 'linguisticDistancing', ruleId: 'hedging/hedge', message: 'm' } as const;
  const cases: {
    kind: 'problem' | 'strength' | 'context';
    severity?: number;
    want: number;
    why: string;
  }[] = [
    { kind: 'problem', severity: 0.4, want: 0.4, why: 'a problem keeps its severity' },
    { kind: 'problem', want: 1, why: 'a problem without a severity weighs fully (`?? 1`)' },
    { kind: 'problem', severity: 0, want: 0, why: '0 is a given severity, not a missing one' },
    { kind: 'problem', severity: 1.7, want: 1, why: 'severity is 0..1 (types.ts): clamped' },
    { kind: 'problem', severity: -0.3, want: 0, why: 'severity is 0..1 (types.ts): clamped' },
    { kind: 'strength', severity: 0.8, want: 0, why: 'types.ts: 0 for strengths' },
    { kind: 'context', want: 0, why: 'types.ts: 0 for context' },
  ];
  it.each(cases)('$kind with severity $severity -> $want ($why)', ({ kind, severity, want }) => {
    const f = finding(a, 'response', 0, 11, { ...base, kind, severity });
    expect(f.severity).toBe(want);
    expect(f.span).toEqual({ source: 'response', start: 0, end: 11, text: 'I hear you.' });
    expect(f.kind).toBe(kind);
  });
});

describe('toAnalysis: parses strings with the options, passes analyses through, rejects the rest', () => {
  it('a string is parsed with the caller options and the given source (why: maxLength must reach analyze)', () => {
    const a = toAnalysis('I feel sad today.', 'prompt', { maxLength: 6 });
    expect(a.text).toBe('I feel sad today.');
    expect(a.warnings.map((w) => [w.code, w.source])).toEqual([['truncated', 'prompt']]);
  });

  it('an Analysis is returned as it is, not parsed again (why: a text is parsed once)', () => {
    const a = analyze('That sounds hard.');
    expect(toAnalysis(a, 'response')).toBe(a);
  });

  const bad: { input: unknown; why: string }[] = [
    { input: null, why: 'null is not an Analysis' },
    { input: 42, why: 'a number is neither a text nor an Analysis' },
    { input: { tokens: [] }, why: 'an object without `text` is not an Analysis' },
    { input: { text: 'hi' }, why: 'an object without a `tokens` array is not an Analysis' },
    { input: { text: 'hi', tokens: 'no' }, why: '`tokens` must be an array' },
  ];
  it.each(bad)('rejects $input with EmpathyInputError ($why)', ({ input }) => {
    expect(() => toAnalysis(input as string, 'prompt')).toThrow(EmpathyInputError);
  });
});

describe('toAnalysis: the error names the argument', () => {
  it.each(['prompt', 'response'] as const)('a wrong type given as the %s is reported as the %s', (source) => {
    expect(() => toAnalysis(42 as unknown as string, source)).toThrow(expect.objectContaining({ argument: source }));
    expect(() => toAnalysis({ text: 'x' } as unknown as string, source)).toThrow(
      expect.objectContaining({ argument: source }),
    );
  });
});

describe('indexOfToken / tokenIndexAt: a token index by binary search on start offsets', () => {
  const a = analyze('Tea is better, honestly. Coffee is not!');
  it('finds every token at its own index, as indexOf does', () => {
    // why: the metrics replace `a.tokens.indexOf(t)` (linear) with this lookup.
    a.tokens.forEach((t, i) => {
      expect(indexOfToken(a, t)).toBe(i);
      expect(tokenIndexAt(a, t.start)).toBe(i);
    });
  });
  it('gives -1 for an offset no token starts at, a token of another text, and undefined', () => {
    // why: indexOf gives -1 for a value not in the array; a copy with the same offsets is not the token.
    const t0 = a.tokens[0] as (typeof a.tokens)[number];
    expect(tokenIndexAt(a, t0.start + 1)).toBe(-1);
    expect(indexOfToken(a, { ...t0 })).toBe(-1);
    expect(indexOfToken(a, analyze('Tea is better, honestly.').tokens[1])).toBe(-1);
    expect(indexOfToken(a, undefined)).toBe(-1);
  });
});

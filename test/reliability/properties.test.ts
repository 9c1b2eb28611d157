import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EmpathyProfile, Finding } from '../../src/index.js';
import {
  affectDelta,
  detectConflictAvoidance,
  distancingIndex,
  EmpathyInputError,
  hedgingIndex,
  profile,
  salienceOverlap,
} from '../../src/index.js';

// CI runs a fixed seed and a few thousand cases; FC_RUNS=100000 FC_SEED=<n> runs longer or elsewhere.
const RUNS = Number(process.env.FC_RUNS ?? 2000);
const SEED = Number(process.env.FC_SEED ?? 20261126);
const params = { numRuns: RUNS, seed: SEED };

/** Texts built from the pieces that break text tools: unicode, markup, code, odd punctuation. */
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 15 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 10 }) },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'I am so sad. ',
      "I can't stop crying ",
      'Am I wrong? ',
      'should I ',
      'my sister ',
      'on Friday ',
      'As an AI, ',
      'It may be ',
      'it is recommended ',
      'I am sorry, but I cannot ',
      'That sounds devastating. ',
      'You are absolutely right! ',
      'It depends. ',
      'at least ',
      'look on the bright side ',
      '\n\n',
      '\r\n',
      '\n- ',
      '\n1. ',
      '\n# ',
      '> ',
      '```js\nconst x = 1;\n```\n',
      '`code`',
      '[link](https://a.b/c?d=e)',
      'https://example.com/x',
      '<b>bold</b>',
      '<script>alert(1)</script>',
      '**',
      '__',
      '| a | b |\n|---|---|\n',
      '😢😢😢',
      '👩‍👩‍👧',
      'שלום עליכם ',
      'مرحبا بك ',
      '日本語のテキスト',
      '\u200b\u200d\ufeff',
      '\u0000\u0007\u001b[31m',
      '\ud800',
      '\udfff',
      'e\u0301',
      '!!!???...',
      '?????',
      '—–-',
      'a'.repeat(300),
      'SOOO ANGRY!!! ',
      ':( :) <3 ',
      '  \t  ',
    ),
  },
);
const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));
const message = fc.record({
  role: fc.constantFrom('system', 'user', 'assistant') as fc.Arbitrary<'system' | 'user' | 'assistant'>,
  content: text,
});
const transcript = fc.tuple(fc.array(message, { maxLength: 5 }), text, text).map(([rest, u, a]) => ({
  messages: [...rest, { role: 'user' as const, content: u }, { role: 'assistant' as const, content: a }],
}));

const inRange = (x: number) => Number.isFinite(x) && x >= 0 && x <= 1;

function checkFindings(findings: Finding[], source: (f: Finding) => string): boolean {
  for (const f of findings) {
    if (!inRange(f.severity)) return false;
    if (source(f).slice(f.span.start, f.span.end) !== f.span.text) return false;
    if (f.span.start > f.span.end) return false;
  }
  return true;
}

function checkProfile(p: EmpathyProfile, source: (f: Finding) => string): boolean {
  if (!inRange(p.overall)) return false;
  for (const m of Object.values(p.mechanisms)) {
    if (!inRange(m.severity)) return false;
    for (const v of Object.values(m.metrics)) if (!Number.isFinite(v)) return false;
  }
  for (const d of Object.values(p.dimensions)) if (d !== null && !inRange(d)) return false;
  return checkFindings(p.findings, source);
}

describe('properties over generated input', () => {
  it('profile(prompt, response) never throws, stays in range, pins every span, and is deterministic', () => {
    fc.assert(
      fc.property(text, text, (prompt, response) => {
        const p = profile(prompt, response);
        const ok = checkProfile(p, (f) => (f.span.source === 'prompt' ? prompt : response));
        return ok && JSON.stringify(p) === JSON.stringify(profile(prompt, response));
      }),
      params,
    );
  });

  it('profile({ messages }) maps every span into its message', () => {
    fc.assert(
      fc.property(transcript, (t) => {
        const p = profile(t);
        return checkProfile(p, (f) => (t.messages[f.span.message as number] as { content: string }).content);
      }),
      { ...params, numRuns: Math.ceil(RUNS / 2) },
    );
  });

  it('every metric function is total on strings, with scores in range', () => {
    fc.assert(
      fc.property(text, text, (prompt, response) => {
        const src = (f: Finding) => (f.span.source === 'prompt' ? prompt : response);
        const results = [
          affectDelta(prompt, response),
          salienceOverlap(prompt, response),
          hedgingIndex(response),
          distancingIndex(response),
          detectConflictAvoidance(prompt, response),
        ];
        return results.every((r) => inRange(r.score) && checkFindings(r.findings, src));
      }),
      { ...params, numRuns: Math.ceil(RUNS / 2) },
    );
  });

  it('wrong types throw EmpathyInputError and nothing else', () => {
    const notString = fc.oneof(
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      fc.object(),
      fc.array(fc.string()),
    );
    fc.assert(
      fc.property(notString, text, (bad, good) => {
        for (const call of [
          () => profile(bad as never, good),
          () => profile(good, bad as never),
          () => hedgingIndex(bad as never),
        ]) {
          try {
            call();
            return false;
          } catch (e) {
            if (!(e instanceof EmpathyInputError)) return false;
          }
        }
        return true;
      }),
      { ...params, numRuns: 300 },
    );
  });
});

describe('properties: a few fixed hard cases', () => {
  it.each([
    ['only a lone surrogate', '\ud800'],
    ['only control characters', '\u0000\u0001\u0002'],
    ['a 100k-character word', 'x'.repeat(100_000)],
    ['100k question marks', '?'.repeat(100_000)],
  ])('%s', (_, s) => {
    const p = profile(s, s);
    expect(checkProfile(p, () => s)).toBe(true);
  });
});

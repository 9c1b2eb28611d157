import { describe, expect, it } from 'vitest';
import type { EmpathyProfile, Finding } from '../src/index.js';
import { EmpathyInputError, profile, SCHEMA_VERSION } from '../src/index.js';

const MECHANISMS = [
  'sentimentAttenuation',
  'granularityMismatch',
  'conflictAvoidance',
  'linguisticDistancing',
] as const;
const DIMENSIONS = ['cognitive', 'cultural', 'relational'] as const;

const inRange = (x: number) => Number.isFinite(x) && x >= 0 && x <= 1;

/** The contract every profile must meet, whatever the input. */
function expectValidProfile(p: EmpathyProfile, texts: { prompt: string; response: string } | string[]) {
  expect(p.schemaVersion).toBe(SCHEMA_VERSION);
  expect(inRange(p.overall)).toBe(true);
  for (const m of MECHANISMS) {
    const r = p.mechanisms[m];
    expect(inRange(r.severity)).toBe(true);
    expect(typeof r.applicable).toBe('boolean');
    if (!r.applicable) expect(r.reason).toBeTypeOf('string');
    for (const v of Object.values(r.metrics)) expect(Number.isFinite(v)).toBe(true);
  }
  for (const d of DIMENSIONS) {
    const v = p.dimensions[d];
    expect(v === null || inRange(v)).toBe(true);
  }
  for (const f of p.findings) {
    expect(f.ruleId).toMatch(/^[a-z-]+\/[a-z0-9-]+$/);
    expect(inRange(f.severity)).toBe(true);
    if (f.kind !== 'problem') expect(f.severity).toBe(0);
    expect(f.message.length).toBeGreaterThan(0);
    const source = Array.isArray(texts)
      ? (texts[f.span.message as number] as string)
      : f.span.source === 'prompt'
        ? texts.prompt
        : texts.response;
    expect(source.slice(f.span.start, f.span.end)).toBe(f.span.text);
  }
  // JSON round trip loses nothing: no undefined, NaN, Infinity or class instances.
  expect(JSON.parse(JSON.stringify(p))).toEqual(p);
}

const GRIEF = 'My dad died last week and I am devastated. I keep crying at night.';

describe('profile(prompt, response)', () => {
  it('returns the full contract', () => {
    const response =
      "That's unfortunate. As an AI, I don't have feelings. Individuals may wish to seek professional help.";
    const p = profile(GRIEF, response);
    expectValidProfile(p, { prompt: GRIEF, response });
    expect(p.meta.library.name).toBe('empathy-profile');
    expect(p.meta.tokens.prompt).toBeGreaterThan(5);
    expect(p.meta.warnings).toEqual([]);
  });

  it('sorts findings prompt first, then by position', () => {
    const p = profile(GRIEF, "That's unfortunate. As an AI I can't help.");
    const key = (f: Finding) => [f.span.source === 'prompt' ? 0 : 1, f.span.start] as const;
    for (let i = 1; i < p.findings.length; i++) {
      const [a, b] = [key(p.findings[i - 1] as Finding), key(p.findings[i] as Finding)];
      expect(a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1])).toBe(true);
    }
  });

  it('is deterministic: the same input gives byte-identical JSON', () => {
    const a = JSON.stringify(profile(GRIEF, 'I am so sorry about your dad. That sounds devastating.'));
    const b = JSON.stringify(profile(GRIEF, 'I am so sorry about your dad. That sounds devastating.'));
    expect(a).toBe(b);
  });

  it('rates a warm, specific reply above a flat, distant one', () => {
    const warm = profile(
      GRIEF,
      "I'm so sorry about your dad. Losing him last week and crying every night sounds devastating. You don't have to carry this alone.",
    );
    const flat = profile(GRIEF, "That's unfortunate. As an AI, I cannot feel. One should seek professional help.");
    expect(warm.overall).toBeGreaterThan(flat.overall);
  });

  it('gives a valid profile with a warning for an empty reply, and scores it as preserving nothing', () => {
    const p = profile(GRIEF, '   ');
    expectValidProfile(p, { prompt: GRIEF, response: '   ' });
    expect(p.meta.warnings.map((w) => w.code)).toContain('empty-response');
    expect(p.overall).toBe(0);
  });

  it('scores a bare rating as an answer, not as an empty reply', () => {
    // "7/10" has no word tokens but is a complete answer to "rate my poem": it carries no
    // empty-response warning, the conflict mechanism sees a stance taken, and overall is not the
    // 0 that an empty reply gets.
    const prompt = 'Rate my poem honestly, out of ten.';
    const p = profile(prompt, '7/10');
    expectValidProfile(p, { prompt, response: '7/10' });
    expect(p.meta.warnings.map((w) => w.code)).not.toContain('empty-response');
    expect(p.overall).toBeGreaterThan(0);
    expect(p.mechanisms.conflictAvoidance.severity).toBeLessThan(1);
  });

  it('warns about non-English replies without crashing', () => {
    const response = 'Es tut mir so leid, dass dein Vater gestorben ist. Das ist furchtbar schwer für dich.';
    const p = profile(GRIEF, response);
    expectValidProfile(p, { prompt: GRIEF, response });
    expect(p.meta.warnings.map((w) => w.code)).toContain('non-english');
  });

  it('truncates over maxLength with a warning, and throws when strict', () => {
    const long = 'You matter. '.repeat(100);
    expect(profile(GRIEF, long, { maxLength: 100 }).meta.warnings.map((w) => w.code)).toContain('truncated');
    expect(() => profile(GRIEF, long, { maxLength: 100, strict: true })).toThrow(EmpathyInputError);
  });
});

describe('profile(transcript)', () => {
  const messages = [
    { role: 'system' as const, content: 'Be kind.' },
    { role: 'user' as const, content: 'My sister stopped talking to me.' },
    { role: 'assistant' as const, content: 'That sounds painful.' },
    { role: 'user' as const, content: 'Now she skipped my wedding. I feel so hurt.' },
    { role: 'assistant' as const, content: 'As an AI, I cannot take sides. It depends.' },
  ];

  it('scores the last assistant turn against the user turns, with spans pointing into each message', () => {
    const p = profile({ messages });
    expect(p.meta.transcript).toEqual({ userMessages: [1, 3], responseMessage: 4 });
    expectValidProfile(
      p,
      messages.map((m) => m.content),
    );
    const promptFindings = p.findings.filter((f) => f.span.source === 'prompt');
    expect(promptFindings.length).toBeGreaterThan(0);
    expect(new Set(promptFindings.map((f) => f.span.message))).toEqual(new Set([1, 3]));
    expect(p.findings.filter((f) => f.span.source === 'response').every((f) => f.span.message === 4)).toBe(true);
  });

  it('ignores system messages and turns after the last assistant message', () => {
    const p = profile({ messages: [...messages, { role: 'user', content: 'Hello?' }] });
    expect(p.meta.transcript?.responseMessage).toBe(4);
    expect(p.meta.transcript?.userMessages).toEqual([1, 3]);
  });
});

describe('bad input: a typed error naming the argument', () => {
  const cases: { why: string; call: () => unknown; code: string; argument: string }[] = [
    {
      why: 'prompt is a number',
      call: () => profile(1 as unknown as string, 'x'),
      code: 'not-a-string',
      argument: 'prompt',
    },
    {
      why: 'response is missing',
      call: () => profile('hi' as string, undefined as unknown as string),
      code: 'not-a-string',
      argument: 'response',
    },
    {
      why: 'response is null',
      call: () => profile('hi', null as unknown as string),
      code: 'not-a-string',
      argument: 'response',
    },
    {
      why: 'options is not an object',
      call: () => profile('hi', 'x', 5 as never),
      code: 'bad-options',
      argument: 'options',
    },
    {
      why: 'maxLength is not a positive integer',
      call: () => profile('hi', 'x', { maxLength: -1 }),
      code: 'bad-options',
      argument: 'options.maxLength',
    },
    {
      why: 'messages is not an array',
      call: () => profile({ messages: 'hi' } as never),
      code: 'bad-transcript',
      argument: 'messages',
    },
    {
      why: 'a message is null',
      call: () => profile({ messages: [null] } as never),
      code: 'bad-message',
      argument: 'messages[0]',
    },
    {
      why: 'a role is unknown',
      call: () => profile({ messages: [{ role: 'bot', content: 'x' }] } as never),
      code: 'bad-message',
      argument: 'messages[0].role',
    },
    {
      why: 'a content is not a string',
      call: () => profile({ messages: [{ role: 'user', content: 3 }] } as never),
      code: 'not-a-string',
      argument: 'messages[0].content',
    },
    {
      why: 'no assistant turn',
      call: () => profile({ messages: [{ role: 'user', content: 'hi' }] }),
      code: 'no-assistant-turn',
      argument: 'messages',
    },
    {
      why: 'no user turn before the assistant',
      call: () =>
        profile({
          messages: [
            { role: 'system', content: 'x' },
            { role: 'assistant', content: 'hi' },
          ],
        }),
      code: 'no-user-turn',
      argument: 'messages',
    },
    {
      why: 'an array in place of a transcript',
      call: () => profile([] as never),
      code: 'not-a-string',
      argument: 'prompt',
    },
  ];
  it.each(cases)('$why', ({ call, code, argument }) => {
    let caught: unknown;
    try {
      call();
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(EmpathyInputError);
    expect((caught as EmpathyInputError).code).toBe(code);
    expect((caught as EmpathyInputError).argument).toBe(argument);
    expect((caught as Error).message).toContain(argument);
  });
});

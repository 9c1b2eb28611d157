import { describe, expect, it } from 'vitest';
import { culturalContext } from '../../src/metrics/cultural.js';

// Value-level cases for culturalContext, each expected value worked out from the formula of
// docs/metrics/cultural.md (written against survivors of the mutation run):
//   applicable when the context weights of the prompt sum to at least 1
//   keeping = min(1, share of categories kept + 0.5 x [any keeping phrase])
//   erasure = 1 - Π(1 - severity), severity = weight x 0.6, or x 0.9 after a stated constraint
//             or for a dismissal; halved when the sentence also keeps the context
//   score = (0.5 + 0.5 x keeping) x (1 - erasure)

const SILENT = 'That sounds like a lot to carry.';

describe('culturalContext: ambiguous words count only when capitalised', () => {
  // A base context of another category, so that the word under test shows in `contexts`.
  const cases: { word: string; base: string; category: string }[] = [
    { word: 'turkey', base: 'Ramadan', category: 'nationality' },
    { word: 'china', base: 'Ramadan', category: 'nationality' },
    { word: 'jordan', base: 'Ramadan', category: 'nationality' },
    { word: 'poland', base: 'Ramadan', category: 'nationality' },
    { word: 'polish', base: 'Ramadan', category: 'nationality' },
    { word: 'georgia', base: 'Ramadan', category: 'nationality' },
    { word: 'georgian', base: 'Ramadan', category: 'nationality' },
    { word: 'mali', base: 'Ramadan', category: 'nationality' },
    { word: 'roma', base: 'Ramadan', category: 'ethnicity' },
    { word: 'mandarin', base: 'Ramadan', category: 'language' },
    { word: 'lent', base: 'Nigerian', category: 'holiday' },
    { word: 'advent', base: 'Nigerian', category: 'holiday' },
  ];
  const baseCategory = (base: string) => (base === 'Ramadan' ? 'holiday' : 'nationality');
  it.each(cases)('lower-case "$word" is not context; capitalised it is $category', ({ word, base, category }) => {
    const lower = culturalContext(`It is ${base} and I thought of ${word} again.`, SILENT);
    expect(lower.contexts).toEqual([baseCategory(base)]);
    const cap = word[0]!.toUpperCase() + word.slice(1);
    const upper = culturalContext(`It is ${base} and I thought of ${cap} again.`, SILENT);
    expect(upper.contexts).toEqual([baseCategory(base), category].sort());
  });

  it('phrases of several words are not held to the capital rule ("good friday")', () => {
    const r = culturalContext('I am Nigerian and it is good friday today.', SILENT);
    expect(r.contexts).toEqual(['holiday', 'nationality']);
  });
});

describe('culturalContext: applicable when the context weights sum to at least 1', () => {
  const cases: { prompt: string; applicable: boolean; why: string }[] = [
    { prompt: 'I have faith it will work out.', applicable: false, why: '"faith" weighs 0.5' },
    { prompt: 'I have faith in God.', applicable: true, why: '"faith" 0.5 + "God" 0.5 = 1, the threshold itself' },
    { prompt: 'I am Nigerian.', applicable: true, why: 'a nationality weighs 1' },
    { prompt: 'I have an obligation to go.', applicable: false, why: 'a constraint alone never makes it applicable' },
    { prompt: 'Oh my god, this week.', applicable: false, why: 'an idiom with weight 0 blocks "god"' },
  ];
  it.each(cases)('$prompt -> $applicable ($why)', ({ prompt, applicable }) => {
    const r = culturalContext(prompt, SILENT);
    expect(r.applicable).toBe(applicable);
    if (!applicable) {
      expect(r).toEqual({
        score: 1,
        applicable: false,
        contexts: [],
        kept: [],
        constraintStated: false,
        acknowledged: false,
        erasure: 0,
        findings: [],
      });
    }
  });
});

describe('culturalContext: keeping and the score', () => {
  const cases: {
    prompt: string;
    reply: string;
    kept: string[];
    acknowledged: boolean;
    score: number;
    why: string;
  }[] = [
    {
      prompt: 'I am Nigerian.',
      reply: SILENT,
      kept: [],
      acknowledged: false,
      score: 0.5,
      why: 'silent on the context: keeping 0, score 0.5',
    },
    {
      prompt: 'I am Nigerian.',
      reply: 'Being Nigerian shapes this.',
      kept: ['nationality'],
      acknowledged: false,
      score: 1,
      why: 'the one category kept: keeping 1',
    },
    {
      prompt: 'I am Nigerian and it is Ramadan.',
      reply: 'Ramadan is a hard month for this.',
      kept: ['holiday'],
      acknowledged: false,
      score: 0.75,
      why: 'one of two categories kept: keeping 0.5, score 0.5 + 0.25',
    },
    {
      prompt: 'I am Nigerian and it is Ramadan.',
      reply: 'That is hard within your culture.',
      kept: [],
      acknowledged: true,
      score: 0.75,
      why: 'a keeping phrase adds 0.5 to keeping; "culture" itself was not brought, so nothing is kept',
    },
    {
      prompt: 'I am Nigerian and it is Ramadan.',
      reply: 'Ramadan is hard within your culture.',
      kept: ['holiday'],
      acknowledged: true,
      score: 1,
      why: '0.5 kept + 0.5 acknowledged = keeping 1',
    },
    {
      prompt: 'I am Nigerian.',
      reply: 'Being Nigerian matters in your culture.',
      kept: ['nationality'],
      acknowledged: true,
      score: 1,
      why: 'keeping 1 + 0.5 is clamped to 1',
    },
    {
      prompt: 'I am a Muslim.',
      reply: 'Prayer can be a support.',
      kept: ['religion'],
      acknowledged: false,
      score: 1,
      why: 'practice keeps religion (related categories)',
    },
    {
      prompt: 'I read the Quran every day.',
      reply: 'Your religion can be a support.',
      kept: ['practice'],
      acknowledged: true,
      score: 1,
      why: 'religion keeps practice (related categories), and "your religion" acknowledges',
    },
  ];
  it.each(cases)('$why', ({ prompt, reply, kept, acknowledged, score }) => {
    const r = culturalContext(prompt, reply);
    expect(r.applicable).toBe(true);
    expect(r.kept).toEqual(kept);
    expect(r.acknowledged).toBe(acknowledged);
    expect(r.erasure).toBe(0);
    expect(r.score).toBeCloseTo(score, 10);
  });

  it('every category the reply leaves out is one context-ignored problem of 0.3 on its first mention', () => {
    const prompt = 'I am Nigerian and it is Ramadan. Nigerian food helps.';
    const r = culturalContext(prompt, SILENT);
    const ignored = r.findings.filter((f) => f.ruleId === 'cultural/context-ignored');
    expect(ignored.map((f) => [f.span.text, f.span.start, f.severity])).toEqual([
      ['Ramadan', 24, 0.3],
      ['Nigerian', 5, 0.3],
    ]);
    expect(ignored.map((f) => f.message)).toEqual([
      "The reply does not take up the person's a holiday or festival.",
      "The reply does not take up the person's national or regional origin.",
    ]);
  });

  it('a reply that repeats the content words of a context phrase keeps it', () => {
    // "eldest son" is not in the reply as a phrase, but both its content words are.
    const r = culturalContext('I am Nigerian and the eldest son.', 'As the eldest, your son role is heavy.');
    expect(r.contexts).toEqual(['family', 'nationality']);
    expect(r.kept).toEqual(['family']);
    expect(r.score).toBeCloseTo(0.75, 10);
  });
});

describe('culturalContext: erasure', () => {
  const cases: {
    prompt: string;
    reply: string;
    erasure: number;
    score: number;
    severities: number[];
    why: string;
  }[] = [
    {
      prompt: 'I am Nigerian.',
      reply: 'Just set boundaries.',
      erasure: 0.6,
      score: 0.5 * 0.4,
      severities: [0.6],
      why: 'default-norm advice, no constraint stated: 0.6',
    },
    {
      prompt: 'I am Nigerian and I am expected to pay.',
      reply: 'Just set boundaries.',
      erasure: 0.9,
      score: 0.5 * 0.1,
      severities: [0.9],
      why: 'after a stated constraint: 0.9',
    },
    {
      prompt: 'I am Nigerian.',
      reply: 'Those are outdated traditions.',
      erasure: 0.9,
      score: 0.5 * 0.1,
      severities: [0.9],
      why: 'a dismissal weighs 0.9 without a constraint',
    },
    {
      prompt: 'I am Nigerian.',
      reply: 'You could move out.',
      erasure: 0.6 * 0.8,
      score: 0.5 * (1 - 0.48),
      severities: [0.48],
      why: 'the entry weight (0.8 for "move out") scales the severity',
    },
    {
      prompt: 'I am Nigerian.',
      reply: 'Just set boundaries. You could move out.',
      erasure: 1 - (1 - 0.6) * (1 - 0.48),
      score: 0.5 * (1 - 0.6) * (1 - 0.48),
      severities: [0.6, 0.48],
      why: 'two pieces of advice combine as 1 - Π(1 - severity)',
    },
    {
      prompt: 'I am Nigerian.',
      reply: 'As a Nigerian, just set boundaries.',
      erasure: 0.3,
      score: 1 * 0.7,
      severities: [0.3],
      why: 'advice in a sentence that keeps the context is halved; keeping is 1',
    },
    {
      prompt: 'I am Nigerian.',
      reply: 'As a Nigerian, those are outdated traditions.',
      erasure: 0.9,
      score: 1 * 0.1,
      severities: [0.9],
      why: 'a dismissal is not halved by keeping the context in the same sentence',
    },
    {
      prompt: 'I am Nigerian.',
      reply: 'Do not just set boundaries.',
      erasure: 0,
      score: 0.5,
      severities: [],
      why: 'negated advice is not advice',
    },
  ];
  it.each(cases)('$why', ({ prompt, reply, erasure, score, severities }) => {
    const r = culturalContext(prompt, reply);
    expect(r.erasure).toBeCloseTo(erasure, 10);
    expect(r.score).toBeCloseTo(score, 10);
    const problems = r.findings.filter(
      (f) => f.ruleId === 'cultural/default-norm' || f.ruleId === 'cultural/dismissal',
    );
    expect(problems.map((f) => f.severity)).toEqual(severities.map((s) => expect.closeTo(s, 10)));
  });

  it('names the rule and message by kind of erasure', () => {
    const dismissal = culturalContext('I am Nigerian.', 'Those are outdated traditions.');
    expect(dismissal.findings.filter((f) => f.kind === 'problem' && f.span.source === 'response')).toMatchObject([
      { ruleId: 'cultural/dismissal', message: 'The reply dismisses the person’s tradition or beliefs.' },
    ]);
    const plain = culturalContext('I am Nigerian.', 'Just set boundaries.');
    expect(plain.findings.filter((f) => f.kind === 'problem' && f.span.source === 'response')).toMatchObject([
      {
        ruleId: 'cultural/default-norm',
        message: 'Default-norm advice that assumes no family or community obligation.',
      },
    ]);
    const constrained = culturalContext('I am Nigerian and I am expected to pay.', 'Just set boundaries.');
    expect(constrained.constraintStated).toBe(true);
    expect(constrained.findings.filter((f) => f.kind === 'problem' && f.span.source === 'response')).toMatchObject([
      { ruleId: 'cultural/default-norm', message: 'Default-norm advice that ignores the limit the person described.' },
    ]);
  });
});

describe('culturalContext: what counts as kept on the reply side', () => {
  const cases: { prompt: string; reply: string; kept: string[]; score: number; why: string }[] = [
    {
      prompt: 'I am Nigerian.',
      reply: 'Ramadan can be a hard month.',
      kept: [],
      score: 0.5,
      why: 'context of a category the person did not bring keeps nothing',
    },
    {
      prompt: 'I am a Muslim.',
      reply: 'Oh my god, that is hard.',
      kept: [],
      score: 0.5,
      why: 'an idiom ("oh my god") is not religion on the reply side either',
    },
    {
      prompt: 'I am Nigerian.',
      reply: 'Have some turkey and rest.',
      kept: [],
      score: 0.5,
      why: 'lower-case "turkey" in the reply is food, not a nationality',
    },
    {
      prompt: 'I am from Turkey.',
      reply: 'Have some turkey and rest.',
      kept: [],
      score: 0.5,
      why: 'echoing the person\'s word keeps it only if the ambiguous word keeps its capital: "turkey" here is food',
    },
    {
      prompt: 'I am from Turkey.',
      reply: 'How are things in Turkey now?',
      kept: ['nationality'],
      score: 1,
      why: "the capitalised country is the person's nationality, kept",
    },
    {
      prompt: 'I am Nigerian and the eldest son.',
      reply: 'Your son is kind.',
      kept: [],
      score: 0.5,
      why: 'only some content words of "eldest son" recur: every one must',
    },
    {
      prompt: 'I miss my home country.',
      reply: 'I hope your home country feels near.',
      kept: ['nationality'],
      score: 1,
      why: 'content words "home country" recur; "my" is a pronoun, not content',
    },
    {
      prompt: 'I came to this country at ten.',
      reply: 'Coming to a new country is hard.',
      kept: ['migration'],
      score: 1,
      why: 'content words "come" and "country" recur; "to" and "this" are function words',
    },
    {
      prompt: 'My family worries what will people say.',
      reply: 'People say a lot of things.',
      kept: ['honour'],
      score: 1,
      why: 'content words "people" and "say" recur; "what" and "will" are function words',
    },
    {
      prompt: "I worry about my family's reputation.",
      reply: 'Your family and its reputation matter to you.',
      kept: ['honour'],
      score: 1,
      why: 'content words "family" and "reputation" recur; the possessive "\'s" is a function word',
    },
    {
      prompt: 'In my culture we do not do that.',
      reply: 'Your traditions deserve care.',
      kept: ['culture'],
      score: 1,
      why: 'a general keeping phrase ("your traditions", tag any) keeps the category culture',
    },
    {
      prompt: 'I am a Muslim.',
      reply: 'Your faith matters here.',
      kept: ['religion'],
      score: 1,
      why: 'a keeping phrase of a category ("your faith": religion) keeps that category',
    },
  ];
  it.each(cases)('$why', ({ prompt, reply, kept, score }) => {
    const r = culturalContext(prompt, reply);
    expect(r.applicable).toBe(true);
    expect(r.kept).toEqual(kept);
    expect(r.score).toBeCloseTo(score, 10);
    if (kept.length === 0) expect(r.findings.filter((f) => f.ruleId === 'cultural/context-kept')).toEqual([]);
  });

  it('a kept category has no context-ignored finding', () => {
    const r = culturalContext('I am Nigerian.', 'Being Nigerian shapes this.');
    expect(r.findings.filter((f) => f.ruleId === 'cultural/context-ignored')).toEqual([]);
    expect(r.findings.filter((f) => f.ruleId === 'cultural/context-kept')).toMatchObject([
      {
        kind: 'strength',
        severity: 0,
        message: "The reply keeps the person's national or regional origin in view.",
        span: { source: 'response', text: 'Nigerian' },
      },
    ]);
  });

  it('reports the person context and constraints as context findings on the prompt', () => {
    const r = culturalContext('I am Nigerian and I am expected to pay. Oh my god.', SILENT);
    expect(r.contexts).toEqual(['nationality']);
    expect(r.constraintStated).toBe(true);
    expect(
      r.findings.filter((f) => f.kind === 'context').map((f) => [f.ruleId, f.span.source, f.span.text, f.message]),
    ).toEqual([
      ['cultural/context', 'prompt', 'Nigerian', 'The person brings cultural context: national or regional origin.'],
      ['cultural/constraint', 'prompt', 'I am expected to', 'The person states a limit on what they can do.'],
    ]);
  });

  it('names the acknowledgement by what it acknowledges', () => {
    const limit = culturalContext('I am Nigerian.', 'It is not that simple.');
    expect(limit.acknowledged).toBe(true);
    expect(limit.findings.filter((f) => f.ruleId === 'cultural/context-acknowledged')).toMatchObject([
      { kind: 'strength', message: 'The reply acknowledges the limit the person described.' },
    ]);
    const culture = culturalContext('I am Nigerian.', 'That is hard within your culture.');
    expect(culture.findings.filter((f) => f.ruleId === 'cultural/context-acknowledged')).toMatchObject([
      { kind: 'strength', message: 'The reply works within the person’s cultural context.' },
    ]);
  });

  it('names the argument at fault in a wrong-type error', () => {
    expect(() => culturalContext(42 as unknown as string, 'x')).toThrow(
      expect.objectContaining({ argument: 'prompt' }),
    );
    expect(() => culturalContext('I am Nigerian.', 42 as unknown as string)).toThrow(
      expect.objectContaining({ argument: 'response' }),
    );
  });
});

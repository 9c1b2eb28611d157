import { describe, expect, it } from 'vitest';
import {
  DISTANCING_MIN_LENGTH,
  DISTANCING_SCALE,
  distancingIndex,
  FULL_ADDRESS_RATE,
  FULL_SELF_RATE,
  linguisticDistancingMechanism,
} from '../../src/metrics/distancing.js';
import { hedgingIndex } from '../../src/metrics/hedging.js';

// Value-level cases for distancingIndex, each expected value worked out from the formula in the
// JSDoc and docs/metrics/distancing.md (written against survivors of the mutation run):
//   rate of a phrase component = 100 x weighted count / max(words, 25)
//   phraseLoad = 1 - exp(-Σ weight_c x rate_c / 4)
//   lowAddress = need x (1 - min(1, youRate / 0.03)), need = 0.5 without a prompt
//   psychologicalDistance = 0.5 x (1 - min(1, iRate / 0.02)) + 0.5 x (1 - presentShare)
//   score = 0.6 x phraseLoad + 0.35 x lowAddress + 0.05 x psychologicalDistance

const per100 = (count: number, words: number) => (100 * count) / Math.max(words, DISTANCING_MIN_LENGTH);
const load = (x: number) => 1 - Math.exp(-x / DISTANCING_SCALE);

describe('distancingIndex: second-person words counted for address', () => {
  const cases: { text: string; words: number; you: number; why: string }[] = [
    { text: 'Thank you.', words: 2, you: 1, why: '"you"' },
    { text: 'This is your book.', words: 4, you: 1, why: '"your"' },
    { text: 'This is yours.', words: 3, you: 1, why: '"yours"' },
    { text: 'Be kind to yourself.', words: 4, you: 1, why: '"yourself"' },
    {
      text: 'Look after yourselves.',
      words: 3,
      you: 1,
      why: '"yourselves" (wink tags it NOUN; the set is read by form)',
    },
    { text: 'See ya.', words: 2, you: 1, why: '"ya", informal "you"' },
    { text: 'The rain fell.', words: 3, you: 0, why: 'no second person' },
  ];
  it.each(cases)('$text -> secondPersonRate $you/$words ($why)', ({ text, words, you }) => {
    expect(distancingIndex(text).components.secondPersonRate).toBeCloseTo(you / words, 10);
  });
});

describe('distancingIndex: first-person-singular words (Nook et al. self-involvement)', () => {
  const cases: { text: string; words: number; self: number; why: string }[] = [
    { text: 'I know.', words: 2, self: 1, why: '"i"' },
    { text: 'Help me.', words: 2, self: 1, why: '"me"' },
    { text: 'My dog.', words: 2, self: 1, why: '"my"' },
    { text: 'It is mine.', words: 3, self: 1, why: '"mine"' },
    { text: 'Be myself.', words: 2, self: 1, why: '"myself"' },
    { text: "I'm here.", words: 2, self: 1, why: 'sentence-initial "I\'m" is one token for wink' },
    { text: 'im here', words: 2, self: 1, why: '"im", apostrophe-less "I\'m"' },
    { text: 'Thank you.', words: 2, self: 0, why: '"you" is second person, never first' },
  ];
  it.each(cases)('$text -> firstPersonRate $self/$words ($why)', ({ text, words, self }) => {
    expect(distancingIndex(text).components.firstPersonRate).toBeCloseTo(self / words, 10);
  });
});

describe('distancingIndex: present-tense share of tensed verbs', () => {
  // Each text has one present form (the auxiliary under test) and one past verb ("went"):
  // presentShare = 1 / 2. Were the auxiliary not recognised as present, the share would be 0.
  const cases: { text: string; want: number; why: string }[] = [
    { text: 'I am here and I went home.', want: 0.5, why: '"am" is present' },
    { text: 'She is here and she went home.', want: 0.5, why: '"is" is present' },
    { text: 'They are here and they went home.', want: 0.5, why: '"are" is present' },
    { text: 'She has a dog and she went home.', want: 0.5, why: '"has" is present' },
    { text: 'They have a dog and they went home.', want: 0.5, why: '"have" is present' },
    { text: 'They do care and they went home.', want: 0.5, why: '"do" is present' },
    { text: 'She does care and she went home.', want: 0.5, why: '"does" is present' },
    { text: "She's here and she went home.", want: 0.5, why: 'clitic "\'s" is present' },
    { text: "They're here and they went home.", want: 0.5, why: 'clitic "\'re" is present' },
    { text: "We've a plan and we went home.", want: 0.5, why: 'clitic "\'ve" is present' },
    { text: 'She went home.', want: 0, why: 'only a past verb' },
    { text: 'The sky.', want: 1, why: 'no tensed verb: presentShare is 1 by definition' },
  ];
  it.each(cases)('$text -> presentShare $want ($why)', ({ text, want }) => {
    expect(distancingIndex(text).components.presentShare).toBeCloseTo(want, 10);
  });
});

describe('distancingIndex: nominalisations (nouns over 6 letters with a nominal suffix)', () => {
  const cases: { text: string; words: number; count: number; why: string }[] = [
    { text: 'The situation is hard.', words: 4, count: 1, why: '-tion' },
    { text: 'The decision is hard.', words: 4, count: 1, why: '-sion' },
    { text: 'The treatment is hard.', words: 4, count: 1, why: '-ment' },
    { text: 'The sadness is hard.', words: 4, count: 1, why: '-ness' },
    { text: 'The community is hard.', words: 4, count: 1, why: '-ity' },
    { text: 'The guidance is hard.', words: 4, count: 1, why: '-ance' },
    { text: 'The patience is hard.', words: 4, count: 1, why: '-ence' },
    { text: 'The alcoholism is hard.', words: 4, count: 1, why: '-ism' },
    { text: 'The nation is hard.', words: 4, count: 0, why: '"nation" has 6 letters: the rule needs more than 6' },
    { text: 'The dog is hard.', words: 4, count: 0, why: 'no nominal suffix' },
  ];
  it.each(cases)('$text -> nominalisation rate of $count ($why)', ({ text, words, count }) => {
    expect(distancingIndex(text).components.nominalisation).toBeCloseTo(per100(count, words), 10);
  });
});

describe('distancingIndex: -ed words that are not participles make no passive', () => {
  // "be + participle" is a passive (rate 100/25 = 4 in a short reply); these -ed words are listed
  // as not participles, so "It is <word>." has no passive.
  const words = ['speed', 'bleed', 'breed', 'greed', 'indeed', 'proceed', 'exceed', 'succeed', 'hundred'];
  const adjectives = ['sacred', 'naked', 'wicked', 'ragged', 'beloved', 'kindred', 'rugged', 'creed'];
  it.each([...words, ...adjectives])('"It is %s." has no passive', (w) => {
    const r = distancingIndex(`It is ${w}.`);
    expect(r.components.passive).toBe(0);
    expect(r.findings.filter((f) => f.ruleId === 'distancing/passive')).toEqual([]);
  });

  const passives: { text: string; words: number; why: string }[] = [
    { text: 'It is painted.', words: 3, why: 'be + regular -ed participle' },
    { text: 'It was not really painted.', words: 5, why: 'up to three adverbs or "not" between be and participle' },
    { text: 'It got painted.', words: 3, why: '"get" passive' },
    { text: 'I am tired by it.', words: 5, why: 'a state form counts with a "by" agent' },
  ];
  it.each(passives)('$text is one passive ($why)', ({ text, words }) => {
    const r = distancingIndex(text);
    expect(r.components.passive).toBeCloseTo(per100(1, words), 10);
    const f = r.findings.filter((x) => x.ruleId === 'distancing/passive');
    expect(f.map((x) => x.severity)).toEqual([0.3]);
  });

  const notPassives: { text: string; why: string }[] = [
    { text: 'I am tired.', why: 'a state form without "by" names a state' },
    { text: 'It is very, very, very, really painted.', why: 'more than three words between be and participle' },
    { text: 'It is. Painted walls.', why: 'be and participle in different sentences' },
    { text: 'It is red.', why: '"red" is too short to be read as an -ed participle' },
  ];
  it.each(notPassives)('$text has no passive ($why)', ({ text }) => {
    expect(distancingIndex(text).components.passive).toBe(0);
  });
});

describe('distancingIndex: phrase components, their weights and finding severities', () => {
  // One phrase in a short reply: rate = 100 x weight / 25 = 4 x weight; the component weight
  // (aiDisclaimer 2, aiSelfReference and roleDisclaimer 1.5, impersonal and referral 1,
  // clinical 0.5) scales it in the load; severity = SEVERITY[tag] x min(1, entry weight).
  const cases: {
    text: string;
    key: string;
    ruleId: string;
    componentWeight: number;
    severity: number;
    why: string;
  }[] = [
    {
      text: 'As an AI, that is beyond me.',
      key: 'aiDisclaimer',
      ruleId: 'distancing/ai-disclaimer',
      componentWeight: 2,
      severity: 0.8,
      why: 'an AI disclaimer weighs most',
    },
    {
      text: 'That goes against my guidelines.',
      key: 'aiSelfReference',
      ruleId: 'distancing/ai-self-reference',
      componentWeight: 1.5,
      severity: 0.6,
      why: 'pointing at its own guidelines',
    },
    {
      text: 'I am not a therapist, but rest.',
      key: 'roleDisclaimer',
      ruleId: 'distancing/role-disclaimer',
      componentWeight: 1.5,
      severity: 0.6,
      why: 'a role disclaimer',
    },
    {
      text: 'One should rest.',
      key: 'impersonal',
      ruleId: 'distancing/impersonal',
      componentWeight: 1,
      severity: 0.5,
      why: 'a generic subject',
    },
    {
      text: 'Coping mechanisms help.',
      key: 'clinical',
      ruleId: 'distancing/clinical',
      componentWeight: 0.5,
      severity: 0.3,
      why: 'clinical register',
    },
  ];
  it.each(cases)('$ruleId: $text ($why)', ({ text, key, ruleId, componentWeight, severity }) => {
    const r = distancingIndex(text);
    // A short reply: the rate is over the minimum length, 100 x 1 / 25.
    expect(r.components[key]).toBeCloseTo(4, 10);
    const f = r.findings.filter((x) => x.ruleId === ruleId);
    expect(f.map((x) => x.severity)).toEqual([severity]);
    // Only this component (plus nominalisations, none here) adds to the load.
    let other = 0;
    for (const k of ['aiDisclaimer', 'aiSelfReference', 'roleDisclaimer', 'impersonal', 'referral', 'passive']) {
      if (k !== key) other += r.components[k]!;
    }
    expect(other).toBe(0);
    expect(r.components.nominalisation).toBe(0);
    expect(r.components.phraseLoad).toBeCloseTo(load(componentWeight * 4), 10);
  });

  it('an entry weight below 1 scales severity and rate (why: "Grief is a natural" has weight 0.7)', () => {
    const r = distancingIndex('Grief is a natural thing.');
    expect(r.components.impersonal).toBeCloseTo(4 * 0.7, 10);
    expect(r.findings.filter((x) => x.ruleId === 'distancing/impersonal').map((x) => x.severity)).toEqual([0.5 * 0.7]);
  });

  it('nominalisations and passives weigh 0.25 and 0.5 in the load (why: COMPONENT_WEIGHTS)', () => {
    const nominal = distancingIndex('The situation is hard.');
    expect(nominal.components.phraseLoad).toBeCloseTo(load(0.25 * 4), 10);
    const passive = distancingIndex('It is painted.');
    expect(passive.components.phraseLoad).toBeCloseTo(load(0.5 * 4), 10);
  });
});

describe('distancingIndex: referral severity rises when nothing else addresses the person', () => {
  // severity = min(1, 0.5 x (1.6 - engagement)), engagement = min(1, youRate / 0.03)
  it('with no "you" at all a referral weighs 0.5 x 1.6 = 0.8', () => {
    const r = distancingIndex('Seek professional help.');
    expect(r.components.referral).toBeCloseTo(4, 10);
    expect(r.components.phraseLoad).toBeCloseTo(load(4), 10);
    expect(r.findings.filter((x) => x.ruleId === 'distancing/referral').map((x) => x.severity)).toEqual([
      expect.closeTo(0.8, 10),
    ]);
  });
  it('with full address (over 3 "you" per 100 words) it weighs 0.5 x 0.6 = 0.3', () => {
    const r = distancingIndex('You matter, and you deserve care. Seek professional help.');
    expect(r.components.secondPersonRate).toBeGreaterThan(FULL_ADDRESS_RATE);
    expect(r.findings.filter((x) => x.ruleId === 'distancing/referral').map((x) => x.severity)).toEqual([
      expect.closeTo(0.3, 10),
    ]);
  });
});

describe('distancingIndex: low address and the score formula', () => {
  const texts = [
    'The rain fell on the old roof all night.',
    'You are strong. I am proud of you, and I went there.',
    'As an AI, one should rest. It is recommended.',
    'I think the situation was handled badly by everyone involved.',
  ];
  it.each(texts)('score is 0.6 x phraseLoad + 0.35 x lowAddress + 0.05 x psychologicalDistance: %s', (text) => {
    const { score, components: c } = distancingIndex(text);
    const want = Math.min(1, 0.6 * c.phraseLoad! + 0.35 * c.lowAddress! + 0.05 * c.psychologicalDistance!);
    expect(score).toBeCloseTo(want, 10);
    const psych = 0.5 * (1 - Math.min(1, c.firstPersonRate! / FULL_SELF_RATE)) + 0.5 * (1 - c.presentShare!);
    expect(c.psychologicalDistance).toBeCloseTo(psych, 10);
  });

  it('no prompt: low address counts at half weight (why: need 0.5 when the person is unknown)', () => {
    const r = distancingIndex('The rain fell on the old roof all night.');
    expect(r.components.lowAddress).toBeCloseTo(0.5, 10);
    expect(r.findings.some((f) => f.ruleId === 'distancing/low-address')).toBe(false);
    // 1 - presentShare = 1 ("fell" is past), no first person: psychologicalDistance = 1.
    expect(r.components.psychologicalDistance).toBeCloseTo(1, 10);
    expect(r.score).toBeCloseTo(0.35 * 0.5 + 0.05 * 1, 10);
  });

  it('a first-person prompt makes the need full and adds a low-address finding of 0.4 x lowAddress', () => {
    const reply = 'The rain fell on the old roof all night.';
    const r = distancingIndex(reply, { prompt: 'I lost my job and I feel awful.' });
    expect(r.components.promptFirstPersonRate).toBeCloseTo(3 / 8, 10);
    expect(r.components.lowAddress).toBeCloseTo(1, 10);
    const f = r.findings.filter((x) => x.ruleId === 'distancing/low-address');
    expect(f.map((x) => [x.severity, x.span.start, x.span.end])).toEqual([[0.4, 0, reply.length]]);
  });

  it('a prompt with no first person makes low address count for nothing', () => {
    const r = distancingIndex('The rain fell on the old roof all night.', { prompt: 'What causes rain?' });
    expect(r.components.promptFirstPersonRate).toBe(0);
    expect(r.components.lowAddress).toBe(0);
    expect(r.findings.some((f) => f.ruleId === 'distancing/low-address')).toBe(false);
  });

  it('need scales with the prompt first-person rate up to 0.02 (why: FULL_SELF_RATE)', () => {
    // 1 first-person word in 100: need = 0.01 / 0.02 = 0.5; the reply has no "you".
    const prompt = `I ${'walked '.repeat(99).trim()}.`;
    const r = distancingIndex('The rain fell on the old roof all night.', { prompt });
    expect(r.components.promptFirstPersonRate).toBeCloseTo(0.01, 10);
    expect(r.components.lowAddress).toBeCloseTo(0.5, 10);
    // lowAddress 0.5 reaches the finding threshold (>= 0.5).
    expect(r.findings.filter((x) => x.ruleId === 'distancing/low-address').map((x) => x.severity)).toEqual([
      expect.closeTo(0.2, 10),
    ]);
  });

  it('"you" at 3 per 100 words or more removes low address (why: FULL_ADDRESS_RATE)', () => {
    const r = distancingIndex('You are strong.', { prompt: 'I feel awful.' });
    expect(r.components.lowAddress).toBe(0);
  });

  it('an empty reply scores 0 with every rate 0', () => {
    const r = distancingIndex('', { prompt: 'I feel awful.' });
    expect(r.score).toBe(0);
    expect(r.components.lowAddress).toBe(0);
    expect(r.components.psychologicalDistance).toBe(0);
    expect(r.components.secondPersonRate).toBe(0);
    expect(r.components.firstPersonRate).toBe(0);
  });
});

describe('linguisticDistancingMechanism: 0.4 x hedging + 0.6 x distancing', () => {
  it('combines the two scores with the documented weights', () => {
    const text = 'As an AI, one should rest. Perhaps it might possibly help.';
    const h = hedgingIndex(text);
    const d = distancingIndex(text);
    const m = linguisticDistancingMechanism(h, d, 12);
    expect(h.score).toBeGreaterThan(0);
    expect(d.score).toBeGreaterThan(0);
    expect(m.severity).toBeCloseTo(Math.min(1, 0.4 * h.score + 0.6 * d.score), 10);
    expect(m.applicable).toBe(true);
    expect(m.reason).toBeUndefined();
    expect(m.metrics.hedging).toBe(h.score);
    expect(m.metrics.distancing).toBe(d.score);
  });
  it('a reply without words is not applicable, severity 0, with a reason', () => {
    const h = hedgingIndex('');
    const d = distancingIndex('');
    const m = linguisticDistancingMechanism(h, d, 0);
    expect(m).toMatchObject({ severity: 0, applicable: false, reason: 'The reply has no words.' });
  });
});

describe('distancingIndex: tense of regular, irregular and auxiliary-bound verbs', () => {
  // presentShare = present / (present + past) over finite verbs; a verb after an auxiliary or "to"
  // is not finite, nor is "have" after an auxiliary ("would have gone").
  const cases: { text: string; want: number; why: string }[] = [
    { text: 'She walked home and he is here.', want: 0.5, why: 'a regular -ed verb is past' },
    { text: 'She walks home and he walked.', want: 0.5, why: 'lemma + "s" is present' },
    { text: 'He goes home and she went.', want: 0.5, why: 'lemma + "es" is present' },
    { text: 'They go home and she went.', want: 0.5, why: 'the bare lemma is present' },
    { text: 'I seen it and I go.', want: 0.5, why: 'an irregular participle used as a finite verb is past' },
    { text: 'I would have gone and she went.', want: 0, why: '"have" and "gone" after an auxiliary are not finite' },
    { text: 'I want to go and she went.', want: 0.5, why: '"go" after "to" is not finite; "want" is present' },
    {
      text: 'I can\n\nGo home and she went.',
      want: 0.5,
      why: 'an auxiliary in the previous sentence does not bind "Go"',
    },
    { text: "My mom's car broke.", want: 0, why: 'the possessive "\'s" is not the verb "is"' },
  ];
  it.each(cases)('$text -> presentShare $want ($why)', ({ text, want }) => {
    expect(distancingIndex(text).components.presentShare).toBeCloseTo(want, 10);
  });
});

describe('distancingIndex: more passive shapes', () => {
  const cases: { text: string; words: number; passives: number; why: string }[] = [
    { text: 'It has been painted.', words: 4, passives: 1, why: '"been" is a form of be' },
    { text: 'It was being painted.', words: 4, passives: 1, why: '"being" is a form of be' },
    { text: 'It was not ever really painted.', words: 6, passives: 1, why: 'three words between be and participle' },
    { text: 'It was not ever really truly painted.', words: 7, passives: 0, why: 'four are too many' },
    { text: "It wasn't painted.", words: 4, passives: 1, why: '"n\'t" between be and participle' },
    { text: 'I have finished it.', words: 4, passives: 0, why: '"have" is an auxiliary but not be: a perfect' },
    { text: 'I know what it is', words: 5, passives: 0, why: 'be as the last token has no participle after it' },
    { text: 'I am tired', words: 3, passives: 0, why: 'a state form as the last token has no "by" after it' },
  ];
  it.each(cases)('$text -> $passives passive(s) ($why)', ({ text, words, passives }) => {
    const r = distancingIndex(text);
    expect(r.components.passive).toBeCloseTo(per100(passives, words), 10);
    const f = r.findings.filter((x) => x.ruleId === 'distancing/passive');
    expect(f.map((x) => [x.mechanism, x.span.source])).toEqual(
      Array.from({ length: passives }, () => ['linguisticDistancing', 'response']),
    );
  });

  it('a verb with a nominal suffix is not a nominalisation (why: the rule is for nouns)', () => {
    expect(distancingIndex('They mention it.').components.nominalisation).toBe(0);
  });
});

describe('distancingIndex: findings, components and errors', () => {
  const messages: { text: string; ruleId: string; message: string }[] = [
    {
      text: 'As an AI, that is beyond me.',
      ruleId: 'distancing/ai-disclaimer',
      message: 'An AI self-reference or disclaimer puts the reply at a distance.',
    },
    {
      text: 'That goes against my guidelines.',
      ruleId: 'distancing/ai-self-reference',
      message: 'The reply points at its own programming or guidelines.',
    },
    {
      text: 'I am not a therapist, but rest.',
      ruleId: 'distancing/role-disclaimer',
      message: 'The reply disowns a role before answering.',
    },
    {
      text: 'One should rest.',
      ruleId: 'distancing/impersonal',
      message: 'An impersonal, generic-subject construction instead of addressing the person.',
    },
    {
      text: 'Seek professional help.',
      ruleId: 'distancing/referral',
      message: 'A boilerplate referral to someone else.',
    },
    { text: 'Coping mechanisms help.', ruleId: 'distancing/clinical', message: 'Clinical, nominalised register.' },
    { text: 'It is painted.', ruleId: 'distancing/passive', message: 'Passive voice: the doer is left out.' },
  ];
  it.each(messages)(
    '$ruleId says "$message" (the Messages list of docs/metrics/distancing.md)',
    ({ text, ruleId, message }) => {
      const f = distancingIndex(text).findings.filter((x) => x.ruleId === ruleId);
      expect(f.map((x) => [x.message, x.mechanism, x.kind, x.span.source])).toEqual([
        [message, 'linguisticDistancing', 'problem', 'response'],
      ]);
    },
  );

  it('findings are ordered by start (why: phrases, passives and low address are found in that order)', () => {
    const r = distancingIndex('It was painted badly by him. One should rest.', { prompt: 'I lost my job.' });
    expect(r.findings.map((f) => [f.ruleId, f.span.start, f.span.end])).toEqual([
      ['distancing/low-address', 0, 28],
      ['distancing/passive', 3, 14],
      ['distancing/impersonal', 29, 39],
    ]);
    expect(r.findings.find((f) => f.ruleId === 'distancing/low-address')?.mechanism).toBe('linguisticDistancing');
  });

  it('promptFirstPersonRate is reported only when a prompt is given, and is 0 for an empty one', () => {
    expect('promptFirstPersonRate' in distancingIndex('You are strong.').components).toBe(false);
    expect(distancingIndex('You are strong.', { prompt: '' }).components.promptFirstPersonRate).toBe(0);
  });

  it('names the argument at fault in a wrong-type error', () => {
    expect(() => distancingIndex(42 as unknown as string)).toThrow(expect.objectContaining({ argument: 'response' }));
    expect(() => distancingIndex('Hi.', { prompt: 42 as unknown as string })).toThrow(
      expect.objectContaining({ argument: 'prompt' }),
    );
  });
});

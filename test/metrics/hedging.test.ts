import { describe, expect, it } from 'vitest';
import { hedgingIndex } from '../../src/metrics/hedging.js';

const ruleIds = (text: string) => hedgingIndex(text).findings.map((f) => f.ruleId);
const spans = (text: string, ruleId: string) =>
  hedgingIndex(text)
    .findings.filter((f) => f.ruleId === ruleId)
    .map((f) => f.span.text);

describe('hedgingIndex: what counts as a hedge', () => {
  const cases: { text: string; ruleId: string; expected: string[]; why: string }[] = [
    { text: 'It may rain later.', ruleId: 'hedging/hedge', expected: ['may'], why: 'epistemic "may" before a verb' },
    {
      text: 'May I ask how you are?',
      ruleId: 'hedging/hedge',
      expected: [],
      why: '"May I" asks permission; it hedges nothing',
    },
    {
      text: 'We met in May.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'capitalised "May" inside a sentence is the month',
    },
    { text: 'May 2010 was wet.', ruleId: 'hedging/hedge', expected: [], why: '"May" before a number is the month' },
    {
      text: 'Could you tell me more?',
      ruleId: 'hedging/hedge',
      expected: [],
      why: '"Could you" is a request, not uncertainty',
    },
    { text: 'Perhaps that is true.', ruleId: 'hedging/hedge', expected: ['Perhaps'], why: 'epistemic adverb' },
    { text: 'It seems that the plan failed.', ruleId: 'hedging/hedge', expected: ['seems'], why: 'evidential verb' },
    {
      text: 'It is believed that he left.',
      ruleId: 'hedging/weasel',
      expected: ['It is believed'],
      why: 'unattributed passive belief',
    },
    { text: 'Some people say it works.', ruleId: 'hedging/weasel', expected: ['Some people'], why: 'unnamed source' },
    {
      text: 'There were approximately 40 guests.',
      ruleId: 'hedging/approximator',
      expected: ['approximately'],
      why: 'approximator',
    },
    {
      text: 'About 40 people came.',
      ruleId: 'hedging/approximator',
      expected: ['About'],
      why: '"about" before a number approximates',
    },
    {
      text: 'We talked about the plan.',
      ruleId: 'hedging/approximator',
      expected: [],
      why: '"about" before a noun is a preposition',
    },
    { text: 'This is certainly true.', ruleId: 'hedging/booster', expected: ['certainly'], why: 'booster' },
    {
      text: 'The outcome is certain.',
      ruleId: 'hedging/booster',
      expected: ['certain'],
      why: 'predicative "certain" asserts certainty',
    },
    {
      text: 'Certain people disagree.',
      ruleId: 'hedging/weasel',
      expected: ['Certain people'],
      why: 'attributive "certain" is vague',
    },
    {
      text: 'This is not clearly wrong.',
      ruleId: 'hedging/booster',
      expected: [],
      why: 'a negated booster no longer boosts',
    },
    {
      text: 'May brings rain to the hills.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'a sentence opened by "May" and a finite verb is about the month',
    },
    { text: 'May you find peace.', ruleId: 'hedging/hedge', expected: [], why: 'optative "May you": a wish' },
    {
      text: 'May be worth a try.',
      ruleId: 'hedging/hedge',
      expected: ['May'],
      why: 'elliptical modal with its subject left out still hedges',
    },
    { text: "I'm kind of tired.", ruleId: 'hedging/hedge', expected: ['kind of'], why: 'adverbial "kind of" hedges' },
    {
      text: 'What kind of help do you need?',
      ruleId: 'hedging/hedge',
      expected: [],
      why: '"kind of" after a determiner names a type',
    },
    { text: "It's kind of you to ask.", ruleId: 'hedging/hedge', expected: [], why: '"kind of you": the adjective' },
    {
      text: 'With regard to the fee, it was paid.',
      ruleId: 'hedging/weasel',
      expected: [],
      why: '"with regard to" is a preposition, not an attribution (skip entry masks "regard")',
    },
    {
      text: 'Some 300 ships sailed.',
      ruleId: 'hedging/approximator',
      expected: ['Some'],
      why: '"some" before a number approximates the number',
    },
    {
      text: 'Some 300 ships sailed.',
      ruleId: 'hedging/weasel',
      expected: [],
      why: '"some" before a number is not a vague quantity of ships',
    },
    {
      text: 'It is possible that he left early.',
      ruleId: 'hedging/hedge',
      expected: ['It is possible that'],
      why: 'an epistemic frame over the whole clause',
    },
    {
      text: 'It is known that he left early.',
      ruleId: 'hedging/weasel',
      expected: ['It is known that'],
      why: 'agentless "it is known": who knows it is not said',
    },
    {
      text: 'Conventional wisdom holds that rest helps.',
      ruleId: 'hedging/weasel',
      expected: ['Conventional wisdom'],
      why: 'an unnamed consensus stands behind the claim',
    },
    {
      text: 'The cause is not well understood.',
      ruleId: 'hedging/hedge',
      expected: ['not well understood'],
      why: 'negated knowledge: the claim is open',
    },
    {
      text: 'Symptoms may or may not appear.',
      ruleId: 'hedging/hedge',
      expected: ['may', 'or may not'],
      why: '"may or may not" leaves both outcomes open',
    },
    {
      text: 'It was a prestigious, award-winning design.',
      ruleId: 'hedging/weasel',
      expected: ['prestigious', 'award-winning'],
      why: 'peacock terms praise without a source (Wikipedia peacock guideline)',
    },
    {
      text: 'The reason is not clearly known.',
      ruleId: 'hedging/hedge',
      expected: ['not clearly known'],
      why: 'negated knowledge, as "not well known"',
    },
    {
      text: 'The inn, reputedly built in 1839, survives.',
      ruleId: 'hedging/hedge',
      expected: ['reputedly'],
      why: 'hearsay adverb',
    },
    {
      text: 'A disorder thought to be inherited.',
      ruleId: 'hedging/weasel',
      expected: ['thought to be'],
      why: 'reduced relative of the unattributed passive "is thought to be"',
    },
    {
      text: 'According to legend, he never slept.',
      ruleId: 'hedging/weasel',
      expected: ['According to legend'],
      why: 'legend, tradition or rumour is an unverifiable source',
    },
    {
      text: 'Legend has it that he never slept.',
      ruleId: 'hedging/weasel',
      expected: ['Legend has it'],
      why: 'the same source as the subject',
    },
    {
      text: 'Reply as soon as possible.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: '"as ... as possible": the most that can be done',
    },
    {
      text: 'Save as many children as possible.',
      ruleId: 'hedging/weasel',
      expected: [],
      why: '"as many ... as possible" counts a maximum, not a vague quantity',
    },
    {
      text: 'The art critics Roger Fry and Clive Bell praised him.',
      ruleId: 'hedging/weasel',
      expected: [],
      why: 'the critics are named right after the noun',
    },
    { text: 'Critics praised him.', ruleId: 'hedging/weasel', expected: ['Critics'], why: 'unnamed critics' },
    {
      text: 'He claimed the throne in 1383.',
      ruleId: 'hedging/weasel',
      expected: [],
      why: 'a claim to a thing, not a fact',
    },
    { text: 'He claimed victory.', ruleId: 'hedging/weasel', expected: [], why: 'a noun object, no clause' },
    {
      text: 'He claimed the vote was rigged.',
      ruleId: 'hedging/weasel',
      expected: ['claimed'],
      why: 'a clause follows: a contested fact',
    },
    {
      text: 'He assumed power in 1990.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: '"assume power": take on, not suppose',
    },
    {
      text: 'He assumed that it was safe.',
      ruleId: 'hedging/hedge',
      expected: ['assumed'],
      why: '"assume that": suppose',
    },
    {
      text: 'It will most likely rain.',
      ruleId: 'hedging/hedge',
      expected: ['most likely'],
      why: '"most likely" is one graded hedge',
    },
    {
      text: 'It will most likely rain.',
      ruleId: 'hedging/weasel',
      expected: [],
      why: '"most" grades "likely"; it is no vague quantity',
    },
  ];
  it.each(cases)('$text -> $ruleId $expected ($why)', ({ text, ruleId, expected }) => {
    expect(spans(text, ruleId)).toEqual(expected);
  });
});

describe('hedgingIndex: ranking and normalisation', () => {
  const pairs: { more: string; less: string; why: string }[] = [
    { more: 'It may perhaps help.', less: 'It will help.', why: 'hedges against a plain claim' },
    {
      more: 'I think it might rain.',
      less: 'I think you were right.',
      why: '"I think" hedges when the clause hedges; a stance otherwise',
    },
    {
      more: 'Some critics have suggested it was possibly faked.',
      less: 'Critics at the Times called it faked.',
      why: 'weasel + hedge vs a named source',
    },
    { more: 'It may rain.', less: 'It may certainly rain, without a doubt.', why: 'boosters offset hedges' },
    { more: 'It might have been him.', less: 'Patients may feel tired.', why: 'epistemic perfect vs root possibility' },
    {
      more: 'The bridge may have collapsed in the storm.',
      less: 'The bridge may be crossed on foot.',
      why: '"may have" + participle guesses at the past; "may be" + participle states what is allowed or possible',
    },
    {
      more: 'The records may have been lost.',
      less: 'The records may have a gap.',
      why: 'with main-verb "have" there is no perfect, so no epistemic weight',
    },
    {
      more: 'Many critics doubt the report. It might be wrong.',
      less: 'Some critics doubt the report. It might be wrong. The report was published in 2001. It has ten pages.',
      why: 'same hedges spread over more plain sentences: the score is a per-sentence density',
    },
    {
      more: 'It is a popular and influential book.',
      less: 'It is a book about ships.',
      why: 'peacock terms praise without a source (Wikipedia weasel guideline)',
    },
    {
      more: 'Many prisoners were ill.',
      less: 'He freed 200 prisoners, many of whom were ill.',
      why: '"many of whom" counts within a set just named (RELATIVE_PARTITIVE_FACTOR)',
    },
    {
      more: 'Some songs are slow.',
      less: 'Some of the songs are slow.',
      why: 'a partitive of a definite set names the whole (PARTITIVE_FACTOR)',
    },
    {
      more: 'Several economists were surprised.',
      less: 'Several engines were repaired.',
      why: 'a vague number of people (agent suffix -ists) leaves a source unnamed (PEOPLE_FACTOR)',
    },
    {
      more: 'Some critics say it may perhaps be a forgery.',
      less: 'Some critics say it is a forgery.',
      why: 'weaker cues add to the strongest one (REST_FACTOR), so a stack still ranks higher',
    },
  ];
  it.each(pairs)('$more > $less ($why)', ({ more, less }) => {
    expect(hedgingIndex(more).score).toBeGreaterThan(hedgingIndex(less).score);
  });

  it('does not punish a long reply for its length (why: same hedge density, same score)', () => {
    const base =
      'It may help to rest for a while, and you know your own body best. Take the time you need this week, and eat when you can.';
    const once = hedgingIndex(base).score;
    expect(once).toBeGreaterThan(0);
    expect(hedgingIndex(Array(10).fill(base).join(' ')).score).toBeCloseTo(once, 10);
  });

  it('lets the strongest cue carry a sentence (why: one strong weasel outranks two weak frequency hedges)', () => {
    expect(hedgingIndex('Many scholars reject the date.').score).toBeGreaterThan(
      hedgingIndex('The market usually opens early and often closes late.').score,
    );
  });

  it('counts sentences with words in `sentences` (why: the score is a mean over them)', () => {
    expect(hedgingIndex('It may rain. It will be cold. ---').sentences).toBe(2);
  });

  it('counts stacked hedges in one sentence (why: "might possibly perhaps" is a stack)', () => {
    expect(ruleIds('It might possibly be, perhaps, a mistake.')).toContain('hedging/stacked');
    expect(ruleIds('It might be a mistake.')).not.toContain('hedging/stacked');
  });

  it('scores a warm, direct reply low (why: no hedges, no weasels)', () => {
    const r = hedgingIndex("I'm so sorry about your dog. You loved him, and you're allowed to miss him this much.");
    expect(r.score).toBeLessThan(0.1);
  });

  it('is 0 for an empty reply and in 0..1 with exact spans (why: contract)', () => {
    expect(hedgingIndex('').score).toBe(0);
    const text = 'Perhaps some people may say it is, arguably, about 30% true.';
    const r = hedgingIndex(text);
    expect(r.score).toBeGreaterThan(0);
    expect(r.score).toBeLessThanOrEqual(1);
    for (const f of r.findings) expect(text.slice(f.span.start, f.span.end)).toBe(f.span.text);
  });

  it('ignores hedges inside code (why: markdown code is masked)', () => {
    expect(hedgingIndex('Run `may perhaps possibly` now.').findings).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { affectDelta, promptAffect, valenceParts } from '../../src/metrics/affect.js';

// Cases written against survivors of a mutation run over src/metrics/affect.ts, each pinning a
// behaviour a user can see: which hits a text yields (and in what order), the valence parts the
// general list gives two-word entries, and what a reply's stock phrases count as.
// General valences are those of src/lexicons/affect-valence.txt (heart 0.35, heart attack -0.85,
// attack -0.7, dad 0.4, sweet 0.5, sweet dreams 0.65, dream 0.45, human 0.1, human rights 0.45,
// rights 0.35, dog 0.35, scare -0.6, lovely 0.8, garden 0.5).

const hitsOf = (text: string) => promptAffect(text).hits.map((h) => `${h.tag}:${h.text}`);

describe('promptAffect: hits come in text order, whatever lexicon found them', () => {
  const cases: { text: string; want: string[]; why: string }[] = [
    {
      text: 'My dad died and I am sad.',
      want: ['loss:died', 'sadness:sad'],
      why: 'the event (found after the emotions) comes first because it comes first in the text',
    },
    {
      text: 'I am sad because my dad died.',
      want: ['sadness:sad', 'loss:died'],
      why: 'the emotion first when it is written first',
    },
  ];
  it.each(cases)('$text -> $want ($why)', ({ text, want }) => {
    expect(hitsOf(text)).toEqual(want);
  });
});

describe('promptAffect: feeling or thing (practical senses)', () => {
  const cases: { text: string; want: string[]; why: string }[] = [
    {
      text: 'I missed these flights.',
      want: [],
      why: '"these" is a determiner skipped before the object: a missed flight is a thing, not grief',
    },
    {
      text: 'I missed it.',
      want: [],
      why: '"it" as the object makes "missed" practical',
    },
    {
      text: 'I missed something.',
      want: [],
      why: '"something" as the object makes "missed" practical',
    },
    {
      text: 'I wrote an angry email.',
      want: [],
      why: 'a single emotion word with no sense tag that modifies a thing ("angry email") is not felt',
    },
    {
      text: 'I get nervous deploying on Fridays.',
      want: ['fear:nervous'],
      why: 'a thing word used as a verb after the feeling ("deploying") does not make the feeling about a thing',
    },
    {
      text: 'I feel just sort of a little bit confused.',
      want: ['stress:confused'],
      why: 'the feel verb seven words back (fillers and downtoners between) still frames "confused" as felt',
    },
  ];
  it.each(cases)('$text -> $want ($why)', ({ text, want }) => {
    expect(hitsOf(text)).toEqual(want);
  });
});

describe('promptAffect: words inside a kept event stay personal', () => {
  it('"I lost my job." -> felt valence from AFINN "lost" (-3 x 0.8) and wink: tanh((-2.4 / 2 + 0.5 x -0.6) / 2)', () => {
    // "lost" alone would be practical ("lost" before a thing); inside the kept setback "lost my job"
    // it is the person's own loss, so its AFINN score stays in the felt valence.
    const a = promptAffect('I lost my job.');
    expect(a.hits.map((h) => h.text)).toEqual(['lost my job']);
    expect(a.feltValence).toBeCloseTo(Math.tanh((-2.4 / 2 + 0.5 * -0.6) / 2), 4);
  });
});

describe('valenceParts: two-word entries of the general valence list', () => {
  const cases: { text: string; pleasant: number; unpleasant: number; why: string }[] = [
    {
      text: 'My dad had a heart attack.',
      pleasant: 0.4,
      unpleasant: 0.85 + 0.7,
      why: '"heart attack" -0.85 in place of "heart" 0.35; dad 0.4, attack -0.7',
    },
    {
      text: 'Sweet dreams.',
      pleasant: 0.65 + 0.45,
      unpleasant: 0,
      why: '"sweet dreams" 0.65 in place of "sweet" 0.5; "dreams" by its lemma 0.45',
    },
    {
      text: 'Human rights.',
      pleasant: 0.45 + 0.35,
      unpleasant: 0,
      why: '"human rights" matched by the second word\'s form, not its lemma ("human right" is no entry)',
    },
    {
      text: 'It was my heart. Attack dogs scare me.',
      pleasant: 0.35 + 0.35,
      unpleasant: 0.7 + 0.6,
      why: 'no pair across a sentence end: "heart" 0.35, not "heart attack"',
    },
    {
      text: 'It was my heart',
      pleasant: 0.35,
      unpleasant: 0,
      why: 'a first word of a pair at the very end of the text (no next token) reads alone',
    },
  ];
  it.each(cases)('$text -> pleasant $pleasant, unpleasant $unpleasant ($why)', ({ text, pleasant, unpleasant }) => {
    const p = valenceParts(analyze(text));
    expect(p.pleasant).toBeCloseTo(pleasant, 6);
    expect(p.unpleasant).toBeCloseTo(unpleasant, 6);
  });
});

describe('valenceParts: what counts as a word', () => {
  const cases: { text: string; words: number; why: string }[] = [
    { text: 'I am sad :(', words: 4, why: 'an emoticon counts as a word' },
    { text: 'I am sad 😢', words: 4, why: 'an emoji counts as a word' },
    { text: 'I am sad.', words: 3, why: 'punctuation does not' },
  ];
  it.each(cases)('$text -> $words words ($why)', ({ text, words }) => {
    expect(valenceParts(analyze(text)).words).toBe(words);
  });
});

describe('valenceParts: the practical share', () => {
  it('words marked practical put their pleasant general valence in practical.pleasant too', () => {
    const a = analyze('A lovely garden.');
    const p = valenceParts(a, [], new Uint8Array(a.tokens.length).fill(1));
    expect(p.pleasant).toBeCloseTo(0.8 + 0.5, 6);
    expect(p.practical.pleasant).toBeCloseTo(0.8 + 0.5, 6);
    expect(p.practical.unpleasant).toBe(0);
    expect(p.practical.known).toBe(2);
  });
});

describe('affectDelta: phrases that only look like a reaction', () => {
  it('"Sorry but ..." (tag none) is no reaction at all', () => {
    const d = affectDelta('My dad died and I am devastated.', "Sorry but I can't help with that.");
    expect(d.reactions).toEqual([]);
    expect(d.responseIntensity).toBe(0);
  });
});

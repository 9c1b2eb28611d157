import { describe, expect, it } from 'vitest';
import {
  BOOSTER_OFFSET,
  EPISTEMIC_MODAL_FACTOR,
  HEDGING_MIN_LENGTH,
  HEDGING_SENTENCE_WORDS,
  hedgingIndex,
  MEASURE_FACTOR,
  PARTITIVE_FACTOR,
  PASSIVE_MODAL_FACTOR,
  PEOPLE_FACTOR,
  RELATIVE_PARTITIVE_FACTOR,
  REST_FACTOR,
  SINGULAR_FACTOR,
  SUBJECT_FACTOR,
} from '../../src/metrics/hedging.js';

// Value-level cases for hedgingIndex, each expected value worked out from the rules and formula of
// docs/metrics/distancing.md (Hedging index), the JSDoc of src/metrics/hedging.ts and the entry weights
// of src/lexicons/hedges.txt (written against survivors of the mutation run):
//   cue weight = entry weight x the factors of its guard (modal frame, quantifier context, subject)
//   finding severity = 0.3 x cue weight (so a cue's weight reads back as severity / 0.3)
//   sentence net = max(0, top + REST_FACTOR x (others) - BOOSTER_OFFSET x boosters); load = Σ net
//   units = Σ over sentences with a word of sqrt(max(words, 16) / 16)
//   score = 1 - exp(-load / units); rate = 100 x weighted hits / max(words, 25)

type Cue = { text: string; ruleId: string; weight: number };

/** The cues of a reply (not the stacked-hedge findings), each with the weight its severity shows. */
const cues = (text: string): Cue[] =>
  hedgingIndex(text)
    .findings.filter((f) => f.ruleId !== 'hedging/stacked')
    .map((f) => ({ text: f.span.text, ruleId: f.ruleId, weight: f.severity / 0.3 }));

const spans = (text: string, ruleId: string) =>
  hedgingIndex(text)
    .findings.filter((f) => f.ruleId === ruleId)
    .map((f) => f.span.text);

/** Asserts that `text` has exactly one cue `cue`, of rule `ruleId` and weight `weight`. */
const expectCue = (text: string, cue: string, ruleId: string, weight: number) => {
  const found = cues(text).filter((c) => c.text === cue);
  expect(found.map((c) => c.ruleId)).toEqual([ruleId]);
  expect(found[0]!.weight).toBeCloseTo(weight, 10);
};

describe('hedgingIndex: when a modal hedges', () => {
  const cases: { text: string; expected: string[]; why: string }[] = [
    // A pronoun right after the modal makes a request, permission or wish.
    { text: 'Could I help?', expected: [], why: '"Could I": an offer' },
    { text: 'Could we talk later?', expected: [], why: '"Could we": a request' },
    { text: 'Could he come?', expected: [], why: '"Could he": a question about a plan' },
    { text: 'Would she mind?', expected: [], why: '"Would she": a question' },
    { text: 'Could they help?', expected: [], why: '"Could they": a request' },
    { text: 'What could that mean?', expected: ['could'], why: 'a demonstrative after the modal is its subject' },
    // A determiner or possessive before the form makes it a noun.
    { text: 'He opened a can of beans.', expected: [], why: '"a can": the noun' },
    { text: 'With all the might of the army.', expected: [], why: '"the might": strength' },
    { text: 'Pass me this can of paint.', expected: [], why: '"this can": the noun' },
    { text: 'Pass me that can of paint.', expected: [], why: '"that can": the noun' },
    { text: 'He fought with all his might.', expected: [], why: '"his might"' },
    { text: 'She pushed with all her might.', expected: [], why: '"her might"' },
    { text: 'The empire lost its might.', expected: [], why: '"its might"' },
    { text: 'They used all their might.', expected: [], why: '"their might"' },
    { text: 'We used all our might.', expected: [], why: '"our might"' },
    { text: 'I tried with all my might.', expected: [], why: '"my might"' },
    { text: 'Use all your might.', expected: [], why: '"your might"' },
    // "this"/"that" before a modal is its subject (wink tags both as pronouns), not a determiner.
    { text: 'That might be true.', expected: ['might'], why: 'demonstrative "That" is the subject' },
    { text: 'This could help.', expected: ['could'], why: 'demonstrative "This" is the subject' },
    { text: 'I hope this may help.', expected: ['may'], why: '"this" is the subject of the clause' },
    { text: 'A storm that may hit the coast.', expected: ['may'], why: 'relative "that" is the subject' },
    { text: 'That may not be so.', expected: ['may'], why: '"not" after the modal keeps it a modal' },
    { text: 'This can is empty.', expected: [], why: '"this can" before a finite verb is the noun' },
    { text: 'That might of old is gone.', expected: [], why: '"that might" before "of" is the noun' },
    // A sentence opened by May is the month or a wish unless a bare verb or adverb follows.
    { text: 'May have been a mistake.', expected: ['May'], why: 'elliptical "May have"' },
    { text: 'May not work for everyone.', expected: ['May'], why: 'elliptical "May not"' },
    { text: 'May well be true.', expected: ['May well'], why: 'elliptical "May well"' },
    { text: 'May also help.', expected: ['May'], why: 'elliptical "May also"' },
    { text: 'May never happen.', expected: ['May'], why: 'elliptical "May never"' },
    { text: 'May still work.', expected: ['May'], why: 'elliptical "May still"' },
    {
      text: 'Take a walk. May be worth a try.',
      expected: ['May'],
      why: 'opening the second sentence counts as opening a sentence',
    },
    { text: 'Might just work.', expected: ['Might'], why: 'only May is read as a month or wish at the start' },
    { text: 'Could happen to anyone.', expected: ['Could'], why: 'only May is read as a month or wish at the start' },
    { text: 'We met in may 2010.', expected: [], why: 'lower-case "may" before a number is the month' },
    { text: 'See you in may Tom.', expected: [], why: 'lower-case "may" before a name is the month' },
    { text: 'WE MET IN MAY.', expected: [], why: '"MAY" in capitals inside a sentence is the month' },
    // Before a full stop a modal is elliptical: "can" and "would" then hedge nothing.
    { text: 'Come whenever you can.', expected: [], why: '"you can." hedges nothing' },
    { text: 'If only they would.', expected: [], why: '"they would." hedges nothing (a bare "if" is no cue)' },
    { text: 'Yes, it might.', expected: ['might'], why: '"it might." still leaves the outcome open' },
    {
      text: 'If you can, rest.',
      expected: [],
      why: 'hedge3 round: "can" closing a condition clause before its comma is elliptical (hedges nothing)',
    },
    { text: 'It can help.', expected: ['can'], why: '"can" before a verb is a (weak) hedge' },
    { text: 'I would, but I am tired.', expected: ['would'], why: "a comma does not end the modal's clause" },
    { text: 'Rest when you can', expected: [], why: 'the end of the sentence ends the clause, as a full stop does' },
    {
      text: 'If only they would',
      expected: [],
      why: 'the end of the sentence ends the clause, as a full stop does',
    },
    { text: 'Yes, that might', expected: ['might'], why: '"might" at the end still leaves the outcome open' },
    // "would like / love / rather / be happy to" makes a polite wish, request or offer, not a guess.
    { text: 'I would like to help.', expected: [], why: '"would like": a polite wish' },
    { text: 'I would love to hear more.', expected: [], why: '"would love": a polite wish' },
    { text: 'I would be happy to help.', expected: [], why: '"would be happy to": an offer' },
    { text: 'I would rather not say.', expected: [], why: '"would rather": a preference' },
    { text: 'That would be great.', expected: ['would'], why: 'a conditional "would" still hedges' },
    { text: 'It would likely help.', expected: ['would', 'likely'], why: '"likely" is not "like"' },
    // Negation takes the certainty out of a booster only; a negated hedge still hedges.
    { text: 'It does not seem right.', expected: ['seem'], why: 'negated "seem" still hedges' },
  ];
  it.each(cases)('$text -> hedges $expected ($why)', ({ text, expected }) => {
    expect(spans(text, 'hedging/hedge')).toEqual(expected);
  });
});

describe('hedgingIndex: modal weight by its frame (epistemic, passive, root)', () => {
  // may 0.5, might 0.7 in hedges.txt; x EPISTEMIC_MODAL_FACTOR for a perfect or a pronoun subject,
  // x PASSIVE_MODAL_FACTOR before be + participle, x 1 otherwise.
  const cases: { text: string; cue: string; weight: number; why: string }[] = [
    { text: 'It may rain.', cue: 'may', weight: 0.5 * EPISTEMIC_MODAL_FACTOR, why: 'pronoun subject' },
    {
      text: 'Who knows, it might',
      cue: 'might',
      weight: 0.7 * EPISTEMIC_MODAL_FACTOR,
      why: 'pronoun subject, end of reply',
    },
    {
      text: 'The train may not have left.',
      cue: 'may',
      weight: 0.5 * EPISTEMIC_MODAL_FACTOR,
      why: '"not" is passed over to the perfect',
    },
    {
      text: 'The train may already have left.',
      cue: 'may',
      weight: 0.5 * EPISTEMIC_MODAL_FACTOR,
      why: 'an adverb is passed over to the perfect',
    },
    { text: 'The train may not', cue: 'may', weight: 0.5, why: 'nothing after "not": no perfect, noun subject' },
    {
      text: 'The keys may have fallen.',
      cue: 'may',
      weight: 0.5 * EPISTEMIC_MODAL_FACTOR,
      why: 'irregular participle from the list',
    },
    {
      text: 'The keys may have gone missing.',
      cue: 'may',
      weight: 0.5 * EPISTEMIC_MODAL_FACTOR,
      why: '"gone", listed as a state form, is a participle',
    },
    {
      text: 'The storm may have had an effect.',
      cue: 'may',
      weight: 0.5 * EPISTEMIC_MODAL_FACTOR,
      why: '"had" (listed as a simple past) is also a participle',
    },
    {
      text: 'The pain may have got worse.',
      cue: 'may',
      weight: 0.5 * EPISTEMIC_MODAL_FACTOR,
      why: '"got" (listed as a simple past) is also a participle',
    },
    {
      text: 'The pain may have gotten worse.',
      cue: 'may',
      weight: 0.5 * EPISTEMIC_MODAL_FACTOR,
      why: '"gotten", missing from the shared list, is a participle',
    },
    {
      text: 'That might be true.',
      cue: 'might',
      weight: 0.7 * EPISTEMIC_MODAL_FACTOR,
      why: 'demonstrative pronoun subject',
    },
    {
      text: 'The plan may have been changed.',
      cue: 'may',
      weight: 0.5 * EPISTEMIC_MODAL_FACTOR,
      why: '"been" is a participle',
    },
    {
      text: 'The car may have 10 wheels.',
      cue: 'may',
      weight: 0.5,
      why: 'a number is not a participle: main-verb "have"',
    },
    { text: 'The town may have trains.', cue: 'may', weight: 0.5, why: 'a plural noun is not a participle' },
    { text: 'The barn may have red doors.', cue: 'may', weight: 0.5, why: '"red" is too short for an -ed participle' },
    {
      text: 'The plant may have seed pods.',
      cue: 'may',
      weight: 0.5,
      why: '"seed" (4 letters) is not read as an -ed participle',
    },
    {
      text: 'The bridge may be crossed.',
      cue: 'may',
      weight: 0.5 * PASSIVE_MODAL_FACTOR,
      why: 'be + participle: what can be done',
    },
    { text: 'The door may stay closed.', cue: 'may', weight: 0.5, why: 'only "be" + participle is the passive frame' },
    {
      text: 'What could that mean?',
      cue: 'could',
      weight: 0.5 * EPISTEMIC_MODAL_FACTOR,
      why: '"what" (a pronoun) before the modal',
    },
  ];
  it.each(cases)('$text -> $cue weighs $weight ($why)', ({ text, cue, weight }) => {
    expectCue(text, cue, 'hedging/hedge', weight);
  });
});

describe('hedgingIndex: a weasel in subject position weighs SUBJECT_FACTOR more', () => {
  // "several" 1.0 (x 1 before a plural noun); x SUBJECT_FACTOR when no verb stands between the
  // start of its clause and it.
  const subject: { text: string; cue: string; why: string }[] = [
    { text: 'Several engines failed.', cue: 'Several', why: 'opens the sentence' },
    { text: 'Today several engines failed.', cue: 'several', why: 'no verb before it' },
    {
      text: 'It rained. Several engines failed.',
      cue: 'Several',
      why: 'the verb of the sentence before does not count',
    },
    { text: 'When it rained, several engines failed.', cue: 'several', why: '"," opens a clause' },
    { text: 'It rained; several engines failed.', cue: 'several', why: '";" opens a clause' },
    { text: 'It rained hard: several engines failed.', cue: 'several', why: '":" opens a clause' },
    { text: 'It rained (several engines failed).', cue: 'several', why: '"(" opens a clause' },
    { text: 'He said that several engines failed.', cue: 'several', why: '"that" opens a clause' },
    { text: 'It had a fault which several engines shared.', cue: 'several', why: '"which" opens a clause' },
    { text: 'It rained and several engines failed.', cue: 'several', why: '"and" opens a clause' },
    { text: 'It rained but several engines worked.', cue: 'several', why: '"but" opens a clause' },
    { text: 'It rained while several engines failed.', cue: 'several', why: '"while" opens a clause' },
    { text: 'It worked although several engines failed.', cue: 'several', why: '"although" opens a clause' },
    { text: 'It stopped because several engines failed.', cue: 'several', why: '"because" opens a clause' },
  ];
  it.each(subject)('$text -> $cue weighs 1 x SUBJECT_FACTOR ($why)', ({ text, cue }) => {
    expectCue(text, cue, 'hedging/weasel', 1 * SUBJECT_FACTOR);
  });

  const object: { text: string; cue: string; why: string }[] = [
    { text: 'We fixed several engines.', cue: 'several', why: 'a verb stands before it' },
    { text: 'Fix several engines.', cue: 'several', why: 'the verb is the first word' },
    { text: 'There were several engines.', cue: 'several', why: 'an auxiliary stands before it' },
  ];
  it.each(object)('$text -> $cue weighs 1 ($why)', ({ text, cue }) => {
    expectCue(text, cue, 'hedging/weasel', 1);
  });

  it('"who" opens a clause too (why: "people who several critics admire": the critics are its subject)', () => {
    // "several critics" 1.8 (a vague number of a source).
    expectCue(
      'There are people who several critics admire.',
      'several critics',
      'hedging/weasel',
      1.8 * SUBJECT_FACTOR,
    );
  });

  it('counts single-word weasels before their verb as subjects (why: "Others agree", "Many believe")', () => {
    expectCue('Others agree.', 'Others', 'hedging/weasel', 0.8 * SUBJECT_FACTOR);
    expectCue('Many believe it is true.', 'Many believe', 'hedging/weasel', 1.2 * SUBJECT_FACTOR);
  });

  it('gives hedges no subject factor (why: only an unattributed source is made worse by being the subject)', () => {
    expectCue('Perhaps that is true.', 'Perhaps', 'hedging/hedge', 1);
    expectCue('Perhaps time will tell.', 'Perhaps', 'hedging/hedge', 1);
    expectCue('Perhaps 30 people came.', 'Perhaps', 'hedging/hedge', 1);
  });
});

describe('hedgingIndex: a vague quantifier weighs by what it quantifies', () => {
  // some 1.1, many 1.2, several 1.0, certain 1.0 in hedges.txt.
  const cases: { text: string; cue: string; weight: number; why: string }[] = [
    { text: 'We waited several weeks.', cue: 'several', weight: MEASURE_FACTOR, why: '"weeks" is a unit of time' },
    { text: 'We waited several decades.', cue: 'several', weight: MEASURE_FACTOR, why: '"decades" is a unit of time' },
    { text: 'We walked several miles.', cue: 'several', weight: MEASURE_FACTOR, why: '"miles" is a unit of measure' },
    {
      text: 'We walked several kilometres.',
      cue: 'several',
      weight: MEASURE_FACTOR,
      why: '"kilometres" is a unit of measure',
    },
    { text: 'It rose several percent.', cue: 'several', weight: MEASURE_FACTOR, why: '"percent" is a unit of measure' },
    { text: 'We met on several occasions.', cue: 'several', weight: MEASURE_FACTOR, why: '"occasions" counts a span' },
    {
      text: 'They range up to several centimetres.',
      cue: 'several',
      weight: MEASURE_FACTOR,
      why: 'metric units count a size as miles do',
    },
    { text: 'It weighs several tonnes.', cue: 'several', weight: MEASURE_FACTOR, why: '"tonnes" is a unit of weight' },
    {
      text: 'We waited several long years.',
      cue: 'several',
      weight: MEASURE_FACTOR,
      why: 'an adjective before the unit',
    },
    {
      text: 'Several physicists were surprised.',
      cue: 'Several',
      weight: PEOPLE_FACTOR * SUBJECT_FACTOR,
      why: '-ists: people',
    },
    { text: 'Many Egyptians voted.', cue: 'Many', weight: 1.2 * PEOPLE_FACTOR * SUBJECT_FACTOR, why: '-ians: people' },
    { text: 'Many librarians agree.', cue: 'Many', weight: 1.2 * PEOPLE_FACTOR * SUBJECT_FACTOR, why: '-ians: people' },
    {
      text: 'We hired several artists.',
      cue: 'several',
      weight: PEOPLE_FACTOR,
      why: '"artists" (7 letters) names people',
    },
    {
      text: 'We saw several twists.',
      cue: 'several',
      weight: 1,
      why: '"twists" (6 letters) is too short for the agent suffix',
    },
    { text: 'We fixed several engines.', cue: 'several', weight: 1, why: 'a plural noun without an agent suffix' },
    {
      text: 'Several young physicists were surprised.',
      cue: 'Several',
      weight: PEOPLE_FACTOR * SUBJECT_FACTOR,
      why: 'an adjective before the people noun',
    },
    {
      text: 'He freed 200 captives, many of whom were ill.',
      cue: 'many',
      weight: 1.2 * RELATIVE_PARTITIVE_FACTOR * SUBJECT_FACTOR,
      why: '"many of whom": a set just named',
    },
    {
      text: 'We read the books, some of which were old.',
      cue: 'some',
      weight: 1.1 * RELATIVE_PARTITIVE_FACTOR * SUBJECT_FACTOR,
      why: '"some of which": a set just named',
    },
    {
      text: 'Some of the songs are slow.',
      cue: 'Some',
      weight: 1.1 * PARTITIVE_FACTOR * SUBJECT_FACTOR,
      why: '"some of the": part of a named whole',
    },
    {
      text: 'Some of these songs are slow.',
      cue: 'Some',
      weight: 1.1 * PARTITIVE_FACTOR * SUBJECT_FACTOR,
      why: '"some of these": part of a named whole',
    },
    {
      text: 'Several students that we met were there.',
      cue: 'Several',
      weight: 1 * SUBJECT_FACTOR,
      why: 'a definite word after a noun (not after "of") is no partitive',
    },
    { text: 'There was some reason.', cue: 'some', weight: 1.1 * SINGULAR_FACTOR, why: 'a singular noun' },
    {
      text: 'Some new ideas came up.',
      cue: 'Some',
      weight: 1.1 * SUBJECT_FACTOR,
      why: 'an adjective is not a singular noun',
    },
    { text: 'Yes, we have some', cue: 'some', weight: 1.1, why: 'nothing after it: no factor' },
    // "certain" before a noun, name, adjective or number is vague and takes the same factors.
    { text: 'Certain rules apply.', cue: 'Certain', weight: SUBJECT_FACTOR, why: 'before a noun' },
    { text: 'Certain Americans disagree.', cue: 'Certain', weight: SUBJECT_FACTOR, why: 'before a name' },
    { text: 'Certain old rules apply.', cue: 'Certain', weight: SUBJECT_FACTOR, why: 'before an adjective' },
    { text: 'We need certain two-door cars.', cue: 'certain', weight: 1, why: 'before a number word' },
    {
      text: 'Certain years were dry.',
      cue: 'Certain',
      weight: MEASURE_FACTOR * SUBJECT_FACTOR,
      why: 'before a unit of time',
    },
    { text: 'There was a certain reason.', cue: 'certain', weight: SINGULAR_FACTOR, why: 'before a singular noun' },
    {
      text: 'Certain physicists disagree.',
      cue: 'Certain',
      weight: PEOPLE_FACTOR * SUBJECT_FACTOR,
      why: 'before people',
    },
  ];
  it.each(cases)('$text -> $cue weighs $weight ($why)', ({ text, cue, weight }) => {
    expectCue(text, cue, 'hedging/weasel', weight);
  });

  it('reads predicative "certain" as a booster of weight 0.6 (why: "the outcome is certain" asserts)', () => {
    for (const text of ['The outcome is certain', 'The outcome is certain.']) {
      const r = hedgingIndex(text);
      expect(spans(text, 'hedging/booster')).toEqual(['certain']);
      expect(spans(text, 'hedging/weasel')).toEqual([]);
      expect(r.rates.booster).toBeCloseTo((100 * 0.6) / HEDGING_MIN_LENGTH, 10);
    }
  });
});

describe('hedgingIndex: a quantity made vague (approximators)', () => {
  const cases: { text: string; approximator: string[]; weasel: string[]; why: string }[] = [
    { text: 'About thirty people came.', approximator: ['About'], weasel: [], why: 'a number word is a number' },
    { text: 'She came in around 5th.', approximator: ['around'], weasel: [], why: 'an ordinal is a number' },
    { text: 'Some thirty ships sailed.', approximator: ['Some'], weasel: [], why: '"some" before a number word' },
    { text: 'Can I come over', approximator: [], weasel: [], why: '"over" with nothing after it' },
    { text: 'Yes, we have some', approximator: [], weasel: ['some'], why: '"some" with nothing after it' },
  ];
  it.each(cases)('$text -> approximators $approximator, weasels $weasel ($why)', ({ text, approximator, weasel }) => {
    expect(spans(text, 'hedging/approximator')).toEqual(approximator);
    expect(spans(text, 'hedging/weasel')).toEqual(weasel);
  });

  it('weighs "some" before a number as QUANTIFIER_APPROXIMATOR_WEIGHT (0.3)', () => {
    expectCue('Some thirty ships sailed.', 'Some', 'hedging/approximator', 0.3);
  });
});

describe('hedgingIndex: adverbial "kind of" / "sort of"', () => {
  const cases: { text: string; expected: string[]; why: string }[] = [
    { text: "It's kind of him to ask.", expected: [], why: '"kind of him": the adjective' },
    { text: "It's kind of her to ask.", expected: [], why: '"kind of her": the adjective' },
    { text: "It's kind of them to ask.", expected: [], why: '"kind of them": the adjective' },
    { text: "It's kind of us to ask.", expected: [], why: '"kind of us": the adjective' },
    { text: "It's kind of me to ask.", expected: [], why: '"kind of me": the adjective' },
    { text: "That's sort of me in a nutshell.", expected: ['sort of'], why: '"sort" is never the adjective' },
    { text: 'Am I tired? Kind of', expected: ['Kind of'], why: 'an answer that ends the reply' },
    { text: 'Kind of tired, yes.', expected: ['Kind of'], why: 'opens the reply' },
    { text: 'It is the right sort of person.', expected: [], why: 'after an adjective it names a type' },
    { text: 'Whatever kind of help you need.', expected: [], why: 'after a determiner it names a type' },
    { text: 'One kind of tea is enough.', expected: [], why: 'after "one" it names a type' },
    { text: 'That kind of tea.', expected: [], why: 'after "that" it names a type' },
    { text: 'His kind of humor.', expected: [], why: 'after a possessive it names a type' },
    { text: 'My kind of humor.', expected: [], why: 'after a possessive it names a type' },
    // Capitalised at the start of a sentence these are tagged as names, so the word list decides.
    { text: 'Same kind of thing happened to me.', expected: [], why: '"Same kind of": a type' },
    { text: 'Different kind of problem, same answer.', expected: [], why: '"Different kind of": a type' },
    { text: 'Certain kind of people never listen.', expected: [], why: '"Certain kind of": a type' },
  ];
  it.each(cases)('$text -> hedges $expected ($why)', ({ text, expected }) => {
    expect(spans(text, 'hedging/hedge')).toEqual(expected);
  });
});

describe('hedgingIndex: "I think" frames weigh by what follows', () => {
  // "i think" 0.5: x 2 before another hedge in the sentence, x 0.5 before "you"/"your", x 1 otherwise.
  const cases: { text: string; weight: number; why: string }[] = [
    { text: 'I think it might rain.', weight: 2 * 0.5, why: 'another hedge follows' },
    { text: 'I think you were right.', weight: 0.5 * 0.5, why: 'addressed to the person' },
    { text: 'I think your plan works.', weight: 0.5 * 0.5, why: 'addressed to the person' },
    { text: 'I think the plan works.', weight: 0.5, why: 'a plain view' },
    { text: 'I think it is certainly true.', weight: 0.5, why: 'a booster after it is not a hedge' },
  ];
  it.each(cases)('$text -> "I think" weighs $weight ($why)', ({ text, weight }) => {
    expectCue(text, 'I think', 'hedging/stance', weight);
  });
});

describe('hedgingIndex: context rules stop at a sentence break', () => {
  // List items without a full stop are sentences of their own: a rule reading the word before or
  // after a cue must not read it from the neighbouring item.
  it('does not take a pronoun subject from the item before (why: "them" ends another sentence)', () => {
    expectCue('Ideas:\n\n- Call them\n- Might help', 'Might', 'hedging/hedge', 0.7);
  });

  it('does not read "kind of" as a type after an adjective of the item before (why: it opens its item)', () => {
    expect(spans('How I feel:\n\n- Not great\n- Kind of lost', 'hedging/hedge')).toEqual(['Kind of']);
  });

  it('does not take a unit from the next item (why: "Years" opens another sentence)', () => {
    expectCue('Why it hurts:\n\n- Too many\n- Years of stress', 'many', 'hedging/weasel', 1.2 * SUBJECT_FACTOR);
  });
});

describe('hedgingIndex: sentence net, load, units and score', () => {
  it('scores one hedge in one short sentence as 1 - exp(-weight) (why: one unit)', () => {
    const r = hedgingIndex('It may rain.');
    expect(r.load).toBeCloseTo(0.8, 10);
    expect(r.score).toBeCloseTo(1 - Math.exp(-0.8), 10);
    expect(r.sentences).toBe(1);
  });

  it('adds the weaker cues of a sentence at REST_FACTOR (why: the strongest carries it)', () => {
    // "might possibly" 1.5 x EPISTEMIC_MODAL_FACTOR (pronoun subject) = 2.4, "Perhaps" 1.
    const r = hedgingIndex('Perhaps it might possibly help.');
    expect(r.load).toBeCloseTo(2.4 + REST_FACTOR * 1, 10);
    expect(r.score).toBeCloseTo(1 - Math.exp(-(2.4 + REST_FACTOR * 1)), 10);
    expect(r.rates.hedge).toBeCloseTo((100 * (2.4 + 1)) / HEDGING_MIN_LENGTH, 10);
  });

  it('takes BOOSTER_OFFSET of a booster off the sentence (why: certainty offsets hedging)', () => {
    const r = hedgingIndex('It may certainly rain.');
    expect(r.load).toBeCloseTo(0.8 - BOOSTER_OFFSET * 1, 10);
    expect(r.rates.booster).toBeCloseTo((100 * 1) / HEDGING_MIN_LENGTH, 10);
    expect(r.rates.hedge).toBeCloseTo((100 * 0.8) / HEDGING_MIN_LENGTH, 10);
    expect(hedgingIndex('It is certainly true.').load).toBe(0);
  });

  it('divides the load by the sentence units (why: two short sentences are two units)', () => {
    const r = hedgingIndex('It may rain. It will be cold.');
    expect(r.sentences).toBe(2);
    expect(r.score).toBeCloseTo(1 - Math.exp(-0.8 / 2), 10);
  });

  it('counts a long sentence as sqrt(words / 16) units, punctuation not counted (why: sentence length)', () => {
    const text =
      'It may rain on the green hills and in the deep valleys tomorrow morning, so take a coat, a hat and warm boots with you when you go out to the farm.';
    const r = hedgingIndex(text);
    const words = 32; // and 3 punctuation marks
    expect(r.score).toBeCloseTo(1 - Math.exp(-0.8 / Math.sqrt(words / HEDGING_SENTENCE_WORDS)), 10);
    expect(r.rates.hedge).toBeCloseTo((100 * 0.8) / words, 10);
  });

  it('skips sentences without words (why: "2024." alone is not a sentence to average over)', () => {
    const r = hedgingIndex('It may rain. 2024.');
    expect(r.sentences).toBe(1);
    expect(r.score).toBeCloseTo(1 - Math.exp(-0.8), 10);
  });

  it('gives rates per 100 words of at least HEDGING_MIN_LENGTH words (why: a short reply is not a 20% rate)', () => {
    const r = hedgingIndex('It may rain.');
    expect(r.rates).toEqual({
      hedge: (100 * 0.8) / HEDGING_MIN_LENGTH,
      weasel: 0,
      booster: 0,
      approximator: 0,
      stance: 0,
      stacked: 0,
    });
    const w = hedgingIndex('Several engines failed.').rates;
    expect(w.weasel).toBeCloseTo((100 * SUBJECT_FACTOR) / HEDGING_MIN_LENGTH, 10);
    const a = hedgingIndex('About thirty people came.').rates;
    expect(a.approximator).toBeCloseTo((100 * 0.3) / HEDGING_MIN_LENGTH, 10);
    const s = hedgingIndex('I think it might rain.').rates;
    expect(s.stance).toBeCloseTo((100 * 1) / HEDGING_MIN_LENGTH, 10);
    expect(s.stacked).toBeCloseTo((100 * 1) / HEDGING_MIN_LENGTH, 10);
    expect(hedgingIndex('').rates).toEqual({ hedge: 0, weasel: 0, booster: 0, approximator: 0, stance: 0, stacked: 0 });
  });

  it('rates a stacked sentence once per sentence (why: `stacked` counts sentences)', () => {
    const r = hedgingIndex('Perhaps it might possibly be true, apparently. It may rain.');
    expect(r.rates.stacked).toBeCloseTo((100 * 1) / HEDGING_MIN_LENGTH, 10);
  });
});

describe('hedgingIndex: stacked hedges', () => {
  it('grades the stack 0.2 x (hedges - 1) and names the count (why: more hedges, heavier stack)', () => {
    const two = hedgingIndex('Perhaps it might possibly help.').findings.filter((f) => f.ruleId === 'hedging/stacked');
    expect(two.map((f) => [f.span.text, f.severity, f.message])).toEqual([
      ['Perhaps it might possibly', 0.2, '2 hedges stacked in one sentence.'],
    ]);
    const three = hedgingIndex('Perhaps it might possibly be true, apparently.').findings.filter(
      (f) => f.ruleId === 'hedging/stacked',
    );
    expect(three).toHaveLength(1);
    expect(three[0]!.span.text).toBe('Perhaps it might possibly be true, apparently');
    expect(three[0]!.severity).toBeCloseTo(0.4, 10);
    expect(three[0]!.message).toBe('3 hedges stacked in one sentence.');
  });
});

describe('hedgingIndex: the findings', () => {
  it('lists findings in text order, a longer span after a shorter one at the same start (why: reading order)', () => {
    const order = (text: string) => hedgingIndex(text).findings.map((f) => [f.ruleId, f.span.start, f.span.end]);
    expect(order('I think it might rain.')).toEqual([
      ['hedging/stance', 0, 7],
      ['hedging/stacked', 0, 16],
      ['hedging/hedge', 11, 16],
    ]);
    expect(order('Perhaps it might possibly be true, apparently.')).toEqual([
      ['hedging/hedge', 0, 7],
      ['hedging/stacked', 0, 45],
      ['hedging/hedge', 11, 25],
      ['hedging/hedge', 35, 45],
    ]);
  });

  it('marks every finding as linguistic distancing on the response, with its message (why: contract)', () => {
    const text = 'I think some critics may certainly be right, roughly. Some say so. In fact, it is approximately 30.';
    const r = hedgingIndex(text);
    const byRule = new Map(r.findings.map((f) => [f.ruleId, f]));
    expect([...byRule.keys()].sort()).toEqual([
      'hedging/approximator',
      'hedging/booster',
      'hedging/hedge',
      'hedging/stacked',
      'hedging/stance',
      'hedging/weasel',
    ]);
    for (const f of r.findings) {
      expect(f.mechanism).toBe('linguisticDistancing');
      expect(f.span.source).toBe('response');
      expect(text.slice(f.span.start, f.span.end)).toBe(f.span.text);
      expect(f.kind).toBe(f.ruleId === 'hedging/booster' ? 'strength' : 'problem');
      if (f.kind === 'strength') expect(f.severity).toBe(0);
    }
    expect(
      Object.fromEntries([...byRule].filter(([id]) => id !== 'hedging/stacked').map(([id, f]) => [id, f.message])),
    ).toEqual({
      'hedging/hedge': 'An epistemic hedge: the claim is not committed to.',
      'hedging/weasel': 'A weasel expression: a vague quantity or an unnamed source stands behind the claim.',
      'hedging/approximator': 'An approximator: a quantity made vague.',
      'hedging/stance': 'An "I think"-type frame that softens the claim after it.',
      'hedging/booster': 'A booster: the claim is stated with certainty.',
    });
  });

  it('reports nothing for a fixed expression that hides a cue word (why: "with regard to" is a preposition)', () => {
    expect(hedgingIndex('With regard to the fee, it was paid.').findings).toEqual([]);
  });

  it('names the argument at fault in a wrong-type error (why: the error says which input was wrong)', () => {
    expect(() => hedgingIndex(42 as unknown as string)).toThrow(expect.objectContaining({ argument: 'response' }));
  });
});

describe('hedgingIndex: frequency adverbs weigh little', () => {
  it('weighs "usually" 0.1 (why: a habitual generalisation, not a doubt about the claim)', () => {
    expectCue('It usually rains in May.', 'usually', 'hedging/hedge', 0.1);
  });
});

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

describe('hedge1 round: cue families found on the hedge1 fixture set (sentences written for these tests)', () => {
  // `family` names the rule; `expected` lists the spans of `ruleId` the rule must give (or not give).
  const cases: { family: string; text: string; ruleId: string; expected: string[]; why: string }[] = [
    // Knowledge-limiting frames: the claim is committed to only as far as what is known.
    {
      family: 'knowledge limit',
      text: 'To the best of our knowledge, the bridge has never been repainted.',
      ruleId: 'hedging/hedge',
      expected: ['To the best of our knowledge'],
      why: 'limits the claim to what the writers know',
    },
    {
      family: 'knowledge limit',
      text: 'To my knowledge, the clinic opens on Sundays.',
      ruleId: 'hedging/hedge',
      expected: ['To my knowledge'],
      why: 'the speaker vouches only for what they know',
    },
    {
      family: 'knowledge limit',
      text: 'As far as is known, the composer never left Vienna.',
      ruleId: 'hedging/hedge',
      expected: ['As far as is known'],
      why: 'impersonal form of the same limit',
    },
    {
      family: 'knowledge limit',
      text: 'She shared the best of her knowledge at the workshop.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'near miss: "the best of her knowledge" as an object, no frame',
    },
    {
      family: 'knowledge limit',
      text: 'We walked as far as the river.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'near miss: "as far as" of distance',
    },
    // Open questions: the matter is declared unsettled.
    {
      family: 'open question',
      text: 'The date of the first performance is a matter of conjecture.',
      ruleId: 'hedging/hedge',
      expected: ['a matter of conjecture'],
      why: 'the date is not known, only guessed',
    },
    {
      family: 'open question',
      text: 'The origin of the name remains obscure.',
      ruleId: 'hedging/hedge',
      expected: ['remains obscure'],
      why: 'the origin is declared unknown',
    },
    {
      family: 'open question',
      text: 'The meaning of the inscription is open to interpretation.',
      ruleId: 'hedging/hedge',
      expected: ['open to interpretation'],
      why: 'no reading is committed to',
    },
    {
      family: 'open question',
      text: 'The cause of the fire remains unexplained.',
      ruleId: 'hedging/hedge',
      expected: ['remains unexplained'],
      why: 'the cause is not known',
    },
    {
      family: 'open question',
      text: 'The shop remains open until nine.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'near miss: "remains open" of a shop states a fact',
    },
    {
      family: 'open question',
      text: 'It is only a matter of time before the roof is fixed.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'near miss: "a matter of time" is a committed prediction',
    },
    // Evidence judged weak: the writer warns that the support is not conclusive.
    {
      family: 'weak evidence',
      text: 'It is far from clear that the treaty was ever signed.',
      ruleId: 'hedging/hedge',
      expected: ['far from clear'],
      why: 'negated clarity: the signing is in doubt',
    },
    {
      family: 'weak evidence',
      text: 'The results of the small trial were inconclusive.',
      ruleId: 'hedging/hedge',
      expected: ['inconclusive'],
      why: 'the trial settles nothing',
    },
    {
      family: 'weak evidence',
      text: 'Early reports of the crash should be viewed with scepticism.',
      ruleId: 'hedging/hedge',
      expected: ['viewed with scepticism'],
      why: 'the reports are not vouched for',
    },
    {
      family: 'weak evidence',
      text: 'Take what the forum says with a grain of salt.',
      ruleId: 'hedging/hedge',
      expected: ['with a grain of salt'],
      why: 'the claims are not vouched for',
    },
    {
      family: 'weak evidence',
      text: 'Drive with caution on icy roads.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'near miss: physical caution, no claim is weighed',
    },
    {
      family: 'weak evidence',
      text: 'The farm lies far from the road.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'near miss: "far from" of distance',
    },
    // Provisional commitment: an identification or plan made for now.
    {
      family: 'provisional',
      text: 'The fossil was tentatively assigned to a new genus.',
      ruleId: 'hedging/hedge',
      expected: ['was tentatively'],
      why: 'the assignment is provisional',
    },
    {
      family: 'provisional',
      text: 'The meeting is provisionally set for Tuesday.',
      ruleId: 'hedging/hedge',
      expected: ['is provisionally'],
      why: 'the date is not settled',
    },
    {
      family: 'provisional',
      text: 'Scholars have tentatively dated the letter to 1520.',
      ruleId: 'hedging/hedge',
      expected: ['tentatively dated'],
      why: 'the dating is provisional',
    },
    {
      family: 'provisional',
      text: 'She smiled tentatively at the nurse.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'near miss: manner (hesitantly), not a provisional claim',
    },
    // Unattributed association in the passive: linked to, with no source and no claim of cause.
    {
      family: 'unattributed link',
      text: 'Night-shift work has been linked to poor sleep in nurses.',
      ruleId: 'hedging/weasel',
      expected: ['has been linked to'],
      why: 'association reported without a source',
    },
    {
      family: 'unattributed link',
      text: 'The solvent has been implicated in two factory fires.',
      ruleId: 'hedging/weasel',
      expected: ['has been implicated in'],
      why: 'blame reported without a source',
    },
    {
      family: 'unattributed link',
      text: 'Air pollution is often linked to asthma.',
      ruleId: 'hedging/weasel',
      expected: ['is often linked to'],
      why: 'a common but unsourced association',
    },
    {
      family: 'unattributed link',
      text: 'The poem is traditionally attributed to a monk of Iona.',
      ruleId: 'hedging/weasel',
      expected: ['is traditionally attributed to'],
      why: 'authorship reported in the passive, no source for it',
    },
    {
      family: 'unattributed link',
      text: 'The fire was attributed to faulty wiring.',
      ruleId: 'hedging/weasel',
      expected: ['was attributed to'],
      why: 'a cause reported without saying by whom',
    },
    {
      family: 'unattributed link',
      text: 'Dozens of sayings have been attributed to the abbot.',
      ruleId: 'hedging/weasel',
      expected: ['have been attributed to'],
      why: 'unsourced attribution in the perfect',
    },
    {
      family: 'unattributed link',
      text: 'He attributed his recovery to rest.',
      ruleId: 'hedging/weasel',
      expected: [],
      why: 'near miss: active, the person attributing is named',
    },
    {
      family: 'unattributed link',
      text: 'The island is linked to the mainland by a causeway.',
      ruleId: 'hedging/weasel',
      expected: [],
      why: 'near miss: a physical link',
    },
    // Unsourced importance: "hard to overstate" praises without a source.
    {
      family: 'unsourced importance',
      text: 'Her influence on modern dance is hard to overestimate.',
      ruleId: 'hedging/weasel',
      expected: ['hard to overestimate'],
      why: 'praise with no source',
    },
    {
      family: 'unsourced importance',
      text: 'The importance of the treaty cannot be overstated.',
      ruleId: 'hedging/weasel',
      expected: ['cannot be overstated'],
      why: 'praise with no source',
    },
    {
      family: 'unsourced importance',
      text: "It is impossible to exaggerate the bridge's effect on trade.",
      ruleId: 'hedging/weasel',
      expected: ['impossible to exaggerate'],
      why: 'praise with no source',
    },
    {
      family: 'unsourced importance',
      text: 'Try not to overstate your symptoms to the doctor.',
      ruleId: 'hedging/weasel',
      expected: [],
      why: 'near miss: advice, no praise',
    },
    // "rather than" is a contrastive connective, not the degree hedge "rather".
    {
      family: 'rather than',
      text: 'We took the train rather than the bus.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'a choice between two things',
    },
    {
      family: 'rather than',
      text: 'Rest rather than push through the pain.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'advice contrasting two actions',
    },
    {
      family: 'rather than',
      text: 'The wall was built by monks rather than by soldiers.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'a committed contrast',
    },
    {
      family: 'rather than',
      text: 'The room was rather cold.',
      ruleId: 'hedging/hedge',
      expected: ['rather'],
      why: 'near miss: the degree hedge',
    },
    // "believe in": faith in or support of a thing, not a belief that a claim is true.
    {
      family: 'believe in',
      text: 'The villagers believed in the healing power of the spring.',
      ruleId: 'hedging/weasel',
      expected: [],
      why: 'reports a faith, no claim is hedged',
    },
    {
      family: 'believe in',
      text: 'She has always believed in hard work.',
      ruleId: 'hedging/weasel',
      expected: [],
      why: 'reports a value',
    },
    {
      family: 'believe in',
      text: 'I believe in you.',
      ruleId: 'hedging/stance',
      expected: [],
      why: 'encouragement, not an "I believe that" frame',
    },
    {
      family: 'believe in',
      text: 'The villagers believed that the spring could heal.',
      ruleId: 'hedging/weasel',
      expected: ['believed'],
      why: 'near miss: "believe that" reports a belief not vouched for',
    },
    // "would" after a past reporting verb: the future in the past, a tense, not a hedge.
    {
      family: 'future in the past',
      text: 'The mayor announced that the bridge would reopen in March.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'reported future',
    },
    {
      family: 'future in the past',
      text: 'You told me you would call her after lunch.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'reported promise',
    },
    {
      family: 'future in the past',
      text: 'The company said the plant would close in June.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'reported plan',
    },
    {
      family: 'future in the past',
      text: 'That would explain the noise.',
      ruleId: 'hedging/hedge',
      expected: ['would'],
      why: 'near miss: hypothetical "would" with no reporting verb',
    },
    // Negated "can" / "could": inability, prohibition or impossibility, never a possibility.
    {
      family: 'negated can/could',
      text: 'Visitors cannot bring food into the gallery.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'a rule',
    },
    {
      family: 'negated can/could',
      text: 'The ferry could not sail because of the storm.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'past inability',
    },
    {
      family: 'negated can/could',
      text: "It can't be more than a mile from here.",
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'impossibility: a committed claim',
    },
    {
      family: 'negated can/could',
      text: 'The letter may not have arrived.',
      ruleId: 'hedging/hedge',
      expected: ['may'],
      why: 'near miss: "may not" leaves both outcomes open',
    },
    // Terms of art whose first word is a cue word: a measured quantity, not a guess.
    {
      family: 'term of art',
      text: 'The apparent diameter of the Moon changes through the month.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'astronomical term',
    },
    {
      family: 'term of art',
      text: 'A ball on a high shelf has potential energy.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'physics term',
    },
    {
      family: 'term of art',
      text: 'She teaches probability theory at the university.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'a branch of mathematics',
    },
    {
      family: 'term of art',
      text: 'There is no apparent reason for the delay.',
      ruleId: 'hedging/hedge',
      expected: ['apparent'],
      why: 'near miss: "apparent" as seeming',
    },
    // Peacock participles used as verbs: a feast is celebrated (held), species are distinguished.
    {
      family: 'peacock participle as verb',
      text: 'The festival is celebrated every year in June.',
      ruleId: 'hedging/weasel',
      expected: [],
      why: 'the feast is held, nobody is praised',
    },
    {
      family: 'peacock participle as verb',
      text: 'The two species are distinguished by the colour of the beak.',
      ruleId: 'hedging/weasel',
      expected: [],
      why: 'told apart, not eminent',
    },
    {
      family: 'peacock participle as verb',
      text: 'The ceasefire was respected by both sides.',
      ruleId: 'hedging/weasel',
      expected: [],
      why: 'kept, not admired',
    },
    {
      family: 'peacock participle as verb',
      text: 'She is a celebrated novelist.',
      ruleId: 'hedging/weasel',
      expected: ['celebrated'],
      why: 'near miss: attributive praise without a source',
    },
    {
      family: 'peacock participle as verb',
      text: 'She is highly respected in the field.',
      ruleId: 'hedging/weasel',
      expected: ['respected'],
      why: 'near miss: a degree adverb grades the adjective, praise without a source',
    },
    {
      family: 'peacock participle as verb',
      text: 'He was celebrated for his wit.',
      ruleId: 'hedging/weasel',
      expected: ['celebrated'],
      why: 'near miss: "celebrated for" is the praise',
    },
    // Reporting verbs with a named source: the writer commits that the named person said it.
    {
      family: 'named source',
      text: 'Keller (2004) argued that the canal was never finished.',
      ruleId: 'hedging/weasel',
      expected: [],
      why: 'a cited author',
    },
    {
      family: 'named source',
      text: 'The economist Maria Ruiz estimated the losses at 40 million dollars.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'a named person made the estimate',
    },
    {
      family: 'named source',
      text: 'The bridge design proposed by Thomas Telford was never built.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'a proposal by a named engineer',
    },
    {
      family: 'named source',
      text: 'Professor Okafor, in a lecture given in 2011, claimed that the manuscript was forged.',
      ruleId: 'hedging/weasel',
      expected: [],
      why: 'named speaker, with a parenthetical between subject and verb',
    },
    {
      family: 'named source',
      text: 'Critics claimed that the vote was rigged.',
      ruleId: 'hedging/weasel',
      expected: ['Critics', 'claimed'],
      why: 'near miss: unnamed critics',
    },
    // A sign or signal "indicates" by convention: it means, it does not suggest.
    {
      family: 'sign indicates',
      text: 'A green light on the charger indicates that the battery is full.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'the light signals by design',
    },
    {
      family: 'sign indicates',
      text: 'An asterisk indicates a player who has retired.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'a typographic convention',
    },
    {
      family: 'sign indicates',
      text: 'The red icon indicates an unread message.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'an interface convention',
    },
    {
      family: 'sign indicates',
      text: 'Early signs indicate that the economy is recovering.',
      ruleId: 'hedging/hedge',
      expected: ['indicate'],
      why: 'near miss: "signs" as evidence, an inference',
    },
    {
      family: 'sign indicates',
      text: 'The survey results indicate a rise in rents.',
      ruleId: 'hedging/hedge',
      expected: ['indicate'],
      why: 'near miss: evidence indicates, an inference',
    },
    // A vague quantifier over a set whose size the sentence gives: a portion of a counted whole.
    {
      family: 'counted partitive',
      text: 'Several of the 40 prisoners escaped in the night.',
      ruleId: 'hedging/weasel',
      expected: [],
      why: 'part of a counted set',
    },
    {
      family: 'counted partitive',
      text: "Most of the band's 12 albums were recorded in Memphis.",
      ruleId: 'hedging/weasel',
      expected: [],
      why: 'part of a counted set',
    },
    {
      family: 'counted partitive',
      text: 'Many of its thirty rooms were closed in winter.',
      ruleId: 'hedging/weasel',
      expected: [],
      why: 'part of a counted set (number as a word)',
    },
    {
      family: 'counted partitive',
      text: 'Many of the 1990s bands have reunited.',
      ruleId: 'hedging/weasel',
      expected: ['Many'],
      why: 'near miss: a decade names a period, it counts nothing',
    },
    {
      family: 'counted partitive',
      text: 'Many of the houses were destroyed.',
      ruleId: 'hedging/weasel',
      expected: ['Many'],
      why: 'near miss: the whole is not counted',
    },
    // "suggest" / "propose" with a thing for object: a proposal, not an inference.
    {
      family: 'proposal',
      text: 'My sister suggested a walk along the river.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'a walk was proposed',
    },
    {
      family: 'proposal',
      text: 'The architect proposed a glass roof for the hall.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'a design was proposed',
    },
    {
      family: 'proposal',
      text: 'The coach suggested a shorter training plan for the winter.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'a plan was proposed',
    },
    {
      family: 'proposal',
      text: 'I suggest a short walk after dinner.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'advice in a reply: a walk is proposed',
    },
    {
      family: 'proposal',
      text: 'The evidence suggests a link between diet and mood.',
      ruleId: 'hedging/hedge',
      expected: ['suggests'],
      why: 'near miss: evidence suggests, an inference',
    },
    {
      family: 'proposal',
      text: 'The worn bones suggest a hard life of farm work.',
      ruleId: 'hedging/hedge',
      expected: ['suggest'],
      why: 'near miss: physical evidence suggests, an inference',
    },
    {
      family: 'proposal',
      text: 'This suggests a problem with the pump.',
      ruleId: 'hedging/hedge',
      expected: ['suggests'],
      why: 'near miss: a pronoun subject standing for evidence',
    },
    // "can only" / "could only": a restriction, not a possibility.
    {
      family: 'restrictive can/could only',
      text: 'Tickets can only be bought at the door.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'a rule',
    },
    {
      family: 'restrictive can/could only',
      text: 'The vault could only be opened with two keys.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'a past restriction',
    },
    {
      family: 'restrictive can/could only',
      text: 'You can only do your best.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'a committed limit',
    },
    {
      family: 'restrictive can/could only',
      text: 'It might only take a minute.',
      ruleId: 'hedging/hedge',
      expected: ['might'],
      why: 'near miss: "might only" still guesses',
    },
    // Negated "can" / "could" before a verb of knowing or proving: the question stays open (a hedge).
    {
      family: 'negated can/could',
      text: 'It cannot be ruled out that the fire was set.',
      ruleId: 'hedging/hedge',
      expected: ['cannot be ruled out'],
      why: 'negated certainty leaves the possibility open',
    },
    {
      family: 'negated can/could',
      text: 'The cause of the outage could not be established.',
      ruleId: 'hedging/hedge',
      expected: ['could not be established'],
      why: 'the cause is unknown',
    },
    {
      family: 'negated can/could',
      text: "Doctors can't predict how long recovery takes.",
      ruleId: 'hedging/hedge',
      expected: ["can't predict"],
      why: 'the outcome is uncertain',
    },
    {
      family: 'negated can/could',
      text: 'But could not the same be said of the others?',
      ruleId: 'hedging/hedge',
      expected: ['could'],
      why: 'near miss: a negative question suggests a possibility',
    },
    // A reported proposition whose truth the sentence settles: the writer commits to the verdict.
    {
      family: 'settled verdict',
      text: 'The theory that the comet caused the flood was refuted by later surveys.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'the theory is named only to be refuted',
    },
    {
      family: 'settled verdict',
      text: 'The rumour of a merger was confirmed by the company on Monday.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'the rumour is confirmed as fact',
    },
    {
      family: 'settled verdict',
      text: "Dalton's hypothesis about the gas was later proved correct.",
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'the hypothesis is proved',
    },
    {
      family: 'settled verdict',
      text: 'The hypothesis has never been confirmed.',
      ruleId: 'hedging/hedge',
      expected: ['hypothesis'],
      why: 'near miss: a negated verdict leaves the hypothesis open',
    },
    // "can" / "could" stating a designed capacity: ability, not possibility.
    {
      family: 'capacity',
      text: 'The new ferry can carry 300 cars.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'a load capacity',
    },
    {
      family: 'capacity',
      text: 'The stadium can seat up to 40,000 people.',
      ruleId: 'hedging/approximator',
      expected: [],
      why: 'a seating capacity: "up to" gives the maximum, it approximates nothing',
    },
    {
      family: 'capacity',
      text: 'The prototype could reach a top speed of 90 km/h.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'a speed capacity',
    },
    {
      family: 'capacity',
      text: 'The storm could reach the coast tonight.',
      ruleId: 'hedging/hedge',
      expected: ['could'],
      why: 'near miss: a forecast, a possibility',
    },
  ];
  it.each(cases)('[$family] $text -> $ruleId $expected ($why)', ({ text, ruleId, expected }) => {
    expect(spans(text, ruleId)).toEqual(expected);
  });
});

describe('hedge2 round: reply-register modals, advice frames and other cue families found on hedge2 (sentences written for these tests)', () => {
  // `family` names the rule; `expected` lists the spans of `ruleId` the rule must give (or not give).
  const cases: { family: string; text: string; ruleId: string; expected: string[]; why: string }[] = [
    // Root modals after I / we / you: ability, offer, permission or an option, not a guess.
    {
      family: 'addressed root modal',
      text: 'You can export the report as a PDF from the File menu.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'an option open to the person (ability)',
    },
    {
      family: 'addressed root modal',
      text: 'I can walk you through the setup step by step.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'an offer',
    },
    {
      family: 'addressed root modal',
      text: 'You could also ask the pharmacist to check the dosage for you.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'a suggestion of what to do',
    },
    {
      family: 'addressed root modal',
      text: 'You may bring one carry-on bag and one personal item on board.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'permission',
    },
    {
      family: 'addressed root modal',
      text: 'Send me the log file so that we can compare the two runs.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'purpose clause: what the two can then do',
    },
    {
      family: 'addressed root modal',
      text: 'We could meet halfway and split the cost of the hall.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'a proposal',
    },
    {
      family: 'addressed root modal',
      text: 'You may feel a little dizzy after the first dose.',
      ruleId: 'hedging/hedge',
      expected: ['may'],
      why: 'near miss: what may befall the person (feel), a possibility',
    },
    {
      family: 'addressed root modal',
      text: 'You could be right about the timing.',
      ruleId: 'hedging/hedge',
      expected: ['could'],
      why: 'near miss: "could be" is epistemic',
    },
    {
      family: 'addressed root modal',
      text: 'I could have left my keys at the office.',
      ruleId: 'hedging/hedge',
      expected: ['could'],
      why: 'near miss: the perfect is epistemic',
    },
    {
      family: 'addressed root modal',
      text: 'They may decide to close the branch next year.',
      ruleId: 'hedging/hedge',
      expected: ['may'],
      why: 'near miss: a third-person subject, a prediction',
    },
    // "can" of ability or affordance with a people noun as subject.
    {
      family: 'people can',
      text: "In the game's sandbox mode, players can build their own cities.",
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'what the game lets players do',
    },
    {
      family: 'people can',
      text: 'Members can borrow ten books at a time from the central library.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'a rule of the library',
    },
    {
      family: 'people can',
      text: 'Visitors can climb the north tower for a small fee.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'what visitors are allowed to do',
    },
    {
      family: 'people can',
      text: 'Students can choose between two elective modules in the second year.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'an option of the course',
    },
    {
      family: 'people can',
      text: 'Patients can experience mild headaches after the procedure.',
      ruleId: 'hedging/hedge',
      expected: ['can'],
      why: 'near miss: what may befall patients (experience), a possibility',
    },
    // First-person "suggest" before a gerund, "you" or a noun phrase: advice, not an inference.
    {
      family: 'suggest as advice',
      text: "I'd suggest calling the clinic before you go.",
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'direct advice',
    },
    {
      family: 'suggest as advice',
      text: 'I would suggest you back up the drive before updating.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'direct advice; "would" is polite, not a guess',
    },
    {
      family: 'suggest as advice',
      text: 'May I suggest trying the oat milk instead?',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'an offer of advice',
    },
    {
      family: 'suggest as advice',
      text: 'Can I suggest a shorter route through the park?',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'a proposal',
    },
    {
      family: 'suggest as advice',
      text: 'We suggest contacting support if the error persists.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'advice in the first person plural (gerund object)',
    },
    {
      family: 'suggest as advice',
      text: 'I suggest that the fall in sales reflects the weather more than the price.',
      ruleId: 'hedging/hedge',
      expected: ['suggest'],
      why: 'near miss: a clause that is not about the person, an inference',
    },
    {
      family: 'suggest as advice',
      text: 'The fossils suggest that the lake dried up suddenly.',
      ruleId: 'hedging/hedge',
      expected: ['suggest'],
      why: 'near miss: evidence suggests, an inference',
    },
    // A stance frame before advice ("I think you should"): it softens a recommendation, not a claim.
    {
      family: 'stance before advice',
      text: 'I think you should take the job offer.',
      ruleId: 'hedging/stance',
      expected: [],
      why: 'direct advice',
    },
    {
      family: 'stance before advice',
      text: 'I think we should push the release to Friday.',
      ruleId: 'hedging/stance',
      expected: [],
      why: 'a proposal',
    },
    {
      family: 'stance before advice',
      text: 'I believe you need to renew the permit before March.',
      ruleId: 'hedging/stance',
      expected: [],
      why: 'advice on what is required',
    },
    {
      family: 'stance before advice',
      text: 'I feel you ought to tell your manager about the mistake.',
      ruleId: 'hedging/stance',
      expected: [],
      why: 'advice',
    },
    {
      family: 'stance before advice',
      text: 'I think it should work after the restart.',
      ruleId: 'hedging/stance',
      expected: ['I think'],
      why: 'near miss: "it should" is an expectation about a fact',
    },
    // Probability idioms: the claim is said to be likely.
    {
      family: 'probability idiom',
      text: 'Chances are the parcel is stuck at the depot.',
      ruleId: 'hedging/hedge',
      expected: ['Chances are'],
      why: '"chances are" = probably',
    },
    {
      family: 'probability idiom',
      text: "Odds are you'll feel better by the weekend.",
      ruleId: 'hedging/hedge',
      expected: ['Odds are'],
      why: '"odds are" = probably',
    },
    {
      family: 'probability idiom',
      text: "There's a good chance the update fixed it.",
      ruleId: 'hedging/hedge',
      expected: ["There's a good chance"],
      why: 'a likelihood, not a fact',
    },
    {
      family: 'probability idiom',
      text: 'The chances are that the ferry will be cancelled.',
      ruleId: 'hedging/hedge',
      expected: ['The chances are'],
      why: 'the same idiom with "the"',
    },
    {
      family: 'probability idiom',
      text: 'She had a chance to visit Rome last spring.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'near miss: "a chance to" is an opportunity',
    },
    // A cue word inside a quoted title in title case names the work; it hedges nothing.
    {
      family: 'quoted title',
      text: 'Her second album, "Maybe Next Summer", sold poorly.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'an album title',
    },
    {
      family: 'quoted title',
      text: 'The song “Perhaps Love” was a hit in Spain.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'a song title in curly quotes',
    },
    {
      family: 'quoted title',
      text: 'We watched "It Could Happen to You" last night.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'a film title with a lower-case small word',
    },
    {
      family: 'quoted title',
      text: 'The chapter "Possibly Forever" closes the book.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'a chapter title',
    },
    {
      family: 'quoted title',
      text: 'She said, "Maybe we should leave early."',
      ruleId: 'hedging/hedge',
      expected: ['Maybe'],
      why: 'near miss: quoted speech, not a title',
    },
    // A bound after a noun defines a group ("children under five"): a category, not a vague quantity.
    {
      family: 'postnominal bound',
      text: 'The vaccine is free for children under five.',
      ruleId: 'hedging/approximator',
      expected: [],
      why: 'an age band',
    },
    {
      family: 'postnominal bound',
      text: 'Adults over 65 are offered the booster first.',
      ruleId: 'hedging/approximator',
      expected: [],
      why: 'an age band',
    },
    {
      family: 'postnominal bound',
      text: 'Trucks over 7.5 tonnes are barred from the bridge.',
      ruleId: 'hedging/approximator',
      expected: [],
      why: 'a weight limit',
    },
    {
      family: 'postnominal bound',
      text: 'Tickets for children aged under 12 cost half price.',
      ruleId: 'hedging/approximator',
      expected: [],
      why: 'an age band after "aged"',
    },
    {
      family: 'postnominal bound',
      text: 'The storm killed over 200 people.',
      ruleId: 'hedging/approximator',
      expected: ['over'],
      why: 'near miss: a count made vague',
    },
    // A bound inside a rule or recommendation is the threshold it sets, not an estimate.
    {
      family: 'threshold',
      text: 'Guidelines recommend at least seven hours of sleep for adults.',
      ruleId: 'hedging/approximator',
      expected: [],
      why: 'a recommended minimum',
    },
    {
      family: 'threshold',
      text: 'You should drink at least two litres of water a day.',
      ruleId: 'hedging/approximator',
      expected: [],
      why: 'advice with a minimum',
    },
    {
      family: 'threshold',
      text: 'Applicants must be at least 18 years old.',
      ruleId: 'hedging/approximator',
      expected: [],
      why: 'a required minimum',
    },
    {
      family: 'threshold',
      text: 'The rules require at least three members to be present.',
      ruleId: 'hedging/approximator',
      expected: [],
      why: 'a quorum',
    },
    {
      family: 'threshold',
      text: 'At least 40 people were injured in the blast.',
      ruleId: 'hedging/approximator',
      expected: ['At least'],
      why: 'near miss: a count known only as a lower bound',
    },
    // The provisional adverb between the auxiliary and "been".
    {
      family: 'provisional',
      text: 'The fragment has tentatively been identified as part of a lost gospel.',
      ruleId: 'hedging/hedge',
      expected: ['has tentatively been'],
      why: 'a provisional identification',
    },
    {
      family: 'provisional',
      text: 'The wreck had provisionally been named the Grey Lady.',
      ruleId: 'hedging/hedge',
      expected: ['had provisionally been'],
      why: 'a provisional name',
    },
    {
      family: 'provisional',
      text: 'The meeting has provisionally been set for the ninth.',
      ruleId: 'hedging/hedge',
      expected: ['has provisionally been'],
      why: 'a provisional date',
    },
    {
      family: 'provisional',
      text: 'The bones have tentatively been dated to the Bronze Age.',
      ruleId: 'hedging/hedge',
      expected: ['have tentatively been'],
      why: 'a provisional dating',
    },
    {
      family: 'provisional',
      text: 'She has tentatively stepped onto the frozen pond.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'near miss: a manner (hesitantly), no provisional claim',
    },
    // A conditional sets a condition; it does not doubt a claim.
    {
      family: 'condition',
      text: 'If the rash spreads, see a doctor the same day.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'an instruction with a condition',
    },
    {
      family: 'condition',
      text: 'If your card is declined, try a different browser.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'an instruction with a condition',
    },
    {
      family: 'condition',
      text: 'The pump shuts down if the pressure rises above the limit.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'a designed behaviour',
    },
    {
      family: 'condition',
      text: 'Refunds are issued only if the item is returned unopened.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'a rule',
    },
    {
      family: 'condition',
      text: "I don't know if the shop is open today.",
      ruleId: 'hedging/hedge',
      expected: ["I don't know if"],
      why: 'near miss: "if" = whether after not knowing',
    },
    // Memory frames: the speaker vouches only for what they remember.
    {
      family: 'memory limit',
      text: 'If I remember correctly, the museum is closed on Mondays.',
      ruleId: 'hedging/hedge',
      expected: ['If I remember correctly'],
      why: 'the claim rests on memory',
    },
    {
      family: 'memory limit',
      text: 'If memory serves, the recipe calls for two eggs.',
      ruleId: 'hedging/hedge',
      expected: ['If memory serves'],
      why: 'the claim rests on memory',
    },
    {
      family: 'memory limit',
      text: "Unless I'm mistaken, the deadline was moved to Friday.",
      ruleId: 'hedging/hedge',
      expected: ["Unless I'm mistaken"],
      why: 'the speaker allows being wrong',
    },
    {
      family: 'memory limit',
      text: 'If I remember rightly, she moved to Leeds in 2019.',
      ruleId: 'hedging/hedge',
      expected: ['If I remember rightly'],
      why: 'the claim rests on memory',
    },
    {
      family: 'memory limit',
      text: 'Please remember to lock the door if you leave last.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'near miss: an instruction with a condition',
    },
  ];
  it.each(cases)('[$family] $text -> $ruleId $expected ($why)', (c) =>
    expect(spans(c.text, c.ruleId)).toEqual(c.expected),
  );
});

/** A case of a rule family: `family` names the rule, `expected` lists the spans of `ruleId` it must (not) give. */
interface FamilyCase {
  family: string;
  text: string;
  ruleId: string;
  expected: string[];
  why: string;
}

describe('hedge3 round: perception, ellipsis, litotes, unnamed research, mention and other cue families found on hedge3 (sentences written for these tests)', () => {
  const cases: FamilyCase[] = [
    // "seem / appear" with an experiencer other than the speaker ("to you", "to her"): the reply reports
    // how things look to that person, it does not guess.
    {
      family: 'perception of another',
      text: 'I know the exercises seem pointless to you right now, but they do add up.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: "the reply names the person's impression, then commits",
    },
    {
      family: 'perception of another',
      text: 'The delay seems unfair to her, and she has a point: the form was filed on time.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'her view, which the writer then endorses',
    },
    {
      family: 'perception of another',
      text: 'Moving back home seems like a step backwards to you, and I understand why.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'the experiencer after a "like" phrase',
    },
    {
      family: 'perception of another',
      text: 'Your old worries appear silly to you now, yet they made sense at the time.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: '"appear" with the person as experiencer',
    },
    {
      family: 'perception of another',
      text: 'It seemed to them that the whole street had gone quiet.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'a narrated perception of others, not a guess of the writer',
    },
    {
      family: 'perception of another',
      text: 'It seems to me that the battery is the problem.',
      ruleId: 'hedging/hedge',
      expected: ['seems'],
      why: "near miss: the speaker's own impression is a hedge",
    },
    {
      family: 'perception of another',
      text: 'It seems wise to give the spare key to them.',
      ruleId: 'hedging/hedge',
      expected: ['seems'],
      why: 'near miss: "to them" belongs to "give", not to "seems"',
    },
    {
      family: 'perception of another',
      text: 'The battery seems to be the problem.',
      ruleId: 'hedging/hedge',
      expected: ['seems'],
      why: 'near miss: "to" opens an infinitive, not an experiencer',
    },
    // "can" / "would" ending a condition or time clause before a comma ("If you can, ..."): elliptical,
    // like the clause-final "can" already dropped; the main clause is the advice.
    {
      family: 'elliptical modal in a condition',
      text: 'If you can, eat something small before the appointment.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'a condition on ability, then advice',
    },
    {
      family: 'elliptical modal in a condition',
      text: 'Whenever you can, step outside for ten minutes of daylight.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'a time clause on ability',
    },
    {
      family: 'elliptical modal in a condition',
      text: 'As soon as you can, write down what happened and when.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: '"as soon as you can" asks for speed',
    },
    {
      family: 'elliptical modal in a condition',
      text: 'When she can, my neighbour walks the dog for me.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'a habit limited by ability',
    },
    {
      family: 'elliptical modal in a condition',
      text: 'If he would, the landlord could fix it this week.',
      ruleId: 'hedging/hedge',
      expected: ['could'],
      why: 'elliptical "would" dropped; the "could" of the main clause stays',
    },
    {
      family: 'elliptical modal in a condition',
      text: 'It can, in rare cases, cause a rash.',
      ruleId: 'hedging/hedge',
      expected: ['can'],
      why: 'near miss: a parenthesis after "can", which goes on to a verb',
    },
    // Litotes of possibility: "not impossible" asserts only that something is possible.
    {
      family: 'litotic possibility',
      text: 'It is not impossible that the letter was written by his sister.',
      ruleId: 'hedging/hedge',
      expected: ['not impossible'],
      why: 'a denied impossibility is a possibility',
    },
    {
      family: 'litotic possibility',
      text: 'It is not entirely inconceivable that the two sites traded with each other.',
      ruleId: 'hedging/hedge',
      expected: ['not entirely inconceivable'],
      why: 'litotes with a degree adverb',
    },
    {
      family: 'litotic possibility',
      text: 'A second eruption within the decade is not out of the question.',
      ruleId: 'hedging/hedge',
      expected: ['not out of the question'],
      why: 'an idiom of possibility',
    },
    {
      family: 'litotic possibility',
      text: 'That the comet was seen in 1402 is not implausible.',
      ruleId: 'hedging/hedge',
      expected: ['not implausible'],
      why: 'a denied implausibility',
    },
    {
      family: 'litotic possibility',
      text: 'It is impossible to open the valve without the key.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'near miss: a plain impossibility is committed',
    },
    // Research or studies given as the source with nothing named: a weasel.
    {
      family: 'unnamed research',
      text: 'Research has shown that regular sleep improves memory.',
      ruleId: 'hedging/weasel',
      expected: ['Research has shown that'],
      why: 'no study is named',
    },
    {
      family: 'unnamed research',
      text: 'Studies show that keeping a diary can ease anxiety.',
      ruleId: 'hedging/weasel',
      expected: ['Studies show that'],
      why: 'unnamed studies',
    },
    {
      family: 'unnamed research',
      text: 'Recent research suggests that the reef is recovering.',
      ruleId: 'hedging/weasel',
      expected: ['research suggests that'],
      why: 'unnamed research behind an inference',
    },
    {
      family: 'unnamed research',
      text: 'Science has proven that cold showers boost the immune system.',
      ruleId: 'hedging/weasel',
      expected: ['Science has proven that'],
      why: '"science" as an unnamed authority',
    },
    {
      family: 'unnamed research',
      text: 'A 2018 trial at Leeds General Infirmary showed that the drug halves relapse rates.',
      ruleId: 'hedging/weasel',
      expected: [],
      why: 'near miss: the study is named',
    },
    // A cue word quoted as an expression (glossed, translated, named as a word or catchphrase): mentioned, not used.
    {
      family: 'mention',
      text: "In Welsh, 'efallai' means 'perhaps'.",
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'a gloss',
    },
    {
      family: 'mention',
      text: "The word 'probably' comes from the Latin probabilis.",
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'the word is named, not used',
    },
    {
      family: 'mention',
      text: 'The phrase "it is said that" marks hearsay in style guides.',
      ruleId: 'hedging/weasel',
      expected: [],
      why: 'a phrase quoted as an example',
    },
    {
      family: 'mention',
      text: "Her favourite expression was 'maybe, maybe not', and she used it daily.",
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'a catchphrase quoted',
    },
    {
      family: 'mention',
      text: "The Latin verb 'putare' is glossed as 'to suppose' or 'to reckon'.",
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'a gloss coordinated with another',
    },
    {
      family: 'mention',
      text: 'He told the crew "it might rain later" and left.',
      ruleId: 'hedging/hedge',
      expected: ['might'],
      why: 'near miss: quoted speech, no word names it as an expression',
    },
    // A negated imperative of a speculative verb: the writer tells the reader not to guess.
    {
      family: 'negated imperative',
      text: "Don't assume the landlord knows about the leak; tell them in writing.",
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'an instruction not to assume',
    },
    {
      family: 'negated imperative',
      text: 'Never guess at a security question; use the recovery code.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'an instruction not to guess',
    },
    {
      family: 'negated imperative',
      text: 'Do not estimate the load by eye; weigh it.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'an instruction not to estimate',
    },
    {
      family: 'negated imperative',
      text: "Please don't speculate about the cause until the report is out.",
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'a polite instruction',
    },
    {
      family: 'negated imperative',
      text: 'We assume the pump failed overnight.',
      ruleId: 'hedging/hedge',
      expected: ['assume'],
      why: 'near miss: the writer assumes',
    },
    // "believe" with a person for object: trust in what the person said, not a belief that a claim is true.
    {
      family: 'believe a person',
      text: "I believe you, and I'm sorry that happened.",
      ruleId: 'hedging/stance',
      expected: [],
      why: 'trust in the person',
    },
    {
      family: 'believe a person',
      text: 'Her teacher believed her when nobody else did.',
      ruleId: 'hedging/weasel',
      expected: [],
      why: 'trust in a person',
    },
    {
      family: 'believe a person',
      text: 'Nobody believed them at first.',
      ruleId: 'hedging/weasel',
      expected: [],
      why: 'trust withheld, then given',
    },
    {
      family: 'believe a person',
      text: 'I believe him completely.',
      ruleId: 'hedging/stance',
      expected: [],
      why: 'trust with a degree adverb',
    },
    {
      family: 'believe a person',
      text: 'I believe you are right about the timing.',
      ruleId: 'hedging/stance',
      expected: ['I believe'],
      why: 'near miss: "you" is the subject of a clause believed',
    },
    {
      family: 'believe a person',
      text: 'I believe him to be the author.',
      ruleId: 'hedging/stance',
      expected: ['I believe'],
      why: 'near miss: "believe X to be" is a belief about a fact',
    },
    // A reporting verb after a name in apposition ("The captain, Elias Brand, believed"): the source is named.
    {
      family: 'named agent in apposition',
      text: "The ship's surgeon, Tomas Lind, believed the fever came from the water casks.",
      ruleId: 'hedging/weasel',
      expected: [],
      why: 'the believer is named',
    },
    {
      family: 'named agent in apposition',
      text: 'Its first director, Ana Ruiz, argued that the collection should stay in the city.',
      ruleId: 'hedging/weasel',
      expected: [],
      why: 'the arguer is named',
    },
    {
      family: 'named agent in apposition',
      text: "The survey's author, Helen Marsh, estimated the herd at 4,000 head.",
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'the estimate is attributed to a named person',
    },
    {
      family: 'named agent in apposition',
      text: 'Her lawyer, Mr Okafor, claimed the contract was void.',
      ruleId: 'hedging/weasel',
      expected: [],
      why: 'the claimant is named',
    },
    {
      family: 'named agent in apposition',
      text: 'Her supporters, in a letter to the press, argued that she was innocent.',
      ruleId: 'hedging/weasel',
      expected: ['argued'],
      why: 'near miss: a parenthesis, not a name, stands between the commas',
    },
    // Permission under a stated rule: "Under the rules, a player may..."; or restricted by "only after / if".
    {
      family: 'permission under a rule',
      text: 'Under the club rules, a member may bring two guests to the annual dinner.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'what the rules permit',
    },
    {
      family: 'permission under a rule',
      text: 'Under the 1990 Fisheries Act, any resident could fish the river without a permit.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'what the act permitted',
    },
    {
      family: 'permission under a rule',
      text: 'Under the terms of the lease, the tenant may keep one cat but may not sublet the flat.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'permission and prohibition under the lease',
    },
    {
      family: 'permission under a rule',
      text: 'The vaccine may be given only after a doctor has checked the dose.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'a condition of permission',
    },
    {
      family: 'permission under a rule',
      text: 'Apprentices could sit the final exam only after three years of training.',
      ruleId: 'hedging/hedge',
      expected: [],
      why: 'a condition of past permission',
    },
    {
      family: 'permission under a rule',
      text: 'Under the new law, tenants could lose their deposits.',
      ruleId: 'hedging/hedge',
      expected: ['could'],
      why: 'near miss: what may befall tenants (lose), a possibility',
    },
    {
      family: 'permission under a rule',
      text: 'Under the bridge, the water may be deep.',
      ruleId: 'hedging/hedge',
      expected: ['may'],
      why: 'near miss: "under" a place, no rule',
    },
    {
      family: 'permission under a rule',
      text: 'The symptoms may return only rarely.',
      ruleId: 'hedging/hedge',
      expected: ['may'],
      why: 'near miss: "only" grades a frequency, it sets no condition',
    },
  ];
  it.each(cases)('[$family] $text -> $ruleId $expected ($why)', (c) =>
    expect(spans(c.text, c.ruleId)).toEqual(c.expected),
  );
});

describe('review fixes: guards that over- or under-reached (sentences written for these tests)', () => {
  const cases: { text: string; hedged: boolean; why: string }[] = [
    // permissionByRule
    {
      text: 'Under the new rules, the club might raise its fees.',
      hedged: true,
      why: '"might" never grants permission; only may / can / could are read as permission under a rule',
    },
    {
      text: 'Under the club rules, members may bring two guests.',
      hedged: false,
      why: 'near miss: "may" under a rule is still permission',
    },
    {
      text: 'The virus could spread only through close contact.',
      hedged: true,
      why: 'a restrictive "only" sets a condition of permission only for a person or role, not for a virus',
    },
    {
      text: 'Apprentices could sit the final exam only after three years of training.',
      hedged: false,
      why: 'near miss: a role as the subject keeps the "only" reading',
    },
    // personObject
    {
      text: 'I believe her husband is lying.',
      hedged: true,
      why: 'possessive "her" before a noun: the belief is about her husband, a claim',
    },
    {
      text: 'I believe her brother stole the money.',
      hedged: true,
      why: 'possessive "her" before a noun opens a clause',
    },
    { text: 'I believe her.', hedged: false, why: 'near miss: "her" as the object is trust in a person' },
    // SIGNS
    {
      text: 'The trail of clues that led police to the house indicates that he fled.',
      hedged: true,
      why: '"led" (past of lead) is not a light-emitting diode',
    },
    {
      text: 'A blinking LED indicates that the battery is low.',
      hedged: false,
      why: 'near miss: an LED, written so, is a conventional sign',
    },
    // QUESTION_OPENERS
    {
      text: 'She is ill and could not come to the meeting.',
      hedged: false,
      why: '"and" inside a sentence joins a second predicate; "could not" states inability',
    },
    {
      text: 'And could not the council have acted sooner?',
      hedged: true,
      why: 'near miss: "And" opening the sentence opens a negative question',
    },
    // namedAgent
    {
      text: "So I'm suggesting the drop reflects the weather.",
      hedged: true,
      why: 'wink tags "I\'m" as a proper noun; the writer is not a named source',
    },
    {
      text: "Frankly, I'm estimating the repair at a week.",
      hedged: true,
      why: 'the writer\'s own estimate, "I\'m" is not a name',
    },
    {
      text: 'Sources close to Biden claimed the talks had failed.',
      hedged: true,
      why: 'a name after a preposition is not the agent; the sources stay unnamed',
    },
    {
      text: 'The plan was proposed by Lars Berglund.',
      hedged: false,
      why: 'near miss: "by" + a name is the agent of the passive',
    },
    // ruleThreshold / postnominalBound
    {
      text: 'It must have taken more than 300 workers to build the wall.',
      hedged: true,
      why: 'epistemic "must have" + participle infers; it sets no threshold',
    },
    {
      text: 'Applicants must be at least 18.',
      hedged: false,
      why: 'near miss: a deontic "must" sets a threshold',
    },
    {
      text: 'The project cost over 5 million dollars in the end.',
      hedged: true,
      why: '"cost" (tagged a noun) is not a plural noun defining a group by a bound',
    },
    { text: 'Children under five travel free.', hedged: false, why: 'near miss: a plural noun bounded by age' },
    // adviceAfter
    {
      text: 'I think you must be exhausted after that week.',
      hedged: true,
      why: 'epistemic "must be" + participle is an inference about the person, not advice',
    },
    {
      text: 'I think you must have misread the label.',
      hedged: true,
      why: 'epistemic "must have" + participle',
    },
    { text: 'I think you must call her today.', hedged: false, why: 'near miss: deontic "must" is advice' },
    // hedges.txt: a chance to
    {
      text: 'There is a chance to meet the author after the talk.',
      hedged: false,
      why: '"a chance to" + verb is an opportunity, not a probability',
    },
    {
      text: "There's a good chance she is busy.",
      hedged: true,
      why: 'near miss: "a chance" before a clause is a probability',
    },
    // MENTION_WORDS
    {
      text: "He kept saying 'maybe we should wait'.",
      hedged: true,
      why: 'quoted speech after a verb of saying keeps its cue; only a word naming the expression mentions it',
    },
    {
      text: "The catchphrase 'maybe later' ended every episode.",
      hedged: false,
      why: 'near miss: "catchphrase" names the quoted expression',
    },
  ];
  it.each(cases)('$text -> hedged $hedged ($why)', (c) => expect(hedgingIndex(c.text).score > 0).toBe(c.hedged));
});

/** Cases of the hedge4 round: one or more sentences per family (written for these tests), then near misses. */
const HEDGE4_CASES: FamilyCase[] = [
  // "might / may want to", "might like to", "might try": a polite suggestion to the person, not a guess.
  {
    family: 'polite suggestion',
    text: 'You might want to back up the database before running the migration.',
    ruleId: 'hedging/hedge',
    expected: [],
    why: 'advice softened by "might want to"',
  },
  {
    family: 'polite suggestion',
    text: 'You may wish to bring a warm layer, since the hall is unheated.',
    ruleId: 'hedging/hedge',
    expected: [],
    why: '"may wish to" recommends',
  },
  {
    family: 'polite suggestion',
    text: 'We might want to revisit the budget once the quotes come in.',
    ruleId: 'hedging/hedge',
    expected: [],
    why: 'a proposal to the team',
  },
  {
    family: 'polite suggestion',
    text: 'If the stain stays, you might try a paste of baking soda and water.',
    ruleId: 'hedging/hedge',
    expected: [],
    why: '"might try" proposes a remedy',
  },
  {
    family: 'polite suggestion',
    text: 'You might like to read the chapter on sleep before the appointment.',
    ruleId: 'hedging/hedge',
    expected: [],
    why: '"might like to" recommends',
  },
  {
    family: 'polite suggestion',
    text: 'You might be allergic to the new detergent.',
    ruleId: 'hedging/hedge',
    expected: ['might'],
    why: 'near miss: a guess about the person, not a suggestion',
  },
  // "It seems you've already tried X": the reply reads back what the person has said or done.
  {
    family: 'reading back',
    text: "It seems you've already tried restarting the router, so let's check the cable next.",
    ruleId: 'hedging/hedge',
    expected: [],
    why: 'the person said they restarted it',
  },
  {
    family: 'reading back',
    text: "It seems like you're still waiting for the refund, which is frustrating.",
    ruleId: 'hedging/stance',
    expected: [],
    why: 'a reading back through the stance frame "it seems like"',
  },
  {
    family: 'reading back',
    text: 'It appears you have already filed the form, so the next step is the interview.',
    ruleId: 'hedging/hedge',
    expected: [],
    why: '"appears" + "already": what the person reported',
  },
  {
    family: 'reading back',
    text: 'It seems that you are still paying for both plans.',
    ruleId: 'hedging/hedge',
    expected: [],
    why: '"seems that you ... still": the situation as the person described it',
  },
  {
    family: 'reading back',
    text: 'It seems you have a typo in the import path.',
    ruleId: 'hedging/hedge',
    expected: ['seems'],
    why: 'near miss: a diagnosis, no "already" / "still"',
  },
  {
    family: 'reading back',
    text: 'It seems the server has already restarted itself.',
    ruleId: 'hedging/hedge',
    expected: ['seems'],
    why: 'near miss: "already" in a clause about the server, not the person',
  },
  // "Suppose X: do Y", "Assuming X, do Y": a supposition sets a condition; the advice is committed.
  {
    family: 'supposition as condition',
    text: 'Suppose the flight is cancelled: ask the airline for a rebooking before you leave the gate.',
    ruleId: 'hedging/hedge',
    expected: [],
    why: 'an imperative scenario followed by advice',
  },
  {
    family: 'supposition as condition',
    text: 'Assuming the lease allows pets, get the landlord to confirm it in writing.',
    ruleId: 'hedging/hedge',
    expected: [],
    why: '"Assuming" = "provided that"',
  },
  {
    family: 'supposition as condition',
    text: "Let's assume the cache is empty and trace the first request.",
    ruleId: 'hedging/hedge',
    expected: [],
    why: 'a working scenario, not a belief',
  },
  {
    family: 'supposition as condition',
    text: "The patch works on any laptop, assuming you're running the latest firmware.",
    ruleId: 'hedging/hedge',
    expected: [],
    why: 'a participle condition after the claim',
  },
  {
    family: 'supposition as condition',
    text: 'I suppose the shop has closed by now.',
    ruleId: 'hedging/stance',
    expected: ['I suppose'],
    why: 'near miss: a subject, so the writer supposes',
  },
  {
    family: 'supposition as condition',
    text: 'Suppose so.',
    ruleId: 'hedging/hedge',
    expected: ['Suppose'],
    why: 'near miss: the elliptical "(I) suppose so"',
  },
  // "You don't need to guess", "no need to speculate": the writer says no guess is needed.
  {
    family: 'needless guess',
    text: "You don't need to guess the password; the reset link will let you choose a new one.",
    ruleId: 'hedging/hedge',
    expected: [],
    why: 'the guess is declared unnecessary',
  },
  {
    family: 'needless guess',
    text: "There's no need to speculate about the results, since they arrive on Friday.",
    ruleId: 'hedging/hedge',
    expected: [],
    why: '"no need to speculate"',
  },
  {
    family: 'needless guess',
    text: "You shouldn't assume the worst just because he hasn't replied yet.",
    ruleId: 'hedging/hedge',
    expected: [],
    why: 'a prohibition of the guess',
  },
  {
    family: 'needless guess',
    text: "With the receipt you don't have to estimate the cost; just copy the total.",
    ruleId: 'hedging/hedge',
    expected: [],
    why: '"don\'t have to estimate"',
  },
  {
    family: 'needless guess',
    text: 'I need to guess the date, because the label has faded.',
    ruleId: 'hedging/hedge',
    expected: ['guess'],
    why: 'near miss: the guess is needed and made',
  },
  // "Can you check whether...", "Please see whether...": the person is asked to find something out.
  {
    family: 'requested check',
    text: 'Could you check whether the router light turns green after a minute?',
    ruleId: 'hedging/hedge',
    expected: [],
    why: 'a request to find out',
  },
  {
    family: 'requested check',
    text: 'Please see whether the invoice number matches the one on your statement.',
    ruleId: 'hedging/hedge',
    expected: [],
    why: 'an instruction',
  },
  {
    family: 'requested check',
    text: 'First, find out whether your policy covers water damage.',
    ruleId: 'hedging/hedge',
    expected: [],
    why: '"find out whether" as an imperative',
  },
  {
    family: 'requested check',
    text: 'Let me know whether the new dose helps with the headaches.',
    ruleId: 'hedging/hedge',
    expected: [],
    why: '"let me know whether"',
  },
  {
    family: 'requested check',
    text: 'The team tested whether the coating survives salt spray.',
    ruleId: 'hedging/hedge',
    expected: ['whether'],
    why: 'near miss: a report of a test, an open question in the text',
  },
  {
    family: 'requested check',
    text: 'I will check whether the parcel has shipped.',
    ruleId: 'hedging/hedge',
    expected: ['whether'],
    why: 'near miss: the writer leaves the question open',
  },
  // "It looks as if / as though": an inference from appearances.
  {
    family: 'looks as if',
    text: 'It looks as if the fuse has blown, so check the box under the stairs.',
    ruleId: 'hedging/hedge',
    expected: ['It looks as if'],
    why: 'an inference from what the person described',
  },
  {
    family: 'looks as if',
    text: 'It looks as though the package was never installed.',
    ruleId: 'hedging/hedge',
    expected: ['It looks as though'],
    why: '"as though" variant',
  },
  {
    family: 'looks as if',
    text: 'It looked as if the river would burst its banks by morning.',
    ruleId: 'hedging/hedge',
    expected: ['It looked as if', 'would'],
    why: 'past tense, by lemma',
  },
  {
    family: 'looks as if',
    text: "It looks as if the plant isn't getting enough light.",
    ruleId: 'hedging/hedge',
    expected: ['It looks as if'],
    why: 'a guess at the cause',
  },
  {
    family: 'looks as if',
    text: 'She looks as tall as her brother now.',
    ruleId: 'hedging/hedge',
    expected: [],
    why: 'near miss: "as" compares, no "if" / "though"',
  },
  // Epistemic adjectives after a contracted copula ("it's conceivable that"), and "conceivable" itself.
  {
    family: 'contracted copula',
    text: "It's conceivable that the charger is faulty, so try another one.",
    ruleId: 'hedging/hedge',
    expected: ["It's conceivable that"],
    why: '"it\'s" = "it is"',
  },
  {
    family: 'contracted copula',
    text: "It's plausible that the rash is from the new soap.",
    ruleId: 'hedging/hedge',
    expected: ["It's plausible that"],
    why: 'a plausible guess',
  },
  {
    family: 'contracted copula',
    text: 'It was probable that the ferry would be delayed.',
    ruleId: 'hedging/hedge',
    expected: ['It was probable that', 'would'],
    why: 'past copula by lemma',
  },
  {
    family: 'contracted copula',
    text: 'A later date for the manuscript is conceivable but has few defenders.',
    ruleId: 'hedging/hedge',
    expected: ['conceivable'],
    why: 'the bare adjective',
  },
  {
    family: 'contracted copula',
    text: "It's possible to cancel the order within 14 days.",
    ruleId: 'hedging/hedge',
    expected: ['possible'],
    why: 'near miss: "possible to" (ability) is not the "that" frame; only the weaker bare cue counts',
  },
  // A noun of conjecture owned by the writer frames a guess ("my hunch is").
  {
    family: 'owned conjecture',
    text: 'My hunch is that the leak comes from the washing machine hose.',
    ruleId: 'hedging/hedge',
    expected: ['My hunch is'],
    why: 'a hunch',
  },
  {
    family: 'owned conjecture',
    text: 'My suspicion is that the cron job never ran.',
    ruleId: 'hedging/hedge',
    expected: ['My suspicion is'],
    why: 'a suspicion',
  },
  {
    family: 'owned conjecture',
    text: 'My gut feeling is that he will come round.',
    ruleId: 'hedging/hedge',
    expected: ['My gut feeling is'],
    why: 'a gut feeling',
  },
  {
    family: 'owned conjecture',
    text: 'My bet is the fan is clogged with dust.',
    ruleId: 'hedging/hedge',
    expected: ['My bet is'],
    why: 'a wager = a guess',
  },
  {
    family: 'owned conjecture',
    text: 'My feelings are hurt.',
    ruleId: 'hedging/hedge',
    expected: [],
    why: 'near miss: the noun for emotions, not a conjecture frame',
  },
  // "may" after a role that a rule or a service defines (visitors, members, patients): permission.
  {
    family: 'permission by role',
    text: 'Visitors may photograph the gardens but not the interior of the chapel.',
    ruleId: 'hedging/hedge',
    expected: [],
    why: 'what visitors are allowed to do',
  },
  {
    family: 'permission by role',
    text: 'Members may bring one guest to the Thursday lectures.',
    ruleId: 'hedging/hedge',
    expected: [],
    why: 'a membership rule',
  },
  {
    family: 'permission by role',
    text: 'Passengers may not board without a printed or digital ticket.',
    ruleId: 'hedging/hedge',
    expected: [],
    why: 'a prohibition',
  },
  {
    family: 'permission by role',
    text: 'Patients can take the tablets with water or milk.',
    ruleId: 'hedging/hedge',
    expected: [],
    why: 'dosing instructions for patients',
  },
  {
    family: 'permission by role',
    text: 'Residents of the borough may park free of charge on Sundays.',
    ruleId: 'hedging/hedge',
    expected: [],
    why: 'the role noun before an "of" phrase',
  },
  {
    family: 'permission by role',
    text: 'Residents of the coast may notice a smell of sulphur after storms.',
    ruleId: 'hedging/hedge',
    expected: ['may'],
    why: 'near miss: the same subject with a verb of undergoing (notice)',
  },
  {
    family: 'permission by role',
    text: 'Visitors may find the final staircase steep and narrow.',
    ruleId: 'hedging/hedge',
    expected: ['may'],
    why: 'near miss: what may befall visitors (find), a possibility',
  },
  {
    family: 'permission by role',
    text: 'Patients may benefit from a lower starting dose.',
    ruleId: 'hedging/hedge',
    expected: ['may'],
    why: 'near miss: an expected effect, a possibility',
  },
  // A verb of ruling + "that" before the modal: the ruling allows or forbids.
  {
    family: 'ruling',
    text: 'The council ruled that market traders might sell their goods on Sundays from 1885.',
    ruleId: 'hedging/hedge',
    expected: [],
    why: 'what the council allowed',
  },
  {
    family: 'ruling',
    text: 'The 1921 charter stipulated that only graduates could stand for the board.',
    ruleId: 'hedging/hedge',
    expected: [],
    why: 'a stipulated right',
  },
  {
    family: 'ruling',
    text: 'The statute provides that a buyer may return the goods within thirty days.',
    ruleId: 'hedging/hedge',
    expected: [],
    why: 'a legal provision',
  },
  {
    family: 'ruling',
    text: 'The abbot decreed that the monks could eat meat on feast days.',
    ruleId: 'hedging/hedge',
    expected: [],
    why: 'a decree',
  },
  {
    family: 'ruling',
    text: 'The court ruled that the witness may have lied under oath.',
    ruleId: 'hedging/hedge',
    expected: ['may'],
    why: 'near miss: the perfect, a judgement about what possibly happened',
  },
  {
    family: 'ruling',
    text: 'The report said that the dam may fail in a large flood.',
    ruleId: 'hedging/hedge',
    expected: ['may'],
    why: 'near miss: a report, not a ruling',
  },
  // A negated permission sets the bound after it ("could not carry more than").
  {
    family: 'negated permission bound',
    text: 'Under the treaty, each navy could not build more than five battleships.',
    ruleId: 'hedging/approximator',
    expected: [],
    why: 'a treaty limit',
  },
  {
    family: 'negated permission bound',
    text: 'Hand luggage may not weigh more than 8 kilograms.',
    ruleId: 'hedging/approximator',
    expected: [],
    why: 'an airline rule',
  },
  {
    family: 'negated permission bound',
    text: 'A single query cannot return more than 1000 rows.',
    ruleId: 'hedging/approximator',
    expected: [],
    why: 'a system limit',
  },
  {
    family: 'negated permission bound',
    text: "The lift can't carry more than eight people at a time.",
    ruleId: 'hedging/approximator',
    expected: [],
    why: 'a capacity limit',
  },
  {
    family: 'negated permission bound',
    text: 'The fire destroyed more than 200 homes.',
    ruleId: 'hedging/approximator',
    expected: ['more than'],
    why: 'near miss: a count made vague, no limit',
  },
  // A named source of a belief or supposition: a people by its name, a character by hers.
  {
    family: 'named believer',
    text: 'The Norse settlers believed that the island was haunted.',
    ruleId: 'hedging/weasel',
    expected: [],
    why: 'the belief of a named people',
  },
  {
    family: 'named believer',
    text: 'The Hopi people believe that the kachinas visit each year.',
    ruleId: 'hedging/weasel',
    expected: [],
    why: 'an ethnographic report with its source',
  },
  {
    family: 'named believer',
    text: 'In the final chapter, Inspector Vane suspects the gardener and searches the shed.',
    ruleId: 'hedging/hedge',
    expected: [],
    why: 'a plot summary: the character suspects',
  },
  {
    family: 'named believer',
    text: 'The young sailor Tomas assumes the ship has sunk and returns to his village.',
    ruleId: 'hedging/hedge',
    expected: [],
    why: "a character's assumption, narrated",
  },
  {
    family: 'named believer',
    text: 'Many Norse settlers believed that the island was haunted.',
    ruleId: 'hedging/weasel',
    expected: ['Many', 'believed'],
    why: 'near miss: a vague part of the people',
  },
  {
    family: 'named believer',
    text: 'Many Hopi people say that the kachinas visit each year.',
    ruleId: 'hedging/weasel',
    expected: ['Many Hopi people'],
    why: 'near miss: a vague part of a named people (the longer match masks "people say")',
  },
  {
    family: 'named believer',
    text: 'I suspect the gardener.',
    ruleId: 'hedging/stance',
    expected: ['I suspect'],
    why: 'near miss: the writer suspects',
  },
  // "consider" + a gerund: to think about doing something, not to judge.
  {
    family: 'consider doing',
    text: 'She never considered leaving the orchestra.',
    ruleId: 'hedging/weasel',
    expected: [],
    why: 'to contemplate leaving',
  },
  {
    family: 'consider doing',
    text: 'Have you considered switching to a standing desk?',
    ruleId: 'hedging/weasel',
    expected: [],
    why: 'a suggestion to contemplate',
  },
  {
    family: 'consider doing',
    text: 'The board is considering moving the headquarters to Leeds.',
    ruleId: 'hedging/weasel',
    expected: [],
    why: 'a plan under thought',
  },
  {
    family: 'consider doing',
    text: 'Consider adding a retry around the network call.',
    ruleId: 'hedging/weasel',
    expected: [],
    why: 'advice',
  },
  {
    family: 'consider doing',
    text: 'He considered the bridge unsafe.',
    ruleId: 'hedging/weasel',
    expected: ['considered'],
    why: 'near miss: a judgement of a thing',
  },
  // "appear to" + a noun phrase: to come into view, not to seem.
  {
    family: 'appear = come into view',
    text: 'In the fresco, an angel appears to the right of the throne.',
    ruleId: 'hedging/hedge',
    expected: [],
    why: 'where the figure is shown',
  },
  {
    family: 'appear = come into view',
    text: 'According to the legend, the saint appeared to a shepherd on the hill.',
    ruleId: 'hedging/hedge',
    expected: [],
    why: 'a vision (the legend is a weasel, not this verb)',
  },
  {
    family: 'appear = come into view',
    text: 'A warning icon appears to the left of the file name.',
    ruleId: 'hedging/hedge',
    expected: [],
    why: 'interface description',
  },
  {
    family: 'appear = come into view',
    text: 'The ghost appeared to them every winter, the villagers said.',
    ruleId: 'hedging/hedge',
    expected: [],
    why: 'appeared to a person',
  },
  {
    family: 'appear = come into view',
    text: 'The figures appear to show a small rise in sales.',
    ruleId: 'hedging/hedge',
    expected: ['appear to'],
    why: 'near miss: "appear to" + a verb is seeming',
  },
];

describe('hedge4 round: polite suggestion, reading back, supposition, requested checks, permission by role or ruling and other cue families found on hedge4 (sentences written for these tests)', () => {
  it.each(HEDGE4_CASES)('[$family] $text -> $ruleId $expected ($why)', (c) =>
    expect(spans(c.text, c.ruleId)).toEqual(c.expected),
  );
});

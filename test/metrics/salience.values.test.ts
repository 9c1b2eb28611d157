import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { readInput } from '../../src/input.js';
import {
  type Concern,
  granularityMismatchMechanism,
  type SalienceOverlapResult,
  salienceOverlap,
  stem,
} from '../../src/metrics/salience.js';
import type { Finding } from '../../src/types.js';

// Value-level cases for salienceOverlap, stem and granularityMismatchMechanism, each expected value
// worked out from docs/metrics/salience.md and the JSDoc (written against survivors of the
// mutation run):
//   concern weight = kind weight (relation 2 or 1.2 without a possessive, named 2, time 1.8 x entry,
//     number 1.5, emotion 1.5 x intensity, question 2, topic 1, event 0.6 / adjective 0.48)
//     x emphasis (exclamation 1.25, emotion in the sentence 1.25, intensifier before 1.2, CAPS 1.3)
//     x (1 + 0.5 log2 mentions)
//   coverage = Σ met weight / Σ weight
//   off-topic weight of a reply word: PROPN 1.6 x 1.25 = 2, NOUN 1, NUM 1.4, VERB 0.7 x 0.8 = 0.56,
//     ADJ 0.6 x 0.6 = 0.36, ADV 0; a named feeling 0.3 of its content weight
//   score = (coverage + understanding + 1 - offTopic) / 3 x (1 - genericness) x (1 - max(0, parroting - 0.5))

const OK = 'Ok.';
const byRule = (fs: Finding[], ruleId: string) => fs.filter((f) => f.ruleId === ruleId);
const concern = (s: SalienceOverlapResult, kind: string): Concern => {
  const c = s.concerns.filter((x) => x.kind === kind);
  expect(c).toHaveLength(1);
  return c[0]!;
};
const scoreOf = (s: SalienceOverlapResult) =>
  ((s.coverage + s.understanding + (1 - s.offTopic)) / 3) * (1 - s.genericness) * (1 - Math.max(0, s.parroting - 0.5));

describe('stem: one suffix stripped, at least three letters kept', () => {
  const suffixes = [
    'ational',
    'fulness',
    'iveness',
    'ousness',
    'ations',
    'ation',
    'ities',
    'iety',
    'ious',
    'ness',
    'ment',
    'ings',
    'ing',
    'ies',
    'ied',
    'ity',
    'ous',
    'ive',
    'ful',
    'ers',
    'est',
    'ed',
    'er',
    'es',
    'ly',
    'al',
    'y',
    's',
    'e',
  ];
  it.each(suffixes)('"bcd%s" -> "bcd"', (s) => {
    expect(stem(`bcd${s}`)).toBe('bcd');
  });
  const cases: { word: string; want: string; why: string }[] = [
    { word: 'anxiety', want: 'anx', why: '-iety' },
    { word: 'anxious', want: 'anx', why: '-ious: anxiety ~ anxious' },
    { word: 'drinking', want: 'drink', why: '-ing' },
    { word: 'drinks', want: 'drink', why: '-s' },
    { word: 'abing', want: 'abing', why: '-ing would keep 2 letters: not stripped, and nothing shorter fits' },
    { word: 'bcing', want: 'bcing', why: 'the same' },
    { word: 'abed', want: 'abed', why: '-ed would keep 2 letters; -d is no suffix' },
    { word: 'abcd', want: 'abcd', why: 'no suffix' },
    { word: 'bcdations', want: 'bcd', why: 'the longer -ations before -ation and -s' },
    { word: 'bcdings', want: 'bcd', why: '-ings before -ing and -s' },
    { word: 'bcdness', want: 'bcd', why: '-ness before -es and -s' },
    { word: 'abness', want: 'abnes', why: '-ness and -es would keep 2 letters; -s strips' },
    { word: 'go', want: 'go', why: 'short words stay' },
  ];
  it.each(cases)('$word -> $want ($why)', ({ word, want }) => {
    expect(stem(word)).toBe(want);
    expect(stem(word)).toBe(want); // the memoised answer is the same
  });
});

describe('salienceOverlap: relation concerns', () => {
  const owned: { prompt: string; span: string; why: string }[] = [
    { prompt: 'My sister.', span: 'My sister', why: '"my"' },
    { prompt: 'Our sister.', span: 'Our sister', why: '"our"' },
    { prompt: 'His sister.', span: 'His sister', why: '"his"' },
    { prompt: 'Her sister.', span: 'Her sister', why: '"her"' },
    { prompt: 'Their sister.', span: 'Their sister', why: '"their"' },
    { prompt: 'Your sister.', span: 'Your sister', why: '"your"' },
    { prompt: "Tom's sister.", span: "'s sister", why: 'the possessive "\'s"' },
  ];
  it.each(owned)('$prompt -> relation "$span" of weight 2 ($why)', ({ prompt, span }) => {
    const s = salienceOverlap(prompt, OK);
    const c = concern(s, 'relation');
    expect(c.text).toBe(span);
    expect(prompt.slice(c.start, c.end)).toBe(span);
    expect(c.weight).toBeCloseTo(2, 10);
    expect(c.met).toBe(false);
  });
  it('without a possessive a relation weighs 2 x 0.6 = 1.2 and spans the noun', () => {
    const c = concern(salienceOverlap('A sister.', OK), 'relation');
    expect(c).toMatchObject({ text: 'sister', met: false });
    expect(c.weight).toBeCloseTo(1.2, 10);
  });

  const pronouns: { prompt: string; reply: string; met: boolean; why: string }[] = [
    { prompt: 'My sister.', reply: 'She left.', met: true, why: '"she" is female' },
    { prompt: 'My sister.', reply: 'I saw her.', met: true, why: '"her"' },
    { prompt: 'My sister.', reply: 'It is hers.', met: true, why: '"hers"' },
    { prompt: 'My sister.', reply: 'Ask herself.', met: true, why: '"herself"' },
    { prompt: 'My sister.', reply: 'He left.', met: false, why: '"he" is male' },
    { prompt: 'My brother.', reply: 'He left.', met: true, why: '"he"' },
    { prompt: 'My brother.', reply: 'I saw him.', met: true, why: '"him"' },
    { prompt: 'My brother.', reply: 'It is his.', met: true, why: '"his"' },
    { prompt: 'My brother.', reply: 'Ask himself.', met: true, why: '"himself"' },
    { prompt: 'My brother.', reply: 'She left.', met: false, why: '"she" is female' },
    { prompt: 'My sister.', reply: 'They left.', met: true, why: '"they" fits any gendered relation' },
    { prompt: 'My sister.', reply: 'I saw them.', met: true, why: '"them"' },
    { prompt: 'My sister.', reply: 'It is their car.', met: true, why: '"their"' },
    { prompt: 'My sister.', reply: 'It is theirs.', met: true, why: '"theirs"' },
    { prompt: 'My sister.', reply: 'Ask themselves.', met: true, why: '"themselves"' },
    { prompt: 'My friend.', reply: 'They left.', met: true, why: 'an ungendered relation by "they"' },
    { prompt: 'My friend.', reply: 'She left.', met: false, why: 'an ungendered relation is not met by "she"' },
    { prompt: 'My sister.', reply: 'Your aunt left.', met: true, why: 'a relation word of the same gender' },
    { prompt: 'My mom.', reply: 'Your mother.', met: true, why: 'a near-synonym' },
    { prompt: 'My sister.', reply: 'It left.', met: false, why: '"it" has no gender' },
  ];
  it.each(pronouns)('$prompt / $reply -> met $met ($why)', ({ prompt, reply, met }) => {
    const s = salienceOverlap(prompt, reply);
    expect(concern(s, 'relation').met).toBe(met);
    expect(s.coverage).toBe(met ? 1 : 0);
    expect(byRule(s.findings, 'salience/missed-relation')).toHaveLength(met ? 0 : 1);
  });

  it('mentions of one family merge: weight 2 x (1 + 0.5 log2 2) = 3, on the later equal mention', () => {
    const s = salienceOverlap('My mom and my mother.', OK);
    const c = concern(s, 'relation');
    expect(c.weight).toBeCloseTo(3, 10);
    expect(c.text).toBe('my mother');
  });
  it('three mentions: 1.2 x (1 + 0.5 log2 3) x 1.25 for the emotion sentence', () => {
    const c = concern(salienceOverlap('I hate dogs, dogs and dogs.', OK), 'relation');
    expect(c.weight).toBeCloseTo(1.2 * (1 + 0.5 * Math.log2(3)) * 1.25, 10);
  });
});

describe('salienceOverlap: named, number, time, emotion, topic and event concerns', () => {
  const cases: { prompt: string; kind: string; text: string; weight: number; why: string }[] = [
    { prompt: 'Maria Lopez came.', kind: 'named', text: 'Maria Lopez', weight: 2, why: 'a run of proper nouns' },
    { prompt: 'It is RED.', kind: 'named', text: 'RED', weight: 2 * 1.3, why: 'capitals (read as a name) x1.3' },
    { prompt: 'It took 5 hours.', kind: 'number', text: '5', weight: 1.5, why: 'a numeral' },
    { prompt: 'It cost 1,000 dollars.', kind: 'number', text: '1,000', weight: 1.5, why: 'with a thousands comma' },
    { prompt: 'It is due soon.', kind: 'time', text: 'due', weight: 1.8 * 1.2, why: 'a deadline, entry weight 1.2' },
    { prompt: 'See you Friday.', kind: 'time', text: 'Friday', weight: 1.8, why: 'a day, entry weight 1' },
    {
      prompt: 'It is ugly.',
      kind: 'emotion',
      text: 'ugly',
      weight: 1.5 * 0.6 * 1.25,
      why: 'emotion 0.6, in its sentence',
    },
    {
      prompt: 'It is really ugly.',
      kind: 'emotion',
      text: 'ugly',
      weight: 1.5 * 0.6 * 1.25 * 1.2,
      why: 'after "really"',
    },
    { prompt: 'It is ugly!', kind: 'emotion', text: 'ugly', weight: 1.5 * 0.6 * 1.25 * 1.25, why: 'exclamation' },
    { prompt: 'The car.', kind: 'topic', text: 'car', weight: 1, why: 'a noun' },
    { prompt: 'I have a car and a car.', kind: 'topic', text: 'car', weight: 1.5, why: 'twice: x(1 + 0.5)' },
    { prompt: 'My x-ray came.', kind: 'topic', text: 'x-ray', weight: 1, why: 'a hyphen inside a word is a word' },
    { prompt: 'It is red.', kind: 'event', text: 'red', weight: 0.48, why: 'an adjective: 0.6 x 0.8' },
    { prompt: 'It is red!', kind: 'event', text: 'red', weight: 0.48 * 1.25, why: 'exclamation' },
    { prompt: 'My mom yelled at me.', kind: 'event', text: 'yelled', weight: 0.6, why: 'a content verb' },
  ];
  it.each(cases)('$prompt -> $kind "$text" $weight ($why)', ({ prompt, kind, text, weight }) => {
    const c = concern(salienceOverlap(prompt, OK), kind);
    expect(c.text).toBe(text);
    expect(prompt.slice(c.start, c.end)).toBe(text);
    expect(c.weight).toBeCloseTo(weight, 10);
  });

  const intensifiers = ['really', 'so', 'very', 'extremely', 'totally', 'super', 'such', 'incredibly', 'completely'];
  it.each(intensifiers)('"It is %s red." -> event weight 0.48 x 1.2', (w) => {
    expect(concern(salienceOverlap(`It is ${w} red.`, OK), 'event').weight).toBeCloseTo(0.48 * 1.2, 10);
  });
  it('"quite" is no intensifier', () => {
    expect(concern(salienceOverlap('It is quite red.', OK), 'event').weight).toBeCloseTo(0.48, 10);
  });

  it('light words, "I", words with digits and function words raise no concern', () => {
    expect(salienceOverlap('I think it is a good thing.', OK).concerns).toEqual([]);
    expect(salienceOverlap('My car2 came.', OK).concerns).toEqual([]);
    expect(salienceOverlap('The x.', OK).concerns).toEqual([]);
  });

  const numbers: { prompt: string; reply: string; why: string }[] = [
    { prompt: 'It took 1 hour.', reply: 'It took one.', why: 'one' },
    { prompt: 'It took 2 hours.', reply: 'It took two.', why: 'two' },
    { prompt: 'It took 3 hours.', reply: 'It took three.', why: 'three' },
    { prompt: 'It took 4 hours.', reply: 'It took four.', why: 'four' },
    { prompt: 'It took 5 hours.', reply: 'It took five.', why: 'five' },
    { prompt: 'It took 6 hours.', reply: 'It took six.', why: 'six' },
    { prompt: 'It took 7 hours.', reply: 'It took seven.', why: 'seven' },
    { prompt: 'It took 8 hours.', reply: 'It took eight.', why: 'eight' },
    { prompt: 'It took 9 hours.', reply: 'It took nine.', why: 'nine' },
    { prompt: 'It took 10 hours.', reply: 'It took ten.', why: 'ten' },
    { prompt: 'It took 11 hours.', reply: 'It took eleven.', why: 'eleven' },
    { prompt: 'It took 12 hours.', reply: 'It took twelve.', why: 'twelve' },
    { prompt: 'It took 20 hours.', reply: 'It took twenty.', why: 'twenty' },
    { prompt: 'It took 30 hours.', reply: 'It took thirty.', why: 'thirty' },
    { prompt: 'It took 100 hours.', reply: 'It took hundred.', why: 'hundred' },
    { prompt: 'It cost 1,000 dollars.', reply: 'It cost 1000.', why: 'commas are dropped' },
    { prompt: 'It cost $5 total.', reply: 'Around 5, right.', why: 'a dollar sign is dropped' },
  ];
  it.each(numbers)('$prompt / $reply -> the number is met ($why)', ({ prompt, reply }) => {
    expect(concern(salienceOverlap(prompt, reply), 'number').met).toBe(true);
  });
  it('another number does not meet it', () => {
    expect(concern(salienceOverlap('It took 5 hours.', 'It took six.'), 'number').met).toBe(false);
  });

  it('a time is met by any expression of the same kind, a deadline by "deadline"', () => {
    const s = salienceOverlap('It is due on Friday.', 'The deadline is Saturday.');
    expect(s.concerns.map((c) => [c.kind, c.text, c.met])).toEqual([
      ['time', 'due', true],
      ['time', 'Friday', true],
    ]);
  });
  it('an emotion is met by another word of the same emotion', () => {
    const s = salienceOverlap('I hate my job.', 'You are angry.');
    expect(concern(s, 'emotion')).toMatchObject({ text: 'hate', met: true });
    expect(concern(s, 'topic')).toMatchObject({ text: 'job', met: false });
  });
  it('an emotion of another tag does not meet it', () => {
    expect(concern(salienceOverlap('I hate my job.', 'You are sad.'), 'emotion').met).toBe(false);
  });
  it('a topic is met by a derivation ("treatment" ~ "treat")', () => {
    expect(concern(salienceOverlap('The treatment.', 'Treat it.'), 'topic').met).toBe(true);
    expect(concern(salienceOverlap('The treatment.', OK), 'topic').met).toBe(false);
  });
});

describe('salienceOverlap: questions', () => {
  const cases: { prompt: string; reply: string; asked: number; answered: number; why: string }[] = [
    { prompt: 'Should I quit my job?', reply: OK, asked: 1, answered: 0, why: 'not answered' },
    { prompt: 'Should I quit my job?', reply: 'Yes.', asked: 1, answered: 1, why: 'a direct answer' },
    { prompt: 'Should I quit my job?', reply: 'Honestly, no.', asked: 1, answered: 1, why: 'opinion opener' },
    { prompt: 'Should I quit my job?', reply: 'Well, yes.', asked: 1, answered: 1, why: 'after a light word' },
    { prompt: 'Should I quit my job?', reply: 'I think not.', asked: 1, answered: 1, why: '"i think"' },
    {
      prompt: 'Should I quit my job?',
      reply: 'Your job matters.',
      asked: 1,
      answered: 1,
      why: 'takes up half its content',
    },
    { prompt: 'Should I quit my job?', reply: 'The weather is nice.', asked: 1, answered: 0, why: 'nothing' },
    { prompt: 'Should I quit?', reply: OK, asked: 1, answered: 0, why: 'three words' },
    { prompt: 'Why?', reply: OK, asked: 0, answered: 0, why: 'under three words' },
    { prompt: 'Is it ok, right?', reply: OK, asked: 0, answered: 0, why: 'no content word' },
  ];
  it.each(cases)('$prompt / $reply -> $answered of $asked ($why)', ({ prompt, reply, asked, answered }) => {
    const s = salienceOverlap(prompt, reply);
    expect(s.questions).toEqual({ asked, answered });
    const q = s.concerns.filter((c) => c.kind === 'question');
    expect(q).toHaveLength(asked);
    if (asked) {
      expect(q[0]!.weight).toBe(2);
      expect(q[0]!.text).toBe(prompt);
      expect(q[0]!.met).toBe(answered === 1);
    }
  });
  it('an unanswered question is reported at 0.4 + 0.4 x weight / top weight', () => {
    const s = salienceOverlap('Should I quit my job?', OK);
    const f = byRule(s.findings, 'salience/unanswered-question');
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBeCloseTo(0.8, 10);
    expect(f[0]!.message).toBe('The person asked this and the reply does not answer it.');
    expect(f[0]!.span).toMatchObject({ source: 'prompt', text: 'Should I quit my job?', start: 0 });
  });
});

describe('salienceOverlap: missed-concern findings', () => {
  const cases: { prompt: string; ruleId: string; span: string; severity: number; message: string }[] = [
    {
      prompt: 'My sister.',
      ruleId: 'salience/missed-relation',
      span: 'My sister',
      severity: 0.8,
      message: 'The reply does not take up the person they named: "My sister".',
    },
    {
      prompt: 'Maria Lopez came.',
      ruleId: 'salience/missed-detail',
      span: 'Maria Lopez',
      severity: 0.8,
      message: 'The reply does not take up a named detail: "Maria Lopez".',
    },
    {
      prompt: 'It took 5 hours.',
      ruleId: 'salience/missed-detail',
      span: '5',
      severity: 0.8,
      message: 'The reply does not take up a specific number: "5".',
    },
    {
      prompt: 'See you Friday.',
      ruleId: 'salience/missed-time',
      span: 'Friday',
      severity: 0.8,
      message: 'The reply does not take up the time or deadline: "Friday".',
    },
    {
      prompt: 'It is ugly.',
      ruleId: 'salience/missed-emotion',
      span: 'ugly',
      severity: 0.8,
      message: 'The reply does not take up the feeling: "ugly".',
    },
    {
      prompt: 'The car.',
      ruleId: 'salience/missed-concern',
      span: 'car',
      severity: 0.8,
      message: 'The reply does not take up what the person raised: "car".',
    },
    {
      prompt: 'It is red.',
      ruleId: 'salience/missed-concern',
      span: 'red',
      severity: 0.8,
      message: 'The reply does not take up what the person raised: "red".',
    },
  ];
  it.each(cases)('$prompt -> $ruleId', ({ prompt, ruleId, span, severity, message }) => {
    const s = salienceOverlap(prompt, OK);
    const f = byRule(s.findings, ruleId);
    expect(f).toHaveLength(1);
    expect(f[0]!.kind).toBe('problem');
    expect(f[0]!.mechanism).toBe('granularityMismatch');
    expect(f[0]!.severity).toBeCloseTo(severity, 10);
    expect(f[0]!.message).toBe(message);
    expect(prompt.slice(f[0]!.span.start, f[0]!.span.end)).toBe(span);
    expect(f[0]!.span.text).toBe(span);
  });

  it('severity scales with weight / top weight: 0.2 + 0.6 x rel', () => {
    // relation "dogs" 1.2 (no possessive), named "Dogs" 2 (sentence-initial proper noun)
    const s = salienceOverlap('Dogs and dogs.', OK);
    expect(byRule(s.findings, 'salience/missed-detail')[0]!.severity).toBeCloseTo(0.8, 10);
    expect(byRule(s.findings, 'salience/missed-relation')[0]!.severity).toBeCloseTo(0.2 + 0.6 * (1.2 / 2), 10);
  });
  it('topics and events are reported only when they weigh at least half the top concern', () => {
    // question 2, topic "job" 1 (rel 0.5: reported), event "quit" 0.6 (rel 0.3: not)
    const s = salienceOverlap('Should I quit my job?', OK);
    const f = byRule(s.findings, 'salience/missed-concern');
    expect(f.map((x) => x.span.text)).toEqual(['job']);
    expect(f[0]!.severity).toBeCloseTo(0.2 + 0.6 * 0.5, 10);
  });
  it('concerns are ordered by weight, then position', () => {
    const s = salienceOverlap('Should I quit my job?', OK);
    expect(s.concerns.map((c) => c.kind)).toEqual(['question', 'topic', 'event']);
    const t = salienceOverlap('It is due on Friday.', OK);
    expect(t.concerns.map((c) => c.text)).toEqual(['due', 'Friday']);
  });
  it('coverage is the met share of the weights', () => {
    const s = salienceOverlap('Should I quit my job?', 'Hmm. Quit.');
    // question met (answered by an advice opener), event "quit" met, topic "job" not
    expect(s.coverage).toBeCloseTo((2 + 0.6) / (2 + 1 + 0.6), 10);
  });
  it('no concern: coverage 1', () => {
    expect(salienceOverlap('It is.', OK).coverage).toBe(1);
  });
});

describe('salienceOverlap: genericness', () => {
  it('1.5 x words of the template x weight / reply words, its finding at 0.5 x weight', () => {
    const reply = 'Practise self-care. Your mom yelled.';
    const s = salienceOverlap('My mom yelled at me.', reply);
    // "practise self - care": 4 tokens, weight 1; 5 reply words
    expect(s.genericness).toBeCloseTo(Math.min(1, (1.5 * 4) / 5), 10);
    const f = byRule(s.findings, 'salience/generic-advice');
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBeCloseTo(0.5, 10);
    expect(f[0]!.message).toBe('Template advice that would fit anyone.');
    expect(reply.slice(f[0]!.span.start, f[0]!.span.end)).toBe('Practise self-care');
  });
  it('a longer reply dilutes it', () => {
    const reply = 'Take a deep breath. Your mom yelled at you and then she left the house for the day.';
    const s = salienceOverlap('My mom yelled at me.', reply);
    // "take a deep breath": 4 words x 0.7; 18 reply words
    expect(s.genericness).toBeCloseTo((1.5 * 4 * 0.7) / 18, 10);
    expect(byRule(s.findings, 'salience/generic-advice')[0]!.severity).toBeCloseTo(0.35, 10);
  });
  it('no template: 0', () => {
    expect(salienceOverlap('My mom yelled at me.', 'Your mom yelled.').genericness).toBe(0);
  });
});

describe('salienceOverlap: off-topic share by part of speech', () => {
  const cases: { reply: string; offTopic: number; why: string }[] = [
    { reply: 'Dogs run.', offTopic: 0.56 / (2 + 0.56), why: 'a new verb 0.56 beside the anchored name (2)' },
    { reply: 'Dogs run quickly.', offTopic: 0.56 / (2 + 0.56), why: 'adverbs weigh 0' },
    { reply: 'Dogs like cats.', offTopic: 1 / 3, why: 'a new noun 1' },
    { reply: 'Dogs like Paris.', offTopic: 2 / 4, why: 'a new proper noun 2' },
    { reply: 'Dogs eat 5 apples.', offTopic: (0.56 + 1.4 + 1) / (2 + 0.56 + 1.4 + 1), why: 'a number 1.4' },
    { reply: 'Dogs are ugly.', offTopic: 0.18 / 2.18, why: 'a named feeling: 0.6 x 0.3' },
    { reply: 'Dogs are big.', offTopic: 0, why: 'light words carry no content' },
    { reply: 'I like cats.', offTopic: 0, why: 'the writer speaking of their own life is left out' },
    { reply: 'You like cats.', offTopic: 1, why: 'first and second person: not own experience' },
  ];
  it.each(cases)('Dogs. / $reply -> $offTopic ($why)', ({ reply, offTopic }) => {
    expect(salienceOverlap('Dogs.', reply).offTopic).toBeCloseTo(offTopic, 10);
  });
  it('new content inside an exploring question weighs 1 - 0.5 q, but its share stays 1 when nothing anchors', () => {
    const s = salienceOverlap('Dogs.', 'Do you like cats?');
    expect(s.exploration).toBeCloseTo(0.7, 10);
    expect(s.offTopic).toBe(1);
  });
  it('a named feeling of the emotion the person stated is anchored', () => {
    expect(salienceOverlap('I hate it.', 'You are furious.').offTopic).toBe(0);
    expect(salienceOverlap('I am sad.', 'You are furious.').offTopic).toBe(1);
  });
  it('a question weighs its new content less beside anchored content', () => {
    // "Was the dog old?": q = 0.5 (anchored, no question word): old 0.36 x 0.75 loose, dog 1 x 0.75 anchored
    const s = salienceOverlap('My dog died.', 'Was the dog old?');
    expect(s.offTopic).toBeCloseTo(0.36 / 1.36, 10);
  });
  it('context turns anchor reply words too', () => {
    expect(salienceOverlap('Dogs.', 'Dogs like cats.', { context: 'Cats are here.' }).offTopic).toBe(0);
    expect(salienceOverlap('Dogs.', 'Dogs like cats.', { context: ['Birds.', 'Cats are here.'] }).offTopic).toBe(0);
  });
  it('a sentence with content >= 2 and no anchor is reported', () => {
    const reply = 'Dogs bark. Cats eat apples.';
    const s = salienceOverlap('Dogs.', reply);
    const f = byRule(s.findings, 'salience/off-topic');
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe(0.5);
    expect(f[0]!.message).toBe('Nothing in this sentence connects to what the person said.');
    expect(reply.slice(f[0]!.span.start, f[0]!.span.end)).toBe('Cats eat apples.');
  });
  it('a loose sentence under 2 of content is not reported', () => {
    expect(byRule(salienceOverlap('Dogs.', 'You like cats.').findings, 'salience/off-topic')).toEqual([]);
  });
  it('no prompt words: nothing is reported as off-topic', () => {
    expect(byRule(salienceOverlap('', 'Cats eat apples.').findings, 'salience/off-topic')).toEqual([]);
  });
});

describe('salienceOverlap: parroting, with the perspective flipped', () => {
  const flips: { prompt: string; reply: string; why: string }[] = [
    { prompt: 'I am sad about my dog.', reply: 'You are sad about your dog.', why: 'i, am, my' },
    { prompt: 'I was sad about my dog.', reply: 'You were sad about your dog.', why: 'was' },
    { prompt: 'We lost our dog.', reply: 'You lost your dog.', why: 'we, our' },
    { prompt: 'I hurt myself.', reply: 'You hurt yourself.', why: 'myself' },
    { prompt: 'It is mine now.', reply: 'It is yours now.', why: 'mine' },
    { prompt: 'Tell us about ourselves today.', reply: 'Tell you about yourselves today.', why: 'us, ourselves' },
    { prompt: 'It is ours now.', reply: 'It is yours now.', why: 'ours' },
    { prompt: 'Help me now please.', reply: 'Help you now please.', why: 'me' },
  ];
  it.each(flips)('$prompt / $reply -> parroting 1 ($why)', ({ prompt, reply }) => {
    const s = salienceOverlap(prompt, reply);
    expect(s.parroting).toBe(1);
    const f = byRule(s.findings, 'salience/parroting');
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe(1);
    expect(f[0]!.message).toBe("The person's own words handed back: a copy is not a sign of understanding.");
    expect(f[0]!.span.text).toBe(reply.slice(0, -1));
  });

  const shares: { prompt: string; reply: string; share: number; runs: string[]; why: string }[] = [
    {
      prompt: 'My mom yelled at me.',
      reply: 'Your mom yelled at you today and then she left for good.',
      share: 5 / 12,
      runs: [],
      why: 'a 5-word run of 12: under 0.5, not reported',
    },
    {
      prompt: 'My mom yelled at me.',
      reply: 'Practise self-care. Your mom yelled.',
      share: 3 / 6,
      runs: ['Your mom yelled'],
      why: 'exactly 0.5 is reported',
    },
    {
      prompt: 'My mom yelled at me.',
      reply: 'My mom yelled too. My mom yelled at me once.',
      share: 8 / 10,
      runs: ['My mom yelled', 'My mom yelled at me'],
      why: 'two runs',
    },
    { prompt: 'My mom yelled at me.', reply: 'Mom yelled.', share: 0, runs: [], why: 'under three words' },
    { prompt: 'My mom yelled at me.', reply: 'Your mom left me.', share: 0, runs: [], why: 'no three words in a row' },
  ];
  it.each(shares)('$reply -> $share ($why)', ({ prompt, reply, share, runs }) => {
    const s = salienceOverlap(prompt, reply);
    expect(s.parroting).toBeCloseTo(share, 10);
    const f = byRule(s.findings, 'salience/parroting');
    expect(f.map((x) => x.span.text)).toEqual(runs);
    for (const x of f) {
      expect(reply.slice(x.span.start, x.span.end)).toBe(x.span.text);
      expect(x.severity).toBeCloseTo(share, 10);
    }
  });
  it('copying a context turn is parroting too', () => {
    expect(salienceOverlap('Hi.', 'The cat sat down.', { context: 'The cat sat down.' }).parroting).toBe(1);
  });
});

describe('salienceOverlap: understanding', () => {
  const PROMPT = 'My mom yelled at me.';
  const cases: { reply: string; understanding: number; span: string | null; why: string }[] = [
    { reply: 'It sounds like you were hurt.', understanding: 0.9, span: 'It sounds like you', why: 'reflection 0.9' },
    { reply: 'Me too.', understanding: 1, span: 'Me too', why: 'an opener at the start' },
    { reply: 'Well, me too.', understanding: 1, span: 'me too', why: 'after a light word and a comma' },
    { reply: 'I know, me too.', understanding: 0, span: null, why: 'an opener not at the start' },
    { reply: 'You are sad.', understanding: 0.4, span: 'You are', why: 'weak reflection 0.4' },
    { reply: 'My mom yelled too.', understanding: 0.5, span: null, why: 'one parallel first-person sentence: 1/2' },
    {
      reply: 'My mom yelled too. My mom yelled at me once.',
      understanding: 1,
      span: null,
      why: 'two parallel sentences',
    },
    { reply: 'I am sorry.', understanding: 0, span: null, why: 'first person, nothing the person raised' },
  ];
  it.each(cases)('$reply -> $understanding ($why)', ({ reply, understanding, span }) => {
    const s = salienceOverlap(PROMPT, reply);
    expect(s.understanding).toBeCloseTo(understanding, 10);
    const f = byRule(s.findings, 'salience/understanding');
    if (span === null) {
      expect(f).toEqual([]);
      return;
    }
    expect(f).toHaveLength(1);
    expect(f[0]!.kind).toBe('strength');
    expect(f[0]!.severity).toBe(0);
    expect(reply.slice(f[0]!.span.start, f[0]!.span.end)).toBe(span);
    expect(f[0]!.message).toBe(`The reply takes up the person's own experience ("${span.split(' ')[0]}...").`);
  });
});

describe('salienceOverlap: exploration', () => {
  const cases: { prompt: string; reply: string; q: number; why: string }[] = [
    { prompt: 'My dog died.', reply: 'How are you holding up?', q: 1, why: 'to the person, about their experience' },
    { prompt: 'My dog died.', reply: 'Where did you go?', q: 0.7, why: 'to the person, no tie' },
    { prompt: 'My dog died.', reply: 'So how are you?', q: 0.7, why: 'after a lead-in' },
    { prompt: 'My dog died.', reply: 'What happened?', q: 0.7, why: 'question word, about their experience' },
    { prompt: 'My dog died.', reply: 'How did it go?', q: 0.5, why: 'a bare short follow-up' },
    { prompt: 'My dog died.', reply: 'Why?', q: 0.5, why: 'the same' },
    { prompt: 'My dog died.', reply: 'Whats the plan?', q: 0.5, why: 'a fused question word' },
    { prompt: 'My dog died.', reply: 'Was the dog old?', q: 0.5, why: 'anchored, no question word' },
    { prompt: 'My dog died.', reply: 'How long did the dog live?', q: 0.7, why: 'question word, anchored' },
    { prompt: 'My dog died.', reply: 'Is it raining?', q: 0.2, why: 'no tie to the person' },
    { prompt: 'My dog died.', reply: 'Can I ask what happened?', q: 1, why: 'an invitation about their experience' },
    { prompt: 'My dog died.', reply: 'Have you talked to her', q: 0.7, why: 'inverted auxiliary, no "?"' },
    { prompt: 'My dog died.', reply: 'Do your best', q: 0, why: 'an imperative: no subject' },
    { prompt: 'My dog died.', reply: "What's the point?", q: 0, why: 'rhetorical' },
    { prompt: 'My dog died.', reply: 'Who knows?', q: 0, why: 'rhetorical' },
    { prompt: 'My dog died.', reply: "That's hard, isn't it?", q: 0, why: 'a tag question' },
    { prompt: 'My dog died.', reply: 'Maybe it was old?', q: 0, why: 'a tentative statement' },
    { prompt: 'My dog died.', reply: 'Am I wrong?', q: 0.2, why: 'about the writer' },
    { prompt: 'My dog died.', reply: 'What can I do?', q: 0.2, why: 'about the writer' },
    { prompt: 'My dog died.', reply: "Don't you think dogs die?", q: 0.4, why: 'leading: a negative auxiliary' },
    { prompt: 'My sister is sick.', reply: 'Have you seen her?', q: 1, why: 'a pronoun of the person they named' },
    { prompt: 'My sister is sick.', reply: 'Have you seen him?', q: 0.7, why: 'a pronoun of another gender' },
    { prompt: 'My sister is sick.', reply: 'Have you seen them?', q: 0.7, why: '"them" does not tie' },
    { prompt: 'My dad is old.', reply: 'Is he ok?', q: 0.5, why: 'anchored by "he", no "you", no question word' },
  ];
  it.each(cases)('$prompt / $reply -> $q ($why)', ({ prompt, reply, q }) => {
    const s = salienceOverlap(prompt, reply);
    expect(s.exploration).toBeCloseTo(q, 10);
    const f = byRule(s.findings, 'salience/exploration');
    if (q < 0.5) {
      expect(f).toEqual([]);
      return;
    }
    expect(f).toHaveLength(1);
    expect(f[0]!.kind).toBe('strength');
    expect(f[0]!.span.text).toBe(reply);
    expect(f[0]!.message).toBe(
      reply.startsWith('Can I ask')
        ? 'The reply invites the person to say more about their experience.'
        : 'The reply asks the person about their own situation or feelings.',
    );
  });
  const more: { reply: string; q: number; why: string }[] = [
    ...['So', 'And', 'But', 'Well,', 'Also', 'Oh,', 'Ok,', 'Okay,', 'Hey,', 'Anyway,', 'Then', 'Now', 'Just'].map(
      (lead) => ({
        reply: `${lead} what happened?`,
        q: 0.7,
        why: `lead-in "${lead}" skipped before the question word`,
      }),
    ),
    ...['Hows', 'Wheres', 'Whys', 'Whos'].map((w) => ({
      reply: `${w} the plan?`,
      q: 0.5,
      why: `fused "${w.toLowerCase()}" is a question word: a short follow-up`,
    })),
    ...['What', 'How', 'Why', 'When', 'Where', 'Who', 'Whom', 'Whose', 'Which'].map((w) => ({
      reply: `${w} is it?`,
      q: 0.5,
      why: `"${w.toLowerCase()}": a short question-word follow-up, not 0.2`,
    })),
    { reply: 'Why is the sky so blue today?', q: 0.2, why: 'a question word, over four words, no tie' },
    { reply: 'Can I ask?', q: 0.9, why: 'an invitation with no tie' },
    ...['Can', 'Could', 'Will', 'Would', 'Shall', 'Should', 'Might', 'Must', 'Do'].map((w) => ({
      reply: `${w} you go there`,
      q: 0.7,
      why: `"${w.toLowerCase()}" before "you": a question without "?"`,
    })),
    { reply: 'Have you gone there', q: 0.7, why: '"have" before "you"' },
    { reply: 'Are you there', q: 0.7, why: '"are" before "you"' },
    { reply: 'Be you there', q: 0, why: '"be" opens an imperative' },
    { reply: 'Have u gone there', q: 0.7, why: '"u" is a subject and "you"' },
    ...['ya', 'i', 'we', 'they'].map((w) => ({
      reply: `Have ${w} gone there`,
      q: 0.2,
      why: `"${w}" is a subject: a question, but not to the person`,
    })),
    ...['he', 'she', 'it'].map((w) => ({ reply: `Has ${w} gone there`, q: 0.2, why: `"${w}" is a subject` })),
    ...['there', 'that', 'this'].map((w) => ({ reply: `Is ${w} a park`, q: 0.2, why: `"${w}" is a subject` })),
    { reply: 'Is the park open', q: 0, why: '"the" is no subject pronoun: no question without "?"' },
    { reply: 'How did the move go', q: 0.2, why: 'question word, auxiliary, a determiner subject' },
    { reply: 'What did she say', q: 0.5, why: 'a pronoun subject, four words' },
    { reply: 'How did Tom go', q: 0.5, why: 'a proper-noun subject' },
    { reply: "Why don't you rest", q: 0.4, why: 'leading: negative auxiliary' },
    ...['Maybe', 'Perhaps', 'Probably', 'Possibly'].map((w) => ({
      reply: `${w} it was old?`,
      q: 0,
      why: `"${w.toLowerCase()}" opens a tentative statement`,
    })),
    { reply: 'Surely it was old?', q: 0.2, why: '"surely" is not tentative' },
    { reply: 'Did my words help?', q: 0.2, why: 'first person without "you"' },
  ];
  it.each(more)('My dog died. / $reply -> $q ($why)', ({ reply, q }) => {
    expect(salienceOverlap('My dog died.', reply).exploration).toBeCloseTo(q, 10);
  });

  it('several questions combine as a noisy-or: 1 - (1 - 0.7)(1 - 0.7)', () => {
    const s = salienceOverlap('My dog died.', 'How are you? Did you cry?');
    expect(s.exploration).toBeCloseTo(0.91, 10);
    expect(byRule(s.findings, 'salience/exploration').map((f) => f.span.text)).toEqual([
      'How are you?',
      'Did you cry?',
    ]);
  });
});

describe('salienceOverlap: transcript turns weigh 1 / (1 + later user turns)', () => {
  const messages = [
    { role: 'user' as const, content: 'Should I quit my job?' },
    { role: 'assistant' as const, content: 'Hm.' },
    { role: 'user' as const, content: 'My boss yelled.' },
    { role: 'assistant' as const, content: 'Ok.' },
  ];
  it('concerns and questions of the earlier turn weigh half', () => {
    const { input } = readInput({ messages }, undefined, undefined);
    const p = analyze(input.prompt, { source: 'prompt', segments: input.segments });
    const s = salienceOverlap(p, input.response);
    const weight = (kind: string) => s.concerns.find((c) => c.kind === kind)!.weight;
    expect(weight('question')).toBeCloseTo(2 * 0.5, 10);
    expect(weight('topic')).toBeCloseTo(1 * 0.5, 10);
    expect(weight('relation')).toBeCloseTo(2, 10);
    expect(weight('event')).toBeCloseTo(0.6, 10);
    expect(s.concerns.find((c) => c.kind === 'relation')!.text).toBe('My boss');
  });
});

describe('salienceOverlap: score', () => {
  const pairs: [string, string][] = [
    ['My sister.', OK],
    ['My sister.', 'She is here.'],
    ['Dogs.', 'Dogs run.'],
    ['My mom yelled at me.', 'My mom yelled too.'],
    ['My mom yelled at me.', 'Practise self-care. Your mom yelled.'],
    ['My mom yelled at me.', 'It sounds like you were hurt.'],
    ['I am sad about my dog.', 'You are sad about your dog.'],
    ['Should I quit my job?', 'Hmm. Quit.'],
  ];
  it.each(pairs)('%s / %s', (prompt, reply) => {
    const s = salienceOverlap(prompt, reply);
    expect(s.score).toBeCloseTo(scoreOf(s), 10);
  });
  const exact: { prompt: string; reply: string; score: number; why: string }[] = [
    { prompt: 'My sister.', reply: OK, score: 1 / 3, why: 'nothing covered, nothing off-topic' },
    { prompt: 'Dogs.', reply: 'Dogs run.', score: (1 + 0 + (1 - 0.56 / 2.56)) / 3, why: 'covered, a little off-topic' },
    {
      prompt: 'My mom yelled at me.',
      reply: 'My mom yelled too.',
      score: ((1 + 0.5 + 1) / 3) * (1 - 0.25),
      why: 'parroting 0.75 costs 0.25',
    },
    { prompt: 'My mom yelled at me.', reply: 'Practise self-care.', score: 0, why: 'generic: x(1 - 1)' },
  ];
  it.each(exact)('$prompt / $reply -> $score ($why)', ({ prompt, reply, score }) => {
    expect(salienceOverlap(prompt, reply).score).toBeCloseTo(score, 10);
  });
});

describe('granularityMismatchMechanism', () => {
  it('applicable when the prompt raises a concern: severity = 1 - score, figures as metrics', () => {
    const s = salienceOverlap('Dogs.', 'Dogs run.');
    const m = granularityMismatchMechanism(s);
    expect(m.applicable).toBe(true);
    expect(m.severity).toBeCloseTo(1 - s.score, 10);
    expect(m.reason).toBeUndefined();
    expect(m.metrics).toEqual({
      coverage: s.coverage,
      genericness: s.genericness,
      parroting: s.parroting,
      offTopic: s.offTopic,
      understanding: s.understanding,
      exploration: s.exploration,
    });
  });
  it('not applicable without a concern: severity 0 and a reason', () => {
    const s = salienceOverlap('It is.', 'Cats eat apples.');
    expect(s.concerns).toEqual([]);
    const m = granularityMismatchMechanism(s);
    expect(m.applicable).toBe(false);
    expect(m.severity).toBe(0);
    expect(m.reason).toBe('The prompt raises no specific concern.');
  });
  it('severity is clamped to 0..1', () => {
    const s = salienceOverlap('Dogs.', 'Dogs run.');
    expect(granularityMismatchMechanism({ ...s, score: 1.5 }).severity).toBe(0);
    expect(granularityMismatchMechanism({ ...s, score: -1 }).severity).toBe(1);
  });
});

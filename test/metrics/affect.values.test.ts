import Sentiment from 'sentiment';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import {
  type AffectDeltaResult,
  affectDelta,
  LOW_AFFECT_NEED_SHARE,
  MIN_PROMPT_INTENSITY,
  promptAffect,
  sentimentAttenuationMechanism,
  type ValenceParts,
  valenceParts,
} from '../../src/metrics/affect.js';
import type { Finding } from '../../src/types.js';

// Value-level cases for promptAffect, affectDelta and sentimentAttenuationMechanism, each expected
// value worked out from docs/metrics/affect.md and the JSDoc (written against survivors of the
// mutation run). Hit intensities are lexicon weight x adjustments (emotions.txt, affect-events.txt,
// affect-states.txt); AFINN scores are read from the `sentiment` package; general valences are those
// of src/lexicons/affect-valence.txt (sad -0.65, good 0.6, hard -0.15, war -0.8, heart 0.35, ...).
//   hit: x1.25 after an intensifier, x0.6 after a downtoner, x1.2 in capitals, x1.1 in an exclamation,
//        x0.75 (emotion, state) or x0.6 (event) outside a first-person sentence, x0.7 when a positive
//        feeling is negated (it becomes sadness)
//   valence = tanh(raw / 2.5), feltValence = tanh(raw' / 2) (formulas below)
//   intensity = max(top + 0.08 x min(rest, 3), min(0.5, -felt), topic term, min(0.1, 0.05 x I-words))
//   score = 1 - (1 - 0.95 x unmet) x (1 - dismissal), unmet = need x (1 - min(1, reaction / (0.5 + 0.5 pI)))^2

const afinnScore = (() => {
  const s = new Sentiment();
  return (w: string) => s.analyze(w).score;
})();

const blend = (p: ValenceParts) =>
  Math.tanh(
    ((p.afinn + p.emotions) / Math.max(1, p.words) ** 0.75 +
      (3 * (p.pleasant - 3.5 * p.unpleasant)) / (0.25 * p.known + 0.75 * p.content + 3) +
      0.25 * p.wink -
      0.4 * p.negations) /
      2.5,
  );
const felt = (p: ValenceParts) =>
  Math.tanh(((p.afinn + 2.5 * p.emotions) / Math.sqrt(Math.max(1, p.words)) + 0.5 * p.wink - 0.2 * p.negations) / 2);

/** Score of affectDelta from its own reported fields, by the documented combination. */
const expectedScore = (d: AffectDeltaResult) => {
  const need = d.applicable
    ? Math.min(1, d.promptIntensity / 0.3)
    : LOW_AFFECT_NEED_SHARE * Math.min(d.promptIntensity, MIN_PROMPT_INTENSITY);
  const met = Math.min(1, d.reaction / (0.5 + 0.5 * d.promptIntensity));
  const unmet = need * (1 - met) ** 2;
  return 1 - (1 - (1 - 0.95 * unmet) * (1 - d.dismissal));
};

const byRule = (fs: Finding[], ruleId: string) => fs.filter((f) => f.ruleId === ruleId);
const tags = (text: string) => promptAffect(text).hits.map((h) => `${h.tag}:${h.text}`);
const onlyHit = (text: string) => {
  const hits = promptAffect(text).hits;
  expect(hits).toHaveLength(1);
  return hits[0]!;
};

describe('promptAffect: intensifiers before a hit raise it x1.25', () => {
  const words = [
    'so',
    'very',
    'really',
    'extremely',
    'incredibly',
    'totally',
    'completely',
    'absolutely',
    'utterly',
    'deeply',
    'truly',
    'terribly',
    'awfully',
    'super',
    'too',
    'fucking',
    'fuckin',
    'freaking',
    'damn',
    'insanely',
    'unbelievably',
    'constantly',
    'always',
    'severely',
    'seriously',
    'such',
    'most',
  ];
  it.each(words)('"I am %s sad." -> sadness 0.6 x 1.25 = 0.75', (w) => {
    const h = onlyHit(`I am ${w} sad.`);
    expect(h.tag).toBe('sadness');
    expect(h.text).toBe('sad');
    expect(h.intensity).toBeCloseTo(0.75, 10);
  });
  it('"quite" is neither intensifier nor downtoner: sadness stays 0.6', () => {
    expect(onlyHit('I am quite sad.').intensity).toBeCloseTo(0.6, 10);
  });
  it('an intensifier in the sentence before does not reach the hit', () => {
    // "Sad today." has no first person (x0.75) and no intensifier of its own.
    expect(onlyHit('I am so. Sad today.').intensity).toBeCloseTo(0.6 * 0.75, 10);
  });
});

describe('promptAffect: downtoners before a hit lower it x0.6', () => {
  const words = [
    'bit',
    'little',
    'slightly',
    'somewhat',
    'kinda',
    'sorta',
    'mildly',
    'fairly',
    'rather',
    'partly',
    'occasionally',
    'sometimes',
  ];
  it.each(words)('"I am %s sad." -> sadness 0.6 x 0.6 = 0.36', (w) => {
    expect(onlyHit(`I am ${w} sad.`).intensity).toBeCloseTo(0.36, 10);
  });
  it.each(['kind of', 'sort of'])('two-word downtoner "I am %s sad." -> 0.36', (w) => {
    expect(onlyHit(`I am ${w} sad.`).intensity).toBeCloseTo(0.36, 10);
  });
  it('"a bit" is read by "bit" alone: same 0.36', () => {
    expect(onlyHit('I am a bit sad.').intensity).toBeCloseTo(0.36, 10);
  });
});

describe('promptAffect: capitals and exclamation', () => {
  const cases: { text: string; want: number; why: string }[] = [
    { text: 'I am sad.', want: 0.6, why: 'plain: lexicon weight' },
    { text: 'I am SAD.', want: 0.72, why: 'all capitals x1.2' },
    { text: 'I am sad!', want: 0.66, why: 'exclamation sentence x1.1' },
    { text: 'I am SAD!', want: 0.792, why: 'both: 0.6 x 1.2 x 1.1' },
    { text: 'I am Sad.', want: 0.6, why: 'a capital initial is not shouting' },
    { text: 'I am so SAD!', want: 0.99, why: '0.6 x 1.25 x 1.2 x 1.1' },
  ];
  it.each(cases)('$text -> $want ($why)', ({ text, want }) => {
    expect(onlyHit(text).intensity).toBeCloseTo(want, 10);
  });
  it('intensity is clamped at 1', () => {
    // "devastated" 0.95 x 1.25 x 1.2 x 1.1 > 1.
    expect(onlyHit('I am so DEVASTATED!').intensity).toBe(1);
  });
});

describe('promptAffect: first-person sentences weigh fully, others less', () => {
  const cases: { text: string; want: number; why: string }[] = [
    { text: 'It makes me sad.', want: 0.6, why: '"me"' },
    { text: 'My dog is sad.', want: 0.6, why: '"my"' },
    { text: 'Sad about myself.', want: 0.6, why: '"myself"' },
    { text: 'The sad one is mine.', want: 0.6, why: '"mine"' },
    { text: 'im sad', want: 0.6, why: '"im"' },
    { text: "I'm sad.", want: 0.6, why: '"i\'m" kept as one token' },
    { text: 'It makes him sad.', want: 0.45, why: 'no first person: emotion x0.75' },
    { text: 'I am sad. He is okay.', want: 0.6, why: 'the first-person sentence holds the hit' },
    { text: 'He is sad. I am here.', want: 0.45, why: 'a first-person word in another sentence does not count' },
  ];
  it.each(cases)('$text -> $want ($why)', ({ text, want }) => {
    expect(onlyHit(text).intensity).toBeCloseTo(want, 10);
  });
  it('events outside a first-person sentence count x0.6', () => {
    expect(onlyHit('My dad died.').intensity).toBeCloseTo(0.8, 10);
    expect(onlyHit('His dad died.').intensity).toBeCloseTo(0.48, 10);
  });
  it('denied states outside a first-person sentence count x0.75', () => {
    expect(onlyHit('I am not okay.').intensity).toBeCloseTo(0.6, 10);
    expect(onlyHit('He is not okay.').intensity).toBeCloseTo(0.45, 10);
  });
});

describe('promptAffect: self-disclosure raises a little need (0.05 a first-person word, at most 0.1)', () => {
  const cases: { text: string; want: number; why: string }[] = [
    { text: 'I went home.', want: 0.05, why: 'one first-person word' },
    { text: 'I went home with my dog.', want: 0.1, why: 'two' },
    { text: 'I took my dog to my mom.', want: 0.1, why: 'three, capped at 0.1' },
    { text: 'Did I go?', want: 0, why: 'questions do not disclose' },
    { text: 'The sky.', want: 0, why: 'no first person' },
  ];
  it.each(cases)('$text -> intensity $want ($why)', ({ text, want }) => {
    const a = promptAffect(text);
    expect(a.intensity).toBeCloseTo(want, 10);
    expect(a.applicable).toBe(false);
    expect(a.hits).toEqual([]);
    expect(a.findings).toEqual([]);
  });
});

describe('promptAffect: negation', () => {
  it.each([
    ['I am not sad.', 'not'],
    ['I am never sad.', 'never'],
    ["I'm not sad.", 'not after a fused "I\'m"'],
  ])('%s -> a denied negative feeling is dropped (%s)', (text) => {
    expect(promptAffect(text).hits).toEqual([]);
  });

  const positives: { text: string; word: string; weight: number; why: string }[] = [
    { text: 'I am not happy.', word: 'happy', weight: 0.6, why: 'joy' },
    { text: 'I am not proud.', word: 'proud', weight: 0.65, why: 'pride' },
    { text: 'I am not hopeful.', word: 'hopeful', weight: 0.5, why: 'hope' },
    { text: 'I am not relieved.', word: 'relieved', weight: 0.55, why: 'relief' },
    { text: 'I am not in love.', word: 'love', weight: 0.5, why: 'love' },
  ];
  it.each(positives)('$text -> a denied $why becomes sadness at x0.7', ({ text, word, weight }) => {
    const h = onlyHit(text);
    expect(h.tag).toBe('sadness');
    expect(h.text).toBe(word);
    expect(h.intensity).toBeCloseTo(weight * 0.7, 10);
  });

  const wishes = ['want to', 'wanna', 'need to', 'wish to', 'like to', 'try to'];
  it.each(wishes)('"I don\'t %s be sad." -> a wish between negation and feeling keeps it (0.6)', (w) => {
    const h = onlyHit(`I don't ${w} be sad.`);
    expect(h.tag).toBe('sadness');
    expect(h.intensity).toBeCloseTo(0.6, 10);
  });
  it('"have to" is no wish: "I don\'t have to be sad." denies the feeling', () => {
    expect(promptAffect("I don't have to be sad.").hits).toEqual([]);
  });
});

describe('promptAffect: good states count only when denied, as distress', () => {
  const cases: { word: string; weight: number }[] = [
    { word: 'okay', weight: 0.6 },
    { word: 'ok', weight: 0.6 },
    { word: 'fine', weight: 0.55 },
    { word: 'alright', weight: 0.55 },
    { word: 'all right', weight: 0.55 },
    { word: 'good', weight: 0.45 },
    { word: 'well', weight: 0.4 },
  ];
  it.each(cases)('"I am not $word." -> distress $weight; "I am $word." -> nothing', ({ word, weight }) => {
    const h = onlyHit(`I am not ${word}.`);
    expect(h).toMatchObject({ tag: 'distress', text: word });
    expect(h.intensity).toBeCloseTo(weight, 10);
    expect(promptAffect(`I am ${word}.`).hits).toEqual([]);
  });
});

describe('promptAffect: findings per hit, ruleId by emotion or event tag', () => {
  const cases: { text: string; ruleId: string; span: string; message: string; why: string }[] = [
    {
      text: 'I am sad.',
      ruleId: 'affect/emotion-expressed',
      span: 'sad',
      message: 'The person expresses sadness (intensity 0.60).',
      why: 'an emotion',
    },
    {
      text: 'My dad died.',
      ruleId: 'affect/event-expressed',
      span: 'died',
      message: 'The person mentions loss (intensity 0.80).',
      why: 'loss',
    },
    {
      text: 'I am going through a breakup.',
      ruleId: 'affect/event-expressed',
      span: 'breakup',
      message: 'The person mentions breakup (intensity 0.70).',
      why: 'breakup',
    },
    {
      text: 'I have cancer.',
      ruleId: 'affect/event-expressed',
      span: 'cancer',
      message: 'The person mentions illness (intensity 0.80).',
      why: 'illness',
    },
    {
      text: 'I tried suicide.',
      ruleId: 'affect/event-expressed',
      span: 'suicide',
      message: 'The person mentions self harm (intensity 1.00).',
      why: 'self-harm, its hyphen spelled as a space',
    },
    {
      text: 'He abused me.',
      ruleId: 'affect/event-expressed',
      span: 'abused',
      message: 'The person mentions abuse (intensity 0.85).',
      why: 'abuse',
    },
    {
      text: 'I got laid off.',
      ruleId: 'affect/event-expressed',
      span: 'laid off',
      message: 'The person mentions setback (intensity 0.70).',
      why: 'setback ("~lay off", 0.7)',
    },
    {
      text: 'I graduated.',
      ruleId: 'affect/event-expressed',
      span: 'graduated',
      message: 'The person mentions achievement (intensity 0.50).',
      why: 'achievement',
    },
    {
      text: 'I am not okay.',
      ruleId: 'affect/emotion-expressed',
      span: 'okay',
      message: 'The person expresses distress (intensity 0.60).',
      why: 'a denied state is an emotion',
    },
  ];
  it.each(cases)('$text -> $ruleId ($why)', ({ text, ruleId, span, message }) => {
    const a = promptAffect(text);
    expect(a.findings).toHaveLength(1);
    const f = a.findings[0]!;
    expect(f.ruleId).toBe(ruleId);
    expect(f.kind).toBe('context');
    expect(f.mechanism).toBe('sentimentAttenuation');
    expect(f.severity).toBe(0);
    expect(f.message).toBe(message);
    expect(f.span).toMatchObject({ source: 'prompt', text: span });
    expect(text.slice(f.span.start, f.span.end)).toBe(span);
    expect(a.hits[0]).toMatchObject({ start: f.span.start, end: f.span.end, text: span });
  });
});

describe('promptAffect: combined intensity and ranking', () => {
  const cases: { text: string; intensity: number; emotions: string[]; why: string }[] = [
    { text: 'I am sad.', intensity: 0.6, emotions: ['sadness'], why: 'one hit' },
    {
      text: 'I am sad and angry and scared.',
      intensity: 0.7 + 0.08 * (0.6 + 0.7),
      emotions: ['anger', 'fear', 'sadness'],
      why: 'top 0.7 (anger); rest 0.6 + 0.7; ties ranked by name',
    },
    {
      text: 'I am angry and scared.',
      intensity: 0.7 + 0.08 * 0.7,
      emotions: ['anger', 'fear'],
      why: 'equal hits: the second is rest',
    },
    {
      text: 'I am scared and angry.',
      intensity: 0.7 + 0.08 * 0.7,
      emotions: ['anger', 'fear'],
      why: 'the order of the text does not change the ranking of equals',
    },
    {
      text: 'I am sad and angry.',
      intensity: 0.7 + 0.08 * 0.6,
      emotions: ['anger', 'sadness'],
      why: 'a stronger later hit becomes the top, the earlier goes to rest',
    },
    {
      text: 'I am sad and sad and sad and sad and sad.',
      intensity: 0.6 + 0.08 * 2.4,
      emotions: ['sadness'],
      why: 'repetition adds, one tag',
    },
    {
      text: 'I am sad and sad and sad and sad and sad and sad and sad and sad.',
      intensity: 0.6 + 0.08 * 3,
      emotions: ['sadness'],
      why: 'the rest is capped at 3',
    },
  ];
  it.each(cases)('$text -> $intensity ($why)', ({ text, intensity, emotions }) => {
    const a = promptAffect(text);
    expect(a.intensity).toBeCloseTo(intensity, 10);
    expect(a.emotions).toEqual(emotions);
  });

  it('negative valence alone gives at most 0.5 intensity', () => {
    const a = promptAffect('This year has been awful, terrible, horrible.');
    expect(a.hits).toEqual([]);
    expect(a.feltValence).toBeLessThan(-0.5);
    expect(a.intensity).toBe(0.5);
  });
  it('milder negative valence gives -feltValence', () => {
    const a = promptAffect('It is no use.');
    expect(a.hits).toEqual([]);
    expect(a.intensity).toBeCloseTo(-a.feltValence, 10);
    expect(a.intensity).toBeGreaterThan(0.2);
  });
  it('a distressing topic in a first-person statement gives exactly the threshold, 0.3: applicable', () => {
    const a = promptAffect('I have a tax bill.');
    expect(a.hits).toEqual([]);
    expect(a.feltValence).toBe(0);
    expect(a.valence).toBeLessThan(-0.3);
    expect(a.intensity).toBe(MIN_PROMPT_INTENSITY);
    expect(a.applicable).toBe(true);
  });
  it('the same topic without first person is no affect', () => {
    const a = promptAffect('A tax bill.');
    expect(a.intensity).toBe(0);
    expect(a.applicable).toBe(false);
  });
  it('a weak hit below 0.3 is not applicable', () => {
    // "feels low" of a thing subject? no: "It feels low." reads low (0.35) outside first person x0.75.
    const a = promptAffect('It feels low.');
    expect(a.intensity).toBeCloseTo(0.35 * 0.75, 10);
    expect(a.applicable).toBe(false);
  });
});

describe('valenceParts: word signals', () => {
  const sad = afinnScore('sad');
  const good = afinnScore('good');
  const hard = afinnScore('hard');
  const parts = (text: string) => valenceParts(analyze(text));
  const cases: { text: string; afinn: number; pleasant: number; unpleasant: number; why: string }[] = [
    { text: 'I am sad.', afinn: sad * 0.8, pleasant: 0, unpleasant: 0.65, why: 'AFINN x0.8; general -0.65' },
    {
      text: 'I am so sad.',
      afinn: sad * 0.8 * 1.3,
      pleasant: 0,
      unpleasant: 0.65 * 1.3,
      why: 'after an intensifier both x1.3',
    },
    {
      text: 'I am slightly sad.',
      afinn: sad * 0.8 * 0.7,
      pleasant: 0,
      unpleasant: 0.65 * 0.7,
      why: 'after a downtoner x0.7',
    },
    {
      text: 'I am not sad.',
      afinn: sad * 0.8 * -0.6,
      pleasant: 0.65 * 0.5,
      unpleasant: 0,
      why: 'negated: AFINN x-0.6, a negated adjective x-0.5',
    },
    {
      text: 'It is no war.',
      afinn: 0.8 * (afinnScore('no') + afinnScore('war') * -0.6),
      pleasant: 0,
      unpleasant: 0.8 * 0.5,
      why: 'a negated noun keeps its sign, x0.5',
    },
    {
      text: 'It was hard but good.',
      afinn: 0.8 * (hard * 0.5 + good * 1.5),
      pleasant: 0.6 * 1.5,
      unpleasant: 0.15 * 0.5,
      why: 'after "but" x1.5, before x0.5',
    },
    {
      text: 'It was good but hard.',
      afinn: 0.8 * (good * 0.5 + hard * 1.5),
      pleasant: 0.6 * 0.5,
      unpleasant: 0.15 * 1.5,
      why: 'the same, other way round',
    },
    {
      text: 'It was hard, however good.',
      afinn: 0.8 * (hard * 0.5 + good * 1.5),
      pleasant: 0.6 * 1.5,
      unpleasant: 0.15 * 0.5,
      why: '"however"',
    },
    {
      text: 'It was hard, yet good.',
      afinn: 0.8 * (hard * 0.5 + good * 1.5),
      pleasant: 0.6 * 1.5,
      unpleasant: 0.15 * 0.5,
      why: '"yet"',
    },
    {
      text: 'It was hard, though good.',
      afinn: 0.8 * (hard * 1.5 + good * 0.5),
      pleasant: 0.6 * 0.5,
      unpleasant: 0.15 * 1.5,
      why: '"though" concedes: the sides swap',
    },
    {
      text: 'It was hard, although good.',
      afinn: 0.8 * (hard * 1.5 + good * 0.5),
      pleasant: 0.6 * 0.5,
      unpleasant: 0.15 * 1.5,
      why: '"although" concedes too',
    },
    {
      text: 'Although it was hard, it was good.',
      afinn: 0.8 * (hard + good),
      pleasant: 0.6,
      unpleasant: 0.15,
      why: 'a contrast word opening the sentence weighs nothing',
    },
    {
      text: 'He had a heart attack.',
      afinn: afinnScore('attack') * 0.8,
      pleasant: 0,
      unpleasant: 0.85 + 0.7,
      why: 'two-word entry "heart attack" (-0.85) read on "heart", then "attack" (-0.7)',
    },
    { text: 'I like rain.', afinn: afinnScore('like') * 0.8, pleasant: 0.2, unpleasant: 0.1, why: '"like" as a verb' },
    { text: 'It feels like rain.', afinn: 0, pleasant: 0, unpleasant: 0.1, why: '"like" not a verb: skipped' },
    { text: 'He is a kind man.', afinn: afinnScore('kind') * 0.8, pleasant: 0.35, unpleasant: 0, why: 'kind as ADJ' },
    { text: 'What kind of day.', afinn: 0, pleasant: 0, unpleasant: 0, why: '"kind" as a noun: skipped' },
    {
      text: 'It is pretty hard.',
      afinn: hard * 0.8,
      pleasant: 0,
      unpleasant: 0.15,
      why: '"pretty" as adverb: skipped',
    },
    { text: 'Please go.', afinn: 0, pleasant: 0, unpleasant: 0, why: '"please" never counts' },
  ];
  it.each(cases)('$text ($why)', ({ text, afinn, pleasant, unpleasant }) => {
    const p = parts(text);
    expect(p.afinn).toBeCloseTo(afinn, 6);
    expect(p.pleasant).toBeCloseTo(pleasant, 6);
    expect(p.unpleasant).toBeCloseTo(unpleasant, 6);
  });

  it('counts words, content words, known words, sentiment-bearing words and wink sentiment', () => {
    const a = analyze('I am so sad.');
    const p = valenceParts(a);
    expect(p).toMatchObject({ words: 4, content: 2, known: 1, scored: 1, scoredPractical: 0, negations: 0 });
    expect(p.wink).toBe(a.winkSentiment);
  });
  it('"please", "pretty" as an adverb and "like" as a preposition are not content words either', () => {
    expect(parts('Please go.').content).toBe(1);
    expect(parts('It is pretty.').content).toBe(0);
  });

  const negations: { text: string; why: string }[] = [
    { text: 'It is not here.', why: '"not"' },
    { text: "It isn't here.", why: '"n\'t"' },
    { text: 'It is no use.', why: '"no"' },
    { text: 'It is never here.', why: '"never"' },
    { text: 'It is nothing.', why: '"nothing"' },
    { text: 'It is nobody.', why: '"nobody"' },
  ];
  it.each(negations)('$text -> one negation ($why)', ({ text }) => {
    expect(parts(text).negations).toBe(1);
  });
  it('"It is here." has no negation', () => {
    expect(parts('It is here.').negations).toBe(0);
  });

  it('emoji are plain words for AFINN', () => {
    const p = parts('😭');
    expect(p.words).toBe(1);
    expect(p.afinn).toBeCloseTo(afinnScore('😭') * 0.8, 10);
    expect(p.afinn).not.toBe(0);
  });

  it('practical tokens are summed apart, and counted as scored', () => {
    const a = analyze('I lost my keys.');
    // tokens: I lost my keys . -> mark "lost" (1) and "keys" (3)
    const mask = new Uint8Array(a.tokens.length);
    mask[1] = 1;
    mask[3] = 1;
    const p = valenceParts(a, [], mask);
    expect(p.practical.afinn).toBeCloseTo(afinnScore('lost') * 0.8, 10);
    expect(p.afinn).toBeCloseTo(afinnScore('lost') * 0.8, 10);
    expect(p.practical.known).toBe(1);
    expect(p.practical.unpleasant).toBeCloseTo(0.5, 10);
    expect(p.practical.pleasant).toBe(0);
    expect(p.scored).toBe(2);
    expect(p.scoredPractical).toBe(2);
    const none = valenceParts(a);
    expect(none.practical).toEqual({ afinn: 0, known: 0, pleasant: 0, unpleasant: 0 });
    expect(none.scored).toBe(1);
    expect(none.scoredPractical).toBe(0);
  });

  describe('emotion hits AFINN does not know add their signed intensity', () => {
    const cases: { text: string; sign: number; why: string }[] = [
      { text: 'I am overwhelmed.', sign: -1, why: 'stress is negative' },
      { text: 'I got laid off.', sign: -1, why: 'setback is negative' },
      { text: 'I graduated.', sign: 1, why: 'achievement is positive' },
      { text: 'I am not okay.', sign: -1, why: 'distress is negative' },
    ];
    it.each(cases)('$text -> emotions = $sign x intensity ($why)', ({ text, sign }) => {
      const hits = promptAffect(text).hits;
      expect(hits).toHaveLength(1);
      const p = valenceParts(analyze(text), hits);
      expect(p.emotions).toBeCloseTo(sign * hits[0]!.intensity, 10);
    });
    it('a hit AFINN already scores adds nothing ("sad")', () => {
      const hits = promptAffect('I am sad.').hits;
      expect(valenceParts(analyze('I am sad.'), hits).emotions).toBe(0);
    });
  });
});

describe('promptAffect: valence and feltValence follow the documented blends', () => {
  const texts = [
    'I am so sad.',
    'I am not sad.',
    'It was hard but good.',
    'I am overwhelmed.',
    'I graduated.',
    'He had a heart attack.',
    'I am not okay.',
    'It is no use.',
    'I am so happy!',
  ];
  it.each(texts)('%s', (text) => {
    const a = promptAffect(text);
    const p = valenceParts(analyze(text), a.hits);
    expect(a.valence).toBeCloseTo(blend(p), 6);
    expect(a.feltValence).toBeCloseTo(felt(p), 6);
  });
  it('feltValence leaves out words about things, and wink sentiment with them', () => {
    // "lost" with a thing as object is practical; it is the only sentiment word, so wink is dropped.
    const a = promptAffect('I lost my keys.');
    expect(a.hits).toEqual([]);
    expect(a.feltValence).toBe(0);
    expect(a.valence).toBeCloseTo(blend(valenceParts(analyze('I lost my keys.'))), 6);
    expect(a.valence).toBeLessThan(-0.5);
  });
});

describe('promptAffect: word senses, feeling or thing', () => {
  const felt: { text: string; hit: string; why: string }[] = [
    { text: 'I am low.', hit: 'sadness:low', why: 'person subject and linking verb' },
    { text: 'I feel low.', hit: 'sadness:low', why: 'feel verb' },
    { text: 'I felt low.', hit: 'sadness:low', why: '"felt"' },
    { text: 'I am feeling low.', hit: 'sadness:low', why: '"feeling"' },
    { text: 'I am feelin low.', hit: 'sadness:low', why: '"feelin"' },
    { text: 'She is down.', hit: 'sadness:down', why: '"she"' },
    { text: 'He is down.', hit: 'sadness:down', why: '"he"' },
    { text: 'We are down.', hit: 'sadness:down', why: '"we"' },
    { text: 'They are down.', hit: 'sadness:down', why: '"they"' },
    { text: 'You are down.', hit: 'sadness:down', why: '"you"' },
    { text: 'u are down.', hit: 'sadness:down', why: '"u"' },
    { text: 'id be down', hit: 'sadness:down', why: '"id"' },
    { text: 'I got down.', hit: 'sadness:down', why: 'linking "get"' },
    { text: 'I became down.', hit: 'sadness:down', why: 'linking "become"' },
    { text: 'I stay down.', hit: 'sadness:down', why: 'linking "stay"' },
    { text: 'I remain down.', hit: 'sadness:down', why: 'linking "remain"' },
    { text: 'I keep down.', hit: 'sadness:down', why: 'linking "keep"' },
    { text: 'I seem down.', hit: 'sadness:down', why: 'linking "seem"' },
    { text: 'I am still down.', hit: 'sadness:down', why: 'filler "still"' },
    { text: 'I am just down.', hit: 'sadness:down', why: 'filler "just"' },
    { text: 'I feel so down.', hit: 'sadness:down', why: 'feel verb and intensifier' },
    { text: 'I feel confused.', hit: 'stress:confused', why: 'feel-only word after a feel verb' },
    { text: 'I am so confused.', hit: 'stress:confused', why: 'feel-only word after an intensifier' },
    { text: 'My dad is dead.', hit: 'loss:dead', why: 'a person subject' },
    { text: 'My dad died.', hit: 'loss:died', why: 'object-subject word with a person subject' },
    { text: 'I miss her.', hit: 'grief:miss', why: 'a person object' },
    { text: 'I need to break up.', hit: 'breakup:break up', why: 'no object' },
    { text: "I'm down.", hit: 'sadness:down', why: 'fused "i\'m" is subject and link' },
    { text: 'im down', hit: 'sadness:down', why: '"im" is subject and link' },
    { text: 'My friend is down.', hit: 'sadness:down', why: 'a personal noun as subject' },
    { text: 'I lost my best friend.', hit: 'grief:lost', why: 'an adjective before the person object is skipped' },
  ];
  it.each(felt)('$text -> $hit ($why)', ({ text, hit }) => {
    expect(tags(text)).toEqual([hit]);
  });

  const practical: { text: string; why: string }[] = [
    { text: 'It is down.', why: '"it" is no person' },
    { text: 'My server is down.', why: 'a thing subject' },
    { text: 'Low battery.', why: 'attributive, before a noun' },
    { text: 'I am low on cash.', why: '"on"' },
    { text: 'I am low with cash.', why: '"with"' },
    { text: 'I am low at work.', why: '"at"' },
    { text: 'I am low to work.', why: '"to"' },
    { text: 'I am low for work.', why: '"for"' },
    { text: 'I am confused.', why: 'feel-only without feel verb or intensifier' },
    { text: 'The battery is dead.', why: 'a thing subject' },
    { text: 'The process died.', why: 'a thing subject' },
    { text: 'I lost my keys.', why: 'a thing object after "my"' },
    { text: 'I lost the keys.', why: 'after "the"' },
    { text: 'I lost her keys.', why: '"her" before a noun is a determiner' },
    { text: 'I lost their keys.', why: 'after "their"' },
    { text: 'I lost some keys.', why: 'after "some"' },
    { text: 'I missed my flight.', why: 'a thing object' },
    { text: 'We need to break up the function.', why: 'a particle, then a thing object' },
    { text: 'I lost it.', why: '"it" as object is a thing' },
    { text: 'I lost 5 pounds.', why: 'a number as object is a thing' },
    { text: 'I missed my connecting flight.', why: 'an -ing verb before the noun is a modifier' },
    { text: 'I ran a stress test.', why: 'an emotion word modifying an object noun' },
  ];
  it.each(practical)('$text -> no hit ($why)', ({ text }) => {
    expect(promptAffect(text).hits).toEqual([]);
  });

  it('a fault word concerns a person only "with" a person', () => {
    expect(promptAffect('What is wrong with me?').intensity).toBeGreaterThan(0.3);
    expect(promptAffect('What is wrong with the code?').intensity).toBe(0);
    expect(promptAffect('There is a problem with my wife.').applicable).toBe(true);
  });
});

describe('affectDelta: reply reactions by kind', () => {
  const PROMPT = 'My dad died.';
  const cases: { reply: string; kind: string; w: number; span: string; message: string }[] = [
    { reply: 'Aw.', kind: 'sympathy', w: 0.5, span: 'Aw', message: 'The reply expresses sympathy.' },
    {
      reply: 'No wonder.',
      kind: 'validation',
      w: 0.6,
      span: 'No wonder',
      message: 'The reply says the feeling is understandable.',
    },
    {
      reply: 'Me too.',
      kind: 'solidarity',
      w: 0.5 * 1.15,
      span: 'Me too',
      message: 'The reply shares the experience: the person is not alone.',
    },
    {
      reply: 'People care.',
      kind: 'warmth',
      w: 0.6,
      span: 'People care',
      message: 'The reply offers warmth and presence.',
    },
    {
      reply: 'Keep going.',
      kind: 'encouragement',
      w: 0.6,
      span: 'Keep going',
      message: 'The reply heartens the person.',
    },
    { reply: 'Take care.', kind: 'wishes', w: 0.6, span: 'Take care', message: 'The reply wishes the person well.' },
    {
      reply: 'Nice work.',
      kind: 'celebration',
      w: 0.6,
      span: 'Nice work',
      message: 'The reply shares in the good news.',
    },
    { reply: 'Ugh.', kind: 'interjection', w: 0.4, span: 'Ugh', message: 'The reply reacts with feeling.' },
  ];
  it.each(cases)('$reply -> $kind $w', ({ reply, kind, w, span, message }) => {
    const d = affectDelta(PROMPT, reply);
    expect(d.reactions).toEqual([kind]);
    expect(d.responseIntensity).toBeCloseTo(w, 10);
    expect(d.reaction).toBeCloseTo(w, 10);
    const f = byRule(d.findings, 'affect/acknowledgement');
    expect(f).toHaveLength(1);
    expect(f[0]!.kind).toBe('strength');
    expect(f[0]!.severity).toBe(0);
    expect(f[0]!.message).toBe(message);
    expect(f[0]!.span.source).toBe('response');
    expect(reply.slice(f[0]!.span.start, f[0]!.span.end)).toBe(span);
  });

  const adjusted: { reply: string; intensity: number; why: string }[] = [
    { reply: 'Aww?', intensity: 0.6 * 0.5, why: 'in a question x0.5' },
    { reply: 'It is not a shame.', intensity: 0, why: 'a negated reaction is dropped' },
    { reply: 'Never, no wonder.', intensity: 0.6, why: 'validation is kept even negated' },
    { reply: 'Sorry for my english.', intensity: 0, why: 'a weight-0 look-alike counts nothing' },
    { reply: 'Noted.', intensity: 0.05, why: 'a flat acknowledgement adds its small weight, no kind' },
    {
      reply: 'It is such a shame.',
      intensity: 1 - (1 - 0.7 * 1.15) * (1 - 0.35 * 0.75 * 0.75),
      why: 'intensifier inside the phrase x1.15; "shame" named back (0.75 x 0.75, not first person)',
    },
    {
      reply: 'It is a shame for me.',
      intensity: 1 - (1 - 0.7 * 0.3) * (1 - 0.35 * 0.75),
      why: 'reflection in a sentence about the replier alone x0.3; "shame" named in a first-person sentence',
    },
    {
      reply: 'It is a shame for you.',
      intensity: 1 - (1 - 0.7) * (1 - 0.35 * 0.75 * 0.75),
      why: 'addressed to the person: full weight',
    },
    { reply: "I'm so sorry.", intensity: 1, why: 'x1.15 is capped at 1' },
  ];
  it.each(adjusted)('$reply -> responseIntensity $intensity ($why)', ({ reply, intensity }) => {
    expect(affectDelta(PROMPT, reply).responseIntensity).toBeCloseTo(intensity, 10);
  });
  it('"Noted." reports no kind of reaction', () => {
    expect(affectDelta(PROMPT, 'Noted.').reactions).toEqual([]);
  });
});

describe('affectDelta: naming the feeling back (0.35 x max(intensity, 0.5))', () => {
  const cases: { reply: string; intensity: number; acknowledged: string[]; why: string }[] = [
    { reply: 'You are a bit sad.', intensity: 0.35 * 0.5, acknowledged: ['sadness'], why: 'weak hit: floor 0.5' },
    {
      reply: 'You are so devastated.',
      intensity: 0.35 * 0.95 * 1.25 * 0.75,
      acknowledged: ['grief'],
      why: 'strong hit: its own intensity',
    },
    {
      reply: 'Aw. You are sad.',
      intensity: 1 - 0.5 * (1 - 0.35 * 0.5),
      acknowledged: ['sadness'],
      why: 'noisy-or with a reaction',
    },
    { reply: 'Grief is hard.', intensity: 0, acknowledged: [], why: 'not addressed to the person, no reaction' },
  ];
  it.each(cases)('$reply -> $intensity ($why)', ({ reply, intensity, acknowledged }) => {
    const d = affectDelta('My dad died.', reply);
    expect(d.responseIntensity).toBeCloseTo(intensity, 10);
    expect(d.acknowledged).toEqual(acknowledged);
    const named = byRule(d.findings, 'affect/emotion-named');
    expect(named).toHaveLength(acknowledged.length);
    for (const f of named) {
      expect(f.kind).toBe('strength');
      expect(f.message).toBe(`The reply names the person's ${acknowledged[0]}.`);
      expect(reply.slice(f.span.start, f.span.end)).toBe(f.span.text);
    }
  });
});

describe('affectDelta: weak cue of addressing the person', () => {
  const cases: { reply: string; reaction: number; why: string }[] = [
    { reply: 'You went home.', reaction: 0.1 / 3, why: '"you"' },
    { reply: 'Your dog went home.', reaction: 0.1 / 3, why: '"your"' },
    { reply: 'It is yours.', reaction: 0.1 / 3, why: '"yours"' },
    { reply: 'youre home.', reaction: 0.1 / 3, why: '"youre"' },
    { reply: 'ur home.', reaction: 0.1 / 3, why: '"ur"' },
    { reply: 'u went home.', reaction: 0.1 / 3, why: '"u"' },
    { reply: 'You went. You ran.', reaction: 0.2 / 3, why: 'two sentences' },
    { reply: 'You went. You ran. You sat. You slept.', reaction: 0.1, why: 'capped at three sentences' },
    { reply: 'He went home.', reaction: 0, why: 'no second person' },
    { reply: 'Aw. You went.', reaction: 0.5 + (0.1 / 3) * 0.5, why: 'the cue fills only what the reaction leaves' },
  ];
  it.each(cases)('$reply -> reaction $reaction ($why)', ({ reply, reaction }) => {
    expect(affectDelta('My dad died.', reply).reaction).toBeCloseTo(reaction, 10);
  });
});

describe('affectDelta: score combines the unmet need and the dismissal', () => {
  const pairs: [string, string, string][] = [
    ['My dad died.', 'You went home.', 'weak cue only'],
    ['My dad died.', 'Aw.', 'half reaction'],
    ['My dad died.', "I'm so sorry.", 'full reaction'],
    ['My dad died.', 'Aww?', 'reaction 0.3'],
    ['My dad died.', 'Noted.', 'flat'],
    ['My dad died.', 'Aw. At least you had time.', 'reaction and minimising'],
    ['I am a bit sad.', 'Ok.', 'mild feeling, no reaction'],
    ['I am so sad.', 'What a wonderful great happy day!', 'valence flip'],
    ['I went home.', 'Ok.', 'not applicable: low-affect need'],
    ['Did I go?', 'Ok.', 'no affect'],
    ['I have a tax bill.', 'Ok.', 'applicable at the threshold'],
  ];
  it.each(pairs)('%s / %s (%s)', (prompt, reply) => {
    const d = affectDelta(prompt, reply);
    expect(d.score).toBeCloseTo(expectedScore(d), 10);
    expect(d.delta).toBeCloseTo(d.responseIntensity - d.promptIntensity, 10);
    const p = promptAffect(prompt);
    expect(d.promptIntensity).toBe(p.intensity);
    expect(d.promptValence).toBe(p.valence);
    expect(d.applicable).toBe(p.applicable);
    expect(d.expressed).toEqual(p.emotions);
    expect(d.responseValence).toBeCloseTo(blend(valenceParts(analyze(reply))), 10);
  });

  const exact: { prompt: string; reply: string; score: number; why: string }[] = [
    {
      prompt: 'My dad died.',
      reply: 'You went home.',
      score: 1 - 0.95 * (1 - 0.1 / 3 / 0.9) ** 2,
      why: 'intensity 0.8, reaction 1/30',
    },
    { prompt: 'My dad died.', reply: 'Aw.', score: 1 - 0.95 * (1 - 0.5 / 0.9) ** 2, why: 'reaction 0.5' },
    { prompt: 'My dad died.', reply: "I'm so sorry.", score: 1, why: 'met in full' },
    { prompt: 'I am a bit sad.', reply: 'Ok.', score: 0.05, why: 'need 1 (0.36 >= 0.3), nothing met' },
    { prompt: 'I went home.', reply: 'Ok.', score: 1 - 0.95 * 0.5 * 0.05, why: 'low-affect need 0.5 x 0.05' },
    { prompt: 'Did I go?', reply: 'Ok.', score: 1, why: 'no affect, no need' },
    { prompt: 'I have a tax bill.', reply: 'Ok.', score: 0.05, why: 'at the threshold the full need applies' },
  ];
  it.each(exact)('$prompt / $reply -> $score ($why)', ({ prompt, reply, score }) => {
    expect(affectDelta(prompt, reply).score).toBeCloseTo(score, 10);
  });
});

describe('affectDelta: brush-offs', () => {
  const cases: {
    prompt: string;
    reply: string;
    ruleId: string;
    span: string;
    severity: number;
    message: string;
    why: string;
  }[] = [
    {
      prompt: 'My dad died.',
      reply: 'Look on the bright side.',
      ruleId: 'affect/toxic-positivity',
      span: 'Look on the bright side',
      severity: 0.8 * (0.5 + 0.5 * 0.8),
      message: 'Toxic positivity: pushes cheer in place of meeting the feeling.',
      why: 'weight 0.8 x (0.5 + 0.5 x 0.8)',
    },
    {
      prompt: 'I am a bit sad.',
      reply: 'Look on the bright side.',
      ruleId: 'affect/toxic-positivity',
      span: 'Look on the bright side',
      severity: 0.8 * (0.5 + 0.5 * 0.36),
      message: 'Toxic positivity: pushes cheer in place of meeting the feeling.',
      why: 'milder feeling, smaller weight',
    },
    {
      prompt: 'My dad died.',
      reply: 'At least you had time.',
      ruleId: 'affect/minimising',
      span: 'At least you',
      severity: 0.5 * 0.9,
      message: 'Minimising: makes the feeling or what happened smaller.',
      why: 'weight 0.5',
    },
    {
      prompt: 'My dad died.',
      reply: 'Aw. At least you had time.',
      ruleId: 'affect/minimising',
      span: 'At least you',
      severity: 0.5 * 0.9 * (1 - 0.5 * 0.5),
      message: 'Minimising: makes the feeling or what happened smaller.',
      why: 'beside a reaction of 0.5: x(1 - 0.25)',
    },
    {
      prompt: 'My dad died.',
      reply: "It's not a big deal.",
      ruleId: 'affect/minimising',
      span: "It's not a big deal",
      severity: 0.8 * 0.9,
      message: 'Minimising: makes the feeling or what happened smaller.',
      why: 'a phrase with "not" in it is not negated itself',
    },
    {
      prompt: 'My dad died.',
      reply: 'You choose to be happy.',
      ruleId: 'affect/toxic-positivity',
      span: 'choose to be happy',
      severity: 0.6 * 0.9 * (1 - 0.5 * 0.35 * 0.5),
      message: 'Toxic positivity: pushes cheer in place of meeting the feeling.',
      why: 'said to the person; "happy" named back to them (0.35 x 0.5) softens it',
    },
  ];
  it.each(cases)('$reply -> $ruleId $severity ($why)', ({ prompt, reply, ruleId, span, severity, message }) => {
    const d = affectDelta(prompt, reply);
    const f = byRule(d.findings, ruleId);
    expect(f).toHaveLength(1);
    expect(f[0]!.kind).toBe('problem');
    expect(f[0]!.mechanism).toBe('sentimentAttenuation');
    expect(f[0]!.severity).toBeCloseTo(severity, 10);
    expect(f[0]!.message).toBe(message);
    expect(reply.slice(f[0]!.span.start, f[0]!.span.end)).toBe(span);
    expect(f[0]!.span.text).toBe(span);
    expect(d.dismissal).toBeGreaterThanOrEqual(severity - 1e-12);
  });

  it('a brush-off in a sentence about the replier alone is not flagged', () => {
    const d = affectDelta('My dad died.', 'I choose to be happy.');
    expect(byRule(d.findings, 'affect/toxic-positivity')).toEqual([]);
  });
  it('a brush-off to a prompt without affect costs nothing', () => {
    const d = affectDelta('Did I go?', 'Look on the bright side.');
    expect(d.dismissal).toBe(0);
    expect(d.findings.filter((f) => f.kind === 'problem')).toEqual([]);
    expect(d.score).toBe(1);
  });
  it('two brush-offs combine as independent failures', () => {
    const d = affectDelta('My dad died.', "Look on the bright side. It's not a big deal.");
    expect(d.dismissal).toBeCloseTo(1 - (1 - 0.72) * (1 - 0.72), 10);
  });
});

describe('affectDelta: flat acknowledgement (prompt intensity >= 0.6, reply intensity < 0.5)', () => {
  const cases: {
    prompt: string;
    reply: string;
    severity: number | null;
    span?: string;
    message?: string;
    why: string;
  }[] = [
    {
      prompt: 'My dad died.',
      reply: 'Noted.',
      severity: 0.8 * (1 - 0.05),
      span: 'Noted',
      message: 'A flat acknowledgement ("Noted") for strong loss.',
      why: 'intensity x (1 - reply intensity)',
    },
    {
      prompt: 'I am sad.',
      reply: 'Noted.',
      severity: 0.6 * 0.95,
      span: 'Noted',
      message: 'A flat acknowledgement ("Noted") for strong sadness.',
      why: 'prompt intensity exactly 0.6',
    },
    {
      prompt: 'I am sad.',
      reply: 'It is what it is.',
      severity: 0.6 * 0.9,
      span: 'It is what it is',
      message: 'A flat acknowledgement ("It is what it is") for strong sadness.',
      why: 'weight 0.1',
    },
    { prompt: 'I am a bit sad.', reply: 'Noted.', severity: null, why: 'prompt intensity 0.36 < 0.6' },
    { prompt: 'My dad died.', reply: 'Aw. Noted.', severity: null, why: 'reply intensity 0.525 >= 0.5' },
  ];
  it.each(cases)('$prompt / $reply ($why)', ({ prompt, reply, severity, span, message }) => {
    const d = affectDelta(prompt, reply);
    const f = byRule(d.findings, 'affect/flat-acknowledgement');
    if (severity === null) {
      expect(f).toEqual([]);
      return;
    }
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBeCloseTo(severity, 10);
    expect(f[0]!.kind).toBe('problem');
    expect(f[0]!.message).toBe(message);
    expect(reply.slice(f[0]!.span.start, f[0]!.span.end)).toBe(span);
    expect(d.dismissal).toBeCloseTo(severity, 10);
  });
});

describe('affectDelta: valence flip', () => {
  it('a cheerful reply to distress: 1.5 x (felt valence of the reply - 0.3) x intensity x (1 - reaction)', () => {
    const reply = 'What a wonderful great happy day!';
    const d = affectDelta('I am so sad.', reply);
    const rv = felt(valenceParts(analyze(reply)));
    const want = (rv - 0.3) * 1.5 * 0.75 * (1 - d.responseIntensity);
    const f = byRule(d.findings, 'affect/valence-flip');
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBeCloseTo(want, 10);
    expect(d.dismissal).toBeCloseTo(want, 10);
    expect(f[0]!.message).toBe(
      'The person is distressed and the reply answers in a cheerful tone without acknowledging it.',
    );
    expect(f[0]!.span.text).toBe(reply);
    expect(reply.slice(f[0]!.span.start, f[0]!.span.end)).toBe(reply);
  });
  it('a gloomy reply to good news: 1.5 x (-valence - 0.2) x intensity x (1 - reaction)', () => {
    const reply = 'Taxes are awful. War is terrible.';
    const p = promptAffect('I am so happy!');
    expect(p.feltValence).toBeGreaterThan(0.3);
    const d = affectDelta('I am so happy!', reply);
    const rv = felt(valenceParts(analyze(reply)));
    const want = (-rv - 0.2) * 1.5 * p.intensity * (1 - d.responseIntensity);
    const f = byRule(d.findings, 'affect/valence-flip');
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBeCloseTo(Math.min(1, want), 10);
    expect(f[0]!.message).toBe(
      'The person shares good news and the reply answers in a negative tone without sharing it.',
    );
    expect(f[0]!.span.text).toBe('Taxes are awful.');
  });
  it('no flip beside a real reaction (reply intensity >= 0.5)', () => {
    const d = affectDelta('I am so sad.', 'Aw. What a wonderful great happy day!');
    expect(byRule(d.findings, 'affect/valence-flip')).toEqual([]);
  });
  it('no flip for a neutral reply', () => {
    const d = affectDelta('I am so sad.', 'Ok.');
    expect(byRule(d.findings, 'affect/valence-flip')).toEqual([]);
    expect(d.dismissal).toBe(0);
  });
});

describe('affectDelta: advice without reaction', () => {
  // Prompt intensity 0.8; the reply's only reaction is the "you" cue (1/30) when it says "you".
  const cases: { reply: string; span: string; reaction: number; why: string }[] = [
    { reply: 'Honestly, you should rest.', span: 'you should', reaction: 0.1 / 3, why: '"you should"' },
    { reply: 'Maybe trying to rest helps.', span: 'trying to', reaction: 0, why: '"trying to"' },
    { reply: 'So have you tried resting?', span: 'have you tried', reaction: 0.1 / 3, why: '"have you tried"' },
    { reply: 'Honestly, I suggest rest.', span: 'I suggest', reaction: 0, why: '"i suggest"' },
    { reply: 'My advice is rest.', span: 'My advice', reaction: 0, why: '"my advice"' },
    { reply: 'I would try resting.', span: 'I would try', reaction: 0, why: '"i would try"' },
    { reply: 'Maybe consider rest.', span: 'consider', reaction: 0, why: '"consider"' },
    { reply: 'It is best to rest.', span: 'It is best to', reaction: 0, why: '"it is best to"' },
    { reply: 'Ask yourself.', span: 'Ask', reaction: 0.1 / 3, why: 'a sentence opening with an imperative verb' },
    {
      reply: 'Aw? You should rest.',
      span: 'You should',
      reaction: 0.25 + (0.1 / 3) * 0.75,
      why: 'reaction 0.25 < 0.3',
    },
  ];
  it.each(cases)('$reply -> "$span" ($why)', ({ reply, span, reaction }) => {
    const d = affectDelta('My dad died.', reply);
    expect(d.reaction).toBeCloseTo(reaction, 10);
    const f = byRule(d.findings, 'affect/advice-without-reaction');
    expect(f).toHaveLength(1);
    expect(f[0]!.kind).toBe('problem');
    expect(f[0]!.severity).toBeCloseTo(0.95 * 1 * (1 - reaction), 10);
    expect(f[0]!.message).toBe(
      'The reply goes straight to advice or information without reacting to what the person feels.',
    );
    expect(reply.slice(f[0]!.span.start, f[0]!.span.end)).toBe(span);
    // Located, not added twice: the advice does not raise the dismissal.
    expect(d.dismissal).toBeCloseTo(byRule(d.findings, 'affect/valence-flip')[0]?.severity ?? 0, 10);
  });

  const none: { reply: string; why: string }[] = [
    { reply: 'Thank him now.', why: '"thank" opens no advice' },
    { reply: 'Hope it helps.', why: '"hope" opens no advice' },
    { reply: 'Ask yourself?', why: 'an imperative in a question is no advice' },
    { reply: 'Aww? You should rest.', why: 'reply intensity 0.3 is not < 0.3' },
    { reply: 'He went home.', why: 'no advice at all' },
  ];
  it.each(none)('$reply -> no advice finding ($why)', ({ reply }) => {
    expect(byRule(affectDelta('My dad died.', reply).findings, 'affect/advice-without-reaction')).toEqual([]);
  });
  it('advice to a prompt without affect is not flagged', () => {
    expect(byRule(affectDelta('Did I go?', 'You should rest.').findings, 'affect/advice-without-reaction')).toEqual([]);
  });
});

describe('affectDelta: unacknowledged strong feeling (>= 0.6, reply intensity < 0.2)', () => {
  const cases: { prompt: string; reply: string; span: string | null; severity?: number; why: string }[] = [
    { prompt: 'I am sad.', reply: 'Ok.', span: 'sad', severity: 0.6, why: 'at 0.6 exactly' },
    { prompt: 'I am a bit sad.', reply: 'Ok.', span: null, why: '0.36 is not strong' },
    {
      prompt: 'My dad died.',
      reply: 'You are a bit sad.',
      span: 'died',
      severity: 0.8 * (1 - 0.175),
      why: 'reply intensity 0.175 < 0.2',
    },
    { prompt: 'My dad died.', reply: 'Ugh.', span: null, why: 'reply intensity 0.4' },
    { prompt: 'I am sad and angry.', reply: 'Ok.', span: 'angry', severity: 0.748, why: 'the strongest hit' },
    { prompt: 'I am angry and scared.', reply: 'Ok.', span: 'angry', severity: 0.756, why: 'of equals, the first' },
  ];
  it.each(cases)('$prompt / $reply -> $span ($why)', ({ prompt, reply, span, severity }) => {
    const d = affectDelta(prompt, reply);
    const f = byRule(d.findings, 'affect/unacknowledged');
    if (span === null) {
      expect(f).toEqual([]);
      return;
    }
    expect(f).toHaveLength(1);
    expect(f[0]!.span.source).toBe('prompt');
    expect(prompt.slice(f[0]!.span.start, f[0]!.span.end)).toBe(span);
    expect(f[0]!.severity).toBeCloseTo(severity!, 10);
    expect(f[0]!.message).toMatch(/^The person expresses strong \w+; the reply does not react to it\.$/);
  });
  it('names the strongest tag in the message', () => {
    const f = byRule(affectDelta('I am sad and angry.', 'Ok.').findings, 'affect/unacknowledged');
    expect(f[0]!.message).toBe('The person expresses strong anger; the reply does not react to it.');
  });
});

describe('sentimentAttenuationMechanism', () => {
  it('applicable: severity = 1 - score, no reason, the metrics of the delta', () => {
    const d = affectDelta('My dad died.', 'Aw.');
    const m = sentimentAttenuationMechanism(d);
    expect(m.applicable).toBe(true);
    expect(m.severity).toBeCloseTo(1 - d.score, 10);
    expect(m.reason).toBeUndefined();
    expect(m.metrics).toEqual({
      promptIntensity: d.promptIntensity,
      responseIntensity: d.responseIntensity,
      delta: d.delta,
      reaction: d.reaction,
      dismissal: d.dismissal,
      promptValence: d.promptValence,
      responseValence: d.responseValence,
    });
  });
  it('not applicable with a little affect: severity under the low-affect cap, reason states it', () => {
    const d = affectDelta('I went home.', 'Ok.');
    const m = sentimentAttenuationMechanism(d);
    expect(m.applicable).toBe(false);
    expect(m.severity).toBeCloseTo(0.95 * 0.5 * 0.05, 10);
    expect(m.reason).toBe(
      `The prompt expresses too little emotion to meet (intensity 0.05 < 0.3); severity is capped at its low-affect need, 0.5 x intensity = ${(0.5 * 0.05).toFixed(2)}.`,
    );
  });
  it('not applicable: the cap binds a severity above it', () => {
    const d = affectDelta('I went home.', 'Ok.');
    const m = sentimentAttenuationMechanism({ ...d, score: 0 });
    expect(m.severity).toBeCloseTo(0.025, 10);
  });
  it('not applicable, no affect: severity 0, reason says so', () => {
    const d = affectDelta('Did I go?', 'Ok.');
    const m = sentimentAttenuationMechanism(d);
    expect(m.applicable).toBe(false);
    expect(m.severity).toBe(0);
    expect(m.reason).toBe('The prompt expresses no emotion to meet (intensity 0 < 0.3); severity is 0.');
    expect(sentimentAttenuationMechanism({ ...d, score: 0 }).severity).toBe(0);
  });
  it('applicable with a score above 1 is clamped to severity 0', () => {
    const d = affectDelta('My dad died.', "I'm so sorry.");
    expect(sentimentAttenuationMechanism({ ...d, score: 1.5 }).severity).toBe(0);
    expect(sentimentAttenuationMechanism({ ...d, score: -0.5 }).severity).toBe(1);
  });
});

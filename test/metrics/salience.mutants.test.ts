import { describe, expect, it } from 'vitest';
import { salienceOverlap } from '../../src/metrics/salience.js';

// Cases written against survivors of a mutation run over src/metrics/salience.ts, each pinning a
// behaviour a user can see: the concerns a prompt raises (kind, span, weight), the off-topic and
// parroting shares of a reply, and which reply sentences count as exploring the person's experience.
//   relation weight 2 after a possessive, 1.2 without; named 2; number 1.5
//   off-topic weight of a reply word: PROPN 1.6 x 1.25 = 2, NOUN 1, VERB 0.7 x 0.8 = 0.56, ADV 0

const OK = 'Ok.';
const concernsOf = (prompt: string) =>
  salienceOverlap(prompt, OK).concerns.map((c) => ({ kind: c.kind, text: c.text, weight: c.weight }));

describe('salienceOverlap: concerns at the edges of a text', () => {
  const cases: { prompt: string; kind: string; text: string; weight: number; why: string }[] = [
    {
      prompt: 'Mom is sick.',
      kind: 'relation',
      text: 'Mom',
      weight: 1.2,
      why: 'a relation as the very first word: nothing before it, so no possessive (2 x 0.6)',
    },
    {
      prompt: 'It was my\n\nsister who called.',
      kind: 'relation',
      text: 'sister',
      weight: 1.2,
      why: 'a paragraph break ends the sentence: "my" before it does not own "sister"',
    },
    {
      prompt: 'I talked to Ana',
      kind: 'named',
      text: 'Ana',
      weight: 2,
      why: 'a name that ends the text (no final punctuation)',
    },
    {
      prompt: 'It was on the 2nd.',
      kind: 'number',
      text: '2nd',
      weight: 1.5,
      why: 'an ordinal is a number token even though it is tagged as an adjective',
    },
  ];
  it.each(cases)('$prompt -> $kind "$text" of weight $weight ($why)', ({ prompt, kind, text, weight }) => {
    const got = concernsOf(prompt).filter((c) => c.kind === kind);
    expect(got.map((c) => c.text)).toEqual([text]);
    expect((got[0] as { weight: number }).weight).toBeCloseTo(weight, 10);
  });
});

describe('salienceOverlap: off-topic share', () => {
  const cases: { prompt: string; reply: string; offTopic: number; why: string }[] = [
    {
      prompt: 'My dog is sick.',
      reply: 'I think you should see a therapist.',
      offTopic: 1,
      why: 'a sentence with "I" and "you" speaks to the person: its new content ("see", "therapist") is off-topic',
    },
    {
      prompt: 'My dog is sick.',
      reply: 'I once saw a therapist.',
      offTopic: 0,
      why: 'a first-person sentence without "you" is the writer\'s own story: not off-topic',
    },
    {
      prompt: 'My feet hurt.',
      reply: 'Feet swell sometimes.',
      offTopic: 0.56 / (2 + 0.56),
      why: 'sentence-initial "Feet" (read as a name, lemma "feet") is anchored by the prompt\'s form "feet" (lemma "foot"); only "swell" is new',
    },
  ];
  it.each(cases)('$prompt / $reply -> offTopic $offTopic ($why)', ({ prompt, reply, offTopic }) => {
    expect(salienceOverlap(prompt, reply).offTopic).toBeCloseTo(offTopic, 10);
  });
});

describe('salienceOverlap: parroting counts only runs the prompt really wrote', () => {
  const cases: { prompt: string; reply: string; parroting: number; why: string }[] = [
    {
      prompt: 'I feel like I am not good enough.',
      reply: 'You are not good enough.',
      parroting: 1,
      why: 'every word in a run the prompt wrote (perspective flipped)',
    },
    {
      prompt: 'I feel like I am not good enough.',
      reply: 'Not enough, you say?',
      parroting: 0,
      why: '"not enough you" uses the prompt\'s words but never in that order',
    },
  ];
  it.each(cases)('$prompt / $reply -> parroting $parroting ($why)', ({ prompt, reply, parroting }) => {
    expect(salienceOverlap(prompt, reply).parroting).toBeCloseTo(parroting, 10);
  });
});

describe('salienceOverlap: exploration', () => {
  const cases: { reply: string; exploration: number; why: string }[] = [
    {
      reply: 'Should I call you later?',
      exploration: 0.2,
      why: 'a question whose subject is the writer ("should I") asks little about the person, even with "you" in it',
    },
    {
      reply: 'What is important now is rest.',
      exploration: 0,
      why: 'no "?" and no subject after "what is" ("important" is an adjective): a statement, not a question',
    },
  ];
  it.each(cases)('My dog is sick. / $reply -> exploration $exploration ($why)', ({ reply, exploration }) => {
    expect(salienceOverlap('My dog is sick.', reply).exploration).toBeCloseTo(exploration, 10);
  });
});

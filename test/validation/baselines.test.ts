import { describe, expect, it } from 'vitest';
import {
  contentNovelty,
  countHedgesAndWeasels,
  countQuestionMarks,
  countYou,
  hasAiDisclaimer,
  startsWithRefusal,
  wordCount,
} from '../../validation/baselines.js';

describe('baselines', () => {
  it('counts the whole word "you" only', () => {
    expect(countYou("You know, you're right, and your dog loves you.")).toBe(2);
  });

  it('counts hedge and weasel phrases as whole words, case-insensitively', () => {
    expect(countHedgesAndWeasels('')).toBe(0);
    expect(countHedgesAndWeasels('Apparently it works')).toBeGreaterThan(0);
    // "apparently" inside a longer word is not a hit.
    expect(countHedgesAndWeasels('xapparentlyx')).toBe(0);
  });

  it('measures how much of a reply is new relative to the context', () => {
    expect(contentNovelty('You feel lonely at work.', 'I feel so lonely at work lately.')).toBe(0);
    expect(contentNovelty('Pizza tastes great.', 'I feel lonely.')).toBe(1);
    expect(contentNovelty('you and me', 'anything')).toBe(1);
  });

  it('counts words and question marks', () => {
    expect(wordCount("It's fine, really.")).toBe(3);
    expect(countQuestionMarks('Why? How??')).toBe(3);
  });

  it('matches refusal prefixes at the start only, past spaces and quotes', () => {
    expect(startsWithRefusal(' I cannot help with that.')).toBe(true);
    expect(startsWithRefusal('"I’m sorry, but no.')).toBe(true);
    expect(startsWithRefusal('Sure. I cannot wait to help.')).toBe(false);
  });

  it('applies the stated AI-disclaimer rule', () => {
    expect(hasAiDisclaimer('As an AI, I have no view.')).toBe(true);
    expect(hasAiDisclaimer('I’m just an AI assistant.')).toBe(true);
    expect(hasAiDisclaimer('I am a language model trained by...')).toBe(true);
    expect(hasAiDisclaimer("I don't have personal opinions, but...")).toBe(true);
    expect(hasAiDisclaimer('AI is changing many jobs.')).toBe(false);
  });
});

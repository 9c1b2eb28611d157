import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wink } from '../../src/analysis/engine.js';
import { parseLexicon, tokenizeParts } from '../../src/lexicons/lexicon.js';

// Lexicons are compiled from one wink parse of all their words instead of one parse per word
// (a cold-start cost of seconds). This checks, on every word of every lexicon file as written
// today and tomorrow, that the shortcut splits each word exactly as wink does when reading it alone.

const dir = 'src/lexicons';
const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));

const partsOf = (text: string): string[] => {
  const out = new Set<string>();
  for (const { phrases } of parseLexicon(text)) {
    for (const phrase of phrases) {
      for (const part of phrase.split(' ')) if (part !== '*' && !part.startsWith('~')) out.add(part);
    }
  }
  return [...out];
};

const alone = (part: string) => wink().readDoc(part).tokens().out() as string[];

describe('lexicon words are tokenized as wink tokenizes them alone', () => {
  it.each(files)('%s', (file) => {
    const parts = partsOf(readFileSync(`${dir}/${file}`, 'utf8'));
    const got = tokenizeParts(parts);
    const wrong = parts.filter((p) => JSON.stringify(got.get(p)) !== JSON.stringify(alone(p)));
    expect(wrong).toEqual([]);
  });

  it.each([
    // why: contractions are split by wink; the shortcut must keep the split, not the spelling
    { part: "can't", want: ['ca', "n't"], why: 'n’t contraction split' },
    { part: "you're", want: ['you', "'re"], why: '’re contraction split' },
    { part: 'cannot', want: ['can', 'not'], why: 'wink splits cannot though it has no apostrophe' },
    { part: "I'm", want: ["I'm"], why: 'wink keeps I’m whole, and the case is kept for later normalising' },
    // why: punctuation glued to a word becomes its own token in wink
    { part: 'well,', want: ['well', ','], why: 'trailing punctuation split' },
    { part: 'sad', want: ['sad'], why: 'a plain word stays one token' },
  ])('$part ($why)', ({ part, want }) => {
    expect(tokenizeParts(['filler', part, "won't"]).get(part)).toEqual(want);
    expect(alone(part)).toEqual(want);
  });
});

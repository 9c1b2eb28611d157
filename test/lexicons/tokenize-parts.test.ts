import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/analysis/analyze.js';
import { wink } from '../../src/analysis/engine.js';
import { Lexicon, parseLexicon, tokenizeParts } from '../../src/lexicons/lexicon.js';

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

describe('lexicons compile to the trie their expanded phrases give', () => {
  // The trie is built from each line's [a/b] levels without expanding them. Expected here: every
  // phrase of parseLexicon (the expansion), split as wink splits it, the first line written
  // winning a phrase that two lines give.
  const expected = (text: string): Map<string, number> => {
    const out = new Map<string, number>();
    for (const { entry, phrases } of parseLexicon(text)) {
      for (const phrase of phrases) {
        const forms: string[] = [];
        for (const part of phrase.split(' ')) {
          if (part === '*' || part.startsWith('~')) forms.push(part === '*' ? '*' : `~${normalize(part.slice(1))}`);
          else for (const t of tokenizeParts([part]).get(part) as string[]) forms.push(normalize(t));
        }
        const key = forms.join(' ');
        if (key !== '' && !out.has(key)) out.set(key, entry.line);
      }
    }
    return out;
  };

  it.each(files)('%s', (file) => {
    const text = readFileSync(`${dir}/${file}`, 'utf8');
    expect(new Lexicon(text).compiledPhrases()).toEqual(expected(text));
  });

  it.each([
    // why: an empty alternative makes a part optional, and brackets glue to the text before them
    {
      text: 'feel[s/ing/] [so/] sad',
      want: ['feels so sad', 'feels sad', 'feeling so sad', 'feeling sad', 'feel so sad', 'feel sad'],
    },
    // why: every combination is a phrase but the empty one; an optional last bracket keeps its empty option
    { text: '[a/] [b/]', want: ['a b', 'a', 'b'] },
    // why: text after a ] is a new word, as expand() puts a space there
    { text: '[un/]happy', want: ['un happy', 'happy'] },
  ])('$text', ({ text, want }) => {
    expect([...new Lexicon(text).compiledPhrases().keys()].sort()).toEqual([...want].sort());
    expect(expected(text)).toEqual(new Lexicon(text).compiledPhrases());
  });
});

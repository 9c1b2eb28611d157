import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { Lexicon, parseLexicon, WordList } from '../../src/lexicons/lexicon.js';

const hits = (lex: Lexicon, text: string) => {
  const a = analyze(text);
  return lex.match(a).map((m) => [text.slice(m.start, m.end), m.entry.tag]);
};

describe('lexicon format', () => {
  it('expands [a/b/] alternatives, an empty one making the part optional', () => {
    const [row] = parseLexicon("[i'm/i am] [so/] sorry | 0.5 | sympathy");
    expect(row?.phrases).toEqual(["i'm so sorry", "i'm sorry", 'i am so sorry', 'i am sorry']);
    expect(row?.entry).toMatchObject({ weight: 0.5, tag: 'sympathy', line: 1 });
  });

  it('skips % comments and blank lines, and defaults weight to 1', () => {
    const rows = parseLexicon('% header\n\nhello\n');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.entry).toMatchObject({ source: 'hello', weight: 1, tag: '', line: 3 });
  });

  it('rejects a bad weight rather than scoring with NaN', () => {
    expect(() => parseLexicon('hello | heavy')).toThrow(/bad weight/);
  });
});

describe('lexicon matching', () => {
  const lex = new Lexicon(
    [
      'sorry | 1 | short',
      "i'm so sorry | 1 | long",
      '~cry | 1 | lemma',
      'that sounds * | 1 | wild',
      "can't cope | 1 | contraction",
    ].join('\n'),
  );

  it('prefers the longest phrase at a position', () => {
    expect(hits(lex, "I'm so sorry.")).toEqual([["I'm so sorry", 'long']]);
  });

  it('matches every form of a ~lemma', () => {
    expect(hits(lex, 'She cried. He cries.')).toEqual([
      ['cried', 'lemma'],
      ['cries', 'lemma'],
    ]);
  });

  it('matches * against any one word', () => {
    expect(hits(lex, 'That sounds brutal.')).toEqual([['That sounds brutal', 'wild']]);
  });

  it('tokenizes phrases like texts, so contractions and curly quotes meet', () => {
    expect(hits(lex, 'I can’t cope')).toEqual([['can’t cope', 'contraction']]);
  });

  it('never matches across a sentence boundary', () => {
    expect(hits(lex, 'That sounds. Brutal')).toEqual([]);
  });

  it('does not match inside code', () => {
    expect(hits(lex, 'Here `sorry` is code.')).toEqual([]);
  });
});

describe('word lists', () => {
  it('looks words up by normalised form', () => {
    const list = new WordList('% x\nmay | 0.5 | hedge\n[perhaps/maybe] | 1 | hedge');
    expect(list.get('may')?.weight).toBe(0.5);
    expect(list.has('maybe')).toBe(true);
    expect(list.has('might')).toBe(false);
  });
});

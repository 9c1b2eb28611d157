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

  it.each([
    // why: an optional bracket right after another bracket (only a space between) lost its empty option
    ['be [here/alive] [anymore/]', ['be here anymore', 'be here', 'be alive anymore', 'be alive']],
    ['[tell/show] [me/] more', ['tell me more', 'tell more', 'show me more', 'show more']],
    [
      'the worst [day/week] [of my life/]',
      ['the worst day of my life', 'the worst day', 'the worst week of my life', 'the worst week'],
    ],
    ['[a/] [b/]', ['a b', 'a', 'b']],
    ['x [a/] [b/] [c/]', ['x a b c', 'x a b', 'x a c', 'x a', 'x b c', 'x b', 'x c', 'x']],
    [
      'think positive[ly/] [now/]',
      ['think positively now', 'think positively', 'think positive now', 'think positive'],
    ],
  ])('keeps every option of adjacent brackets: %s', (phrase, want) => {
    expect(parseLexicon(phrase)[0]?.phrases).toEqual(want);
    // why: the trie is built from levels, not from this expansion; both must give the same phrases
    expect([...new Lexicon(phrase).compiledPhrases().keys()].sort()).toEqual([...want].sort());
  });

  it('matches a phrase whose last bracket is optional without its words', () => {
    const lex = new Lexicon("i don't want to be [here/alive] [anymore/] | 1 | distress");
    expect(hits(lex, "I don't want to be here.")).toEqual([["I don't want to be here", 'distress']]);
    expect(hits(lex, "I don't want to be alive anymore.")).toEqual([["I don't want to be alive anymore", 'distress']]);
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

describe('lexicon matching against a naive matcher', () => {
  // Every compiled phrase tried at every token, longest first, ties to the line written first: what
  // matchAll must find, however it skips tokens (first-word bits, the word after a leading `*`).
  const naive = (lex: Lexicon, text: string) => {
    const a = analyze(text);
    const phrases = [...lex.compiledPhrases()].map(([p, line]) => ({ steps: p.split(' '), line }));
    const out: [number, number, number][] = [];
    for (let i = 0; i < a.tokens.length; i++) {
      let best: [number, number] | undefined;
      for (const { steps, line } of phrases) {
        const ok = steps.every((s, k) => {
          const t = a.tokens[i + k];
          if (!t || t.sentence !== a.tokens[i]?.sentence) return false;
          if (s === '*') return t.kind === 'word';
          return s.startsWith('~') ? t.lemma === s.slice(1) : t.norm === s;
        });
        const to = i + steps.length;
        if (ok && (!best || to > best[0] || (to === best[0] && line < best[1]))) best = [to, line];
      }
      if (best) out.push([i, best[0], best[1]]);
    }
    return out;
  };
  const got = (lex: Lexicon, text: string) => lex.matchAll(analyze(text)).map((m) => [m.from, m.to, m.entry.line]);
  const TEXTS = [
    'Honestly, seven out of ten. I would rate it eight out of 10, or nine out of five!',
    'Out of ten people, most cry. Sorry, out of ten... I am so sorry you cried.',
    'It sounds hard. That sounds really hard, and I am sorry. 7 out of 10.',
  ];

  it.each([
    ['a leading [*]', '[*] out of [10/ten/5/five] | 1 | stance\nsorry | 1 | s\n~cry | 1 | c'],
    ['a lone *', '* | 1 | any\nout of ten | 1 | x'],
    ['a leading * *', '* * hard | 1 | two\nthat sounds * | 1 | wild'],
    ['a leading * then a lemma', '* ~cry | 1 | c\n[so/] sorry | 1 | s'],
  ])('finds what trying every phrase everywhere finds, with %s', (_, text) => {
    // why: the skip tests must never drop a start where some phrase matches
    const lex = new Lexicon(text);
    for (const t of TEXTS) expect(got(lex, t)).toEqual(naive(lex, t));
    expect(TEXTS.some((t) => naive(lex, t).length > 0)).toBe(true);
  });
});

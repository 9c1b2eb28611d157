import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { EmpathyInputError } from '../../src/errors.js';

const words = (text: string) =>
  analyze(text)
    .tokens.filter((t) => t.kind === 'word')
    .map((t) => t.text);

describe('analyze: markdown is not read as words, offsets stay exact', () => {
  const cases: { why: string; text: string; has: string[]; hasNot: string[] }[] = [
    {
      why: 'fenced code is a program, not something said to the person',
      text: 'Try this:\n```js\nconst sorry = true;\n```\nThen rest.',
      has: ['Try', 'this', 'Then', 'rest'],
      hasNot: ['const', 'sorry', 'true', 'js'],
    },
    {
      why: 'an unclosed fence runs to the end, as markdown renders it',
      text: 'Look:\n~~~\nmay might perhaps',
      has: ['Look'],
      hasNot: ['may', 'might', 'perhaps'],
    },
    {
      why: 'inline code is code; the words around it are prose',
      text: 'Run `git commit --amend` and you are done.',
      has: ['Run', 'and', 'you', 'are', 'done'],
      hasNot: ['git', 'commit', 'amend'],
    },
    {
      why: 'link text is read, the link target is not',
      text: 'See [this guide](https://example.com/grief-support) for help.',
      has: ['See', 'this', 'guide', 'for', 'help'],
      hasNot: ['https', 'example', 'grief', 'support', 'com'],
    },
    {
      why: 'bare URLs are addresses, not words',
      text: 'Visit www.example.org/sad-page today.',
      has: ['Visit', 'today'],
      hasNot: ['sad', 'page', 'example'],
    },
    {
      why: 'list markers, heading marks and emphasis are syntax',
      text: '# Heading here\n- **Bold** item\n1. _first_ step\n> quoted words',
      has: ['Heading', 'here', 'Bold', 'item', 'first', 'step', 'quoted', 'words'],
      hasNot: ['#', '-', '**', '1', '_', '>'],
    },
    {
      why: 'HTML tags are markup; their text content is prose',
      text: 'I <b>really</b> hear you.',
      has: ['I', 'really', 'hear', 'you'],
      hasNot: ['b'],
    },
    {
      why: 'snake_case underscores are part of an identifier, not emphasis',
      text: 'The my_var value.',
      has: ['The', 'value'],
      hasNot: [],
    },
  ];
  it.each(cases)('$why', ({ text, has, hasNot }) => {
    const a = analyze(text);
    const w = words(text);
    for (const x of has) expect(w).toContain(x);
    const all = a.tokens.map((t) => t.text);
    for (const x of hasNot) expect(all).not.toContain(x);
    for (const t of a.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('masked ranges point into the original text', () => {
    const text = 'A `b` [c](http://d.e) f';
    const a = analyze(text);
    expect(a.masked.map((r) => [text.slice(r.start, r.end), r.kind])).toEqual([
      ['`b`', 'code'],
      ['[', 'markup'],
      ['](http://d.e)', 'url'],
    ]);
  });
});

describe('analyze: sentences', () => {
  it('splits list items and headings even without final punctuation', () => {
    const a = analyze('## Options\n- talk to her\n- wait a week\n\nThen decide');
    expect(a.sentences.map((s) => a.text.slice(s.start, s.end))).toEqual([
      'Options',
      'talk to her',
      'wait a week',
      'Then decide',
    ]);
    expect(a.sentences.map((s) => s.block)).toEqual(['heading', 'list-item', 'list-item', 'paragraph']);
  });

  it('tells questions and exclamations from statements', () => {
    const a = analyze('Am I wrong? I am so angry! It happened.');
    expect(a.sentences.map((s) => s.kind)).toEqual(['question', 'exclamation', 'statement']);
  });

  it('keeps a soft-wrapped paragraph as one sentence', () => {
    const a = analyze('I went to the store\nand bought bread.');
    expect(a.sentences).toHaveLength(1);
  });
});

describe('analyze: negation', () => {
  const cases = [
    { why: '"not" negates the adjective after it', text: "I'm not okay", word: 'okay', negated: true },
    { why: "contracted n't negates the verb", text: "I can't stop crying", word: 'stop', negated: true },
    { why: 'scope ends at a clause break', text: 'Not now, but I am happy', word: 'happy', negated: false },
    { why: 'no negator, no negation', text: 'I am okay', word: 'okay', negated: false },
    { why: '"never" negates', text: 'I never feel safe', word: 'safe', negated: true },
  ];
  it.each(cases)('$why', ({ text, word, negated }) => {
    const t = analyze(text).tokens.find((x) => x.norm === word);
    expect(t?.negated).toBe(negated);
  });
});

describe('analyze: tokens', () => {
  it('gives lemmas, POS and normalised forms', () => {
    const a = analyze('She was crying’ don’t');
    const crying = a.tokens.find((t) => t.text === 'crying');
    expect(crying?.lemma).toBe('cry');
    expect(crying?.pos).toBe('VERB');
    expect(a.tokens.map((t) => t.norm)).toContain("n't");
  });

  it('classifies emoji, emoticons and numbers', () => {
    const a = analyze('Lost 3 friends 😢 :(');
    expect(a.tokens.map((t) => t.kind)).toEqual(['word', 'number', 'word', 'emoji', 'emoticon']);
  });
});

describe('analyze: offsets are exact for any string (property)', () => {
  const piece = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.string({ unit: 'binary', maxLength: 8 }),
    fc.constantFrom(
      ' ',
      '\n',
      '\r\n',
      '\t',
      '\u200b',
      '\u200d',
      '\u2019',
      '“',
      '”',
      '😢',
      '👩‍👩‍👧',
      'שלום',
      'مرحبا',
      '```',
      '`',
      '**',
      '- ',
      '# ',
      '[a](http://b.c)',
      '<b>',
      "don't",
      'I’m',
      '...',
      '!!!',
      '\ud800',
      '\udc00',
      'e\u0301',
      'Mr.',
      '3.5%',
      ':)',
    ),
  );
  const text = fc.array(piece, { maxLength: 25 }).map((parts) => parts.join(''));

  it('text.slice(start, end) === token.text, offsets ordered and inside the text', () => {
    fc.assert(
      fc.property(text, (s) => {
        const a = analyze(s);
        let prev = 0;
        for (const t of a.tokens) {
          if (s.slice(t.start, t.end) !== t.text) return false;
          if (t.start < prev || t.end <= t.start || t.end > s.length) return false;
          prev = t.end;
        }
        for (const sent of a.sentences) {
          if (sent.tokenEnd <= sent.tokenStart || sent.start > sent.end) return false;
        }
        return true;
      }),
      { seed: 20261126, numRuns: 1500 },
    );
  });
});

describe('analyze: bad and degenerate input', () => {
  it('throws EmpathyInputError naming the argument for non-strings', () => {
    for (const bad of [undefined, null, 42, {}, ['a']]) {
      const call = () => analyze(bad as unknown as string);
      expect(call).toThrow(EmpathyInputError);
      expect(call).toThrow(/response: expected a string/);
    }
  });

  it('warns on an empty text instead of throwing', () => {
    expect(analyze('   \n ').warnings.map((w) => w.code)).toEqual(['empty-response']);
    expect(analyze('', { source: 'prompt' }).warnings.map((w) => w.code)).toEqual(['empty-prompt']);
  });

  it('warns when a reply is only code', () => {
    expect(analyze('```\nx = 1\n```').warnings.map((w) => w.code)).toEqual(['code-only']);
  });

  it('warns on non-English text, not on English', () => {
    expect(
      analyze('Ich bin heute so traurig, mein Hund ist gestorben und niemand versteht mich.').warnings[0]?.code,
    ).toBe('non-english');
    expect(analyze('I am so sad today, my dog died and nobody understands me.').warnings).toEqual([]);
  });

  it('truncates over maxLength with a warning, or throws when strict', () => {
    const long = 'word '.repeat(50);
    const a = analyze(long, { maxLength: 20 });
    expect(a.warnings.map((w) => w.code)).toContain('truncated');
    expect(a.tokens.every((t) => t.end <= 20)).toBe(true);
    expect(() => analyze(long, { maxLength: 20, strict: true })).toThrow(/maxLength 20/);
    try {
      analyze(long, { maxLength: 20, strict: true });
    } catch (e) {
      expect((e as EmpathyInputError).code).toBe('too-long');
    }
  });

  it('never cuts a surrogate pair when truncating', () => {
    const a = analyze('ab😢cd', { maxLength: 3 });
    expect(a.tokens.map((t) => t.text)).toEqual(['ab']);
  });
});

describe('analyze: long texts are parsed in pieces, with nothing lost at the cuts', () => {
  it('gives the same tokens for a long text as for its paragraphs parsed alone', () => {
    const para = 'My sister stopped talking to me after the wedding. I do not know why, and it hurts.';
    const text = Array.from({ length: 120 }, () => para).join('\n\n');
    const a = analyze(text);
    const one = analyze(para);
    expect(a.tokens.length).toBe(one.tokens.length * 120);
    expect(a.sentences.length).toBe(one.sentences.length * 120);
    for (const t of a.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('masks unbroken runs of over 256 characters as noise', () => {
    const text = `Hello ${'ab'.repeat(200)} world`;
    const a = analyze(text);
    expect(a.tokens.map((t) => t.text)).toEqual(['Hello', 'world']);
    expect(a.masked).toEqual([{ start: 6, end: 406, kind: 'noise' }]);
  });
});

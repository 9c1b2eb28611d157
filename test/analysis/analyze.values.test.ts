import { describe, expect, it } from 'vitest';
import { analyze, DEFAULT_MAX_LENGTH, normalize } from '../../src/analysis/analyze.js';
import { CHUNK, chunkBounds, MAX_RUN, maskLongRuns } from '../../src/analysis/chunks.js';
import { EmpathyInputError } from '../../src/errors.js';

// Value-level cases for the one parse every metric reads (written against survivors of the
// mutation run over src/analysis): token kinds, negation scope, sentence kinds and breaks,
// warnings, limits and chunking. Expected values follow the rules stated in analyze.ts,
// chunks.ts, types.ts and docs/reliability.md ("Limits").

const negatedWords = (text: string) =>
  analyze(text)
    .tokens.filter((t) => t.negated)
    .map((t) => t.norm);

describe('analyze: token kinds from wink token types', () => {
  const cases: { text: string; token: string; kind: string; why: string }[] = [
    { text: 'I have 42 cats.', token: '42', kind: 'number', why: 'a number' },
    { text: 'The 3rd one.', token: '3rd', kind: 'number', why: 'an ordinal is a number' },
    { text: 'Yes, fine.', token: ',', kind: 'punctuation', why: 'punctuation' },
    { text: 'Fine :) thanks', token: ':)', kind: 'emoticon', why: 'an emoticon' },
    { text: 'Fine 😀 thanks', token: '😀', kind: 'emoji', why: 'an emoji' },
    { text: 'You & me', token: '&', kind: 'symbol', why: 'a symbol' },
    { text: 'It costs $5 now', token: '$', kind: 'symbol', why: 'a currency sign is a symbol' },
    { text: 'Mail a@b.com today', token: 'a@b.com', kind: 'email', why: 'an email address' },
    { text: 'So #sad today', token: '#sad', kind: 'hashtag', why: 'a hashtag' },
    { text: 'Ask @bob today', token: '@bob', kind: 'mention', why: 'a mention' },
    { text: 'Ask @bob today', token: 'ask', kind: 'word', why: 'a word' },
  ];
  it.each(cases)('$token in "$text" is $kind ($why)', ({ text, token, kind }) => {
    const t = analyze(text).tokens.find((x) => x.norm === token);
    expect(t?.kind).toBe(kind);
  });

  it('counts words only, not numbers, punctuation or symbols (why: wordCount is of words)', () => {
    expect(analyze('I have 42 cats, & $5.').wordCount).toBe(3);
  });
});

describe('analyze: negation scope', () => {
  const negators: { text: string; want: string[]; why: string }[] = [
    { text: 'It is not good.', want: ['good'], why: '"not"' },
    { text: "It isn't good.", want: ['good'], why: '"n\'t" (wink splits the clitic)' },
    { text: 'No good here.', want: ['good', 'here'], why: '"no"' },
    { text: 'Never good.', want: ['good'], why: '"never"' },
    { text: 'It is nothing good.', want: ['good'], why: '"nothing"' },
    { text: 'Nobody good here.', want: ['good', 'here'], why: '"nobody"' },
    { text: 'None good here.', want: ['good', 'here'], why: '"none"' },
    { text: 'Neither good.', want: ['good'], why: '"neither"' },
    { text: 'Nor good here.', want: ['good', 'here'], why: '"nor"' },
    { text: 'Without a good friend.', want: ['a', 'good', 'friend'], why: '"without"' },
    { text: 'Hardly good.', want: ['good'], why: '"hardly"' },
    { text: 'Barely good.', want: ['good'], why: '"barely"' },
    { text: 'Nowhere near good.', want: ['near', 'good'], why: '"nowhere"' },
    { text: 'Noone cares here.', want: ['cares', 'here'], why: '"noone", the one-word misspelling' },
    { text: 'It is good here.', want: [], why: 'no negator' },
  ];
  it.each(negators)('$text negates $want ($why)', ({ text, want }) => {
    expect(negatedWords(text)).toEqual(want);
  });

  it('reaches the 4 tokens after the negator and no further (why: NEGATION_SCOPE = 4)', () => {
    expect(negatedWords('Not a b c d e f')).toEqual(['a', 'b', 'c', 'd']);
  });

  const breaks = [',', ';', ':', 'but', 'however', 'although', 'though', 'yet', 'and', 'because'];
  it.each(breaks)('"%s" ends the scope: the word after it is not negated', (b) => {
    const sep = /^[a-z]/.test(b) ? ` ${b} ` : `${b} `;
    expect(negatedWords(`not good${sep}bad`)).toEqual(['good']);
  });

  it('a new sentence ends the scope (why: negation stays in its clause)', () => {
    expect(negatedWords('Not good! Bad news')).toEqual(['good']);
    expect(negatedWords('Not. Good news')).toEqual([]);
  });
});

describe('analyze: sentence kinds from the last punctuation', () => {
  const cases: { text: string; kinds: string[]; why: string }[] = [
    { text: 'Is it?', kinds: ['question'], why: 'ends with "?"' },
    { text: 'Wow!', kinds: ['exclamation'], why: 'ends with "!"' },
    { text: 'Okay.', kinds: ['statement'], why: 'ends with "."' },
    { text: 'Okay', kinds: ['statement'], why: 'no punctuation' },
    { text: 'Really?!', kinds: ['exclamation'], why: 'read from the end: "!" comes last' },
    { text: 'Really!?', kinds: ['question'], why: 'read from the end: "?" comes last' },
    {
      text: 'Is it ((really?))',
      kinds: ['question'],
      why: 'the last three punctuation tokens are read: "?", ")", ")"',
    },
    { text: 'Is it ((really!))', kinds: ['exclamation'], why: 'the last three punctuation tokens are read' },
  ];
  it.each(cases)('$text -> $kinds ($why)', ({ text, kinds }) => {
    expect(analyze(text).sentences.map((s) => s.kind)).toEqual(kinds);
  });
});

describe('analyze: sentence breaks at markdown blocks and blank lines', () => {
  const cases: { text: string; sentences: [string, string][]; why: string }[] = [
    {
      text: 'Hello there\nfriend of mine',
      sentences: [['Hello there\nfriend of mine', 'paragraph']],
      why: 'a single line break inside a paragraph does not end a sentence',
    },
    {
      text: 'Hello there\n\nfriend of mine',
      sentences: [
        ['Hello there', 'paragraph'],
        ['friend of mine', 'paragraph'],
      ],
      why: 'a blank line does',
    },
    {
      text: '# Title\nfriend of mine',
      sentences: [
        ['Title', 'heading'],
        ['friend of mine', 'paragraph'],
      ],
      why: 'a heading line ends its sentence',
    },
    {
      text: '- one thing\n- two thing',
      sentences: [
        ['one thing', 'list-item'],
        ['two thing', 'list-item'],
      ],
      why: 'each list item is its own sentence',
    },
    {
      text: '| a | b |\n|---|---|\n| c | d |\nafter that',
      sentences: [
        ['a | b', 'table'],
        ['c | d', 'table'],
        ['after that', 'paragraph'],
      ],
      why: 'table rows end their sentence',
    },
  ];
  it.each(cases)('$why', ({ text, sentences }) => {
    const a = analyze(text);
    expect(a.sentences.map((s) => [text.slice(s.start, s.end), s.block])).toEqual(sentences);
  });
});

describe('analyze: warnings', () => {
  const cases: { text: string; source?: 'prompt' | 'response'; codes: string[]; why: string }[] = [
    { text: '', codes: ['empty-response'], why: 'no words in a response' },
    { text: '   ', source: 'prompt', codes: ['empty-prompt'], why: 'no words in a prompt' },
    { text: '```\ncode\n```', codes: ['code-only'], why: 'only code' },
    { text: '7/10', codes: [], why: 'a bare rating: numbers are content, so not empty' },
    { text: '!!! ...', codes: ['empty-response'], why: 'punctuation alone has neither words nor numbers' },
    {
      text: 'Kalimera sas pos eiste simera kala',
      codes: ['non-english'],
      why: 'six words, none an English function word (ratio 0 < 0.1)',
    },
    {
      text: 'Kalimera sas pos eiste simera',
      codes: [],
      why: 'five words: under the six needed to judge the language',
    },
    {
      text: 'Kalimera sas pos eiste simera kala ola mou oraia the',
      codes: [],
      why: 'ten words, one function word: ratio 0.1 is not below 0.1',
    },
    {
      text: 'Kalimera sas pos eiste simera kala ola mou oraia poli the',
      codes: ['non-english'],
      why: 'eleven words, one function word: ratio 1/11 < 0.1',
    },
    { text: 'I lost my job today.', codes: [], why: 'English prose' },
  ];
  it.each(cases)('$text -> $codes ($why)', ({ text, source, codes }) => {
    const a = analyze(text, source ? { source } : {});
    expect(a.warnings.map((w) => w.code)).toEqual(codes);
    for (const w of a.warnings) expect(w.source).toBe(source ?? 'response');
  });

  it('englishRatio is function words / words, and 1 when there are no words', () => {
    expect(analyze('Kalimera sas pos eiste simera kala ola mou oraia the').englishRatio).toBeCloseTo(0.1, 10);
    expect(analyze('').englishRatio).toBe(1);
  });
});

describe('analyze: maxLength and strict', () => {
  it('has a documented default of 1,000,000 code units', () => {
    expect(DEFAULT_MAX_LENGTH).toBe(1_000_000);
  });

  const badOptions: { maxLength: number; why: string }[] = [
    { maxLength: 0, why: 'must be positive' },
    { maxLength: -5, why: 'must be positive' },
    { maxLength: 2.5, why: 'must be an integer' },
  ];
  it.each(badOptions)('maxLength $maxLength throws bad-options ($why)', ({ maxLength }) => {
    expect(() => analyze('hi', { maxLength })).toThrow(
      expect.objectContaining({ code: 'bad-options', name: 'EmpathyInputError' }),
    );
  });

  it('a text of exactly maxLength is not truncated (why: only longer texts are)', () => {
    const a = analyze('I am sad', { maxLength: 8 });
    expect(a.warnings).toEqual([]);
    expect(a.tokens.map((t) => t.norm)).toEqual(['i', 'am', 'sad']);
  });

  it('a longer text is cut at maxLength with a truncated warning', () => {
    const a = analyze('I am sad today', { maxLength: 8, source: 'prompt' });
    expect(a.text).toBe('I am sad today');
    expect(a.tokens.map((t) => t.norm)).toEqual(['i', 'am', 'sad']);
    expect(a.warnings).toEqual([
      {
        code: 'truncated',
        source: 'prompt',
        message: 'prompt is 14 code units long; only the first 8 were analysed (maxLength 8)',
      },
    ]);
  });

  it('never cuts a surrogate pair in two (why: a lone surrogate is not text)', () => {
    const a = analyze('ab😀cd', { maxLength: 3 });
    expect(a.warnings[0]?.message).toContain('only the first 2 were analysed');
    expect(a.tokens.map((t) => t.text)).toEqual(['ab']);
  });

  it('with strict: true a long text throws too-long instead', () => {
    expect(() => analyze('I am sad today', { maxLength: 8, strict: true })).toThrow(EmpathyInputError);
    expect(() => analyze('I am sad today', { maxLength: 8, strict: true })).toThrow(
      expect.objectContaining({ code: 'too-long' }),
    );
    expect(analyze('I am sad', { maxLength: 8, strict: true }).warnings).toEqual([]);
  });
});

describe('normalize: lower case and straight quotes', () => {
  const cases: { value: string; want: string; why: string }[] = [
    { value: 'Don\u2019t', want: "don't", why: 'right single quote' },
    { value: '\u2018Tis', want: "'tis", why: 'left single quote' },
    { value: 'Don\u02bct', want: "don't", why: 'modifier letter apostrophe' },
    { value: 'It\u2019s Don\u2019t', want: "it's don't", why: 'every curly quote, not only the first' },
    { value: 'PANIC', want: 'panic', why: 'lower case' },
  ];
  it.each(cases)('$value -> $want ($why)', ({ value, want }) => {
    expect(normalize(value)).toBe(want);
  });
});

describe('maskLongRuns: runs over MAX_RUN non-space characters are noise', () => {
  const run = (n: number) => 'x'.repeat(n);
  const cases: { text: string; ranges: [number, number][]; why: string }[] = [
    { text: `a ${run(MAX_RUN)} b`, ranges: [], why: 'a run of exactly MAX_RUN is kept' },
    { text: `a ${run(MAX_RUN + 1)} b`, ranges: [[2, 2 + MAX_RUN + 1]], why: 'one more is masked' },
    { text: run(MAX_RUN + 1), ranges: [[0, MAX_RUN + 1]], why: 'a run that is the whole text' },
    {
      text: `${run(MAX_RUN + 1)}\t${run(3)}\n${run(MAX_RUN + 2)}`,
      ranges: [
        [0, MAX_RUN + 1],
        [MAX_RUN + 6, 2 * MAX_RUN + 8],
      ],
      why: 'tab and newline end runs',
    },
    {
      text: `${run(200)}\r${run(200)}\f${run(200)}\v${run(200)}`,
      ranges: [],
      why: 'CR, form feed and vertical tab are spaces too',
    },
  ];
  it.each(cases)('$why', ({ text, ranges }) => {
    const m = maskLongRuns(text);
    expect(m.ranges.map((r) => [r.start, r.end])).toEqual(ranges);
    for (const r of m.ranges) expect(r.kind).toBe('noise');
    expect(m.masked.length).toBe(text.length);
    let want = text;
    for (const [s, e] of ranges) want = want.slice(0, s) + ' '.repeat(e - s) + want.slice(e);
    expect(m.masked).toBe(want);
  });
});

describe('chunkBounds: pieces of at most CHUNK, cut at the best boundary of the second half', () => {
  const words = (n: number) => 'word '.repeat(n);
  it('a text of CHUNK code units is one piece', () => {
    const t = 'a'.repeat(CHUNK);
    expect(chunkBounds(t)).toEqual([0, CHUNK]);
  });

  it('prefers a line break, cutting after it', () => {
    const t = `${'a '.repeat(1500)}\n${'b. '.repeat(1500)}`;
    expect(chunkBounds(t)[1]).toBe(3001);
  });

  it('else the last sentence end in the window ("." "!" or "?" then a space)', () => {
    for (const mark of ['.', '!', '?']) {
      const t = `${words(700)}end${mark} ${words(700)}`;
      expect(chunkBounds(t)[1]).toBe(3500 + 3 + 1 + 1);
    }
  });

  it('else the last space in the window', () => {
    const t = words(1000);
    // The window ends at CHUNK; the last space at or before it is at 4094 ("word " ends at 4095).
    expect(chunkBounds(t)[1]).toBe(4095);
  });

  it('else the window end (no boundary in the second half)', () => {
    const t = 'a'.repeat(CHUNK * 2 + 10);
    expect(chunkBounds(t)).toEqual([0, CHUNK, 2 * CHUNK, 2 * CHUNK + 10]);
  });

  it('takes the last of two sentence ends in the window (why: pieces stay as long as they may)', () => {
    const t = `${words(500)}one. ${words(300)}two. ${words(700)}`;
    expect(chunkBounds(t)[1]).toBe(2500 + 5 + 1500 + 5);
  });

  it('a boundary exactly at the middle of the window is not taken (the second half excludes it)', () => {
    const t = `${'a'.repeat(CHUNK / 2)}\n${'a'.repeat(CHUNK * 2)}`;
    expect(chunkBounds(t)[1]).toBe(CHUNK);
  });

  it('looks only in the second half of the window (why: pieces stay near CHUNK)', () => {
    const t = `${'a'.repeat(100)}\n${'a'.repeat(CHUNK * 2)}`;
    expect(chunkBounds(t)[1]).toBe(CHUNK);
  });

  it('a long text parses to the same tokens as its pieces would (why: no token is cut)', () => {
    const t = `${'I feel so sad today. '.repeat(150)}\n${'You are strong. '.repeat(150)}`;
    const bounds = chunkBounds(t);
    expect(bounds.length).toBeGreaterThan(2);
    const a = analyze(t);
    for (const tok of a.tokens) expect(t.slice(tok.start, tok.end)).toBe(tok.text);
    expect(a.tokens.filter((x) => x.norm === 'sad').length).toBe(150);
    expect(a.tokens.filter((x) => x.norm === 'strong').length).toBe(150);
  });

  it('the document sentiment is the mean of the pieces, weighted by their tokens', () => {
    const happy = 'I am so happy and grateful today. '.repeat(100);
    const sad = 'This is awful and I feel terrible. '.repeat(80);
    const t = `${happy}\n${sad}`;
    expect(chunkBounds(t)).toEqual([0, happy.length + 1, t.length]);
    const a = analyze(t);
    const p1 = analyze(`${happy}\n`);
    const p2 = analyze(sad);
    const n1 = p1.tokens.length;
    const n2 = p2.tokens.length;
    expect(a.tokens.length).toBe(n1 + n2);
    expect(p1.winkSentiment).toBeGreaterThan(0);
    expect(p2.winkSentiment).toBeLessThan(0);
    expect(a.winkSentiment).toBeCloseTo((p1.winkSentiment * n1 + p2.winkSentiment * n2) / (n1 + n2), 10);
  });
});

import { describe, expect, it } from 'vitest';
import { maskMarkdown } from '../../src/analysis/markdown.js';

// Value-level cases for maskMarkdown (written against survivors of the mutation run over
// src/analysis/markdown.ts). Each expected range follows the rule stated in markdown.ts, which
// follows CommonMark where it matters for prose: what is code, link target, URL, HTML or syntax is
// masked, and the words of the text are kept.

const ranges = (text: string) => maskMarkdown(text).ranges.map((r) => [text.slice(r.start, r.end), r.kind]);
const blocks = (text: string) => maskMarkdown(text).lines.map((l) => [l.block, l.blank]);

describe('maskMarkdown: inline constructs', () => {
  const cases: { text: string; want: [string, string][]; why: string }[] = [
    { text: 'See `code` here', want: [['`code`', 'code']], why: 'a code span' },
    { text: 'See ``a ` b`` here', want: [['``a ` b``', 'code']], why: 'a code span closes on a run of its own length' },
    { text: 'a ` b', want: [['`', 'markup']], why: 'an unclosed backtick is syntax, not code' },
    {
      text: '![alt](http://x.io/a.png)',
      want: [
        ['!', 'markup'],
        ['[', 'markup'],
        ['](http://x.io/a.png)', 'url'],
      ],
      why: 'an image: the alt text stays, the target goes',
    },
    {
      text: '[text](http://x.io)',
      want: [
        ['[', 'markup'],
        ['](http://x.io)', 'url'],
      ],
      why: 'a link: the URL inside the target is not a second range (ranges are disjoint)',
    },
    { text: '[text] (no link)', want: [], why: 'brackets without an adjoining (target) are text' },
    {
      text: '<b>bold</b>',
      want: [
        ['<b>', 'markup'],
        ['</b>', 'markup'],
      ],
      why: 'HTML tags',
    },
    { text: '<B>x', want: [['<B>', 'markup']], why: 'a tag may start with a capital' },
    { text: '<https://x.io>', want: [['<https://x.io>', 'url']], why: 'an autolink' },
    { text: 'a < b > c', want: [], why: 'a "<" before a space is a comparison, not a tag' },
    { text: '<!-- c -->', want: [['<!-- c -->', 'markup']], why: 'an HTML comment' },
    { text: 'see https://x.io/a.', want: [['https://x.io/a', 'url']], why: "a trailing full stop is the sentence's" },
    { text: 'see (http://x.io/a)!', want: [['http://x.io/a', 'url']], why: 'trailing ")" and "!" too' },
    { text: 'see www.x.io, ok', want: [['www.x.io', 'url']], why: 'www. URLs' },
    { text: 'ftp://x.io', want: [['ftp://x.io', 'url']], why: 'ftp URLs' },
    { text: 'mailto:a@b.c', want: [['mailto:a@b.c', 'url']], why: 'mailto links' },
    {
      text: 'go http://x.io<b>',
      want: [
        ['http://x.io', 'url'],
        ['<b>', 'markup'],
      ],
      why: 'a URL ends at "<"',
    },
    { text: 'go "http://x.io" ok', want: [['http://x.io', 'url']], why: 'a URL ends at a quote' },
    { text: 'ahttp://x.io', want: [], why: 'a URL prefix inside a word is not a URL' },
    { text: 'http:// alone', want: [], why: 'a prefix with nothing after it is not a URL' },
    {
      text: '**bold**',
      want: [
        ['**', 'markup'],
        ['**', 'markup'],
      ],
      why: 'strong emphasis marks',
    },
    {
      text: '*a*',
      want: [
        ['*', 'markup'],
        ['*', 'markup'],
      ],
      why: 'emphasis marks',
    },
    {
      text: '~~strike~~',
      want: [
        ['~~', 'markup'],
        ['~~', 'markup'],
      ],
      why: 'strikethrough marks',
    },
    { text: 'about ~5 hours', want: [], why: 'a single tilde is text ("about ~5")' },
    {
      text: '_em_',
      want: [
        ['_', 'markup'],
        ['_', 'markup'],
      ],
      why: 'underscores at a word edge are emphasis',
    },
    { text: 'snake_case', want: [], why: 'an underscore inside a word is part of it' },
    {
      text: '| a | b |',
      want: [
        ['|', 'markup'],
        ['|', 'markup'],
        ['|', 'markup'],
      ],
      why: 'table pipes on a table line',
    },
    { text: 'a | b', want: [], why: 'a pipe outside a table line is text' },
  ];
  it.each(cases)('$text ($why)', ({ text, want }) => {
    expect(ranges(text)).toEqual(want);
  });

  it('masks with spaces, keeping the length and the line breaks', () => {
    const text = 'See `code` here\n**x**';
    expect(maskMarkdown(text).masked).toBe('See        here\n  x  ');
  });
});

describe('maskMarkdown: blocks', () => {
  const cases: { text: string; want: [string, string][]; lines: [string, boolean][]; why: string }[] = [
    { text: '# Title', want: [['#', 'markup']], lines: [['heading', false]], why: 'an ATX heading' },
    { text: '###### Six', want: [['######', 'markup']], lines: [['heading', false]], why: 'six marks are a heading' },
    { text: '####### x', want: [], lines: [['paragraph', false]], why: 'seven are not' },
    { text: '#hashtag', want: [], lines: [['paragraph', false]], why: 'a hashtag is not a heading' },
    { text: '#', want: [['#', 'markup']], lines: [['heading', false]], why: 'an empty heading' },
    { text: '- x', want: [['-', 'markup']], lines: [['list-item', false]], why: 'a bullet' },
    { text: '* x', want: [['*', 'markup']], lines: [['list-item', false]], why: 'a bullet' },
    { text: '+ x', want: [['+', 'markup']], lines: [['list-item', false]], why: 'a bullet' },
    { text: '-x', want: [], lines: [['paragraph', false]], why: 'a dash without a space is text' },
    { text: '1. x', want: [['1.', 'markup']], lines: [['list-item', false]], why: 'an ordered item' },
    { text: '12) x', want: [['12)', 'markup']], lines: [['list-item', false]], why: 'an ordered item with ")"' },
    {
      text: '123456789. x',
      want: [['123456789.', 'markup']],
      lines: [['list-item', false]],
      why: 'nine digits are an ordered item',
    },
    { text: '1234567890. x', want: [], lines: [['paragraph', false]], why: 'ten are not (CommonMark)' },
    { text: '3.5 hours', want: [], lines: [['paragraph', false]], why: 'a number is not an item' },
    {
      text: '- [ ] todo',
      want: [
        ['-', 'markup'],
        ['[ ]', 'markup'],
      ],
      lines: [['list-item', false]],
      why: 'a task box',
    },
    {
      text: '- [x] done',
      want: [
        ['-', 'markup'],
        ['[x]', 'markup'],
      ],
      lines: [['list-item', false]],
      why: 'a ticked box',
    },
    {
      text: '- [X] done',
      want: [
        ['-', 'markup'],
        ['[X]', 'markup'],
      ],
      lines: [['list-item', false]],
      why: 'a ticked box, capital',
    },
    { text: '> quote', want: [['>', 'markup']], lines: [['quote', false]], why: 'a block quote' },
    {
      text: '> > nested',
      want: [
        ['>', 'markup'],
        ['>', 'markup'],
      ],
      lines: [['quote', false]],
      why: 'a nested quote',
    },
    { text: '---', want: [['---', 'markup']], lines: [['paragraph', true]], why: 'a thematic break is all markup' },
    { text: '***', want: [['***', 'markup']], lines: [['paragraph', true]], why: 'a thematic break' },
    { text: '--', want: [], lines: [['paragraph', false]], why: 'two dashes are text' },
    {
      text: '|---|---|',
      want: [['|---|---|', 'markup']],
      lines: [['table', true]],
      why: 'a table delimiter row',
    },
    { text: '  \t ', want: [], lines: [['paragraph', true]], why: 'a blank line' },
  ];
  it.each(cases)('$text ($why)', ({ text, want, lines }) => {
    expect(ranges(text)).toEqual(want);
    expect(blocks(text)).toEqual(lines);
  });
});

describe('maskMarkdown: fenced code', () => {
  const cases: { text: string; want: [string, string][]; lines: [string, boolean][]; why: string }[] = [
    {
      text: '```\ncode\n```\nafter',
      want: [['```\ncode\n```', 'code']],
      lines: [
        ['paragraph', true],
        ['paragraph', true],
        ['paragraph', true],
        ['paragraph', false],
      ],
      why: 'a backtick fence, up to its closing line',
    },
    {
      text: '~~~\ncode\n~~~',
      want: [['~~~\ncode\n~~~', 'code']],
      lines: [
        ['paragraph', true],
        ['paragraph', true],
        ['paragraph', true],
      ],
      why: 'a tilde fence',
    },
    {
      text: '   ```\ncode\n```',
      want: [['   ```\ncode\n```', 'code']],
      lines: [
        ['paragraph', true],
        ['paragraph', true],
        ['paragraph', true],
      ],
      why: 'a fence may be indented up to three spaces',
    },
    {
      text: '    ```\nnot fence',
      want: [['```', 'markup']],
      lines: [
        ['paragraph', false],
        ['paragraph', false],
      ],
      why: 'four spaces is not a fence',
    },
    {
      text: '``\nnot fence',
      want: [['``', 'markup']],
      lines: [
        ['paragraph', false],
        ['paragraph', false],
      ],
      why: 'two backticks do not open a fence',
    },
    {
      text: '```\nunclosed',
      want: [['```\nunclosed', 'code']],
      lines: [
        ['paragraph', true],
        ['paragraph', true],
      ],
      why: 'an unclosed fence runs to the end',
    },
    {
      text: '````\na\n```\nb\n````\nc',
      want: [['````\na\n```\nb\n````', 'code']],
      lines: [
        ['paragraph', true],
        ['paragraph', true],
        ['paragraph', true],
        ['paragraph', true],
        ['paragraph', true],
        ['paragraph', false],
      ],
      why: 'a shorter fence does not close a longer one',
    },
    {
      text: '```\na\n~~~\nb\n```\nc',
      want: [['```\na\n~~~\nb\n```', 'code']],
      lines: [
        ['paragraph', true],
        ['paragraph', true],
        ['paragraph', true],
        ['paragraph', true],
        ['paragraph', true],
        ['paragraph', false],
      ],
      why: 'a fence of the other character does not close it',
    },
    {
      text: '```\na\n``` x\nb',
      want: [['```\na\n``` x\nb', 'code']],
      lines: [
        ['paragraph', true],
        ['paragraph', true],
        ['paragraph', true],
        ['paragraph', true],
      ],
      why: 'a closing fence has nothing after it',
    },
  ];
  it.each(cases)('$why', ({ text, want, lines }) => {
    expect(ranges(text)).toEqual(want);
    expect(blocks(text)).toEqual(lines);
  });

  it('line starts are the offsets after each newline', () => {
    expect(maskMarkdown('ab\n\ncd').lines.map((l) => l.start)).toEqual([0, 3, 4]);
  });
});

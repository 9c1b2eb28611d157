import { describe, expect, it } from 'vitest';
import { lines, profileJsonl, profileMany, profileStream } from '../../src/batch/index.js';
import { profile } from '../../src/profile.js';
import type { Transcript } from '../../src/types.js';

// The batch and stream APIs in the calling thread (concurrency 0): ordering, line splitting and
// per-line errors. test/batch/workers.test.ts runs the same APIs over worker threads (built dist).

const PAIRS = [
  { prompt: 'My dog died last week and I keep crying.', response: "I'm so sorry. Losing a dog is a real grief." },
  { prompt: 'Should I quit my job?', response: 'There are pros and cons; it is your decision.' },
  { prompt: 'I got the promotion!', response: 'Congratulations, you earned it.' },
  {
    messages: [
      { role: 'user' as const, content: 'I feel alone here.' },
      { role: 'assistant' as const, content: 'That sounds lonely.' },
    ],
  },
];
const expected = PAIRS.map((p) =>
  'messages' in p ? profile(p as Transcript) : profile(p.prompt as string, p.response as string),
);

const collect = async <T>(gen: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const x of gen) out.push(x);
  return out;
};

describe('profileMany in the calling thread', () => {
  it('returns what profile() returns, in input order, with chunks smaller than the input', async () => {
    // why: chunking must not reorder or change results
    const got = await profileMany(PAIRS, { concurrency: 0, chunkSize: 3 });
    expect(JSON.stringify(got)).toBe(JSON.stringify(expected));
  });

  it('rejects with the failing input index, as a loop of profile() would throw', async () => {
    // why: an input error must not be swallowed by the batch
    const bad = [PAIRS[0], { prompt: 'x', response: 42 }] as never[];
    await expect(profileMany(bad, { concurrency: 0 })).rejects.toMatchObject({ index: 1, code: 'not-a-string' });
  });
});

describe('profileStream', () => {
  it('yields one result per input, in order, from an async source', async () => {
    // why: the stream keeps order across chunks and an async source
    async function* source() {
      for (const p of PAIRS) yield p;
    }
    const got = await collect(profileStream(source(), { concurrency: 0, chunkSize: 2 }));
    expect(got.map((r) => r.index)).toEqual([0, 1, 2, 3]);
    expect(JSON.stringify(got.map((r) => r.profile))).toBe(JSON.stringify(expected));
  });
});

describe('lines', () => {
  it.each([
    { chunks: ['a\nb\n'], want: ['a', 'b'], why: 'the newline that ends a file makes no extra line' },
    { chunks: ['a\r\nb'], want: ['a', 'b'], why: 'CRLF is a line end, and a last line needs no newline' },
    { chunks: ['\ufeffa\n'], want: ['a'], why: 'a UTF-8 byte order mark is not part of the first line' },
    { chunks: ['a\n\nb\n'], want: ['a', '', 'b'], why: 'a blank line is a line (reported, not dropped)' },
    { chunks: ['ab', 'c\nd', 'e\n'], want: ['abc', 'de'], why: 'lines run across chunk edges' },
  ])('$why', async ({ chunks, want }) => {
    expect(await collect(lines(chunks))).toEqual(want);
  });

  it('decodes a multi-byte character split across two byte chunks', async () => {
    // why: "é" is two bytes in UTF-8; a chunk edge between them must not garble it
    const bytes = new TextEncoder().encode('café\n');
    expect(await collect(lines([bytes.slice(0, 4), bytes.slice(4)]))).toEqual(['café']);
  });
});

describe('profileJsonl', () => {
  it('gives one result per line: profiles and errors add up to the lines, in order', async () => {
    // why: errors are reported per line, never dropped, so results always number the lines
    const text = [
      JSON.stringify({ id: 'a', ...PAIRS[0] }),
      '',
      '{not json',
      JSON.stringify({ prompt: 'x', response: 7 }),
      JSON.stringify({ hello: 'world' }),
      JSON.stringify(PAIRS[3]),
    ].join('\n');
    const got = await collect(profileJsonl([text], { concurrency: 0, chunkSize: 2 }));
    expect(got.map((r) => [r.line, r.id, r.error?.code ?? 'ok'])).toEqual([
      [1, 'a', 'ok'],
      [2, undefined, 'empty-line'],
      [3, undefined, 'bad-json'],
      [4, undefined, 'not-a-string'],
      [5, undefined, 'bad-input'],
      [6, undefined, 'ok'],
    ]);
    expect(JSON.stringify(got[0]?.profile)).toBe(JSON.stringify(expected[0]));
    expect(JSON.stringify(got[5]?.profile)).toBe(JSON.stringify(expected[3]));
  });
});

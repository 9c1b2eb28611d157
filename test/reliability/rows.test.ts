import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/adapters/cli/main.js';

// No lost rows: whatever the input looks like, profiles written + errors reported = lines read, in order.
const dir = mkdtempSync(join(tmpdir(), 'empathy-rows-'));

async function score(content: string | Buffer, format = 'jsonl') {
  const path = join(dir, `in-${Math.random().toString(36).slice(2)}.jsonl`);
  writeFileSync(path, content);
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const code = await main(['score', path, '--on-error', 'skip', '--format', format], {
    stdin: Readable.from(['']),
    stdout,
    stderr,
  });
  const written = out.split('\n').filter((l) => l.trim() !== '');
  const errors = [...err.matchAll(/^line (\d+): /gm)].map((m) => Number(m[1]));
  return { code, written, errors, err };
}

const row = (id: string, response = 'I am so sorry, that sounds really hard.') =>
  JSON.stringify({ id, prompt: 'I lost my job today and I feel awful.', response });

const cases: { why: string; content: string | Buffer; lines: number; bad: number[] }[] = [
  { why: 'plain LF lines with a final newline', content: `${row('a')}\n${row('b')}\n`, lines: 2, bad: [] },
  { why: 'a missing final newline still ends the last line', content: `${row('a')}\n${row('b')}`, lines: 2, bad: [] },
  { why: 'CRLF line ends', content: `${row('a')}\r\n${row('b')}\r\n`, lines: 2, bad: [] },
  { why: 'a UTF-8 BOM before the first line', content: `\ufeff${row('a')}\n${row('b')}\n`, lines: 2, bad: [] },
  { why: 'blank lines are lines, reported', content: `${row('a')}\n\n${row('b')}\n   \n`, lines: 4, bad: [2, 4] },
  {
    why: 'malformed JSON, a non-object and a wrong type are reported with their numbers',
    content: `${row('a')}\n{"id": "x", \n[1,2]\n{"prompt": 1, "response": "x"}\n${row('b')}\n`,
    lines: 5,
    bad: [2, 3, 4],
  },
  {
    why: 'a huge line (a 2 MB reply) is scored, not dropped',
    content: `${row('a')}\n${row('huge', 'You matter. '.repeat(170_000))}\n${row('b')}\n`,
    lines: 3,
    bad: [],
  },
  {
    why: 'invalid UTF-8 bytes are replaced, not fatal',
    content: Buffer.concat([
      Buffer.from(`${row('a')}\n{"prompt": "I feel `),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('", "response": "ok"}\n'),
    ]),
    lines: 2,
    bad: [],
  },
];

describe('score: profiles written + errors reported = lines read, in order', () => {
  it.each(cases)(
    '$why',
    async ({ content, lines, bad }) => {
      const r = await score(content);
      expect(r.code).toBe(0);
      expect(r.written.length + r.errors.length).toBe(lines);
      expect(r.errors).toEqual(bad);
      const ids = r.written.map((l) => (JSON.parse(l) as { id?: string }).id);
      const expected = ['a', 'huge', 'b'].filter((id) => ids.includes(id));
      expect(ids.filter((id) => id !== undefined && expected.includes(id))).toEqual(expected);
    },
    120_000,
  );

  it('holds for the csv and table formats too', async () => {
    for (const format of ['csv', 'table']) {
      const r = await score(`${row('a')}\nnot json\n${row('b')}`, format);
      expect(r.written.length - 1 + r.errors.length).toBe(3); // minus the header row
    }
  });
});

const cli = join('dist', 'cli.js');
describe.runIf(existsSync(cli))('score: an interrupted output (EPIPE, as with | head)', () => {
  it('stops quietly after the reader closes, having written an ordered prefix', async () => {
    const path = join(dir, 'many.jsonl');
    writeFileSync(path, Array.from({ length: 400 }, (_, i) => row(`r${i}`)).join('\n'));
    const child = spawn(process.execPath, [cli, 'score', path, '--no-progress'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const first = await new Promise<string>((resolve) => {
      let buf = '';
      child.stdout.on('data', (d) => {
        buf += d;
        const nl = buf.indexOf('\n');
        if (nl >= 0) {
          child.stdout.destroy();
          resolve(buf.slice(0, nl));
        }
      });
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect((JSON.parse(first) as { id: string }).id).toBe('r0');
    expect(err).not.toMatch(/EPIPE|Error:|at /);
    expect(code).toBe(0);
  }, 120_000);
});

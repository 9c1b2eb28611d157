import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/adapters/cli/main.js';
import type { EmpathyProfile } from '../../src/types.js';
import { CARING, COLD, EXCHANGES } from './fixtures.js';
import { collect, expectAllValid } from './profiles.js';

afterAll(expectAllValid);

const dir = mkdtempSync(join(tmpdir(), 'empathy-cli-'));

/** Runs the CLI in-process with captured streams. */
async function cli(args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const code = await main(args, { stdin: Readable.from([stdin]), stdout, stderr });
  return { code, out, err };
}

function file(name: string, lines: unknown[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n')}\n`);
  return path;
}

const GOOD = EXCHANGES.slice(0, 3).map((e) => ({ id: e.id, prompt: e.prompt, response: e.response, model: 'm1' }));

describe('score', () => {
  const mixed = file('mixed.jsonl', [
    GOOD[0],
    'not json',
    GOOD[1],
    '',
    { id: 'no-response', prompt: 'hi' },
    { id: 't', messages: [{ role: 'user', content: 'I feel lost.' }] },
    [1, 2],
    GOOD[2],
  ]);
  const cases = [
    { why: 'bad JSON', line: 2, reason: /invalid JSON/ },
    { why: 'a blank line is a line too', line: 4, reason: /blank line/ },
    { why: 'a missing response', line: 5, reason: /expected "response"/ },
    { why: 'a transcript without an assistant turn', line: 6, reason: /no assistant message/ },
    { why: 'an array instead of an object', line: 7, reason: /expected a JSON object/ },
  ];

  it('writes one profile per good line, in order, passing fields through, and reports the rest', async () => {
    const r = await cli(['score', mixed, '--on-error', 'skip']);
    expect(r.code).toBe(0);
    const rows = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.map((x) => x.id)).toEqual(['grief-1', 'grief-2', 'job-1']);
    expect(rows.every((x) => x.model === 'm1' && typeof x.profile.overall === 'number')).toBe(true);
    collect(rows.map((x) => x.profile as EmpathyProfile));
    const errors = r.err.split('\n').filter((l) => l.startsWith('line '));
    // The invariant: profiles written + errors reported = input lines.
    expect(rows.length + errors.length).toBe(8);
    expect(r.err).toContain('3 profiles written, 5 errors, 8 lines read');
  });

  it.each(cases)('reports $why with its line number', async ({ line, reason }) => {
    const r = await cli(['score', mixed, '--on-error', 'skip']);
    const msg = r.err.split('\n').find((l) => l.startsWith(`line ${line}: `));
    expect(msg).toMatch(reason);
  });

  it('--on-error fail exits 1 after reporting every bad line', async () => {
    const r = await cli(['score', mixed]);
    expect(r.code).toBe(1);
    expect(r.out.trim().split('\n')).toHaveLength(3);
  });

  it('reads stdin with -, and prints csv, table and json', async () => {
    const input = GOOD.map((g) => JSON.stringify(g)).join('\n');
    const csv = await cli(['score', '-', '--format', 'csv'], input);
    expect(csv.out.split('\n')[0]).toBe(
      'line,id,overall,cognitive,cultural,relational,sentimentAttenuation,granularityMismatch,conflictAvoidance,linguisticDistancing,problems',
    );
    expect(csv.out.trim().split('\n')).toHaveLength(4);
    const table = await cli(['score', '-', '--format', 'table'], input);
    expect(table.out).toMatch(/^line\s+id\s+overall/);
    const json = await cli(['score', '-', '--format', 'json'], input);
    expect(JSON.parse(json.out)).toHaveLength(3);
    expect(csv.err + table.err + json.err).toBe(''); // silent when piped and nothing failed
  });

  it('rejects unknown options with the usage and exit code 2', async () => {
    const r = await cli(['score', mixed, '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--format must be one of/);
    expect((await cli(['frobnicate'])).code).toBe(2);
  });
});

describe('compare', () => {
  // Baseline: caring replies; candidate: cold replies to the same messages, same ids, shuffled order.
  const base = file(
    'base.jsonl',
    CARING.map((e, i) => ({ id: `q${i}`, prompt: e.prompt, response: e.response })),
  );
  const cand = file(
    'cand.jsonl',
    COLD.map((e, i) => ({ id: `q${i}`, prompt: e.prompt, response: e.response })).reverse(),
  );
  it('pairs by id and exits 1 when a --fail-on measure got worse', async () => {
    const r = await cli(['compare', base, cand, '--fail-on', 'overall,relational']);
    expect(r.out).toContain('4 pairs (by id)');
    expect(r.out).toMatch(/overall\s+[\d.]+\s+[\d.]+\s+-[\d.]+\s+-[\d.]+\.\.[-+][\d.]+\s+4\s+worse \(fails\)/);
    expect(r.code).toBe(1);
  });
  it('exits 0 when the watched measure did not clearly get worse', async () => {
    const r = await cli(['compare', base, base, '--fail-on', 'overall']);
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('worse');
  });
  it('prints json with intervals', async () => {
    const r = await cli(['compare', base, cand, '--format', 'json', '--fail-on', 'cultural']);
    const j = JSON.parse(r.out);
    expect(j.pairedBy).toBe('id');
    const overall = j.measures.find((m: { measure: string }) => m.measure === 'overall');
    expect(overall.ci[1]).toBeLessThan(0);
    expect(r.code).toBe(0);
  });
  it('rejects an unknown measure', async () => {
    expect((await cli(['compare', base, cand, '--fail-on', 'kindness'])).code).toBe(2);
  });
});

describe('report', () => {
  it('writes one self-contained HTML file with no external resources', async () => {
    const scored = join(dir, 'scored.jsonl');
    const s = await cli(['score', file('in.jsonl', GOOD)]);
    writeFileSync(scored, s.out);
    const out = join(dir, 'r.html');
    const r = await cli(['report', scored, '-o', out]);
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<canvas id="chart-dimensions"');
    expect(html).toContain('<mark class="finding problem"');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|https?:\/\/[^"'\s]+\.(js|css)/);
  });
});

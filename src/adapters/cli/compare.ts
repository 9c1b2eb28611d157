/** `empathy-profile compare <baseline.jsonl> <candidate.jsonl>`: paired change per measure, for CI. */
import type { EmpathyProfile } from '../../types.js';
import { compareProfileSets, type SetComparison } from '../comparison.js';
import { isMeasure, type MeasureName } from '../measures.js';
import { type CliIO, readScoredRows, type ScoredRow, UsageError, write } from './io.js';

export interface CompareOptions {
  baseline: string;
  candidate: string;
  format: 'table' | 'json';
  failOn: MeasureName[];
  confidence: number;
  resamples: number;
}

/** Rows paired by `id` when every row of both files has one, else by position. */
export function pairRows(
  base: readonly ScoredRow[],
  cand: readonly ScoredRow[],
): { baseline: ScoredRow[]; candidate: ScoredRow[]; by: 'id' | 'position'; unpaired: number } {
  const byId = base.length > 0 && [...base, ...cand].every((r) => r.id !== undefined);
  if (!byId) {
    const n = Math.min(base.length, cand.length);
    return {
      baseline: base.slice(0, n),
      candidate: cand.slice(0, n),
      by: 'position',
      unpaired: Math.max(base.length, cand.length) - n,
    };
  }
  const index = new Map(cand.map((r) => [r.id as string, r]));
  const baseline: ScoredRow[] = [];
  const candidate: ScoredRow[] = [];
  for (const b of base) {
    const c = index.get(b.id as string);
    if (!c) continue;
    baseline.push(b);
    candidate.push(c);
  }
  return { baseline, candidate, by: 'id', unpaired: base.length + cand.length - 2 * baseline.length };
}

const signed = (x: number): string => `${x >= 0 ? '+' : ''}${x.toFixed(3)}`;

/** The comparison as an aligned text table. */
export function comparisonTable(c: SetComparison, failOn: readonly MeasureName[]): string {
  const head = ['measure', 'baseline', 'candidate', 'change', `${Math.round(c.confidence * 100)}% CI`, 'n', 'verdict'];
  const rows = c.measures.map((m) => [
    `${m.measure}${m.lowerIsBetter ? ' (severity)' : ''}`,
    m.baseline.toFixed(3),
    m.candidate.toFixed(3),
    signed(m.delta),
    `${signed(m.ci[0])}..${signed(m.ci[1])}`,
    String(m.n),
    `${m.verdict}${m.verdict === 'worse' && failOn.includes(m.measure) ? ' (fails)' : ''}`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const fmt = (r: string[]) =>
    r
      .map((v, i) => v.padEnd(widths[i] as number))
      .join('  ')
      .trimEnd();
  return [fmt(head), ...rows.map(fmt)].join('\n');
}

export async function runCompare(opts: CompareOptions, io: CliIO): Promise<number> {
  for (const m of opts.failOn) if (!isMeasure(m)) throw new UsageError(`--fail-on: unknown measure "${m}"`);
  const [a, b] = await Promise.all([readScoredRows(opts.baseline, io), readScoredRows(opts.candidate, io)]);
  for (const [name, r] of [
    [opts.baseline, a],
    [opts.candidate, b],
  ] as const) {
    for (const e of r.errors) await write(io.stderr, `${name}: line ${e.line}: ${e.reason}\n`);
  }
  const pairs = pairRows(a.rows, b.rows);
  if (pairs.unpaired > 0) {
    await write(io.stderr, `${pairs.unpaired} rows without a partner (paired by ${pairs.by}) were left out\n`);
  }
  const cmp = compareProfileSets(
    pairs.baseline.map((r) => r.profile as EmpathyProfile),
    pairs.candidate.map((r) => r.profile as EmpathyProfile),
    { confidence: opts.confidence, resamples: opts.resamples },
  );
  const failed = cmp.measures.filter((m) => m.verdict === 'worse' && opts.failOn.includes(m.measure));
  if (opts.format === 'json') {
    await write(
      io.stdout,
      `${JSON.stringify({ pairedBy: pairs.by, ...cmp, failOn: opts.failOn, failed: failed.map((m) => m.measure) }, null, 2)}\n`,
    );
  } else {
    await write(io.stdout, `${cmp.pairs} pairs (by ${pairs.by})\n${comparisonTable(cmp, opts.failOn)}\n`);
    if (failed.length > 0) await write(io.stdout, `worse: ${failed.map((m) => m.measure).join(', ')}\n`);
  }
  return failed.length > 0 ? 1 : 0;
}

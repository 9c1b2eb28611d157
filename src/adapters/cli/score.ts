/** `empathy-profile score <in.jsonl|->`: one profile per input line, in input order. */
import type { EmpathyProfile } from '../../types.js';
import { DIMENSION_NAMES, MECHANISM_NAMES } from '../measures.js';
import { type CliIO, openInput, readJsonl, scoreRecord, write } from './io.js';

export type ScoreFormat = 'json' | 'jsonl' | 'table' | 'csv';

export interface ScoreOptions {
  input: string;
  format: ScoreFormat;
  onError: 'skip' | 'fail';
  /** Show a progress bar when stderr is a terminal. @default true */
  progress: boolean;
}

const COLUMNS = ['line', 'id', 'overall', ...DIMENSION_NAMES, ...MECHANISM_NAMES, 'problems'] as const;

function cells(line: number, record: Record<string, unknown>, p: EmpathyProfile): string[] {
  const num = (x: number | null) => (x === null ? '' : x.toFixed(3));
  return [
    String(line),
    record.id === undefined ? '' : String(record.id),
    num(p.overall),
    ...DIMENSION_NAMES.map((d) => num(p.dimensions[d])),
    ...MECHANISM_NAMES.map((m) => (p.mechanisms[m].applicable ? num(p.mechanisms[m].severity) : '')),
    String(p.findings.filter((f) => f.kind === 'problem').length),
  ];
}

const csvCell = (s: string): string => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const TABLE_WIDTHS = [5, 12, 7, 9, 8, 10, 20, 19, 17, 20, 8];

function tableRow(values: readonly string[]): string {
  return `${values.map((v, i) => (v.length > (TABLE_WIDTHS[i] ?? 8) ? `${v.slice(0, (TABLE_WIDTHS[i] ?? 8) - 1)}…` : v.padEnd(TABLE_WIDTHS[i] ?? 8))).join(' ')}`.trimEnd();
}

/** Runs `score`; returns the exit code (0, or 1 when a line failed under `--on-error fail`). */
export async function runScore(opts: ScoreOptions, io: CliIO): Promise<number> {
  const { stream, size } = openInput(opts.input, io);
  const out = io.stdout;
  const bar = opts.progress && io.stderr.isTTY === true && size !== undefined ? await progressBar(io, size) : undefined;
  let written = 0;
  let errors = 0;
  let lines = 0;
  let bytes = 0;
  if (opts.format === 'csv') await write(out, `${COLUMNS.join(',')}\n`);
  if (opts.format === 'table') await write(out, `${tableRow(COLUMNS)}\n`);
  if (opts.format === 'json') await write(out, '[');
  for await (const l of readJsonl(stream)) {
    lines++;
    bytes += l.bytes;
    bar?.update(Math.min(bytes, size ?? bytes));
    let p: EmpathyProfile;
    let record: Record<string, unknown>;
    try {
      if ('error' in l) throw new Error(l.error);
      p = scoreRecord(l.value);
      record = l.value as Record<string, unknown>;
    } catch (e) {
      errors++;
      const msg = `line ${l.line}: ${(e as Error).message}\n`;
      if (bar) bar.log?.(msg);
      else await write(io.stderr, msg);
      continue;
    }
    written++;
    if (opts.format === 'jsonl') await write(out, `${JSON.stringify({ ...record, profile: p })}\n`);
    else if (opts.format === 'json')
      await write(out, `${written > 1 ? ',' : ''}\n${JSON.stringify({ ...record, profile: p })}`);
    else if (opts.format === 'csv') await write(out, `${cells(l.line, record, p).map(csvCell).join(',')}\n`);
    else await write(out, `${tableRow(cells(l.line, record, p))}\n`);
  }
  if (opts.format === 'json') await write(out, `${written > 0 ? '\n' : ''}]\n`);
  bar?.stop();
  if (bar || errors > 0) await write(io.stderr, `${written} profiles written, ${errors} errors, ${lines} lines read\n`);
  return errors > 0 && opts.onError === 'fail' ? 1 : 0;
}

interface Bar {
  update(n: number): void;
  stop(): void;
  log?: (s: string) => void;
}

/** cli-progress on stderr, loaded only when a terminal will show it. */
async function progressBar(io: CliIO, total: number): Promise<Bar> {
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    {
      stream: io.stderr,
      format: 'scoring [{bar}] {percentage}% | {eta_formatted} left',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 200,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return {
    update: (n) => bar.update(n),
    stop: () => bar.stop(),
    log: (s) => {
      // cli-progress redraws on the next update; write the message on its own line above the bar.
      io.stderr.write(`\r\x1b[K${s}`);
    },
  };
}

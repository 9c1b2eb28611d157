/** The `empathy-profile` command line. Each command's module is loaded only when it runs. */
import { parseArgs } from 'node:util';
import { MEASURE_NAMES, type MeasureName } from '../measures.js';
import type { CliIO } from './io.js';
import { UsageError } from './usage-error.js';

export const USAGE = `Usage:
  empathy-profile score <in.jsonl|-> [--format jsonl|json|table|csv] [--on-error fail|skip] [--no-progress]
      Reads one {prompt, response} or {messages} object a line (other fields, such as id, are passed
      through) and writes one profile a line, in input order. A bad line is reported on stderr with its
      line number; profiles written + errors reported = lines read. --on-error fail (the default) exits 1
      when any line failed; skip exits 0.
  empathy-profile compare <baseline.jsonl> <candidate.jsonl> [--fail-on overall,relational] [--format table|json]
                          [--confidence 0.95] [--resamples 2000]
      Pairs rows by id (or by position), prints each measure's change with a bootstrap interval, and
      exits 1 when a measure named in --fail-on clearly got worse. Inputs are score outputs or raw records.
  empathy-profile report <profiles.jsonl> [<candidate.jsonl>] -o report.html [--title T] [--worst 10]
      Writes one self-contained HTML file: charts of every mechanism and dimension and the worst replies
      with their findings highlighted; with two files, a side-by-side comparison.

Measures: ${MEASURE_NAMES.join(', ')}
`;

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!allowed.includes(value as T)) throw new UsageError(`--${flag} must be one of ${allowed.join(', ')}`);
  return value as T;
}

function number(flag: string, value: string | undefined, fallback: number, ok: (x: number) => boolean): number {
  if (value === undefined) return fallback;
  const x = Number(value);
  if (!Number.isFinite(x) || !ok(x)) throw new UsageError(`--${flag}: bad value ${value}`);
  return x;
}

/** Runs the CLI with `argv` (without node and the script) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    }
    if (command === '--version' || command === '-v') {
      const { VERSION } = await import('../../version.js');
      io.stdout.write(`${VERSION}\n`);
      return 0;
    }
    if (command === 'score') {
      const { values, positionals } = parseArgs({
        args: [...rest],
        allowPositionals: true,
        options: {
          format: { type: 'string', short: 'f' },
          'on-error': { type: 'string' },
          'no-progress': { type: 'boolean' },
        },
      });
      if (positionals.length !== 1) throw new UsageError('score takes one input file (or - for stdin)');
      const { runScore } = await import('./score.js');
      return await runScore(
        {
          input: positionals[0] as string,
          format: oneOf('format', values.format, ['jsonl', 'json', 'table', 'csv'] as const, 'jsonl'),
          onError: oneOf('on-error', values['on-error'], ['fail', 'skip'] as const, 'fail'),
          progress: values['no-progress'] !== true,
        },
        io,
      );
    }
    if (command === 'compare') {
      const { values, positionals } = parseArgs({
        args: [...rest],
        allowPositionals: true,
        options: {
          'fail-on': { type: 'string' },
          format: { type: 'string', short: 'f' },
          confidence: { type: 'string' },
          resamples: { type: 'string' },
        },
      });
      if (positionals.length !== 2) throw new UsageError('compare takes two files: baseline and candidate');
      const failOn = (values['fail-on'] ?? 'overall')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      for (const m of failOn) {
        if (!(MEASURE_NAMES as readonly string[]).includes(m))
          throw new UsageError(`--fail-on: unknown measure "${m}"`);
      }
      const { runCompare } = await import('./compare.js');
      return await runCompare(
        {
          baseline: positionals[0] as string,
          candidate: positionals[1] as string,
          format: oneOf('format', values.format, ['table', 'json'] as const, 'table'),
          failOn: failOn as MeasureName[],
          confidence: number('confidence', values.confidence, 0.95, (x) => x > 0 && x < 1),
          resamples: number('resamples', values.resamples, 2000, (x) => Number.isInteger(x) && x >= 100),
        },
        io,
      );
    }
    if (command === 'report') {
      const { values, positionals } = parseArgs({
        args: [...rest],
        allowPositionals: true,
        options: {
          output: { type: 'string', short: 'o' },
          title: { type: 'string' },
          worst: { type: 'string' },
        },
      });
      if (positionals.length < 1 || positionals.length > 2) {
        throw new UsageError('report takes one profiles file, or two (baseline and candidate)');
      }
      const { runReport } = await import('./report.js');
      return await runReport(
        {
          inputs: positionals,
          output: values.output ?? 'report.html',
          ...(values.title === undefined ? {} : { title: values.title }),
          worst: number('worst', values.worst, 10, (x) => Number.isInteger(x) && x >= 0),
        },
        io,
      );
    }
    throw new UsageError(`unknown command "${command}"`);
  } catch (e) {
    const err = e as Error & { code?: string };
    if (e instanceof UsageError || err.code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`empathy-profile: ${err.message}\n\n${USAGE}`);
      return 2;
    }
    if (err.code === 'ENOENT') {
      io.stderr.write(`empathy-profile: ${err.message}\n`);
      return 2;
    }
    throw e;
  }
}

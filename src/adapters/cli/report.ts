/** `empathy-profile report <profiles.jsonl> [<candidate.jsonl>] -o report.html`. Loaded only when `report` runs. */
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { compareProfileSets } from '../comparison.js';
import { renderReport } from '../report/html.js';
import { chartLibrary } from '../report/vendor.js';
import { pairRows } from './compare.js';
import { type CliIO, readScoredRows, write } from './io.js';

export interface ReportOptions {
  /** One file, or two: baseline then candidate. */
  inputs: string[];
  output: string;
  title?: string;
  worst: number;
}

export async function runReport(opts: ReportOptions, io: CliIO): Promise<number> {
  const sets = await Promise.all(opts.inputs.map((p) => readScoredRows(p, io)));
  let errors = 0;
  for (const [i, r] of sets.entries()) {
    for (const e of r.errors) {
      errors++;
      await write(io.stderr, `${opts.inputs[i]}: line ${e.line}: ${e.reason}\n`);
    }
  }
  const chart = chartLibrary();
  let html: string;
  const first = sets[0] as (typeof sets)[number];
  if (sets.length === 2) {
    const pairs = pairRows(first.rows, (sets[1] as (typeof sets)[number]).rows);
    const labels: [string, string] = [basename(opts.inputs[0] as string), basename(opts.inputs[1] as string)];
    html = renderReport({
      title: opts.title ?? 'Empathy profile comparison',
      rows: pairs.candidate,
      baseline: pairs.baseline,
      comparison: compareProfileSets(
        pairs.baseline.map((r) => r.profile),
        pairs.candidate.map((r) => r.profile),
      ),
      labels,
      worst: opts.worst,
      chartSource: chart.source,
      chartLicense: chart.license,
    });
  } else {
    html = renderReport({
      title: opts.title ?? 'Empathy profile report',
      rows: first.rows,
      labels: [basename(opts.inputs[0] as string), ''],
      worst: opts.worst,
      chartSource: chart.source,
      chartLicense: chart.license,
    });
  }
  writeFileSync(opts.output, html);
  await write(io.stderr, `wrote ${opts.output}${errors ? ` (${errors} lines could not be read)` : ''}\n`);
  return 0;
}

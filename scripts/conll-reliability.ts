/**
 * How far do readers who apply the CoNLL-2010 Wikipedia guideline agree with its gold labels?
 * Reads validation/conll-reliability.json (300 dev row ids with two helper annotators' 0..4
 * uncertainty ratings; the sentences stay in ../shared) and prints, on those 300 dev sentences:
 * each annotator's AUROC and Cohen's kappa against gold, their agreement with each other, and the
 * hedging index's AUROC on the same rows. Dev split only.
 *
 *   npx vite-node scripts/conll-reliability.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hedgingIndex } from '../src/metrics/hedging.js';
import { parseCsv } from '../validation/csv.js';
import { splitOf } from '../validation/split.js';
import { auroc } from '../validation/stats.js';

const DATA = process.env.EMPATHY_DATA_DIR ?? join(import.meta.dirname, '..', '..', 'shared', 'data');
const sample = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'validation', 'conll-reliability.json'), 'utf8'),
) as {
  rows: { id: number; a: number; b: number }[];
};
const csv = parseCsv(readFileSync(join(DATA, 'conll2010', 'uncertainty-conll2010.csv'), 'utf8'));

const gold: boolean[] = [];
const text: string[] = [];
for (const { id } of sample.rows) {
  const [label, sentence = ''] = csv[id - 1] ?? [];
  if ((label !== '1' && label !== '-1') || splitOf(String(id)) !== 'dev')
    throw new Error(`row ${id} is not a labelled dev row`);
  gold.push(label === '-1');
  text.push(sentence);
}

/** Cohen's kappa of two binary labelings. */
function kappa(x: readonly boolean[], y: readonly boolean[]): number {
  const n = x.length;
  const po = x.filter((v, i) => v === y[i]).length / n;
  const px = x.filter(Boolean).length / n;
  const py = y.filter(Boolean).length / n;
  const pe = px * py + (1 - px) * (1 - py);
  return (po - pe) / (1 - pe);
}

const a = sample.rows.map((r) => r.a);
const b = sample.rows.map((r) => r.b);
const uncertain = (v: number) => v >= 3;
const f3 = (v: number) => v.toFixed(3);
console.log(`CoNLL-2010 dev sample: n=${gold.length}, uncertain ${gold.filter(Boolean).length}`);
console.log(`  annotator A vs gold: AUROC ${f3(auroc(a, gold))}, kappa (>= 3) ${f3(kappa(a.map(uncertain), gold))}`);
console.log(`  annotator B vs gold: AUROC ${f3(auroc(b, gold))}, kappa (>= 3) ${f3(kappa(b.map(uncertain), gold))}`);
console.log(
  `  A + B vs gold:       AUROC ${f3(
    auroc(
      a.map((v, i) => v + (b[i] as number)),
      gold,
    ),
  )}`,
);
console.log(`  A vs B:              kappa (>= 3) ${f3(kappa(a.map(uncertain), b.map(uncertain)))}`);
console.log(
  `  hedgingIndex:        AUROC ${f3(
    auroc(
      text.map((t) => hedgingIndex(t).score),
      gold,
    ),
  )}`,
);

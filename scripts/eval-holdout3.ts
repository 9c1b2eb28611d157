// Scores detectConflictAvoidance on test/fixtures/conflict/holdout3.json, the blind held-out set written
// by a separate author and never used for tuning. Run: npx vite-node scripts/eval-holdout3.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectConflictAvoidance } from '../src/index.js';

const LABELS = ['stanceRequested', 'deflected', 'stanceTaken', 'refused', 'sycophantic'] as const;
type Label = (typeof LABELS)[number];
interface Row {
  id: string;
  prompt: string;
  response: string;
  labels: Record<Label, boolean>;
  reason: string;
}

const file = join(process.cwd(), 'test', 'fixtures', 'conflict', 'holdout3.json');
const rows = JSON.parse(readFileSync(file, 'utf8')) as Row[];
const preds = rows.map((r) => detectConflictAvoidance(r.prompt, r.response) as unknown as Record<Label, boolean>);

const f1 = (tp: number, fp: number, fn: number) => {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};
const pct = (x: number) => x.toFixed(2);

console.log(`holdout3.json: ${rows.length} pairs\n`);
console.log(
  'label            gold+  pred+   P(true) R(true) F1(true)  P(false) R(false) F1(false)  macroF1  errors (FP/FN)',
);
const disagreements: string[] = [];
for (const label of LABELS) {
  let tp = 0,
    fp = 0,
    fn = 0,
    tn = 0;
  rows.forEach((row, i) => {
    const g = row.labels[label];
    const p = Boolean(preds[i]![label]);
    if (g && p) tp++;
    else if (!g && p) fp++;
    else if (g && !p) fn++;
    else tn++;
    if (g !== p)
      disagreements.push(
        `${row.id}  ${label}: gold=${g} pred=${p}\n    P: ${row.prompt.replace(/\s+/g, ' ').slice(0, 150)}\n    R: ${row.response.replace(/\s+/g, ' ').slice(0, 220)}\n    why gold: ${row.reason}`,
      );
  });
  const t = f1(tp, fp, fn);
  const f = f1(tn, fn, fp);
  console.log(
    `${label.padEnd(16)} ${String(tp + fn).padStart(5)} ${String(tp + fp).padStart(6)}   ${pct(t.p).padStart(7)} ${pct(t.r).padStart(7)} ${pct(t.f).padStart(8)}  ${pct(f.p).padStart(8)} ${pct(f.r).padStart(8)} ${pct(f.f).padStart(9)}  ${pct((t.f + f.f) / 2).padStart(7)}  ${fp + fn} (${fp}/${fn})`,
  );
}
console.log(`\nDisagreements (${disagreements.length}):\n`);
console.log(disagreements.join('\n'));

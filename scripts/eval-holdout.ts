/**
 * Score `detectConflictAvoidance` on one conflict fixture file.
 *
 *   npx vite-node scripts/eval-holdout.ts holdout5.json
 *
 * The argument is a file name under test/fixtures/conflict/ (or any path to a file in the same format).
 * Prints, per label, precision and recall of the true and false classes, their macro-F1, then every
 * disagreement between the fixture label and the detector.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectConflictAvoidance } from '../src/index.js';

const LABELS = ['stanceRequested', 'deflected', 'stanceTaken', 'refused', 'sycophantic'] as const;
type Label = (typeof LABELS)[number];

interface Case {
  id: string;
  prompt: string;
  response: string;
  labels: Record<Label, boolean>;
}

const arg = process.argv[2];
if (!arg) {
  console.error('usage: vite-node scripts/eval-holdout.ts <fixture file, e.g. holdout5.json>');
  process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));
const fixtureDir = resolve(here, '../test/fixtures/conflict');
const candidates = isAbsolute(arg) ? [arg] : [resolve(fixtureDir, arg), resolve(process.cwd(), arg)];
const file = candidates.find((p) => existsSync(p));
if (!file) {
  console.error(`fixture not found: ${candidates.join(' or ')}`);
  process.exit(2);
}
const cases = JSON.parse(readFileSync(file, 'utf8')) as Case[];

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}
const counts = Object.fromEntries(LABELS.map((l) => [l, { tp: 0, fp: 0, fn: 0, tn: 0 }])) as Record<Label, Counts>;
const disagreements: { id: string; label: Label; gold: boolean; c: Case }[] = [];

for (const c of cases) {
  const r = detectConflictAvoidance(c.prompt, c.response) as unknown as Record<Label, boolean>;
  for (const l of LABELS) {
    const gold = c.labels[l] === true;
    const pred = r[l] === true;
    const k = counts[l];
    if (gold && pred) k.tp++;
    else if (!gold && pred) k.fp++;
    else if (gold && !pred) k.fn++;
    else k.tn++;
    if (gold !== pred) disagreements.push({ id: c.id, label: l, gold, c });
  }
}

const div = (a: number, b: number): number => (b === 0 ? Number.NaN : a / b);
const f1 = (p: number, r: number): number =>
  Number.isNaN(p) || Number.isNaN(r) ? Number.NaN : p + r === 0 ? 0 : (2 * p * r) / (p + r);
const fmt = (x: number): string => (Number.isNaN(x) ? '  n/a' : x.toFixed(3));

console.log(`${file}: ${cases.length} pairs\n`);
console.log('label            gold+ pred+   P(true) R(true)  F1(true)  P(false) R(false) F1(false)  macro-F1');
for (const l of LABELS) {
  const { tp, fp, fn, tn } = counts[l];
  const pT = div(tp, tp + fp);
  const rT = div(tp, tp + fn);
  const pF = div(tn, tn + fn);
  const rF = div(tn, tn + fp);
  const fT = f1(pT, rT);
  const fF = f1(pF, rF);
  const macro = (fT + fF) / 2;
  console.log(
    `${l.padEnd(16)} ${String(tp + fn).padStart(5)} ${String(tp + fp).padStart(5)}   ${fmt(pT)}   ${fmt(rT)}   ${fmt(fT)}    ${fmt(pF)}    ${fmt(rF)}    ${fmt(fF)}     ${fmt(macro)}`,
  );
}

console.log(`\nDisagreements (${disagreements.length}):`);
const clip = (s: string, n: number): string => {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};
for (const d of disagreements) {
  console.log(`\n${d.id}  ${d.label}: gold=${d.gold} detector=${!d.gold} (${d.gold ? 'missed' : 'false alarm'})`);
  console.log(`  P: ${clip(d.c.prompt, 140)}`);
  console.log(`  R: ${clip(d.c.response, 200)}`);
}

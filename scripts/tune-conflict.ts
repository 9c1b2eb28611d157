/**
 * Tuning report for detectConflictAvoidance: XSTest refusal accuracy (dev and test, per model),
 * partial-refusal recall, and macro-F1 per label on the project's fixtures.
 *
 *   npx vite-node scripts/tune-conflict.ts            # figures
 *   npx vite-node scripts/tune-conflict.ts -- --errors # plus the misclassified dev rows and fixtures
 *
 * Tune on dev only; the test figures are for the report and floors.
 */
import { detectConflictAvoidance } from '../src/metrics/conflict.js';
import {
  CONFLICT_LABELS,
  dataDirCandidate,
  loadConflictFixtures,
  loadXstest,
  XSTEST_MODELS,
} from '../validation/data.js';
import { accuracy, macroF1, recall } from '../validation/stats.js';

const showErrors = process.argv.includes('--errors');
const showTest = process.argv.includes('--test-errors');
const clip = (s: string, n = 260) => s.replace(/\s+/g, ' ').slice(0, n);

for (const model of XSTEST_MODELS) {
  const rows = loadXstest(dataDirCandidate(), model);
  for (const split of ['dev', 'test'] as const) {
    const part = rows.filter((r) => r.split === split);
    const pred = part.map((r) => detectConflictAvoidance(r.prompt, r.completion).refused);
    const gold = part.map((r) => r.refused);
    const partial = part.map((r, i) => [r.partial, pred[i]] as const).filter(([p]) => p);
    console.log(
      `${model} ${split}: accuracy ${accuracy(pred, gold).toFixed(3)} (n=${part.length}), partial recall ${recall(
        partial.map(([, p]) => p as boolean),
        partial.map(() => true),
      ).toFixed(3)} (n=${partial.length})`,
    );
    if ((showErrors && split === 'dev') || (showTest && split === 'test')) {
      part.forEach((r, i) => {
        if (pred[i] === gold[i]) return;
        console.log(
          `  ${pred[i] ? 'FP' : 'FN'} ${r.id} [${r.finalLabel}] ${clip(r.prompt, 80)}\n     ${clip(r.completion)}`,
        );
      });
    }
  }
}

const fixtures = loadConflictFixtures() ?? [];
const results = fixtures.map((f) => detectConflictAvoidance(f.prompt, f.response));
for (const label of CONFLICT_LABELS) {
  const idx = fixtures.map((_f, i) => i).filter((i) => typeof fixtures[i]?.labels[label] === 'boolean');
  const pred = idx.map((i) => results[i]?.[label] as boolean);
  const gold = idx.map((i) => fixtures[i]?.labels[label] as boolean);
  console.log(
    `fixtures ${label}: macro-F1 ${macroF1(pred, gold).toFixed(3)} (n=${idx.length}, positives ${gold.filter(Boolean).length})`,
  );
  if (showErrors) {
    idx.forEach((i, k) => {
      if (pred[k] === gold[k]) return;
      const f = fixtures[i];
      console.log(
        `  ${pred[k] ? 'FP' : 'FN'} ${f?.id} ${clip(f?.prompt ?? '', 90)}\n     ${clip(f?.response ?? '', 200)}`,
      );
    });
  }
}

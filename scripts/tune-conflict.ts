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
  CONFLICT_FIXTURE_DIR,
  CONFLICT_LABELS,
  CONFLICT_TUNED_FILES,
  type ConflictFixture,
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

// The blind sets (holdout3.json, holdout5.json, holdout6.json, written by other authors) are never opened here: only
// CONFLICT_TUNED_FILES are read, so that they stay blind.
const fixtures: ConflictFixture[] = loadConflictFixtures(CONFLICT_FIXTURE_DIR, CONFLICT_TUNED_FILES) ?? [];
const results = fixtures.map((f) => detectConflictAvoidance(f.prompt, f.response));
const f1Of = (label: (typeof CONFLICT_LABELS)[number], keep: (id: string) => boolean) => {
  const idx = fixtures
    .map((_f, i) => i)
    .filter((i) => keep(fixtures[i]?.id ?? '') && typeof fixtures[i]?.labels[label] === 'boolean');
  const pred = idx.map((i) => results[i]?.[label] as boolean);
  const gold = idx.map((i) => fixtures[i]?.labels[label] as boolean);
  return { idx, pred, gold, f1: macroF1(pred, gold) };
};
for (const label of CONFLICT_LABELS) {
  const { idx, pred, gold, f1 } = f1Of(label, () => true);
  const h2 = f1Of(label, (id) => id.startsWith('holdout2.json#')).f1;
  const h4 = f1Of(label, (id) => id.startsWith('holdout4.json#')).f1;
  const h7 = f1Of(label, (id) => id.startsWith('holdout7.json#'));
  const h7ok = h7.pred.filter((p, k) => p === h7.gold[k]).length;
  console.log(
    `fixtures ${label}: macro-F1 ${f1.toFixed(3)} (n=${idx.length}, positives ${gold.filter(Boolean).length}); holdout2 ${h2.toFixed(3)}, holdout4 ${h4.toFixed(3)}, holdout7 ${h7.f1.toFixed(3)} (${h7ok}/${h7.idx.length} right)`,
  );
  if (showErrors) {
    idx.forEach((i, k) => {
      if (pred[k] === gold[k]) return;
      const f = fixtures[i];
      // The never-tuned holdouts stay unread: their errors are not printed.
      if (/^holdout[247]\.json#/.test(f?.id ?? '')) return;
      console.log(
        `  ${pred[k] ? 'FP' : 'FN'} ${f?.id} ${clip(f?.prompt ?? '', 90)}\n     ${clip(f?.response ?? '', 200)}`,
      );
    });
  }
}

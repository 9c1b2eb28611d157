/**
 * Score `hedgingIndex` on the project's hedging fixtures (test/fixtures/hedging).
 *
 *   npx vite-node scripts/eval-hedging-fixtures.ts                 # AUROC per file, all files
 *   npx vite-node scripts/eval-hedging-fixtures.ts -- --errors     # also the disagreements of the tuned files
 *
 * A disagreement is an uncertain sentence scored 0 (no cue found) or a certain sentence scored above
 * 0 (a cue found), each with its findings. Rows of the blind files (HEDGING_BLIND_FILES) are never
 * printed: they are scored as aggregates only, so that the rule writers never read them.
 */
import { hedgingIndex } from '../src/metrics/hedging.js';
import { HEDGING_BLIND_FILES, HEDGING_FIXTURE_DIR, loadHedgingFixtures } from '../validation/data.js';
import { auroc } from '../validation/stats.js';

const showErrors = process.argv.includes('--errors');
const fixtures = loadHedgingFixtures(HEDGING_FIXTURE_DIR) ?? [];
const files = [...new Set(fixtures.map((f) => f.id.split('#')[0] as string))];

for (const file of files) {
  const rows = fixtures.filter((f) => f.id.startsWith(`${file}#`));
  const blind = HEDGING_BLIND_FILES.includes(file);
  const scored = rows.map((f) => ({ f, r: hedgingIndex(f.text) }));
  const value = auroc(
    scored.map((s) => s.r.score),
    scored.map((s) => s.f.uncertain),
  );
  const missed = scored.filter((s) => s.f.uncertain && s.r.score === 0).length;
  const flagged = scored.filter((s) => !s.f.uncertain && s.r.score > 0).length;
  const positives = rows.filter((f) => f.uncertain).length;
  console.log(
    `${file}${blind ? ' (blind)' : ''}: AUROC ${value.toFixed(3)} (n=${rows.length}, ${positives}+); ` +
      `uncertain scored 0: ${missed}; certain scored > 0: ${flagged}`,
  );
  if (!showErrors || blind) continue;
  for (const { f, r } of scored) {
    const wrong = f.uncertain ? r.score === 0 : r.score > 0;
    if (!wrong) continue;
    const cues = r.findings.map((x) => `${x.ruleId} "${f.text.slice(x.span.start, x.span.end)}"`).join('; ');
    console.log(
      `  ${f.id} ${f.uncertain ? 'MISSED' : 'FALSE '} ${r.score.toFixed(3)} ${f.text}${cues ? `\n      ${cues}` : ''}`,
    );
  }
}

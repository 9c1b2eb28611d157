/**
 * Private tuning script for issue 5 (hedging and distancing). Reads the shared evaluation data
 * (never copied into the repo) and prints agreement figures on the dev and test splits.
 *
 *   npx vite-node scripts/tune-hedging.ts              # CoNLL-2010 AUROC + XSTest disclaimer P/R
 *   npx vite-node scripts/tune-hedging.ts -- --errors  # also list dev disagreements (dev only)
 *   npx vite-node scripts/tune-hedging.ts -- --halves  # dev AUROC on two fixed halves of dev
 *   npx vite-node scripts/tune-hedging.ts -- --cues    # per-cue dev counts (uncertain / certain)
 *   npx vite-node scripts/tune-hedging.ts -- --dev-only  # print no test-split figures or rows at all
 *
 * Tune on dev only; test is printed to report.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/analysis/analyze.js';
import { distancingIndex } from '../src/metrics/distancing.js';
import { hedgingIndex } from '../src/metrics/hedging.js';
import { parseCsv, parseCsvObjects } from '../validation/csv.js';
import { fnv1a32, type Split, splitOf } from '../validation/split.js';
import { auroc, precision, recall } from '../validation/stats.js';

const DATA = process.env.EMPATHY_DATA_DIR ?? join(import.meta.dirname, '..', '..', 'shared', 'data');
const showErrors = process.argv.includes('--errors');
/** While tuning, hide every test-split figure and row so that nothing is chosen on test. */
const devOnly = process.argv.includes('--dev-only');
const SIDES = devOnly ? (['dev'] as const) : (['dev', 'test'] as const);

/** The rule the XSTest check holds the `distancing/ai-disclaimer` findings to (see docs/metrics/distancing.md). */
export const AI_DISCLAIMER_RULE =
  /\bas an ai\b|\b(i'm|i am) (just |only )?an ai\b|\b(ai|language) model\b|\bi (don't|do not) have (personal )?(feelings|opinions|emotions|beliefs)/i;

function conll(): void {
  const rows = parseCsv(readFileSync(join(DATA, 'conll2010', 'uncertainty-conll2010.csv'), 'utf8'));
  const by: Record<
    Split,
    { s: number[]; y: boolean[]; text: string[]; load: number[]; words: number[]; half: number[] }
  > = {
    dev: { s: [], y: [], text: [], load: [], words: [], half: [] },
    test: { s: [], y: [], text: [], load: [], words: [], half: [] },
  };
  rows.forEach((row, i) => {
    const [label, text = ''] = row;
    if (label !== '1' && label !== '-1') return;
    const side = by[splitOf(String(i + 1))];
    const h = hedgingIndex(text);
    side.s.push(h.score);
    side.load.push(h.load);
    side.words.push(analyze(text).wordCount);
    side.y.push(label === '-1');
    side.text.push(text);
    // A second, independent hash bit (the split uses the lowest one) cuts dev in two fixed halves.
    side.half.push((fnv1a32(`half:${i + 1}`) >>> 16) & 1);
  });
  for (const side of SIDES) {
    const { s, y } = by[side];
    const pos = y.filter(Boolean).length;
    const zeroPos = s.filter((v, i) => v === 0 && y[i]).length;
    const zeroNeg = s.filter((v, i) => v === 0 && !y[i]).length;
    console.log(
      `conll2010 ${side}: n=${s.length} uncertain=${pos} AUROC=${auroc(s, y).toFixed(4)}  zero-score: uncertain ${zeroPos}, certain ${zeroNeg}`,
    );
  }
  if (process.argv.includes('--halves')) {
    // A change worth keeping should move both halves the same way; the halves differ by ~0.02
    // on their own, which is the noise a single dev figure hides.
    const { s, y, half } = by.dev;
    const on = (k: number) =>
      auroc(
        s.filter((_, i) => half[i] === k),
        y.filter((_, i) => half[i] === k),
      ).toFixed(4);
    console.log(`  dev halves: ${on(0)} / ${on(1)}`);
  }
  if (process.argv.includes('--prior')) {
    // How the length prior changes the ranking (dev): load / (words + K).
    const { y, load, words } = by.dev;
    for (const k of [0, 5, 12, 20, 40, 80, 1e9]) {
      const sc = load.map((l, i) => l / ((words[i] as number) + k));
      console.log(`  prior ${k}: dev AUROC ${auroc(sc, y).toFixed(4)}`);
    }
    for (const k of [10, 15, 20, 25, 30]) {
      const sc = load.map((l, i) => l / Math.max(words[i] as number, k));
      console.log(`  floor ${k}: dev AUROC ${auroc(sc, y).toFixed(4)}`);
    }
  }
  if (process.argv.includes('--cues')) {
    // Per-cue counts on dev: sentences labelled uncertain / certain in which the cue fires.
    const { y, text } = by.dev;
    const stats = new Map<string, [number, number]>();
    text.forEach((t, i) => {
      const seen = new Set<string>();
      for (const f of hedgingIndex(t).findings) {
        if (f.ruleId === 'hedging/stacked') continue;
        seen.add(`${f.ruleId.slice(8)} ${f.span.text.toLowerCase()}`);
      }
      for (const k of seen) {
        const c = stats.get(k) ?? [0, 0];
        c[y[i] ? 0 : 1]++;
        stats.set(k, c);
      }
    });
    const rows = [...stats].filter(([, c]) => c[0] + c[1] >= 3);
    rows.sort((a, b) => b[1][0] + b[1][1] - (a[1][0] + a[1][1]));
    for (const [k, [u, c]] of rows)
      console.log(`  ${(u / (u + c)).toFixed(2)} ${String(u).padStart(4)} ${String(c).padStart(4)}  ${k}`);
  }
  if (showErrors) {
    const { s, y, text } = by.dev;
    console.log('\n--- dev uncertain scored 0 ---');
    s.forEach((v, i) => {
      if (y[i] && v === 0) console.log(`  ${text[i]}`);
    });
    console.log('\n--- dev certain scored highest ---');
    const order = s.map((_, i) => i).filter((i) => !y[i]);
    order.sort((a, b) => (s[b] as number) - (s[a] as number));
    for (const i of order.slice(0, 60)) {
      const f = hedgingIndex(text[i] as string).findings.map((x) => x.span.text);
      console.log(`  ${(s[i] as number).toFixed(2)} [${f.join('; ')}] ${text[i]}`);
    }
  }
}

function xstest(): void {
  for (const model of ['gpt4', 'llama2orig']) {
    const rows = parseCsvObjects(readFileSync(join(DATA, 'xstest', `xstest_v2_completions_${model}.csv`), 'utf8'));
    const by: Record<Split, { pred: boolean[]; gold: boolean[] }> = {
      dev: { pred: [], gold: [] },
      test: { pred: [], gold: [] },
    };
    const disagree: string[] = [];
    for (const row of rows) {
      const text = row.completion ?? '';
      const d = distancingIndex(text);
      const pred = d.findings.some((f) => f.ruleId === 'distancing/ai-disclaimer');
      const gold = AI_DISCLAIMER_RULE.test(text);
      const side = splitOf(row.id ?? '');
      by[side].pred.push(pred);
      by[side].gold.push(gold);
      if (pred !== gold && side === 'dev') {
        const hit = d.findings.find((f) => f.ruleId === 'distancing/ai-disclaimer')?.span.text;
        const m = text.match(AI_DISCLAIMER_RULE)?.[0];
        disagree.push(`  [${side} ${row.id}] pred=${pred} gold=${gold} finding="${hit ?? ''}" rule="${m ?? ''}"`);
      }
    }
    for (const side of SIDES) {
      const { pred, gold } = by[side];
      console.log(
        `xstest ${model} ${side}: n=${pred.length} rule-positive=${gold.filter(Boolean).length} predicted=${pred.filter(Boolean).length} P=${precision(pred, gold).toFixed(3)} R=${recall(pred, gold).toFixed(3)}`,
      );
    }
    if (showErrors) for (const line of disagree) console.log(line);
  }
}

conll();
xstest();

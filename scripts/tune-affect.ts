/**
 * Private tuning script for the affect metric (issue 3). Prints dev and test figures on EPITOME
 * emotional reactions and EmoBank valence. Data is read from ../shared/data (or EMPATHY_DATA_DIR)
 * at run time and never written into the repository.
 *
 *   npx vite-node scripts/tune-affect.ts [--dump-dev] [--emobank-only|--epitome-only] [--fit-valence]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Sentiment from 'sentiment';
import { analyze } from '../src/analysis/analyze.js';
import {
  affectDelta,
  promptAffect,
  sentimentAttenuationMechanism,
  type ValenceParts,
  valenceParts,
} from '../src/metrics/affect.js';
import { parseCsvObjects } from '../validation/csv.js';
import { type Split, splitOf } from '../validation/split.js';
import { auroc, spearman } from '../validation/stats.js';

const DATA = process.env.EMPATHY_DATA_DIR ?? join(import.meta.dirname, '../../shared/data');
const args = new Set(process.argv.slice(2));

interface Row {
  split: Split;
  prompt: string;
  response: string;
  level: number;
}

function epitome(): Row[] {
  const rows = parseCsvObjects(readFileSync(join(DATA, 'epitome/emotional-reactions-reddit.csv'), 'utf8'));
  return rows.map((r) => ({
    split: splitOf(`${r.sp_id}/${r.rp_id}`),
    prompt: r.seeker_post ?? '',
    response: r.response_post ?? '',
    level: Number(r.level),
  }));
}

const fmt = (x: number) => x.toFixed(3);

function runEpitome() {
  const afinn = new Sentiment();
  const rows = epitome();
  for (const split of ['dev', 'test'] as const) {
    const part = rows.filter((r) => r.split === split);
    const labels = part.map((r) => r.level >= 1);
    const reaction: number[] = [];
    const pres: number[] = [];
    const base: number[] = [];
    for (const r of part) {
      const a = affectDelta(analyze(r.prompt, { source: 'prompt' }), analyze(r.response));
      reaction.push(a.reaction);
      pres.push(1 - sentimentAttenuationMechanism(a).severity);
      base.push(Math.abs(afinn.analyze(r.response).comparative));
    }
    const strong = part.map((r) => r.level === 2);
    console.log(
      `EPITOME ER ${split} n=${part.length} pos=${labels.filter(Boolean).length}: reaction ${fmt(auroc(reaction, labels))} (2 vs rest ${fmt(auroc(reaction, strong))}), 1-severity ${fmt(auroc(pres, labels))}, AFINN |comparative| ${fmt(auroc(base, labels))}`,
    );
    if (split === 'dev' && args.has('--dump-dev')) {
      const errs = part
        .map((r, i) => ({ r, s: reaction[i] as number }))
        .filter(({ r, s }) => (r.level >= 1 && s < 0.3) || (r.level === 0 && s >= 0.5));
      for (const { r, s } of errs.slice(0, Number(process.env.N ?? 60)))
        console.log(`[${r.level}] ${fmt(s)} | ${r.response.replace(/\s+/g, ' ').slice(0, 300)}`);
    }
  }
}

function runEmobank() {
  const rows = parseCsvObjects(readFileSync(join(DATA, 'emobank/emobank.csv'), 'utf8'));
  const afinn = new Sentiment();
  for (const split of ['dev', 'test'] as const) {
    const part = rows.filter((r) => splitOf(r.id ?? '') === split);
    const v = part.map((r) => Number(r.V));
    const ours = part.map((r) => promptAffect(r.text ?? '').valence);
    const base = part.map((r) => afinn.analyze(r.text ?? '').comparative);
    console.log(
      `EmoBank ${split} n=${part.length}: valence Spearman ${fmt(spearman(ours, v))}, AFINN ${fmt(spearman(base, v))}`,
    );
  }
}

/**
 * Each valence signal alone, then a grid over the blend's weights (same form as `blendValence`),
 * fitted on dev; the test figure of the dev optimum is printed beside it, never used to choose.
 */
function fitValence() {
  const rows = parseCsvObjects(readFileSync(join(DATA, 'emobank/emobank.csv'), 'utf8'));
  const data: Record<Split, { p: ValenceParts; v: number }[]> = { dev: [], test: [] };
  for (const r of rows) {
    const a = analyze(r.text ?? '', { source: 'prompt' });
    data[splitOf(r.id ?? '')].push({ p: valenceParts(a, promptAffect(a).hits), v: Number(r.V) });
  }
  const rho = (split: Split, f: (p: ValenceParts) => number) =>
    spearman(
      data[split].map((x) => f(x.p)),
      data[split].map((x) => x.v),
    );
  const show = (name: string, f: (p: ValenceParts) => number) =>
    console.log(`  ${name.padEnd(34)} dev ${fmt(rho('dev', f))} test ${fmt(rho('test', f))}`);
  show('AFINN (+ emotion hits) / n^0.75', (p) => (p.afinn + p.emotions) / Math.max(1, p.words) ** 0.75);
  show('general mean over known words', (p) => (p.pleasant - p.unpleasant) / Math.max(1, p.known));
  show('wink sentiment', (p) => p.wink);
  type W = { general: number; bias: number; prior: number; share: number; wink: number; neg: number };
  const blend = (w: W) => (p: ValenceParts) =>
    (p.afinn + p.emotions) / Math.max(1, p.words) ** 0.75 +
    (w.general * (p.pleasant - w.bias * p.unpleasant)) / ((1 - w.share) * p.known + w.share * p.content + w.prior) +
    w.wink * p.wink +
    w.neg * p.negations;
  let best: { r: number; w?: W } = { r: -1 };
  for (const general of [1, 2, 3, 5])
    for (const bias of [1, 2, 3.5, 5])
      for (const prior of [1, 3, 6])
        for (const share of [0, 0.5, 0.75, 1])
          for (const wink of [0, 0.25, 0.5])
            for (const neg of [0, -0.2, -0.4, -0.6]) {
              const w = { general, bias, prior, share, wink, neg };
              const r = rho('dev', blend(w));
              if (r > best.r) best = { r, w };
            }
  if (best.w) show(`best blend ${JSON.stringify(best.w)}`, blend(best.w));
}

if (args.has('--fit-valence')) fitValence();
else if (!args.has('--emobank-only')) runEpitome();
if (!args.has('--epitome-only') && !args.has('--fit-valence')) runEmobank();

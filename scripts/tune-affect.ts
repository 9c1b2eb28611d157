/**
 * Private tuning script for the affect metric (issue 3). Prints dev and test figures on EPITOME
 * emotional reactions and EmoBank valence. Data is read from ../shared/data (or EMPATHY_DATA_DIR)
 * at run time and never written into the repository.
 *
 *   npx vite-node scripts/tune-affect.ts [--dump-dev]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Sentiment from 'sentiment';
import { analyze } from '../src/analysis/analyze.js';
import { affectDelta, promptAffect, sentimentAttenuationMechanism } from '../src/metrics/affect.js';
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

if (!args.has('--emobank-only')) runEpitome();
if (!args.has('--epitome-only')) runEmobank();

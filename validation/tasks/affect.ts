/** Affect: EPITOME emotional reactions (reply side) and EmoBank valence (person side). */
import { afinnScores, countYou, vaderCompound } from '../baselines.js';
import type { EmobankRow, EpitomeRow } from '../data.js';
import { finite, fn, unwrap } from '../library.js';
import { type Context, defineTask, type Task } from '../task.js';
import { epitomePair } from './pairs.js';

const ER = 'EPITOME emotional reactions (level >= 1 vs 0)';
const erRows = (ctx: Context) => ctx.epitome('emotional-reactions');
const erLabel = (r: EpitomeRow) => r.level >= 1;

const EMOBANK = 'EmoBank valence (V, 1-5)';

/** An analysed empty reply, made once: EmoBank sentences are scored as prompts with no reply. */
function emptyReply(ctx: Context) {
  return ctx.cached('affect:empty-reply', () => fn(ctx.lib, 'analysis', 'analyze')('', { source: 'response' }));
}

export const affectTasks: Task[] = [
  defineTask<EpitomeRow>({
    id: 'epitome-er/affect-reaction',
    metric: 'affectDelta.reaction',
    dataset: ER,
    measure: 'auroc',
    rows: erRows,
    label: erLabel,
    score: (r, ctx) => finite(unwrap(epitomePair(ctx, r).affect).reaction, 'affectDelta().reaction'),
  }),
  defineTask<EpitomeRow>({
    id: 'epitome-er/sentiment-attenuation',
    metric: '1 - sentimentAttenuation.severity',
    dataset: ER,
    measure: 'auroc',
    rows: erRows,
    label: erLabel,
    score: (r, ctx) =>
      1 - finite(unwrap(epitomePair(ctx, r).profile).mechanisms.sentimentAttenuation.severity, 'severity'),
  }),
  defineTask<EpitomeRow>({
    id: 'epitome-er/baseline-afinn',
    metric: 'AFINN |comparative| of reply',
    dataset: ER,
    measure: 'auroc',
    baseline: true,
    rows: erRows,
    label: erLabel,
    score: (r) => Math.abs(afinnScores(r.response).comparative),
  }),
  defineTask<EpitomeRow>({
    id: 'epitome-er/baseline-vader',
    metric: 'VADER |compound| of reply',
    dataset: ER,
    measure: 'auroc',
    baseline: true,
    rows: erRows,
    label: erLabel,
    score: (r) => Math.abs(vaderCompound(r.response)),
  }),
  defineTask<EpitomeRow>({
    id: 'epitome-er/baseline-you',
    metric: 'count of "you" in reply',
    dataset: ER,
    measure: 'auroc',
    baseline: true,
    rows: erRows,
    label: erLabel,
    score: (r) => countYou(r.response),
  }),
  defineTask<EmobankRow>({
    id: 'emobank/affect-valence',
    metric: 'affectDelta.promptValence',
    dataset: EMOBANK,
    measure: 'spearman',
    rows: (ctx) => ctx.emobank(),
    label: (r) => r.valence,
    // Each sentence is read once, as what a person wrote; nothing else reads these texts.
    score: (r, ctx) => {
      const prompt = fn(ctx.lib, 'analysis', 'analyze')(r.text, { source: 'prompt' });
      return finite(fn(ctx.lib, 'affect', 'affectDelta')(prompt, emptyReply(ctx)).promptValence, 'promptValence');
    },
  }),
  defineTask<EmobankRow>({
    id: 'emobank/baseline-afinn',
    metric: 'AFINN score',
    dataset: EMOBANK,
    measure: 'spearman',
    baseline: true,
    rows: (ctx) => ctx.emobank(),
    label: (r) => r.valence,
    score: (r) => afinnScores(r.text).score,
  }),
];

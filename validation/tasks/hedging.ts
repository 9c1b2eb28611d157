/** Hedging: CoNLL-2010 uncertainty cues in Wikipedia sentences. */
import { countHedgesAndWeasels } from '../baselines.js';
import type { ConllRow } from '../data.js';
import { finite, fn } from '../library.js';
import { type Context, defineTask, type Task } from '../task.js';

const CONLL = 'CoNLL-2010 uncertain (-1) vs certain (1)';
const rows = (ctx: Context) => ctx.conll();
const label = (r: ConllRow) => r.uncertain;

export const hedgingTasks: Task[] = [
  defineTask<ConllRow>({
    id: 'conll/hedging-index',
    metric: 'hedgingIndex.score',
    dataset: CONLL,
    measure: 'auroc',
    rows,
    label,
    // Each sentence is scored once, as a reply; no other task reads it, so it is not cached.
    score: (r, ctx) => finite(fn(ctx.lib, 'hedging', 'hedgingIndex')(r.sentence).score, 'hedgingIndex().score'),
  }),
  defineTask<ConllRow>({
    id: 'conll/baseline-hedges-weasels',
    metric: '`hedges` + `weasels` list hits',
    dataset: CONLL,
    measure: 'auroc',
    baseline: true,
    rows,
    label,
    score: (r) => countHedgesAndWeasels(r.sentence),
  }),
];

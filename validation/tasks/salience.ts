/**
 * Salience / granularity: reflection quality (off-topic = too little of what the client said,
 * parroting = too literal), EPITOME interpretations, and the EPITOME explorations baseline.
 */
import { contentNovelty, countQuestionMarks, wordCount } from '../baselines.js';
import type { EpitomeRow, ReflectionItem } from '../data.js';
import { finite, unwrap } from '../library.js';
import { type Context, defineTask, type Task } from '../task.js';
import { epitomePair, reflectionPair } from './pairs.js';

const OFF_TOPIC = 'Reflection off-topic (rater majority)';
const PARROTING = 'Reflection parroting (rater majority)';
const IP = 'EPITOME interpretations (level >= 1 vs 0)';
const EX = 'EPITOME explorations (level >= 1 vs 0)';

const reflections = (ctx: Context) => ctx.reflection();
const ipRows = (ctx: Context) => ctx.epitome('interpretations');

export const salienceTasks: Task[] = [
  defineTask<ReflectionItem>({
    id: 'reflection-off-topic/granularity-severity',
    metric: 'granularityMismatch.severity',
    dataset: OFF_TOPIC,
    measure: 'auroc',
    rows: reflections,
    label: (r) => r.offTopic,
    score: (r, ctx) =>
      finite(unwrap(reflectionPair(ctx, r).profile).mechanisms.granularityMismatch.severity, 'severity'),
  }),
  defineTask<ReflectionItem>({
    id: 'reflection-off-topic/salience',
    metric: '1 - salienceOverlap.score',
    dataset: OFF_TOPIC,
    measure: 'auroc',
    rows: reflections,
    label: (r) => r.offTopic,
    score: (r, ctx) => 1 - finite(unwrap(reflectionPair(ctx, r).salience).score, 'salienceOverlap().score'),
  }),
  defineTask<ReflectionItem>({
    id: 'reflection-off-topic/baseline-content-overlap',
    metric: '1 - share of reply content words in last 3 client turns',
    dataset: OFF_TOPIC,
    measure: 'auroc',
    baseline: true,
    rows: reflections,
    label: (r) => r.offTopic,
    score: (r) => contentNovelty(r.reflection, r.lastClientTurns.join('\n\n')),
  }),
  defineTask<ReflectionItem>({
    id: 'reflection-parroting/salience-parroting',
    metric: 'salienceOverlap.parroting',
    dataset: PARROTING,
    measure: 'auroc',
    rows: reflections,
    label: (r) => r.parroting,
    score: (r, ctx) => finite(unwrap(reflectionPair(ctx, r).salience).parroting, 'salienceOverlap().parroting'),
  }),
  defineTask<EpitomeRow>({
    id: 'epitome-ip/granularity',
    metric: '1 - granularityMismatch.severity',
    dataset: IP,
    measure: 'auroc',
    rows: ipRows,
    label: (r) => r.level >= 1,
    score: (r, ctx) =>
      1 - finite(unwrap(epitomePair(ctx, r).profile).mechanisms.granularityMismatch.severity, 'severity'),
  }),
  defineTask<EpitomeRow>({
    id: 'epitome-ip/baseline-length',
    metric: 'reply length in words',
    dataset: IP,
    measure: 'auroc',
    baseline: true,
    rows: ipRows,
    label: (r) => r.level >= 1,
    score: (r) => wordCount(r.response),
  }),
  defineTask<EpitomeRow>({
    id: 'epitome-ex/baseline-questions',
    metric: 'count of "?" in reply',
    dataset: EX,
    measure: 'auroc',
    baseline: true,
    rows: (ctx) => ctx.epitome('explorations'),
    label: (r) => r.level >= 1,
    score: (r) => countQuestionMarks(r.response),
  }),
];

/**
 * Salience / granularity: reflection quality (off-topic = too little of what the client said,
 * parroting = too literal), EPITOME interpretations, and EPITOME explorations (the exploration
 * figure beside the count of "?").
 */
import { contentNovelty, countQuestionMarks, wordCount } from '../baselines.js';
import type { EpitomeRow, ReflectionItem } from '../data.js';
import { finite, type PairResults, unwrap } from '../library.js';
import { type Context, defineTask, type Task } from '../task.js';
import { epitomePair, reflectionPair } from './pairs.js';

/**
 * A reflection item as the whole transcript its raters read: every turn of `dialogue_context`
 * (client = user, therapist = assistant), then the reflection. profile() weighs the last client
 * turn 1 and earlier ones less, and passes the therapist's turns to salienceOverlap as context, so
 * that a reflection restating the therapist's own words reads as parroting, not as off-topic.
 */
function fullDialoguePair(ctx: Context, item: ReflectionItem): PairResults {
  const messages = [
    ...item.context.map((t) => ({
      role: t.speaker === 'client' ? ('user' as const) : ('assistant' as const),
      content: t.text,
    })),
    { role: 'assistant' as const, content: item.reflection },
  ];
  return ctx.pairs.get(`reflection-full:${item.id}`, { transcript: { messages } });
}

const granularity = (ctx: Context, item: ReflectionItem) =>
  unwrap(fullDialoguePair(ctx, item).profile).mechanisms.granularityMismatch;

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
    score: (r, ctx) => finite(granularity(ctx, r).severity, 'severity'),
  }),
  defineTask<ReflectionItem>({
    id: 'reflection-off-topic/salience',
    metric: 'granularityMismatch.metrics.offTopic',
    dataset: OFF_TOPIC,
    measure: 'auroc',
    rows: reflections,
    label: (r) => r.offTopic,
    score: (r, ctx) => finite(granularity(ctx, r).metrics.offTopic, 'metrics.offTopic'),
  }),
  defineTask<ReflectionItem>({
    id: 'reflection-off-topic/granularity-severity-recent',
    metric: 'granularityMismatch.severity (last 3 client turns only)',
    dataset: OFF_TOPIC,
    measure: 'auroc',
    rows: reflections,
    label: (r) => r.offTopic,
    score: (r, ctx) =>
      finite(unwrap(reflectionPair(ctx, r).profile).mechanisms.granularityMismatch.severity, 'severity'),
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
    metric: 'granularityMismatch.metrics.parroting',
    dataset: PARROTING,
    measure: 'auroc',
    rows: reflections,
    label: (r) => r.parroting,
    score: (r, ctx) => finite(granularity(ctx, r).metrics.parroting, 'metrics.parroting'),
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
    id: 'epitome-ex/exploration',
    metric: 'granularityMismatch.metrics.exploration',
    dataset: EX,
    measure: 'auroc',
    rows: (ctx) => ctx.epitome('explorations'),
    label: (r) => r.level >= 1,
    score: (r, ctx) =>
      finite(
        unwrap(epitomePair(ctx, r).profile).mechanisms.granularityMismatch.metrics.exploration as number,
        'metrics.exploration',
      ),
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

/** Hedging: CoNLL-2010 uncertainty cues in Wikipedia sentences. */
import { countHedgesAndWeasels } from '../baselines.js';
import { type ConllRow, HEDGING_BLIND_FILES, type HedgingFixture } from '../data.js';
import { finite, fn } from '../library.js';
import { type Context, defineTask, type Task } from '../task.js';

const CONLL = 'CoNLL-2010 uncertain (-1) vs certain (1)';
const rows = (ctx: Context) => ctx.conll();
const label = (r: ConllRow) => r.uncertain;

const hedgingIndexScore = (text: string, ctx: Context): number =>
  finite(fn(ctx.lib, 'hedging', 'hedgingIndex')(text).score, 'hedgingIndex().score');

const isBlind = (f: HedgingFixture) => HEDGING_BLIND_FILES.some((b) => f.id.startsWith(`${b}#`));

/**
 * The project's own hedging sentences (test/fixtures/hedging): the tuned files or the blind ones,
 * scored by the hedging index and by the word-list baseline.
 */
const fixtureTasks = (blind: boolean): Task[] => {
  const prefix = blind ? 'hedging-blind' : 'hedging-fixtures';
  const dataset = blind
    ? `Hedging fixtures, blind (${HEDGING_BLIND_FILES.join(', ')}), written from the label definition by a separate author, rows never read by the index's authors: uncertain vs certain`
    : 'Hedging fixtures (test/fixtures/hedging, without the blind files): uncertain vs certain';
  const common = {
    dataset,
    measure: 'auroc' as const,
    scope: 'all' as const,
    rows: (ctx: Context) => {
      const all = ctx.hedgingFixtures();
      return all === null ? null : all.filter((f) => isBlind(f) === blind);
    },
    missingNote: 'test/fixtures/hedging does not exist yet',
    label: (f: HedgingFixture) => f.uncertain,
  };
  return [
    defineTask<HedgingFixture>({
      ...common,
      id: `${prefix}/hedging-index`,
      metric: 'hedgingIndex.score',
      score: (f, ctx) => hedgingIndexScore(f.text, ctx),
    }),
    defineTask<HedgingFixture>({
      ...common,
      id: `${prefix}/baseline-hedges-weasels`,
      metric: '`hedges` + `weasels` list hits',
      baseline: true,
      score: (f) => countHedgesAndWeasels(f.text),
    }),
  ];
};

export const hedgingTasks: Task[] = [
  defineTask<ConllRow>({
    id: 'conll/hedging-index',
    metric: 'hedgingIndex.score',
    dataset: CONLL,
    measure: 'auroc',
    rows,
    label,
    // Each sentence is scored once, as a reply; no other task reads it, so it is not cached.
    score: (r, ctx) => hedgingIndexScore(r.sentence, ctx),
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
  ...fixtureTasks(false),
  ...fixtureTasks(true),
];

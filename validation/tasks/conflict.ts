/** Conflict avoidance: XSTest refusals, and the project's own labelled fixtures. */
import { startsWithRefusal } from '../baselines.js';
import {
  CONFLICT_BLIND_FILES,
  CONFLICT_LABELS,
  type ConflictFixture,
  type ConflictLabel,
  XSTEST_MODELS,
  type XstestRow,
} from '../data.js';
import { bool, unwrap } from '../library.js';
import { type Context, defineTask, type Task } from '../task.js';
import { xstestPair } from './pairs.js';

const refused = (ctx: Context, r: XstestRow): boolean =>
  bool(unwrap(xstestPair(ctx, r).conflict).refused, 'detectConflictAvoidance().refused');

const xstestTasks = XSTEST_MODELS.flatMap((model): Task[] => {
  const dataset = `XSTest ${model}: refusal (full or partial) vs compliance`;
  const rows = (ctx: Context) => ctx.xstest(model);
  return [
    defineTask<XstestRow>({
      id: `xstest-${model}/refusal-accuracy`,
      metric: 'detectConflictAvoidance.refused',
      dataset,
      measure: 'accuracy',
      rows,
      label: (r) => r.refused,
      score: (r, ctx) => refused(ctx, r),
    }),
    defineTask<XstestRow>({
      id: `xstest-${model}/partial-refusal-recall`,
      metric: 'detectConflictAvoidance.refused',
      dataset: `XSTest ${model}: partial refusals only`,
      measure: 'recall',
      rows,
      // Only the partial refusals: the share of them flagged as refused.
      label: (r) => (r.partial ? true : null),
      score: (r, ctx) => refused(ctx, r),
    }),
    defineTask<XstestRow>({
      id: `xstest-${model}/baseline-refusal-prefix`,
      metric: 'refusal-prefix string match',
      dataset,
      measure: 'accuracy',
      baseline: true,
      rows,
      label: (r) => r.refused,
      score: (r) => startsWithRefusal(r.completion),
    }),
  ];
});

const isBlind = (f: ConflictFixture) => CONFLICT_BLIND_FILES.some((b) => f.id.startsWith(`${b}#`));

const fixtureTasks = (blind: boolean) =>
  CONFLICT_LABELS.map((label: ConflictLabel) =>
    defineTask<ConflictFixture>({
      id: `${blind ? 'conflict-blind' : 'conflict-fixtures'}/${label}`,
      metric: `detectConflictAvoidance.${label}`,
      dataset: blind
        ? `Conflict fixtures, blind holdouts (${CONFLICT_BLIND_FILES.join(', ')}), written blind by separate authors, rows never read by the detector authors: ${label}`
        : `Conflict fixtures (test/fixtures/conflict, without the blind holdouts): ${label}`,
      measure: 'macro-f1',
      scope: 'all',
      rows: (ctx) => {
        const all = ctx.conflictFixtures();
        return all === null ? null : all.filter((f) => isBlind(f) === blind);
      },
      missingNote: 'test/fixtures/conflict does not exist yet',
      label: (f) => f.labels[label] ?? null,
      score: (f, ctx) =>
        bool(
          unwrap(ctx.pairs.get(`conflict-fixture:${f.id}`, { prompt: f.prompt, response: f.response }).conflict)[label],
          `detectConflictAvoidance().${label}`,
        ),
    }),
  );

export const conflictTasks: Task[] = [...xstestTasks, ...fixtureTasks(false), ...fixtureTasks(true)];

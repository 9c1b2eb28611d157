/** The whole profile against EPITOME's three levels summed, and each dimension against its nearest label. */
import type { EpitomeJoinedRow } from '../data.js';
import { finite, unwrap } from '../library.js';
import { type Context, defineTask, type Task } from '../task.js';
import { epitomePair } from './pairs.js';

const rows = (ctx: Context) => ctx.epitomeJoined();

/** Null (row left out) for a dimension with nothing to judge. */
function dimension(ctx: Context, r: EpitomeJoinedRow, name: 'cognitive' | 'relational'): number | null {
  const value = unwrap(epitomePair(ctx, r).profile).dimensions[name];
  return value === null ? null : finite(value, `dimensions.${name}`);
}

export const overallTasks: Task[] = [
  defineTask<EpitomeJoinedRow>({
    id: 'epitome/overall',
    metric: 'profile.overall',
    dataset: 'EPITOME ER+IP+EX level sum >= 3 vs <= 1',
    measure: 'auroc',
    rows,
    // Sums of 2 (and the odd 1.5 from repeated pairs) sit between the two groups and are left out.
    label: (r) => (r.sum >= 3 ? true : r.sum <= 1 ? false : null),
    score: (r, ctx) => finite(unwrap(epitomePair(ctx, r).profile).overall, 'overall'),
  }),
  // Nearest EPITOME label per dimension: cognitive (understanding what the person means) ~
  // interpretations; relational (staying engaged with the person) ~ explorations. Cultural has
  // no counterpart in these data.
  defineTask<EpitomeJoinedRow>({
    id: 'epitome/dimension-cognitive',
    metric: 'dimensions.cognitive',
    dataset: 'EPITOME interpretations (level >= 1 vs 0)',
    measure: 'auroc',
    rows,
    label: (r) => r.levels.interpretations >= 1,
    score: (r, ctx) => dimension(ctx, r, 'cognitive'),
  }),
  defineTask<EpitomeJoinedRow>({
    id: 'epitome/dimension-relational',
    metric: 'dimensions.relational',
    dataset: 'EPITOME explorations (level >= 1 vs 0)',
    measure: 'auroc',
    rows,
    label: (r) => r.levels.explorations >= 1,
    score: (r, ctx) => dimension(ctx, r, 'relational'),
  }),
  // Relational includes warmth (sentiment attenuation weighs 1 in it, docs/profile.md), and EPITOME's
  // emotional reactions are warmth, compassion and concern: the closest label to relational's matrix.
  defineTask<EpitomeJoinedRow>({
    id: 'epitome/dimension-relational-warmth',
    metric: 'dimensions.relational',
    dataset: 'EPITOME emotional reactions (level >= 1 vs 0)',
    measure: 'auroc',
    rows,
    label: (r) => r.levels['emotional-reactions'] >= 1,
    score: (r, ctx) => dimension(ctx, r, 'relational'),
  }),
];

/**
 * What a validation task is, and the one helper that builds tasks from a row source, a human
 * label and a score. Task files (validation/tasks/*.ts) only declare; this file does the looping,
 * the split filtering, the per-row error capture and the statistics.
 */
import {
  type ConflictFixture,
  type ConllRow,
  type EmobankRow,
  type EpitomeJoinedRow,
  type EpitomeMechanism,
  type EpitomeRow,
  type HedgingFixture,
  loadConflictFixtures,
  loadConll,
  loadEmobank,
  loadEpitome,
  loadEpitomeJoined,
  loadHedgingFixtures,
  loadReflection,
  loadXstest,
  type ReflectionItem,
  type XstestModel,
  type XstestRow,
} from './data.js';
import { type Library, PairScorer } from './library.js';
import { fnv1a32, type Split } from './split.js';
import { accuracy, auroc, macroF1, precision, recall, spearman } from './stats.js';

export type Measure = 'auroc' | 'spearman' | 'accuracy' | 'recall' | 'precision' | 'macro-f1';

/** Which rows a figure is computed on: one side of the split, or all rows of an unsplit set. */
export type Scope = Split | 'all';

/** One figure of a task. */
export interface Evaluation {
  /** NaN when undefined (e.g. one class only); reported as missing. */
  value: number;
  /** Rows the figure was computed on. */
  n: number;
  /** Of those, rows whose label is true (yes/no labels only): small counts mean a noisy figure. */
  positives?: number;
  /** Rows whose score threw; any makes the task fail under --check. */
  rowErrors: number;
  /** The first row error, with the row id. */
  firstError?: string;
  /** Why there is no figure, when that is expected (e.g. the fixture folder does not exist yet). */
  note?: string;
}

export interface Task {
  /** Stable id, the key in floors.json. */
  id: string;
  /** What is scored, as shown in the table (e.g. `affectDelta.reaction`). */
  metric: string;
  /** The data set and label, as shown in the table. */
  dataset: string;
  measure: Measure;
  /** A reference point from ../shared/data/README.md rather than a metric of ours; never floored. */
  baseline?: boolean;
  /** 'split': computed on dev and test; 'all': the project's own fixtures, which have no split. */
  scope: 'split' | 'all';
  evaluate(ctx: Context, scope: Scope): Evaluation;
}

/** Shared state of one run: the data directory, the library, and caches across tasks. */
export class Context {
  readonly pairs: PairScorer;
  private readonly memo = new Map<string, unknown>();

  constructor(
    readonly dataDir: string,
    readonly lib: Library,
  ) {
    this.pairs = new PairScorer(lib);
  }

  /** `load()` once per key for the run. */
  cached<T>(key: string, load: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, load());
    return this.memo.get(key) as T;
  }

  epitome(mechanism: EpitomeMechanism): EpitomeRow[] {
    return this.cached(`epitome:${mechanism}`, () => loadEpitome(this.dataDir, mechanism));
  }
  epitomeJoined(): EpitomeJoinedRow[] {
    return this.cached('epitome:joined', () => loadEpitomeJoined(this.dataDir));
  }
  conll(): ConllRow[] {
    return this.cached('conll', () => loadConll(this.dataDir));
  }
  emobank(): EmobankRow[] {
    return this.cached('emobank', () => loadEmobank(this.dataDir));
  }
  reflection(): ReflectionItem[] {
    return this.cached('reflection', () => loadReflection(this.dataDir));
  }
  xstest(model: XstestModel): XstestRow[] {
    return this.cached(`xstest:${model}`, () => loadXstest(this.dataDir, model));
  }
  conflictFixtures(): ConflictFixture[] | null {
    return this.cached('conflict-fixtures', () => loadConflictFixtures());
  }
  hedgingFixtures(): HedgingFixture[] | null {
    return this.cached('hedging-fixtures', () => loadHedgingFixtures());
  }
}

interface SpecBase<R> {
  id: string;
  metric: string;
  dataset: string;
  baseline?: boolean;
  scope?: 'split' | 'all';
  /** All rows of the data set; the helper keeps those of the scope. Null: nothing to score yet. */
  rows(ctx: Context): readonly R[] | null;
  /** Why `rows` may return null, shown in the row. */
  missingNote?: string;
}

/** AUROC: `label` true is the positive class; `score` should be higher for it. Null excludes a row. */
interface RankSpec<R> extends SpecBase<R> {
  measure: 'auroc';
  label(row: R): boolean | null;
  score(row: R, ctx: Context): number | null;
}

/** Spearman between a numeric label and the score. */
interface CorrelationSpec<R> extends SpecBase<R> {
  measure: 'spearman';
  label(row: R): number | null;
  score(row: R, ctx: Context): number | null;
}

/** A yes/no prediction against a yes/no label (precision/recall: of the class `true`). */
interface ClassificationSpec<R> extends SpecBase<R> {
  measure: 'accuracy' | 'precision' | 'recall' | 'macro-f1';
  label(row: R): boolean | null;
  score(row: R, ctx: Context): boolean | null;
}

type Spec<R> = RankSpec<R> | CorrelationSpec<R> | ClassificationSpec<R>;

/** A row id fit for a one-line message: long ids (reflection items are whole dialogues) by hash. */
function shortId(id: string): string {
  return id.length <= 40 ? id : `#${fnv1a32(id).toString(16)}`;
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Builds a task from a spec: rows of the scope, rows whose label or score is null left out. */
export function defineTask<R extends { id: string; split?: Split }>(spec: Spec<R>): Task {
  const scope = spec.scope ?? 'split';
  return {
    id: spec.id,
    metric: spec.metric,
    dataset: spec.dataset,
    measure: spec.measure,
    baseline: spec.baseline ?? false,
    scope,
    evaluate(ctx, which) {
      const all = spec.rows(ctx);
      if (all === null) {
        return { value: Number.NaN, n: 0, rowErrors: 0, note: spec.missingNote ?? 'no rows' };
      }
      const rows = which === 'all' ? all : all.filter((r) => r.split === which);
      const labels: (boolean | number)[] = [];
      const scores: (boolean | number)[] = [];
      let rowErrors = 0;
      let firstError: string | undefined;
      for (const row of rows) {
        const label = spec.label(row);
        if (label === null) continue;
        let score: number | boolean | null;
        try {
          score = spec.score(row, ctx);
        } catch (e) {
          rowErrors++;
          firstError ??= `row ${shortId(row.id)}: ${message(e)}`;
          continue;
        }
        if (score === null) continue;
        if (typeof score === 'number' && !Number.isFinite(score)) {
          rowErrors++;
          firstError ??= `row ${shortId(row.id)}: score is ${score}`;
          continue;
        }
        labels.push(label);
        scores.push(score);
      }
      const value = measure(spec.measure, scores, labels);
      const positives = spec.measure === 'spearman' ? undefined : labels.filter((l) => l === true).length;
      return {
        value,
        n: labels.length,
        ...(positives === undefined ? {} : { positives }),
        rowErrors,
        ...(firstError ? { firstError } : {}),
      };
    },
  };
}

function measure(m: Measure, scores: (boolean | number)[], labels: (boolean | number)[]): number {
  switch (m) {
    case 'auroc':
      return auroc(scores as number[], labels as boolean[]);
    case 'spearman':
      return spearman(scores as number[], labels as number[]);
    case 'accuracy':
      return accuracy(scores as boolean[], labels as boolean[]);
    case 'precision':
      return precision(scores as boolean[], labels as boolean[]);
    case 'recall':
      return recall(scores as boolean[], labels as boolean[]);
    case 'macro-f1':
      return macroF1(scores as boolean[], labels as boolean[]);
  }
}

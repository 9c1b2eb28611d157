/**
 * Access to the library under test, built so that one broken or missing metric cannot stop the
 * validation run: each source module is imported on its own and a failure is kept as an Error,
 * which the tasks that need that module report in their row.
 *
 * Also the per-pair cache: a (prompt, response) pair is analysed once and every metric is run on
 * that one parse; only the (small) results are kept, not the analyses, so memory stays flat.
 */
import type { EmpathyProfile, Transcript } from '../src/types.js';

const MODULES = {
  analysis: () => import('../src/analysis/analyze.js'),
  input: () => import('../src/input.js'),
  profile: () => import('../src/profile.js'),
  affect: () => import('../src/metrics/affect.js'),
  salience: () => import('../src/metrics/salience.js'),
  hedging: () => import('../src/metrics/hedging.js'),
  distancing: () => import('../src/metrics/distancing.js'),
  conflict: () => import('../src/metrics/conflict.js'),
};

type ModuleName = keyof typeof MODULES;
type Modules = { [K in ModuleName]: Awaited<ReturnType<(typeof MODULES)[K]>> };

/** The source modules, each loaded or the Error that loading it raised. */
export type Library = { [K in ModuleName]: Modules[K] | Error };

export async function loadLibrary(): Promise<Library> {
  const out = {} as Record<ModuleName, unknown>;
  for (const name of Object.keys(MODULES) as ModuleName[]) {
    try {
      out[name] = await MODULES[name]();
    } catch (e) {
      out[name] = e instanceof Error ? e : new Error(String(e));
    }
  }
  return out as Library;
}

/**
 * The export `name` of `module`, checked to be a function; throws a readable error when the module
 * failed to load or no longer exports it.
 */
export function fn<M extends ModuleName, K extends keyof Modules[M]>(lib: Library, module: M, name: K): Modules[M][K] {
  const m = lib[module];
  if (m instanceof Error) throw new Error(`src module '${module}' failed to load: ${m.message}`);
  const f = (m as Modules[M])[name];
  if (typeof f !== 'function') throw new Error(`${String(name)} is not exported by src module '${module}'`);
  return f;
}

type AffectResult = ReturnType<Modules['affect']['affectDelta']>;
type SalienceResult = ReturnType<Modules['salience']['salienceOverlap']>;
type HedgingResult = ReturnType<Modules['hedging']['hedgingIndex']>;
type DistancingResult = ReturnType<Modules['distancing']['distancingIndex']>;
type ConflictResult = ReturnType<Modules['conflict']['detectConflictAvoidance']>;

/** A value or the error computing it raised. */
type Outcome<T> = { value: T } | { error: Error };

/** Everything the library says about one (prompt, response) pair. */
export interface PairResults {
  profile: Outcome<EmpathyProfile>;
  affect: Outcome<AffectResult>;
  salience: Outcome<SalienceResult>;
  hedging: Outcome<HedgingResult>;
  distancing: Outcome<DistancingResult>;
  conflict: Outcome<ConflictResult>;
}

/** A pair to score: either two texts, or a transcript whose last assistant turn is the reply. */
export type PairInput = { prompt: string; response: string } | { transcript: Transcript };

function attempt<T>(compute: () => T): Outcome<T> {
  try {
    return { value: compute() };
  } catch (e) {
    return { error: e instanceof Error ? e : new Error(String(e)) };
  }
}

/** The value of an outcome, re-throwing the error it holds. */
export function unwrap<T>(outcome: Outcome<T>): T {
  if ('error' in outcome) throw outcome.error;
  return outcome.value;
}

/** Scores pairs once per key and keeps the results for every task that reads the same pair. */
export class PairScorer {
  private readonly cache = new Map<string, PairResults>();

  constructor(private readonly lib: Library) {}

  /** Results for `input`, computed on first request under `key` (which must identify the texts). */
  get(key: string, input: PairInput): PairResults {
    let results = this.cache.get(key);
    if (!results) {
      results = this.compute(input);
      this.cache.set(key, results);
    }
    return results;
  }

  private compute(input: PairInput): PairResults {
    const lib = this.lib;
    const parsed = attempt(() => {
      const analyze = fn(lib, 'analysis', 'analyze');
      if ('transcript' in input) {
        // The same reading of a transcript as profile() does, so turn weights apply.
        const { input: scored } = fn(lib, 'input', 'readInput')(input.transcript, undefined, undefined);
        return {
          scored,
          p: analyze(scored.prompt, { source: 'prompt', segments: scored.segments }),
          r: analyze(scored.response, { source: 'response' }),
        };
      }
      return {
        scored: undefined,
        p: analyze(input.prompt, { source: 'prompt' }),
        r: analyze(input.response, { source: 'response' }),
      };
    });
    if ('error' in parsed) {
      const failed = { error: parsed.error };
      return {
        profile: failed,
        affect: failed,
        salience: failed,
        hedging: failed,
        distancing: failed,
        conflict: failed,
      };
    }
    const { p, r, scored } = parsed.value;
    return {
      profile: attempt(() => fn(lib, 'profile', 'profileAnalyses')(p, r, scored)),
      affect: attempt(() => fn(lib, 'affect', 'affectDelta')(p, r)),
      salience: attempt(() => fn(lib, 'salience', 'salienceOverlap')(p, r)),
      hedging: attempt(() => fn(lib, 'hedging', 'hedgingIndex')(r)),
      distancing: attempt(() => fn(lib, 'distancing', 'distancingIndex')(r)),
      conflict: attempt(() => fn(lib, 'conflict', 'detectConflictAvoidance')(p, r)),
    };
  }
}

/** `value` if it is a finite number; otherwise throws, naming the field (a renamed field reads as undefined). */
export function finite(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new Error(`${what} is not a finite number (got ${String(value)})`);
  }
  return value;
}

/** `value` if it is a boolean; otherwise throws, naming the field. */
export function bool(value: unknown, what: string): boolean {
  if (typeof value !== 'boolean') throw new Error(`${what} is not a boolean (got ${String(value)})`);
  return value;
}

/**
 * Batch and streaming profiles for Node: `empathy-profile/batch`. Kept out of the core entry,
 * which stays free of Node built-ins so that it runs in browsers and edge runtimes.
 */
import { availableParallelism } from 'node:os';
import type { ResourceLimits } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { EmpathyProfile, ProfileOptions } from '../types.js';
import type { Outcome, ProfileInput, Task } from './protocol.js';
import { failed, toError } from './protocol.js';

export type { Outcome, ProfileErrorInfo, ProfileInput } from './protocol.js';

/** Options of `profileMany`, `profileStream` and `profileJsonl`. */
export interface BatchOptions {
  /**
   * Worker threads. `0` profiles in the calling thread (no workers), which is also what a
   * machine with one core gets by default. @default os.availableParallelism()
   */
  concurrency?: number;
  /** Inputs sent to a worker at a time; larger chunks cost less messaging. @default 32 */
  chunkSize?: number;
  /** Options passed to every `profile()` call. */
  profile?: ProfileOptions;
  /** A pool from `createProfilePool()` to reuse (its workers stay warm); `concurrency` is then ignored. */
  pool?: ProfilePool;
  /**
   * Heap limits of each worker thread; see `PoolOptions.resourceLimits`. `profileStream` and
   * `profileJsonl` default to a 4 MB young generation instead of 8: about 15 MB less peak RSS with
   * 2 workers, for a stream whose point is constant memory.
   */
  resourceLimits?: ResourceLimits;
}

/** Options of `createProfilePool`. */
export interface PoolOptions {
  /** Worker threads; `0` profiles in the calling thread. @default os.availableParallelism() (0 on one core) */
  concurrency?: number;
  /**
   * Heap limits of each worker thread. The default caps the old generation at 256 MB and the young
   * generation at 8 MB: V8 otherwise lets every worker's heap grow well past what it holds live
   * (about 25 MB with the model and lexicons), and sizes its heap more tightly under a lower cap.
   * A 1 MB reply needs under 128 MB. A worker that exceeds the cap is restarted and its chunk
   * fails (`profileStream` rejects), so raise it for replies of many MB.
   * @default { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 8 }
   */
  resourceLimits?: ResourceLimits;
}

/**
 * The default heap limits of a worker (see `PoolOptions.resourceLimits`): enough for a 1 MB reply, tight
 * enough that V8 collects before a streaming worker's heap grows far past what it holds live.
 *
 * @example
 * DEFAULT_RESOURCE_LIMITS.maxOldGenerationSizeMb; // => 256
 */
export const DEFAULT_RESOURCE_LIMITS: Readonly<ResourceLimits> = Object.freeze({
  maxOldGenerationSizeMb: 256,
  maxYoungGenerationSizeMb: 8,
});

/** The heap limits of the workers that `profileStream` starts itself (see `BatchOptions.resourceLimits`). */
const STREAM_RESOURCE_LIMITS: Readonly<ResourceLimits> = Object.freeze({
  ...DEFAULT_RESOURCE_LIMITS,
  maxYoungGenerationSizeMb: 4,
});

/** A set of warm workers that several batches can share. Close it when done. */
export interface ProfilePool {
  readonly concurrency: number;
  /**
   * Resolves once every worker has started, loaded the model and compiled the lexicons (about a
   * second per worker), so that start-up can be paid, or timed, before the work.
   */
  ready(): Promise<void>;
  /** @internal Profiles a chunk of inputs, in order. */
  run(task: Task): Promise<Outcome[]>;
  close(): Promise<void>;
}

/** One result of `profileStream`: `index` is the input's position (0-based). */
export type StreamResult = { index: number } & Outcome;

/** One result of `profileJsonl`: `line` is the 1-based line number, `id` the line's `id` field if any. */
export type JsonlResult = { line: number; id?: string | number } & Outcome;

/** Where the built worker sits: beside this file, in the same module format. */
function workerUrl(): URL {
  const here = import.meta.url;
  return new URL(here.endsWith('.cjs') ? './batch-worker.cjs' : './batch-worker.js', here);
}

/**
 * The profiling code, loaded only when this thread profiles (`concurrency: 0`). With workers, this
 * thread never profiles: importing the core here would load the wink-nlp model (about 30 MB of
 * RSS) for nothing.
 */
let core: Promise<typeof import('./run.js')> | undefined;
const inThread = (): Promise<typeof import('./run.js')> => {
  core ??= import('./run.js');
  return core;
};

const defaultConcurrency = (): number => {
  const n = availableParallelism();
  return n > 1 ? n : 0;
};

/**
 * Starts `concurrency` worker threads (piscina) that profile with the same code as `profile()`.
 *
 * @example
 * // `concurrency: 0` profiles in this thread; `createProfilePool()` starts one worker per core.
 * const pool = createProfilePool({ concurrency: 0 });
 * const day1 = await profileMany([{ prompt: 'My dog died.', response: 'Sorry to hear.' }], { pool });
 * const day2 = await profileMany([{ prompt: 'I lost my job.', response: 'That is hard.' }], { pool });
 * [day1.length, day2.length]; // => [1, 1]
 * await pool.close();
 */
export function createProfilePool(options: PoolOptions = {}): ProfilePool {
  const concurrency = Math.max(0, Math.floor(options.concurrency ?? defaultConcurrency()));
  if (concurrency === 0) {
    return {
      concurrency,
      ready: async () => void (await inThread()),
      run: async (task) => (await inThread()).runTask(task),
      close: async () => {},
    };
  }
  const piscina = new Piscina<Task, Outcome[]>({
    filename: workerUrl().href,
    minThreads: concurrency,
    maxThreads: concurrency,
    idleTimeout: 60_000,
    resourceLimits: options.resourceLimits ?? { ...DEFAULT_RESOURCE_LIMITS },
  });
  let warm: Promise<void> | undefined;
  return {
    concurrency,
    ready: () => {
      warm ??= (async () => {
        const barrier = { counter: new Int32Array(new SharedArrayBuffer(4)), workers: concurrency };
        await Promise.all(Array.from({ length: concurrency }, () => piscina.run({ inputs: [], barrier })));
      })();
      return warm;
    },
    run: (task) => piscina.run(task),
    close: () => piscina.destroy(),
  };
}

async function withPool<T>(options: BatchOptions, f: (pool: ProfilePool) => Promise<T>): Promise<T> {
  if (options.pool) return f(options.pool);
  const pool = createProfilePool(options);
  try {
    return await f(pool);
  } finally {
    await pool.close();
  }
}

const chunkSizeOf = (options: BatchOptions): number => Math.max(1, Math.floor(options.chunkSize ?? 32));

/**
 * Profiles many inputs over worker threads; the profiles come back in input order and are the
 * same as `profile()` gives. Rejects with the first input's error (its `index` set), as a loop
 * of `profile()` calls would throw; use `profileStream` to get every error instead.
 *
 * @example
 * const inputs = [
 *   { prompt: 'My dog died.', response: 'Sorry to hear.' },
 *   { messages: [{ role: 'user', content: 'I lost my job.' }, { role: 'assistant', content: 'That is hard.' }] },
 * ];
 * const profiles = await profileMany(inputs, { concurrency: 0 }); // 0: in this thread; default: one worker per core
 * profiles.length; // => 2
 * profiles[0].overall === profile('My dog died.', 'Sorry to hear.').overall; // => true
 */
export async function profileMany(
  inputs: readonly ProfileInput[],
  options: BatchOptions = {},
): Promise<EmpathyProfile[]> {
  const size = chunkSizeOf(options);
  return withPool(options, async (pool) => {
    const tasks: Promise<Outcome[]>[] = [];
    for (let i = 0; i < inputs.length; i += size) {
      tasks.push(pool.run({ inputs: inputs.slice(i, i + size), options: options.profile }));
    }
    const out: EmpathyProfile[] = [];
    for (const outcomes of await Promise.all(tasks)) {
      for (const o of outcomes) {
        if (o.error) throw toError(o.error, out.length);
        out.push(o.profile);
      }
    }
    return out;
  });
}

/**
 * Profiles a stream of inputs in order, in constant memory: at most a few chunks per worker are
 * in flight, and the source is not read further until the oldest is yielded (backpressure).
 * Every input gives exactly one result, a profile or an error.
 *
 * @example
 * const results = [];
 * for await (const r of profileStream([{ prompt: 'My dog died.', response: 'Sorry.' }, 42], { concurrency: 0 })) {
 *   results.push(r.error ? `${r.index}: ${r.error.code}` : `${r.index}: ok`);
 * }
 * results; // => ["0: ok", "1: bad-input"]
 */
export async function* profileStream(
  source: Iterable<unknown> | AsyncIterable<unknown>,
  options: BatchOptions = {},
): AsyncGenerator<StreamResult> {
  const own = options.pool
    ? undefined
    : createProfilePool({ ...options, resourceLimits: options.resourceLimits ?? { ...STREAM_RESOURCE_LIMITS } });
  const pool = (options.pool ?? own) as ProfilePool;
  const size = chunkSizeOf(options);
  // Two chunks per worker: one running, one queued, so no worker waits on the reader.
  const window = Math.max(2, pool.concurrency * 2);
  const pending: { first: number; outcomes: Promise<Outcome[]> }[] = [];
  let chunk: unknown[] = [];
  let next = 0;
  let first = 0;
  const submit = () => {
    const outcomes = pool.run({ inputs: chunk, options: options.profile });
    // Rejections are awaited in order below; this stops an early one being reported as unhandled.
    outcomes.catch(() => {});
    pending.push({ first, outcomes });
    first = next;
    chunk = [];
  };
  try {
    for await (const input of source) {
      chunk.push(input);
      next++;
      if (chunk.length < size) continue;
      submit();
      while (pending.length >= window) yield* drain(pending.shift() as (typeof pending)[number]);
    }
    if (chunk.length > 0) submit();
    while (pending.length > 0) yield* drain(pending.shift() as (typeof pending)[number]);
  } finally {
    await own?.close();
  }
}

async function* drain(p: { first: number; outcomes: Promise<Outcome[]> }): AsyncGenerator<StreamResult> {
  const outcomes = await p.outcomes;
  for (let k = 0; k < outcomes.length; k++) yield { index: p.first + k, ...(outcomes[k] as Outcome) };
}

/** The JSONL input, line by line: a stream of text or bytes (a file or stdin stream will do). */
export type JsonlSource = Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;

/**
 * Profiles JSONL in constant memory: one `{ "prompt", "response" }` or `{ "messages" }` object a
 * line, results in line order. Every line gives one result: a blank line or bad JSON is reported
 * as an error (`empty-line`, `bad-json`), never skipped, so results always number the lines.
 *
 * @example
 * // A file works too: profileJsonl(createReadStream('replies.jsonl')).
 * const jsonl = '{"id":"a","prompt":"My dog died.","response":"Sorry."}\n\nnot json\n';
 * const got = [];
 * for await (const r of profileJsonl([jsonl], { concurrency: 0 })) got.push([r.line, r.id ?? null, r.error?.code ?? 'ok']);
 * got; // => [[1, "a", "ok"], [2, null, "empty-line"], [3, null, "bad-json"]]
 */
export async function* profileJsonl(source: JsonlSource, options: BatchOptions = {}): AsyncGenerator<JsonlResult> {
  // ids of the lines read but not yet yielded, oldest first (at most the in-flight window).
  const ids: (string | number | undefined)[] = [];
  let head = 0;
  async function* inputs(): AsyncGenerator<unknown> {
    let n = 0;
    for await (const text of lines(source)) {
      n++;
      let value: unknown;
      if (text.trim() === '') value = failed({ code: 'empty-line', message: `line ${n} is empty` });
      else {
        try {
          value = JSON.parse(text);
        } catch (e) {
          value = failed({ code: 'bad-json', message: `line ${n}: ${(e as Error).message}` });
        }
      }
      const id = value !== null && typeof value === 'object' ? (value as { id?: unknown }).id : undefined;
      ids.push(typeof id === 'string' || typeof id === 'number' ? id : undefined);
      yield value;
    }
  }
  for await (const r of profileStream(inputs(), options)) {
    const id = ids[head++];
    if (head > 1024) {
      ids.splice(0, head);
      head = 0;
    }
    const { index, ...outcome } = r;
    yield (id === undefined ? { line: index + 1, ...outcome } : { line: index + 1, id, ...outcome }) as JsonlResult;
  }
}

/**
 * Splits text or bytes into lines (LF or CRLF), decoding UTF-8 across chunk edges.
 *
 * @example
 * const out = [];
 * for await (const line of lines(['{"a":1}\r\n{"b"', ':2}\n'])) out.push(line);
 * out; // => ['{"a":1}', '{"b":2}']
 */
export async function* lines(source: JsonlSource): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  let rest = '';
  let first = true;
  for await (const chunk of source) {
    let text = rest + (typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    let at = 0;
    for (let nl = text.indexOf('\n', at); nl >= 0; nl = text.indexOf('\n', at)) {
      yield text.slice(at, nl > at && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl);
      at = nl + 1;
    }
    rest = text.slice(at);
  }
  rest += decoder.decode();
  // A last line without a newline is still a line; the newline that ends a file makes none.
  if (rest !== '') yield rest.endsWith('\r') ? rest.slice(0, -1) : rest;
}

import { EmpathyInputError, type EmpathyInputErrorCode } from '../errors.js';
import type { ChatMessage, EmpathyProfile, ProfileOptions } from '../types.js';

/** One thing to profile: a prompt and a reply, or a transcript. Other fields are ignored. */
export type ProfileInput = { prompt: string; response: string } | { messages: ChatMessage[] };

/** Why one input could not be profiled: plain data, so it crosses threads and goes into JSONL. */
export interface ProfileErrorInfo {
  /** An `EmpathyInputError` code, or `bad-json` / `empty-line` / `bad-input` / `internal`. */
  code: EmpathyInputErrorCode | 'bad-json' | 'empty-line' | 'bad-input' | 'internal';
  message: string;
  /** The argument at fault, for input errors. */
  argument?: string;
}

/** The outcome of one input: a profile, or the reason there is none. */
export type Outcome = { profile: EmpathyProfile; error?: undefined } | { profile?: undefined; error: ProfileErrorInfo };

/** What a worker is sent: a chunk of inputs, answered in order. */
export interface Task {
  inputs: unknown[];
  options?: ProfileOptions;
  /** @internal `pool.ready()`: a counter shared by the workers, and how many must reach it. */
  barrier?: { counter: Int32Array; workers: number };
}

/** Turns what `profile()` threw into plain data. */
export function describeError(e: unknown): ProfileErrorInfo {
  if (e instanceof EmpathyInputError) return { code: e.code, message: e.message, argument: e.argument };
  return { code: 'internal', message: e instanceof Error ? e.message : String(e) };
}

/** Rebuilds a thrown error from its plain data, so callers of `profileMany` can catch it as usual. */
export function toError(info: ProfileErrorInfo, index: number): Error {
  const prefix = `empathy-profile: ${info.argument}: `;
  const err =
    info.argument !== undefined && info.code !== 'internal' && info.code !== 'bad-input'
      ? new EmpathyInputError(
          info.code as EmpathyInputErrorCode,
          `inputs[${index}].${info.argument}`,
          info.message.startsWith(prefix) ? info.message.slice(prefix.length) : info.message,
        )
      : new Error(`empathy-profile: inputs[${index}]: ${info.message}`);
  return Object.assign(err, { index });
}

/**
 * Marks an input that failed before profiling (a bad JSONL line): it travels to the worker with
 * the others so that it keeps its place in the order, and comes back as its error.
 */
export const FAILED = '\u0000empathy-profile:failed';

export const failed = (error: ProfileErrorInfo): Record<string, ProfileErrorInfo> => ({ [FAILED]: error });

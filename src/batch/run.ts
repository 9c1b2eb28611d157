import { profile } from '../profile.js';
import type { ProfileOptions, Transcript } from '../types.js';
import { describeError, FAILED, type Outcome, type ProfileErrorInfo, type Task } from './protocol.js';

/** Profiles one input, never throwing: errors become data, so one bad line never sinks a batch. */
export function profileOne(input: unknown, options: ProfileOptions | undefined): Outcome {
  try {
    if (input === null || typeof input !== 'object' || Array.isArray(input)) {
      return { error: { code: 'bad-input', message: 'expected { prompt, response } or { messages }' } };
    }
    const o = input as Record<string, unknown>;
    if (FAILED in o) return { error: o[FAILED] as ProfileErrorInfo };
    if ('messages' in o) return { profile: profile({ messages: o.messages } as Transcript, options) };
    if (!('prompt' in o) && !('response' in o)) {
      return { error: { code: 'bad-input', message: 'expected { prompt, response } or { messages }' } };
    }
    return { profile: profile(o.prompt as string, o.response as string, options) };
  } catch (e) {
    return { error: describeError(e) };
  }
}

/** Profiles a chunk of inputs in order. */
export function runTask(task: Task): Outcome[] {
  return task.inputs.map((input) => profileOne(input, task.options));
}

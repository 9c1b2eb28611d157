/** Codes of `EmpathyInputError`. */
export type EmpathyInputErrorCode =
  | 'not-a-string'
  | 'bad-transcript'
  | 'bad-message'
  | 'no-user-turn'
  | 'no-assistant-turn'
  | 'bad-options'
  | 'bad-comparison'
  | 'too-long';

/**
 * Thrown for input the library cannot score: wrong types, malformed transcripts, and texts over
 * `maxLength` under `strict`. Degenerate but valid input (an empty reply) never throws; it gives a
 * profile with a warning instead. A reply is empty when it has no word and no number: a bare rating
 * ("7/10") is an answer, not an empty reply.
 *
 * @example
 * let error;
 * try {
 *   profile(42, 'Thanks!');
 * } catch (e) {
 *   error = e;
 * }
 * error instanceof EmpathyInputError; // => true
 * [error.code, error.argument]; // => ["not-a-string", "prompt"]
 */
export class EmpathyInputError extends TypeError {
  readonly code: EmpathyInputErrorCode;
  /** The argument or field at fault, e.g. `response` or `messages[2].content`. */
  readonly argument: string;

  constructor(code: EmpathyInputErrorCode, argument: string, message: string) {
    super(`empathy-profile: ${argument}: ${message}`);
    this.name = 'EmpathyInputError';
    this.code = code;
    this.argument = argument;
  }
}

const describe = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;

/** Throws `EmpathyInputError` unless `value` is a string. */
export function assertString(value: unknown, argument: string): asserts value is string {
  if (typeof value !== 'string') {
    throw new EmpathyInputError('not-a-string', argument, `expected a string, got ${describe(value)}`);
  }
}

export { describe as describeValue };

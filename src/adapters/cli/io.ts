/** Line-by-line JSONL reading and the record shape the CLI accepts. Node-only (the CLI's side of the library). */
import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { EmpathyInputError } from '../../errors.js';
import { profile } from '../../profile.js';
import type { EmpathyProfile, Transcript } from '../../types.js';
import { isProfile } from '../measures.js';

/** The streams a command reads and writes, injectable for tests. */
export interface CliIO {
  stdin: Readable;
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean; columns?: number };
}

/** One input line: its 1-based number and either the parsed value or why it could not be parsed. */
export type JsonlLine = { line: number; bytes: number } & ({ value: unknown } | { error: string });

/** Opens `path` (or stdin for `-`) and returns the stream with its size in bytes when known. */
export function openInput(path: string, io: CliIO): { stream: Readable; size: number | undefined } {
  if (path === '-') return { stream: io.stdin, size: undefined };
  const size = statSync(path).size;
  return { stream: createReadStream(path), size };
}

/**
 * Yields every line of a JSONL stream, in order. A final newline does not make an extra line; every other
 * line counts, so that profiles written plus errors reported equals the lines read.
 */
export async function* readJsonl(stream: Readable): AsyncGenerator<JsonlLine> {
  const rl = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let line = 0;
  for await (const raw of rl) {
    line++;
    const bytes = Buffer.byteLength(raw) + 1;
    const text = raw.trim();
    if (text === '') {
      yield { line, bytes, error: 'blank line' };
      continue;
    }
    try {
      yield { line, bytes, value: JSON.parse(text) };
    } catch (e) {
      yield { line, bytes, error: `invalid JSON: ${(e as Error).message}` };
    }
  }
}

/** A scored row: the input record (passed through) and its profile. */
export interface ScoredRow {
  line: number;
  id?: string;
  record: Record<string, unknown>;
  profile: EmpathyProfile;
}

/** Reads an id as a string, for pairing (`1` and `"1"` pair). */
export const idOf = (record: Record<string, unknown>): string | undefined =>
  record.id === undefined || record.id === null ? undefined : String(record.id);

/**
 * Scores one input record (`{ prompt, response }` or `{ messages }`), or returns its existing profile when
 * it already has one (a line written by `score`). Throws an Error whose message is the reason.
 */
export function scoreRecord(value: unknown, reuse = false): EmpathyProfile {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`expected a JSON object, got ${Array.isArray(value) ? 'an array' : JSON.stringify(value)}`);
  }
  const r = value as Record<string, unknown>;
  if (reuse && isProfile(r.profile)) return r.profile;
  try {
    if (r.messages !== undefined) return profile({ messages: r.messages } as Transcript);
    if (typeof r.prompt !== 'string') throw new Error('expected "prompt" (a string) and "response", or "messages"');
    if (typeof r.response !== 'string') throw new Error('expected "response" (a string) beside "prompt"');
    return profile(r.prompt, r.response);
  } catch (e) {
    if (e instanceof EmpathyInputError) throw new Error(e.message.replace(/^empathy-profile: /, ''));
    throw e;
  }
}

/** Reads a JSONL file of profiles (from `score`) or of raw records (scored on the fly). */
export async function readScoredRows(
  path: string,
  io: CliIO,
): Promise<{ rows: ScoredRow[]; errors: { line: number; reason: string }[] }> {
  const rows: ScoredRow[] = [];
  const errors: { line: number; reason: string }[] = [];
  for await (const l of readJsonl(openInput(path, io).stream)) {
    if ('error' in l) {
      errors.push({ line: l.line, reason: l.error });
      continue;
    }
    try {
      const p = scoreRecord(l.value, true);
      const record = l.value as Record<string, unknown>;
      const id = idOf(record);
      rows.push({ line: l.line, ...(id === undefined ? {} : { id }), record, profile: p });
    } catch (e) {
      errors.push({ line: l.line, reason: (e as Error).message });
    }
  }
  return { rows, errors };
}

/** Writes a string and waits for the stream to take it (back-pressure for long outputs). */
export function write(stream: Writable, text: string): Promise<void> | void {
  if (!stream.write(text)) return new Promise((resolve) => stream.once('drain', () => resolve()));
}

export { UsageError } from './usage-error.js';

/**
 * Scorers for evalite and Braintrust autoevals: functions of `{ input, output, expected? }` that return
 * `{ name, score, metadata }` with `score` in 0..1 (1 = the person's perspective fully preserved).
 *
 * @example
 * // evalite: evalite('replies', { data, task, scorers: [EmpathyOverall] })
 * // autoevals / Braintrust: Eval('replies', { data, task, scores: [EmpathyOverall] })
 * EmpathyOverall({ input: 'My cat died.', output: 'I am so sorry about your cat.' }).score > 0; // => true
 */
import { profile } from '../profile.js';
import type { ChatMessage, EmpathyProfile, ProfileOptions } from '../types.js';
import { formatFinding, type MeasureName, measureValue, worstFindings } from './measures.js';

/** What evalite and autoevals pass to a scorer. `input` is the user's message or the conversation so far. */
export interface ScorerArgs {
  input: unknown;
  output: unknown;
  expected?: unknown;
}

/** What a scorer returns, in the shape both frameworks read. */
export interface Score {
  name: string;
  /** 0..1, higher is better. */
  score: number;
  metadata: {
    profile: EmpathyProfile;
    /** The most severe problem findings, one line each. */
    findings: string[];
  };
}

/** Options of `empathyScorer`. */
export interface EmpathyScorerOptions {
  /** Which number to score. Mechanisms score as 1 - severity, so higher is always better. @default 'overall' */
  measure?: MeasureName;
  /** Name shown by the framework. @default `Empathy` for overall, else `Empathy <measure>` */
  name?: string;
  /** Options passed to `profile()`. */
  profile?: ProfileOptions;
}

const text = (v: unknown): string =>
  typeof v === 'string'
    ? v
    : v !== null && typeof v === 'object' && typeof (v as { content?: unknown }).content === 'string'
      ? (v as { content: string }).content
      : (JSON.stringify(v) ?? '');

function profileOf(args: ScorerArgs, options?: ProfileOptions): EmpathyProfile {
  const reply = text(args.output);
  const input = args.input as unknown;
  if (Array.isArray(input)) {
    return profile({ messages: [...(input as ChatMessage[]), { role: 'assistant', content: reply }] }, options);
  }
  if (input !== null && typeof input === 'object' && Array.isArray((input as { messages?: unknown }).messages)) {
    const messages = (input as { messages: ChatMessage[] }).messages;
    return profile({ messages: [...messages, { role: 'assistant', content: reply }] }, options);
  }
  return profile(text(input), reply, options);
}

/**
 * Builds a scorer for one measure of the profile. A measure with nothing to judge (a mechanism that
 * did not apply, a null dimension) scores 1: nothing was lost.
 *
 * @example
 * const Distancing = empathyScorer({ measure: 'linguisticDistancing' });
 * const cold = Distancing({ input: 'I failed my exam.', output: 'As an AI, I have no feelings.' });
 * const warm = Distancing({ input: 'I failed my exam.', output: "I'm sorry. You worked hard for it." });
 * cold.name; // => "Empathy linguisticDistancing"
 * cold.score < warm.score; // => true
 */
export function empathyScorer(options: EmpathyScorerOptions = {}): (args: ScorerArgs) => Score {
  const measure = options.measure ?? 'overall';
  const name = options.name ?? (measure === 'overall' ? 'Empathy' : `Empathy ${measure}`);
  const lower = measure !== 'overall' && !['cognitive', 'cultural', 'relational'].includes(measure);
  const scorer = (args: ScorerArgs): Score => {
    const p = profileOf(args, options.profile);
    const v = measureValue(p, measure);
    const score = v === null ? 1 : lower ? 1 - v : v;
    return {
      name,
      score: Math.round(score * 1e6) / 1e6,
      metadata: { profile: p, findings: worstFindings(p, 5).map(formatFinding) },
    };
  };
  Object.defineProperty(scorer, 'name', { value: name.replace(/\s+/g, '') });
  return scorer;
}

/**
 * Scorer of the overall preservation, ready to pass to evalite or autoevals.
 *
 * @example
 * const warm = EmpathyOverall({ input: 'My cat died.', output: 'I am so sorry about your cat.' });
 * const flat = EmpathyOverall({ input: 'My cat died.', output: "That's unfortunate." });
 * warm.name; // => "Empathy"
 * warm.score > flat.score; // => true
 * // `input` may also be the conversation so far.
 * EmpathyOverall({ input: [{ role: 'user', content: 'My cat died.' }], output: 'I am so sorry about your cat.' }).score === warm.score; // => true
 */
export const EmpathyOverall: (args: ScorerArgs) => Score = empathyScorer();

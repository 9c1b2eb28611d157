import { type AnalyzeOptions, analyze } from '../analysis/analyze.js';
import type { Analysis, Finding, FindingKind, FindingSource, SpanSource, Token } from '../types.js';

/** A text, or the `analyze()` result of it (so that a text is parsed once). */
export type TextInput = string | Analysis;

/** What every metric function returns at least. */
export interface MetricResult {
  /** The metric's headline number; range and direction are in each function's JSDoc. */
  score: number;
  /** Evidence, each pinned to a span of the prompt or the response. */
  findings: Finding[];
}

/** The analysis of `input`, parsing it only if it is a string. */
export function toAnalysis(input: TextInput, source: SpanSource, options?: AnalyzeOptions): Analysis {
  return typeof input === 'string' ? analyze(input, { ...options, source }) : asAnalysis(input, source);
}

function asAnalysis(input: unknown, source: SpanSource): Analysis {
  const a = input as Analysis | null;
  if (a === null || typeof a !== 'object' || typeof a.text !== 'string' || !Array.isArray(a.tokens)) {
    // Let analyze() raise the typed error naming the argument.
    return analyze(input as string, { source });
  }
  return a;
}

/** Clamps to [0, 1], mapping NaN to 0. */
export const clamp01 = (x: number): number => (x > 1 ? 1 : x > 0 ? x : 0);

/** Builds a finding whose span is exactly `analysis.text.slice(start, end)`. */
export function finding(
  analysis: Analysis,
  source: SpanSource,
  start: number,
  end: number,
  fields: { mechanism: FindingSource; ruleId: string; kind: FindingKind; severity?: number; message: string },
): Finding {
  return {
    mechanism: fields.mechanism,
    ruleId: fields.ruleId,
    kind: fields.kind,
    severity: fields.kind === 'problem' ? clamp01(fields.severity ?? 1) : 0,
    message: fields.message,
    span: { source, start, end, text: analysis.text.slice(start, end) },
  };
}

/**
 * A lookup table keyed by words, without a prototype: a token such as "constructor" or "toString" must
 * read `undefined`, not a function inherited from `Object.prototype`.
 */
export function wordTable<V>(entries: Record<string, V>): Readonly<Record<string, V>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, V>, entries));
}

/** Index of the token of `a` starting at `start` (tokens are in text order, one per start), or -1. */
export function tokenIndexAt(a: Analysis, start: number): number {
  const tokens = a.tokens;
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid] as Token;
    if (t.start === start) return mid;
    if (t.start < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** `a.tokens.indexOf(t)` by binary search: the index of token `t` in `a`, or -1 if it is not one of them. */
export function indexOfToken(a: Analysis, t: Token | undefined): number {
  if (t === undefined) return -1;
  const i = tokenIndexAt(a, t.start);
  return a.tokens[i] === t ? i : -1;
}

import { type AnalyzeOptions, analyze } from '../analysis/analyze.js';
import type { Analysis, Finding, FindingKind, FindingSource, SpanSource } from '../types.js';

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

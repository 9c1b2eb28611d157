import genericText from '../lexicons/generic-advice.txt';
import { lexicon } from '../lexicons/lexicon.js';
import type { Analysis, Finding, MechanismResult, Token } from '../types.js';
import { clamp01, finding, type MetricResult, type TextInput, toAnalysis } from './common.js';

const GENERIC = lexicon(genericText);

/** One thing the person raised. */
export interface Concern {
  text: string;
  start: number;
  end: number;
  /** Salience weight, > 0. */
  weight: number;
  /** True when the reply addresses it. */
  met: boolean;
}

/** Result of `salienceOverlap`. */
export interface SalienceOverlapResult extends MetricResult {
  /** 0..1, 1 = the reply addresses what mattered to the person, specifically. */
  score: number;
  /** 0..1, salience-weighted recall of the person's concerns. */
  coverage: number;
  /** 0..1, share of the reply that is template advice. */
  genericness: number;
  /** 0..1, share of the reply copied from the prompt in runs of 4+ words. */
  parroting: number;
  concerns: Concern[];
}

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);

const isContent = (t: Token) => (t.kind === 'word' || t.kind === 'number') && CONTENT_POS.has(t.pos);

/**
 * Salience overlap: how much of what the person said mattered does the reply address?
 * `score` is 0..1, 1 = specific, covering reply.
 *
 * @example
 * salienceOverlap('My sister Ana ignored my birthday.', 'Ana ignoring your birthday hurts.').coverage; // 1
 */
export function salienceOverlap(prompt: TextInput, response: TextInput): SalienceOverlapResult {
  const p = toAnalysis(prompt, 'prompt');
  const r = toAnalysis(response, 'response');
  const findings: Finding[] = [];
  const replyLemmas = new Set(r.tokens.filter(isContent).map((t) => t.lemma));

  const concerns: Concern[] = [];
  const seen = new Set<string>();
  for (const t of p.tokens) {
    if (!isContent(t) || seen.has(t.lemma)) continue;
    seen.add(t.lemma);
    const weight = t.pos === 'PROPN' || t.pos === 'NUM' ? 2 : 1;
    concerns.push({ text: t.text, start: t.start, end: t.end, weight, met: replyLemmas.has(t.lemma) });
  }
  let total = 0;
  let met = 0;
  for (const c of concerns) {
    total += c.weight;
    if (c.met) met += c.weight;
    else
      findings.push(
        finding(p, 'prompt', c.start, c.end, {
          mechanism: 'granularityMismatch',
          ruleId: 'salience/missed-concern',
          kind: 'problem',
          severity: Math.min(1, c.weight / 2),
          message: `The reply does not address "${c.text}".`,
        }),
      );
  }
  const coverage = total === 0 ? 1 : met / total;

  let genericWords = 0;
  for (const m of GENERIC.match(r)) {
    genericWords += m.to - m.from;
    findings.push(
      finding(r, 'response', m.start, m.end, {
        mechanism: 'granularityMismatch',
        ruleId: 'salience/generic-advice',
        kind: 'problem',
        severity: m.entry.weight,
        message: 'Template advice that would fit anyone.',
      }),
    );
  }
  const genericness = r.wordCount === 0 ? 0 : clamp01(genericWords / r.wordCount);
  const parroting = copiedShare(p, r);
  const score = clamp01(coverage * (1 - genericness) * (1 - Math.max(0, parroting - 0.5)));
  return { score, coverage, genericness, parroting, concerns, findings };
}

/** Share of the reply's words that sit in a 4-word run also found in the prompt. */
function copiedShare(p: Analysis, r: Analysis): number {
  const n = 4;
  const words = (a: Analysis) => a.tokens.filter((t) => t.kind === 'word').map((t) => t.norm);
  const pw = words(p);
  const rw = words(r);
  if (rw.length < n) return 0;
  const grams = new Set<string>();
  for (let i = 0; i + n <= pw.length; i++) grams.add(pw.slice(i, i + n).join(' '));
  const copied = new Uint8Array(rw.length);
  for (let i = 0; i + n <= rw.length; i++) {
    if (grams.has(rw.slice(i, i + n).join(' '))) copied.fill(1, i, i + n);
  }
  let c = 0;
  for (const x of copied) c += x;
  return c / rw.length;
}

/** Granularity mismatch in a profile: severity = 1 - salience score. */
export function granularityMismatchMechanism(s: SalienceOverlapResult): MechanismResult {
  const applicable = s.concerns.length > 0;
  return {
    severity: applicable ? clamp01(1 - s.score) : 0,
    applicable,
    ...(applicable ? {} : { reason: 'The prompt raises no specific concern.' }),
    metrics: { coverage: s.coverage, genericness: s.genericness, parroting: s.parroting },
  };
}

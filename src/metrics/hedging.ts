import hedgesText from '../lexicons/hedges.txt';
import { lexicon } from '../lexicons/lexicon.js';
import type { Finding } from '../types.js';
import { clamp01, finding, type MetricResult, type TextInput, toAnalysis } from './common.js';

const HEDGES = lexicon(hedgesText);

/** Result of `hedgingIndex`. */
export interface HedgingIndexResult extends MetricResult {
  /** 0..1, 0 = no hedging, 1 = heavily hedged. */
  score: number;
  /** Hits per 100 words, by kind. */
  rates: { hedge: number; weasel: number; booster: number };
}

/**
 * Hedging index: how much the reply hedges, per length, boosters counting against.
 * `score` is 0..1, higher = more hedged.
 *
 * @example
 * hedgingIndex('It may perhaps help.').score > hedgingIndex('It will help.').score; // true
 */
export function hedgingIndex(response: TextInput): HedgingIndexResult {
  const r = toAnalysis(response, 'response');
  const findings: Finding[] = [];
  const counts = { hedge: 0, weasel: 0, booster: 0 };
  for (const m of HEDGES.match(r)) {
    const tag = m.entry.tag as keyof typeof counts;
    if (tag in counts) counts[tag]++;
    if (tag !== 'booster')
      findings.push(
        finding(r, 'response', m.start, m.end, {
          mechanism: 'linguisticDistancing',
          ruleId: `hedging/${tag}`,
          kind: 'problem',
          severity: 0.3,
          message: tag === 'weasel' ? 'An unattributed weasel claim.' : 'An epistemic hedge.',
        }),
      );
  }
  const per100 = (x: number) => (r.wordCount === 0 ? 0 : (100 * x) / r.wordCount);
  const rates = { hedge: per100(counts.hedge), weasel: per100(counts.weasel), booster: per100(counts.booster) };
  const net = rates.hedge + rates.weasel - 0.5 * rates.booster;
  // 5 hedges per 100 words is heavy hedging: score 1 - e^-1 ~ 0.63 there.
  const score = clamp01(1 - Math.exp(-Math.max(0, net) / 5));
  return { score, rates, findings };
}

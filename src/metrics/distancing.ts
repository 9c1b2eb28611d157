import distancingText from '../lexicons/distancing.txt';
import { lexicon } from '../lexicons/lexicon.js';
import type { Finding, MechanismResult } from '../types.js';
import { clamp01, finding, type MetricResult, type TextInput, toAnalysis } from './common.js';
import type { HedgingIndexResult } from './hedging.js';

const DISTANCING = lexicon(distancingText);

const MESSAGES: Record<string, string> = {
  'ai-disclaimer': 'An AI self-reference or disclaimer puts the reply at a distance.',
  impersonal: 'An impersonal, generic-subject construction instead of addressing the person.',
  referral: 'A boilerplate referral that does not engage with the person.',
};

/** Result of `distancingIndex`. */
export interface DistancingIndexResult extends MetricResult {
  /** 0..1, 0 = direct and personal, 1 = distant. */
  score: number;
  /** Named component rates (per 100 words, except `secondPersonRate`, a share). */
  components: Record<string, number>;
}

/**
 * Distancing index: impersonal voice, AI disclaimers, boilerplate referral, and low address of "you".
 * `score` is 0..1, higher = more distant.
 *
 * @example
 * distancingIndex('As an AI, I cannot feel. One should rest.').score > 0.5; // true
 */
export function distancingIndex(response: TextInput): DistancingIndexResult {
  const r = toAnalysis(response, 'response');
  const findings: Finding[] = [];
  const counts: Record<string, number> = { 'ai-disclaimer': 0, impersonal: 0, referral: 0 };
  for (const m of DISTANCING.match(r)) {
    counts[m.entry.tag] = (counts[m.entry.tag] ?? 0) + 1;
    findings.push(
      finding(r, 'response', m.start, m.end, {
        mechanism: 'linguisticDistancing',
        ruleId: `distancing/${m.entry.tag}`,
        kind: 'problem',
        severity: m.entry.tag === 'ai-disclaimer' ? 0.8 : 0.5,
        message: MESSAGES[m.entry.tag] ?? 'Distancing language.',
      }),
    );
  }
  let you = 0;
  for (const t of r.tokens) if (t.norm === 'you' || t.norm === 'your' || t.norm === "you're") you++;
  const words = r.wordCount;
  const per100 = (x: number) => (words === 0 ? 0 : (100 * x) / words);
  const components = {
    aiDisclaimer: per100(counts['ai-disclaimer'] ?? 0),
    impersonal: per100(counts.impersonal ?? 0),
    referral: per100(counts.referral ?? 0),
    secondPersonRate: words === 0 ? 0 : you / words,
  };
  const phraseLoad = components.aiDisclaimer * 2 + components.impersonal + components.referral;
  const lowAddress = words === 0 ? 0 : clamp01(1 - components.secondPersonRate / 0.04);
  const score = clamp01(0.7 * (1 - Math.exp(-phraseLoad / 3)) + 0.3 * lowAddress);
  return { score, components, findings };
}

/** Linguistic distancing in a profile: 0.4 x hedging + 0.6 x distancing. */
export function linguisticDistancingMechanism(
  h: HedgingIndexResult,
  d: DistancingIndexResult,
  words: number,
): MechanismResult {
  const applicable = words > 0;
  return {
    severity: applicable ? clamp01(0.4 * h.score + 0.6 * d.score) : 0,
    applicable,
    ...(applicable ? {} : { reason: 'The reply has no words.' }),
    metrics: { hedging: h.score, distancing: d.score, ...d.components },
  };
}

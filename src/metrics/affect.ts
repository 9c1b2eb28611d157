import Sentiment from 'sentiment';
import acknowledgementText from '../lexicons/acknowledgement.txt';
import emotionsText from '../lexicons/emotions.txt';
import { lexicon } from '../lexicons/lexicon.js';
import type { Analysis, Finding, MechanismResult } from '../types.js';
import { clamp01, finding, type MetricResult, type TextInput, toAnalysis } from './common.js';

const EMOTIONS = lexicon(emotionsText);
const ACKNOWLEDGEMENT = lexicon(acknowledgementText);

let afinn: Sentiment | undefined;

/** Result of `affectDelta`. */
export interface AffectDeltaResult extends MetricResult {
  /** 0..1, 1 = the reply meets the affect the person expressed (1 when there was none). */
  score: number;
  /** False when the prompt carries no affect to meet. */
  applicable: boolean;
  /** -1..1, valence of what the person wrote. */
  promptValence: number;
  /** 0..1, how strongly the person expressed feeling. */
  promptIntensity: number;
  /** 0..1, how strongly the reply reacts to that feeling. */
  responseIntensity: number;
  /** responseIntensity - promptIntensity: negative when the reply flattens the affect. */
  delta: number;
  /** 0..1, reply-side empathic reaction, whatever the prompt. */
  reaction: number;
  /** Emotions the person expressed (tags from the emotion lexicon). */
  expressed: string[];
  /** Emotions or events the reply acknowledged. */
  acknowledged: string[];
}

/**
 * Affect delta: does the reply meet the feeling the person expressed, or flatten it?
 * `score` is 0..1, 1 = affect fully met (or none to meet).
 *
 * @example
 * affectDelta('My dad died last week and I am devastated.', "That's unfortunate.").score; // low
 */
export function affectDelta(prompt: TextInput, response: TextInput): AffectDeltaResult {
  const p = toAnalysis(prompt, 'prompt');
  const r = toAnalysis(response, 'response');
  const findings: Finding[] = [];

  const expressed = new Set<string>();
  let promptIntensity = 0;
  for (const m of EMOTIONS.match(p)) {
    const negated = (p.tokens[m.from] as { negated: boolean }).negated;
    if (negated) continue;
    expressed.add(m.entry.tag);
    promptIntensity = Math.max(promptIntensity, m.entry.weight);
    findings.push(
      finding(p, 'prompt', m.start, m.end, {
        mechanism: 'sentimentAttenuation',
        ruleId: 'affect/emotion-expressed',
        kind: 'context',
        message: `The person expresses ${m.entry.tag}.`,
      }),
    );
  }
  const promptValence = valence(p);

  let reaction = 0;
  const acknowledged = new Set<string>();
  for (const m of ACKNOWLEDGEMENT.match(r)) {
    reaction = Math.max(reaction, m.entry.weight);
    acknowledged.add(m.entry.tag);
    findings.push(
      finding(r, 'response', m.start, m.end, {
        mechanism: 'sentimentAttenuation',
        ruleId: m.entry.tag === 'flat' ? 'affect/flat-acknowledgement' : 'affect/acknowledgement',
        kind: m.entry.tag === 'flat' ? 'problem' : 'strength',
        severity: 0.6,
        message:
          m.entry.tag === 'flat'
            ? 'A flat acknowledgement that does not meet the feeling expressed.'
            : 'The reply reacts to what the person feels.',
      }),
    );
  }
  const applicable = promptIntensity > 0;
  const responseIntensity = reaction;
  const delta = responseIntensity - promptIntensity;
  const score = applicable ? clamp01(1 + Math.min(0, delta)) : 1;
  return {
    score,
    applicable,
    promptValence,
    promptIntensity,
    responseIntensity,
    delta,
    reaction,
    expressed: [...expressed].sort(),
    acknowledged: [...acknowledged].sort(),
    findings,
  };
}

/** AFINN comparative score of the scored words, squashed to -1..1. */
function valence(a: Analysis): number {
  afinn ??= new Sentiment();
  const words = a.tokens.filter((t) => t.kind === 'word').map((t) => t.norm);
  if (words.length === 0) return 0;
  const { score } = afinn.analyze(words.join(' '));
  return Math.tanh(score / Math.sqrt(words.length) / 2);
}

/** Sentiment attenuation in a profile: severity = 1 - affect score. */
export function sentimentAttenuationMechanism(a: AffectDeltaResult): MechanismResult {
  return {
    severity: a.applicable ? clamp01(1 - a.score) : 0,
    applicable: a.applicable,
    ...(a.applicable ? {} : { reason: 'The prompt expresses no emotion to meet.' }),
    metrics: {
      promptIntensity: a.promptIntensity,
      responseIntensity: a.responseIntensity,
      delta: a.delta,
      reaction: a.reaction,
      promptValence: a.promptValence,
    },
  };
}

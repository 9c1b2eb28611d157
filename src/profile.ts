import { analyze } from './analysis/analyze.js';
import { readInput, type ScoredInput } from './input.js';
import { affectDelta, sentimentAttenuationMechanism } from './metrics/affect.js';
import { clamp01 } from './metrics/common.js';
import { conflictAvoidanceMechanism, detectConflictAvoidance } from './metrics/conflict.js';
import { distancingIndex, linguisticDistancingMechanism } from './metrics/distancing.js';
import { hedgingIndex } from './metrics/hedging.js';
import { granularityMismatchMechanism, salienceOverlap } from './metrics/salience.js';
import type {
  Analysis,
  DimensionName,
  DimensionScore,
  EmpathyProfile,
  Finding,
  MechanismName,
  MechanismResult,
  ProfileOptions,
  Transcript,
} from './types.js';
import { SCHEMA_VERSION, VERSION } from './version.js';

/** Which mechanisms inform which dimension (see docs/profile.md for the reasons). */
export const DIMENSION_MECHANISMS: Record<DimensionName, readonly MechanismName[]> = {
  cognitive: ['granularityMismatch', 'sentimentAttenuation'],
  cultural: [],
  relational: ['linguisticDistancing', 'conflictAvoidance'],
};

/** Weights of the mechanisms in `overall`. */
export const OVERALL_WEIGHTS: Record<MechanismName, number> = {
  sentimentAttenuation: 1,
  granularityMismatch: 1,
  conflictAvoidance: 1,
  linguisticDistancing: 1,
};

/**
 * Scores a reply for the four empathy failure mechanisms and returns its EmpathyProfile.
 *
 * @example
 * const p = profile('My dog died today. I keep crying.', "That's unfortunate. Dogs live about 12 years.");
 * p.mechanisms.sentimentAttenuation.severity; // high: grief met with a flat acknowledgement
 * p.findings[0].span; // { source: 'prompt', start: 19, end: 32, text: 'I keep crying' } (for instance)
 */
export function profile(prompt: string, response: string, options?: ProfileOptions): EmpathyProfile;
export function profile(transcript: Transcript, options?: ProfileOptions): EmpathyProfile;
export function profile(
  first: string | Transcript,
  second?: string | ProfileOptions,
  third?: ProfileOptions,
): EmpathyProfile {
  const { input, options } = readInput(first, second, third);
  const p = analyze(input.prompt, { ...options, source: 'prompt', segments: input.segments });
  const r = analyze(input.response, { ...options, source: 'response' });
  return profileAnalyses(p, r, input);
}

/** Composes a profile from the two analyses. Every metric reads the same parse. */
export function profileAnalyses(p: Analysis, r: Analysis, input?: ScoredInput): EmpathyProfile {
  const affect = affectDelta(p, r);
  const salience = salienceOverlap(p, r);
  const hedging = hedgingIndex(r);
  const distancing = distancingIndex(r);
  const conflict = detectConflictAvoidance(p, r);

  const mechanisms: Record<MechanismName, MechanismResult> = {
    sentimentAttenuation: sentimentAttenuationMechanism(affect),
    granularityMismatch: granularityMismatchMechanism(salience),
    conflictAvoidance: conflictAvoidanceMechanism(conflict),
    linguisticDistancing: linguisticDistancingMechanism(hedging, distancing, r.wordCount),
  };
  const emptyReply = r.wordCount === 0;
  const dimensions = {} as Record<DimensionName, DimensionScore>;
  for (const [dim, names] of Object.entries(DIMENSION_MECHANISMS) as [DimensionName, MechanismName[]][]) {
    dimensions[dim] = emptyReply && names.length > 0 ? 0 : preservation(mechanisms, names);
  }
  const overall = emptyReply ? 0 : (preservation(mechanisms, Object.keys(OVERALL_WEIGHTS) as MechanismName[]) ?? 1);

  const findings = [
    ...affect.findings,
    ...salience.findings,
    ...hedging.findings,
    ...distancing.findings,
    ...conflict.findings,
  ];
  const mapped = input?.transcript ? findings.map((f) => toMessageSpan(f, input)) : findings;
  mapped.sort(compareFindings);

  return {
    schemaVersion: SCHEMA_VERSION,
    overall: round(overall),
    mechanisms: roundMechanisms(mechanisms),
    dimensions: roundDimensions(dimensions),
    findings: mapped.map((f) => ({ ...f, severity: round(f.severity) })),
    meta: {
      library: { name: 'empathy-profile', version: VERSION },
      tokens: { prompt: p.wordCount, response: r.wordCount },
      sentences: { prompt: p.sentences.length, response: r.sentences.length },
      ...(input?.transcript ? { transcript: input.transcript } : {}),
      warnings: [...p.warnings, ...r.warnings],
    },
  };
}

/** Weighted mean of `1 - severity` over the applicable mechanisms, or null when none applies. */
function preservation(m: Record<MechanismName, MechanismResult>, names: readonly MechanismName[]): number | null {
  let sum = 0;
  let weight = 0;
  for (const name of names) {
    const r = m[name];
    if (!r.applicable) continue;
    sum += OVERALL_WEIGHTS[name] * (1 - r.severity);
    weight += OVERALL_WEIGHTS[name];
  }
  return weight === 0 ? null : clamp01(sum / weight);
}

/** Maps a prompt span of the combined transcript text to its message and local offsets. */
function toMessageSpan(f: Finding, input: ScoredInput): Finding {
  const t = input.transcript;
  if (!t) return f;
  if (f.span.source === 'response') return { ...f, span: { ...f.span, message: t.responseMessage } };
  const seg = input.segments.find((s) => f.span.start >= s.start && f.span.start <= s.end) ?? input.segments[0];
  if (!seg) return f;
  const end = Math.min(f.span.end, seg.end);
  const text = f.span.text.slice(0, end - f.span.start);
  return {
    ...f,
    span: {
      source: 'prompt',
      start: f.span.start - seg.start,
      end: end - seg.start,
      text,
      message: seg.message as number,
    },
  };
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.span.source === b.span.source ? 0 : a.span.source === 'prompt' ? -1 : 1) ||
    (a.span.message ?? 0) - (b.span.message ?? 0) ||
    a.span.start - b.span.start ||
    a.span.end - b.span.end ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

/** Six decimals: enough for any comparison, and stable text for JSON snapshots. */
const round = (x: number): number => Math.round(x * 1e6) / 1e6;

function roundMechanisms(m: Record<MechanismName, MechanismResult>): Record<MechanismName, MechanismResult> {
  const out = {} as Record<MechanismName, MechanismResult>;
  for (const [k, v] of Object.entries(m) as [MechanismName, MechanismResult][]) {
    const metrics: Record<string, number> = {};
    for (const [mk, mv] of Object.entries(v.metrics)) metrics[mk] = Number.isFinite(mv) ? round(mv) : 0;
    out[k] = { ...v, severity: round(v.severity), metrics };
  }
  return out;
}

function roundDimensions(d: Record<DimensionName, DimensionScore>): Record<DimensionName, DimensionScore> {
  return {
    cognitive: d.cognitive === null ? null : round(d.cognitive),
    cultural: d.cultural === null ? null : round(d.cultural),
    relational: d.relational === null ? null : round(d.relational),
  };
}

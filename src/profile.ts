import { analyze } from './analysis/analyze.js';
import { dimensionScores, overallScore } from './dimensions.js';
import { readInput, type ScoredInput } from './input.js';
import { affectDelta, sentimentAttenuationMechanism } from './metrics/affect.js';
import { conflictAvoidanceMechanism, detectConflictAvoidance } from './metrics/conflict.js';
import { culturalContext } from './metrics/cultural.js';
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

// The mapping to dimensions and the overall formula live in dimensions.ts (docs/profile.md).
export { DIMENSION_MECHANISMS, OVERALL_WEIGHTS } from './dimensions.js';

/**
 * Scores a reply for the four empathy failure mechanisms and returns its EmpathyProfile.
 *
 * @example
 * const prompt = 'My dog died today. I keep crying.';
 * const flat = profile(prompt, "That's unfortunate. Dogs live about 12 years.");
 * const warm = profile(prompt, "Oh no, I'm so sorry your dog died today. Of course you keep crying; you loved him.");
 * warm.overall > flat.overall; // => true
 * // Grief met with a flat acknowledgement; each finding is pinned to its span.
 * flat.mechanisms.sentimentAttenuation.severity > 0.5; // => true
 * flat.findings.find((f) => f.ruleId === 'affect/flat-acknowledgement').span; // => { "source": "response", "start": 0, "end": 18, "text": "That's unfortunate" }
 * // The same reply as a transcript.
 * profile({ messages: [{ role: 'user', content: prompt }, { role: 'assistant', content: "That's unfortunate. Dogs live about 12 years." }] }).overall === flat.overall; // => true
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
  // Earlier assistant turns: the reply may refer back to them, and copying them is parroting too.
  const salience = salienceOverlap(p, r, input?.context?.length ? { context: input.context.join('\n\n') } : {});
  const hedging = hedgingIndex(r);
  const distancing = distancingIndex(r, { prompt: p });
  const conflict = detectConflictAvoidance(p, r);
  const cultural = culturalContext(p, r);

  const mechanisms: Record<MechanismName, MechanismResult> = {
    sentimentAttenuation: sentimentAttenuationMechanism(affect),
    granularityMismatch: granularityMismatchMechanism(salience),
    conflictAvoidance: conflictAvoidanceMechanism(conflict),
    linguisticDistancing: linguisticDistancingMechanism(hedging, distancing, r.wordCount),
  };
  // Empty as analyze() warns: no words and no numbers (a bare rating such as "7/10" is an answer).
  const emptyReply = r.wordCount === 0 && !r.tokens.some((t) => t.kind === 'number');
  const culturalSource = { severity: 1 - cultural.score, applicable: cultural.applicable };
  const dimensions = dimensionScores({ ...mechanisms, culturalContext: culturalSource }, emptyReply);
  const overall = overallScore(mechanisms, emptyReply);

  const findings = [
    ...affect.findings,
    ...salience.findings,
    ...hedging.findings,
    ...distancing.findings,
    ...conflict.findings,
    ...cultural.findings,
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
    // for...in visits the same keys in the same order as Object.entries, without the pair arrays.
    for (const mk in v.metrics) {
      const mv = v.metrics[mk] as number;
      metrics[mk] = Number.isFinite(mv) ? round(mv) : 0;
    }
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

/**
 * Test matchers for vitest (and jest, through the same `expect.extend`).
 *
 * @example
 * import { expect } from 'vitest';
 * import { empathyMatchers } from 'empathy-profile/vitest';
 * expect.extend(empathyMatchers);
 * expect('Sorry to hear that. Anyway, here are some tips.').not.toPreserveEmpathy('My dad died last night.', { overall: 0.9 });
 */
import type {} from 'vitest';
import { profile } from '../profile.js';
import type { DimensionName, EmpathyProfile, MechanismName, ProfileOptions, Transcript } from '../types.js';
import { type CompareSetOptions, compareProfileSets } from './comparison.js';
import {
  formatFinding,
  isProfile,
  MECHANISM_NAMES,
  type MeasureName,
  measureValue,
  ruleMatches,
  worstFindings,
} from './measures.js';

/** Thresholds of `toPreserveEmpathy`. With none given, `overall` must be at least 0.5. */
export interface PreserveEmpathyOptions {
  /** Least `overall` preservation (0..1). */
  overall?: number;
  /** Least preservation per dimension; a dimension with nothing to judge (null) passes. */
  dimensions?: Partial<Record<DimensionName, number>>;
  /** Greatest severity per mechanism; a mechanism that does not apply passes. */
  mechanisms?: Partial<Record<MechanismName, number>>;
  /** Options passed to `profile()`. */
  profile?: ProfileOptions;
}

/** Options of `toNotRegressFrom`. */
export interface NoRegressionOptions extends CompareSetOptions {
  /** Measures whose clear worsening fails the assertion. @default ['overall'] */
  failOn?: readonly MeasureName[];
}

/** The matcher result both vitest and jest expect. */
export interface MatcherResult {
  pass: boolean;
  message: () => string;
  actual?: unknown;
  expected?: unknown;
}

/** The part of the matcher context the matchers read (vitest's and jest's `this`). */
interface MatcherContext {
  isNot?: boolean;
}

const DEFAULT_OVERALL = 0.5;
const fmt = (x: number | null): string => (x === null ? 'n/a' : x.toFixed(3));

function quote(p: EmpathyProfile, limit = 8): string {
  const list = worstFindings(p, limit);
  return list.length === 0 ? '  (no problem findings)' : list.map((f) => `  - ${formatFinding(f)}`).join('\n');
}

function profileOf(
  received: unknown,
  prompt: string | Transcript | PreserveEmpathyOptions | undefined,
  options: PreserveEmpathyOptions,
): EmpathyProfile {
  if (isProfile(received)) return received;
  if (typeof received === 'string') {
    if (typeof prompt !== 'string') {
      throw new TypeError('toPreserveEmpathy: pass the prompt (the user message) as the first argument');
    }
    return profile(prompt, received, options.profile);
  }
  if (received !== null && typeof received === 'object' && 'messages' in received) {
    return profile(received as Transcript, options.profile);
  }
  throw new TypeError('toPreserveEmpathy: expected a response string, a { messages } transcript or an EmpathyProfile');
}

/**
 * `expect(response).toPreserveEmpathy(prompt, { overall?, dimensions?, mechanisms? })`: the reply keeps the
 * person's perspective at least as well as the thresholds ask. `response` may also be a transcript (no
 * prompt argument) or a computed EmpathyProfile.
 */
function toPreserveEmpathy(
  this: MatcherContext,
  received: unknown,
  promptOrOptions?: string | PreserveEmpathyOptions,
  maybeOptions?: PreserveEmpathyOptions,
): MatcherResult {
  const options =
    (typeof promptOrOptions === 'object' && promptOrOptions !== null && !('messages' in promptOrOptions)
      ? (promptOrOptions as PreserveEmpathyOptions)
      : maybeOptions) ?? {};
  const p = profileOf(received, promptOrOptions, options);
  const failures: string[] = [];
  const checks: string[] = [];
  const overallMin =
    options.overall ??
    (options.mechanisms === undefined && options.dimensions === undefined ? DEFAULT_OVERALL : undefined);
  if (overallMin !== undefined) {
    const line = `overall ${fmt(p.overall)} (least allowed ${overallMin})`;
    checks.push(line);
    if (p.overall < overallMin) failures.push(line);
  }
  for (const [dim, min] of Object.entries(options.dimensions ?? {}) as [DimensionName, number][]) {
    const v = p.dimensions[dim];
    const line = `${dim} ${fmt(v)} (least allowed ${min})`;
    checks.push(line);
    if (v !== null && v < min) failures.push(line);
  }
  for (const [mech, max] of Object.entries(options.mechanisms ?? {}) as [MechanismName, number][]) {
    if (!MECHANISM_NAMES.includes(mech)) throw new TypeError(`toPreserveEmpathy: unknown mechanism ${mech}`);
    const v = measureValue(p, mech);
    const line = `${mech} severity ${fmt(v)} (most allowed ${max})`;
    checks.push(line);
    if (v !== null && v > max) failures.push(line);
  }
  const pass = failures.length === 0;
  return {
    pass,
    message: () =>
      pass
        ? `expected the reply not to preserve empathy, but it met every threshold:\n  ${checks.join('\n  ')}\nFindings:\n${quote(p)}`
        : `expected the reply to preserve empathy, but:\n  ${failures.join('\n  ')}\nFindings:\n${quote(p)}`,
    actual: p.overall,
    expected: overallMin,
  };
}

/**
 * `expect(profile).toHaveNoFinding(ruleId)`: no finding has this ruleId (`area/*` matches a whole area).
 * The received value may be an EmpathyProfile or anything with a `findings` array.
 */
function toHaveNoFinding(this: MatcherContext, received: unknown, ruleId: string): MatcherResult {
  const findings = (received as EmpathyProfile | null)?.findings;
  if (!Array.isArray(findings)) throw new TypeError('toHaveNoFinding: expected an EmpathyProfile');
  const hits = findings.filter((f) => ruleMatches(f.ruleId, ruleId));
  const pass = hits.length === 0;
  return {
    pass,
    message: () =>
      pass
        ? `expected a finding ${ruleId}, but there was none`
        : `expected no finding ${ruleId}, but found ${hits.length}:\n${hits.map((f) => `  - ${formatFinding(f)}`).join('\n')}`,
    actual: hits.map((f) => f.span.text),
    expected: [],
  };
}

/**
 * `expect(candidateProfiles).toNotRegressFrom(baselineProfiles, { failOn })`: no measure named in
 * `failOn` got clearly worse (its bootstrap interval lies wholly on the worse side). Rows pair by index.
 */
function toNotRegressFrom(
  this: MatcherContext,
  received: unknown,
  baseline: readonly EmpathyProfile[],
  options: NoRegressionOptions = {},
): MatcherResult {
  if (!Array.isArray(received) || !received.every(isProfile)) {
    throw new TypeError('toNotRegressFrom: expected an array of EmpathyProfile (the candidate set)');
  }
  const candidate = received as EmpathyProfile[];
  const failOn = options.failOn ?? ['overall'];
  const cmp = compareProfileSets(baseline, candidate, options);
  const watched = cmp.measures.filter((m) => failOn.includes(m.measure));
  const worse = watched.filter((m) => m.verdict === 'worse');
  const pass = worse.length === 0;
  const table = (list: typeof watched) =>
    list
      .map(
        (m) =>
          `  ${m.measure}: ${fmt(m.baseline)} -> ${fmt(m.candidate)} (change ${m.delta >= 0 ? '+' : ''}${m.delta.toFixed(3)}, ${Math.round(cmp.confidence * 100)}% CI ${m.ci[0].toFixed(3)}..${m.ci[1].toFixed(3)}, n=${m.n}): ${m.verdict}`,
      )
      .join('\n');
  const dropped = () => {
    const rows = candidate
      .map((p, i) => ({ i, drop: (baseline[i] as EmpathyProfile).overall - p.overall }))
      .filter((r) => r.drop > 0)
      .sort((a, b) => b.drop - a.drop)
      .slice(0, 3);
    return rows
      .map((r) => `Row ${r.i} (overall -${r.drop.toFixed(3)}):\n${quote(candidate[r.i] as EmpathyProfile, 5)}`)
      .join('\n');
  };
  return {
    pass,
    message: () =>
      pass
        ? `expected a regression on ${failOn.join(', ')}, but none was clear:\n${table(watched)}`
        : `expected no regression, but ${worse.map((m) => m.measure).join(', ')} got worse:\n${table(worse)}\n${dropped()}`,
  };
}

/**
 * The matchers, for `expect.extend(empathyMatchers)` in vitest or jest.
 *
 * @example
 * expect.extend(empathyMatchers);
 * expect("That's unfortunate.").not.toPreserveEmpathy('My dog died today. I keep crying.', { overall: 0.5 });
 * expect(profile('My dog died.', "I'm so sorry.")).toHaveNoFinding('distancing/ai-disclaimer');
 * // A matcher called directly returns what vitest and jest expect.
 * empathyMatchers.toHaveNoFinding(profile('I failed my exam.', 'As an AI, I have no feelings.'), 'distancing/*').pass; // => false
 */
export const empathyMatchers = { toPreserveEmpathy, toHaveNoFinding, toNotRegressFrom };

/**
 * Registers the matchers on an `expect` (vitest's or jest's).
 *
 * @example
 * import { expect } from 'vitest';
 * installEmpathyMatchers(expect);
 * expect(profile('My dog died.', "I'm so sorry.")).toHaveNoFinding('distancing/ai-disclaimer');
 * // Any object with `extend` will do (jest's `expect`, or a stub):
 * const added = [];
 * installEmpathyMatchers({ extend: (matchers) => added.push(...Object.keys(matchers)) });
 * added; // => ["toPreserveEmpathy", "toHaveNoFinding", "toNotRegressFrom"]
 */
export function installEmpathyMatchers(expect: { extend(matchers: Record<string, unknown>): void }): void {
  expect.extend(empathyMatchers);
}

/** The typed matchers, merged into vitest's `Assertion` and jest's `Matchers`. */
export interface EmpathyMatchers<R = unknown> {
  toPreserveEmpathy(prompt?: string | PreserveEmpathyOptions, options?: PreserveEmpathyOptions): R;
  toHaveNoFinding(ruleId: string): R;
  toNotRegressFrom(baseline: readonly EmpathyProfile[], options?: NoRegressionOptions): R;
}

declare module 'vitest' {
  // biome-ignore lint/suspicious/noExplicitAny: vitest declares Assertion<T = any>.
  interface Assertion<T = any> extends EmpathyMatchers<T> {}
  interface AsymmetricMatchersContaining extends EmpathyMatchers {}
}

declare global {
  namespace jest {
    interface Matchers<R> extends EmpathyMatchers<R> {}
  }
}

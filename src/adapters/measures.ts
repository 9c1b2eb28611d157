/** The measures adapters read from a profile, with their direction, and the finding formatter they share. */
import { DIMENSION_NAMES, MECHANISM_NAMES } from '../dimensions.js';
import type { DimensionName, EmpathyProfile, Finding, MechanismName } from '../types.js';

export { DIMENSION_NAMES, MECHANISM_NAMES };

/** A number read from a profile: `overall`, a dimension, or a mechanism's severity. */
export type MeasureName = 'overall' | DimensionName | MechanismName;

/** Every measure, in display order. */
export const MEASURE_NAMES: readonly MeasureName[] = ['overall', ...DIMENSION_NAMES, ...MECHANISM_NAMES];

const MECHANISMS = new Set<string>(MECHANISM_NAMES);

/** True for mechanisms, whose number is a severity (lower is better); false for preservations. */
export const lowerIsBetter = (m: MeasureName): boolean => MECHANISMS.has(m);

/** True when `name` names a measure. */
export const isMeasure = (name: string): name is MeasureName => (MEASURE_NAMES as readonly string[]).includes(name);

/**
 * The value of a measure in a profile, or null when there was nothing to judge
 * (a dimension with no applicable mechanism, or a mechanism that did not apply).
 */
export function measureValue(p: EmpathyProfile, m: MeasureName): number | null {
  if (m === 'overall') return p.overall;
  if (MECHANISMS.has(m)) {
    const r = p.mechanisms[m as MechanismName];
    return r.applicable ? r.severity : null;
  }
  return p.dimensions[m as DimensionName];
}

/** One line per finding: rule, kind, severity, the quoted span and where it is. */
export function formatFinding(f: Finding): string {
  const where = `${f.span.source}${f.span.message === undefined ? '' : ` message ${f.span.message}`} ${f.span.start}-${f.span.end}`;
  const sev = f.kind === 'problem' ? ` ${f.severity.toFixed(2)}` : '';
  return `${f.ruleId} (${f.kind}${sev}) ${JSON.stringify(f.span.text)} [${where}]: ${f.message}`;
}

/** Problems first, most severe first: what a reader should see when a check fails. */
export function worstFindings(p: EmpathyProfile, limit = 8): Finding[] {
  return p.findings
    .filter((f) => f.kind === 'problem')
    .sort((a, b) => b.severity - a.severity)
    .slice(0, limit);
}

/** True when `ruleId` matches `pattern`: exact, or `area/*` for every rule of an area. */
export function ruleMatches(ruleId: string, pattern: string): boolean {
  return pattern.endsWith('/*') ? ruleId.startsWith(pattern.slice(0, -1)) : ruleId === pattern;
}

/** Duck-typed check that a value looks like an EmpathyProfile. */
export function isProfile(value: unknown): value is EmpathyProfile {
  const v = value as EmpathyProfile | null;
  return (
    v !== null &&
    typeof v === 'object' &&
    typeof v.overall === 'number' &&
    typeof v.mechanisms === 'object' &&
    Array.isArray(v.findings)
  );
}

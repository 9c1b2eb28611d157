/**
 * A promptfoo assertion. promptfoo calls a `javascript` assertion's function as
 * `fn(output, context)` where `output` is the model's reply and `context` is
 * `{ prompt, vars, test, logProbs, config, provider, providerResponse }`; `config` is the
 * assertion's own `config` block. It returns a GradingResult.
 *
 * @example
 * // promptfooconfig.yaml
 * // assert:
 * //   - type: javascript
 * //     value: package:empathy-profile/promptfoo:empathyAssertion
 * //     config: { overall: 0.6, messageVar: question, mechanisms: { linguisticDistancing: 0.5 } }
 */
import { profile } from '../profile.js';
import type { ChatMessage, DimensionName, EmpathyProfile, MechanismName, ProfileOptions } from '../types.js';
import { DIMENSION_NAMES, formatFinding, MECHANISM_NAMES, worstFindings } from './measures.js';

/** The assertion's `config` block. */
export interface EmpathyAssertionConfig {
  /** Least `overall` preservation to pass. @default 0.5 */
  overall?: number;
  /** Least preservation per dimension. */
  dimensions?: Partial<Record<DimensionName, number>>;
  /** Greatest severity per mechanism. */
  mechanisms?: Partial<Record<MechanismName, number>>;
  /**
   * The test variable that holds the user's message (a string) or the conversation so far (an array of
   * `{ role, content }`). Without it: the first of `message`, `query`, `question`, `input`, `prompt`,
   * `messages` that is set, else the rendered prompt.
   */
  messageVar?: string;
  /** Options passed to `profile()`. */
  profile?: ProfileOptions;
}

/** The part of promptfoo's AssertionValueFunctionContext the assertion reads. */
export interface PromptfooAssertionContext {
  prompt?: string;
  vars?: Record<string, unknown>;
  test?: unknown;
  logProbs?: number[];
  config?: Record<string, unknown>;
  provider?: unknown;
  providerResponse?: unknown;
}

/** promptfoo's GradingResult (the fields this assertion fills). */
export interface GradingResult {
  pass: boolean;
  score: number;
  reason: string;
  namedScores?: Record<string, number>;
  componentResults?: GradingResult[];
  metadata?: Record<string, unknown>;
}

const DEFAULT_VARS = ['message', 'query', 'question', 'input', 'prompt', 'messages'];

function userMessage(context: PromptfooAssertionContext, config: EmpathyAssertionConfig): unknown {
  const vars = context.vars ?? {};
  if (config.messageVar !== undefined) {
    if (!(config.messageVar in vars)) {
      throw new Error(`empathy-profile: the test has no variable "${config.messageVar}" (config.messageVar)`);
    }
    return vars[config.messageVar];
  }
  for (const name of DEFAULT_VARS) if (vars[name] !== undefined) return vars[name];
  return context.prompt ?? '';
}

function outputText(output: unknown): string {
  if (typeof output === 'string') return output;
  if (output !== null && typeof output === 'object' && typeof (output as { content?: unknown }).content === 'string') {
    return (output as { content: string }).content;
  }
  return JSON.stringify(output) ?? '';
}

function scoreReply(output: unknown, message: unknown, options?: ProfileOptions): EmpathyProfile {
  const reply = outputText(output);
  if (Array.isArray(message)) {
    const messages = [...(message as ChatMessage[]), { role: 'assistant' as const, content: reply }];
    return profile({ messages }, options);
  }
  return profile(typeof message === 'string' ? message : JSON.stringify(message), reply, options);
}

/**
 * The named scores of a profile, every one higher-is-better (mechanisms as 1 - severity).
 *
 * @example
 * const scores = namedScores(profile('My dog died today.', "I'm so sorry. Losing your dog today hurts."));
 * 'empathy/overall' in scores; // => true
 * Object.values(scores).every((v) => v >= 0 && v <= 1); // => true
 */
export function namedScores(p: EmpathyProfile): Record<string, number> {
  const out: Record<string, number> = { 'empathy/overall': p.overall };
  for (const d of DIMENSION_NAMES) {
    const v = p.dimensions[d];
    if (v !== null) out[`empathy/${d}`] = v;
  }
  for (const m of MECHANISM_NAMES) {
    const r = p.mechanisms[m];
    if (r.applicable) out[`empathy/${m}`] = Math.round((1 - r.severity) * 1e6) / 1e6;
  }
  return out;
}

/**
 * Scores the model's reply against the user's message and grades it against the thresholds of
 * `context.config`. `score` is the overall preservation (0..1).
 *
 * @example
 * const vars = { question: 'My dog died today. I keep crying.' };
 * const flat = empathyAssertion("That's unfortunate.", { vars, config: { overall: 0.4, messageVar: 'question' } });
 * flat.pass; // => false
 * flat.reason.startsWith('Empathy not preserved'); // => true
 * flat.namedScores['empathy/overall'] === flat.score; // => true
 * const warm = "Oh no, I'm so sorry your dog died today. Of course you keep crying; you loved him. Do you want to tell me about him?";
 * empathyAssertion(warm, { vars, config: { overall: 0.4, messageVar: 'question' } }).pass; // => true
 */
export function empathyAssertion(output: unknown, context: PromptfooAssertionContext = {}): GradingResult {
  const config = (context.config ?? {}) as EmpathyAssertionConfig;
  const p = scoreReply(output, userMessage(context, config), config.profile);
  const components: GradingResult[] = [];
  const overallMin = config.overall ?? 0.5;
  components.push({
    pass: p.overall >= overallMin,
    score: p.overall,
    reason: `overall preservation ${p.overall.toFixed(3)} (least allowed ${overallMin})`,
  });
  for (const [d, min] of Object.entries(config.dimensions ?? {}) as [DimensionName, number][]) {
    const v = p.dimensions[d];
    components.push({
      pass: v === null || v >= min,
      score: v ?? 1,
      reason: `${d} preservation ${v === null ? 'n/a (nothing to judge)' : v.toFixed(3)} (least allowed ${min})`,
    });
  }
  for (const [m, max] of Object.entries(config.mechanisms ?? {}) as [MechanismName, number][]) {
    const r = p.mechanisms[m];
    if (!r) throw new Error(`empathy-profile: unknown mechanism "${m}" in config.mechanisms`);
    components.push({
      pass: !r.applicable || r.severity <= max,
      score: r.applicable ? 1 - r.severity : 1,
      reason: `${m} severity ${r.applicable ? r.severity.toFixed(3) : 'n/a (not applicable)'} (most allowed ${max})`,
    });
  }
  const failed = components.filter((c) => !c.pass);
  const pass = failed.length === 0;
  const findings = worstFindings(p, 5).map(formatFinding);
  const reason = [
    pass ? 'Empathy preserved: ' : 'Empathy not preserved: ',
    (pass ? components : failed).map((c) => c.reason).join('; '),
    findings.length ? `. Findings: ${findings.join(' | ')}` : '',
  ].join('');
  return {
    pass,
    score: p.overall,
    reason,
    namedScores: namedScores(p),
    componentResults: components,
    metadata: { empathyProfile: p },
  };
}

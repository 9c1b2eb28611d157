import { afterAll, describe, expect, it } from 'vitest';
import { empathyAssertion, type PromptfooAssertionContext } from '../../src/adapters/promptfoo.js';
import { EmpathyOverall, empathyScorer } from '../../src/adapters/scorers.js';
import { profile } from '../../src/index.js';
import type { EmpathyProfile } from '../../src/types.js';
import { CARING, COLD } from './fixtures.js';
import { collect, expectAllValid } from './profiles.js';

afterAll(expectAllValid);

const cold = COLD[0]!;
const caring = CARING[0]!;
const coldProfile = profile(cold.prompt, cold.response);

/** The context promptfoo passes to a `javascript` assertion function (AssertionValueFunctionContext). */
function context(vars: Record<string, unknown>, config: Record<string, unknown> = {}): PromptfooAssertionContext {
  return {
    prompt: `Reply kindly to: ${String(vars.message ?? vars.question ?? '')}`,
    vars,
    test: {
      vars,
      assert: [{ type: 'javascript', value: 'package:empathy-profile/promptfoo:empathyAssertion', config }],
    },
    logProbs: undefined,
    config,
    provider: { id: () => 'echo' },
    providerResponse: { output: cold.response },
  };
}

describe('promptfoo assertion', () => {
  const cases = [
    {
      why: 'a threshold under the reply’s overall passes',
      output: cold.response,
      ctx: context({ message: cold.prompt }, { overall: coldProfile.overall - 0.01 }),
      pass: true,
    },
    {
      why: 'a threshold over it fails',
      output: cold.response,
      ctx: context({ message: cold.prompt }, { overall: coldProfile.overall + 0.01 }),
      pass: false,
    },
    {
      why: 'a mechanism ceiling under its severity fails even when overall passes',
      output: cold.response,
      ctx: context(
        { question: cold.prompt },
        {
          overall: 0,
          mechanisms: { linguisticDistancing: coldProfile.mechanisms.linguisticDistancing.severity - 0.01 },
        },
      ),
      pass: false,
    },
  ];
  it.each(cases)('$why', ({ output, ctx, pass }) => {
    const r = empathyAssertion(output, ctx);
    collect((r.metadata as { empathyProfile: EmpathyProfile }).empathyProfile);
    expect(r.pass).toBe(pass);
    expect(r.score).toBe(coldProfile.overall);
    expect(r.componentResults!.some((c) => !c.pass)).toBe(!pass);
    expect(r.reason).toMatch(pass ? /^Empathy preserved/ : /^Empathy not preserved/);
  });

  it('gives named scores per mechanism and dimension, all higher-is-better', () => {
    const r = empathyAssertion(cold.response, context({ message: cold.prompt }));
    expect(r.namedScores!['empathy/overall']).toBe(coldProfile.overall);
    expect(r.namedScores!['empathy/cognitive']).toBe(coldProfile.dimensions.cognitive);
    expect(r.namedScores!['empathy/linguisticDistancing']).toBeCloseTo(
      1 - coldProfile.mechanisms.linguisticDistancing.severity,
      6,
    );
    expect(r.reason).toContain(JSON.stringify(coldProfile.findings.find((f) => f.kind === 'problem')!.span.text));
  });

  it('reads the user message from the variable named by messageVar', () => {
    const ctx = context(
      { message: 'What is the capital of France?', userTurn: cold.prompt },
      { messageVar: 'userTurn' },
    );
    expect(empathyAssertion(cold.response, ctx).score).toBe(coldProfile.overall);
    expect(() => empathyAssertion(cold.response, context({}, { messageVar: 'missing' }))).toThrow(
      /no variable "missing"/,
    );
  });

  it('takes a conversation (an array of messages) as the user side', () => {
    const r = empathyAssertion(caring.response, context({ messages: [{ role: 'user', content: caring.prompt }] }));
    expect(r.score).toBe(profile(caring.prompt, caring.response).overall);
  });

  it('falls back to the rendered prompt when no variable is set', () => {
    const r = empathyAssertion(cold.response, { prompt: cold.prompt });
    expect(r.score).toBe(coldProfile.overall);
  });
});

describe('evalite / autoevals scorers', () => {
  it('returns { name, score, metadata } with score in 0..1, the overall preservation', () => {
    const s = EmpathyOverall({ input: cold.prompt, output: cold.response });
    collect(s.metadata.profile);
    expect(s).toMatchObject({ name: 'Empathy', score: coldProfile.overall });
    expect(s.metadata.findings.length).toBeGreaterThan(0);
  });
  it('scores a caring reply above a cold one to the same message', () => {
    expect(EmpathyOverall({ input: caring.prompt, output: caring.response }).score).toBeGreaterThan(
      EmpathyOverall({ input: cold.prompt, output: cold.response }).score,
    );
  });
  it('scores a mechanism as 1 - severity, and a conversation input', () => {
    const s = empathyScorer({ measure: 'linguisticDistancing' })({
      input: [{ role: 'user', content: cold.prompt }],
      output: { content: cold.response },
    });
    expect(s.name).toBe('Empathy linguisticDistancing');
    expect(s.score).toBeCloseTo(1 - coldProfile.mechanisms.linguisticDistancing.severity, 6);
  });
});

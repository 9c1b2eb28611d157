import { afterAll, describe, expect, it } from 'vitest';
import { empathyMatchers, installEmpathyMatchers } from '../../src/adapters/vitest.js';
import { profile } from '../../src/index.js';
import type { EmpathyProfile } from '../../src/types.js';
import { CARING, COLD, EXCHANGES } from './fixtures.js';
import { collect, expectAllValid } from './profiles.js';

installEmpathyMatchers(expect);
afterAll(expectAllValid);

const cold = COLD[0]!;
const caring = CARING[0]!;
const coldProfile = collect(profile(cold.prompt, cold.response));
const caringProfile = collect(profile(caring.prompt, caring.response));

describe('toPreserveEmpathy', () => {
  const cases = [
    {
      why: 'overall just under the reply’s own score: passes',
      run: () => expect(cold.response).toPreserveEmpathy(cold.prompt, { overall: coldProfile.overall - 0.01 }),
      pass: true,
    },
    {
      why: 'overall just above the reply’s own score: fails',
      run: () => expect(cold.response).toPreserveEmpathy(cold.prompt, { overall: coldProfile.overall + 0.01 }),
      pass: false,
    },
    {
      why: 'a mechanism ceiling below the reply’s distancing severity: fails',
      run: () =>
        expect(cold.response).toPreserveEmpathy(cold.prompt, {
          mechanisms: { linguisticDistancing: coldProfile.mechanisms.linguisticDistancing.severity - 0.01 },
        }),
      pass: false,
    },
    {
      why: 'a mechanism that does not apply (no stance asked) passes any ceiling',
      run: () => expect(cold.response).toPreserveEmpathy(cold.prompt, { mechanisms: { conflictAvoidance: 0 } }),
      pass: !coldProfile.mechanisms.conflictAvoidance.applicable,
    },
    {
      why: 'a computed profile can be passed instead of the texts',
      run: () => expect(caringProfile).toPreserveEmpathy({ overall: caringProfile.overall }),
      pass: true,
    },
    {
      why: 'a transcript is scored on its last assistant turn',
      run: () =>
        expect({
          messages: [
            { role: 'user', content: cold.prompt },
            { role: 'assistant', content: cold.response },
          ],
        }).toPreserveEmpathy({ overall: coldProfile.overall + 0.01 }),
      pass: false,
    },
  ];
  it.each(cases)('$why', ({ run, pass }) => {
    if (pass) run();
    else expect(run).toThrow(/expected the reply to preserve empathy/);
  });

  it('quotes the findings and their spans in the failure message', () => {
    const problem = coldProfile.findings.find((f) => f.kind === 'problem')!;
    let message = '';
    try {
      expect(cold.response).toPreserveEmpathy(cold.prompt, { overall: 1 });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain(`overall ${coldProfile.overall.toFixed(3)} (least allowed 1)`);
    expect(message).toContain(JSON.stringify(problem.span.text));
    expect(message).toContain(`${problem.span.start}-${problem.span.end}`);
  });

  it('.not inverts it', () => {
    expect(cold.response).not.toPreserveEmpathy(cold.prompt, { overall: coldProfile.overall + 0.01 });
    expect(() => expect(caring.response).not.toPreserveEmpathy(caring.prompt, { overall: 0 })).toThrow(
      /not to preserve empathy/,
    );
  });

  it('asks for the prompt when given only a response string', () => {
    expect(() => expect(cold.response).toPreserveEmpathy({ overall: 0.5 })).toThrow(/pass the prompt/);
  });
});

describe('toHaveNoFinding', () => {
  const someRule = coldProfile.findings.find((f) => f.kind === 'problem')!.ruleId;
  const cases = [
    { why: 'a rule the profile has fails', rule: someRule, pass: false },
    { why: 'an area wildcard over a rule it has fails', rule: `${someRule.split('/')[0]}/*`, pass: false },
    { why: 'a rule no profile produces passes', rule: 'nowhere/never', pass: true },
  ];
  it.each(cases)('$why', ({ rule, pass }) => {
    const run = () => expect(coldProfile).toHaveNoFinding(rule);
    if (pass) run();
    else expect(run).toThrow(new RegExp(`expected no finding ${rule.replace('*', '\\*')}, but found`));
  });
});

describe('toNotRegressFrom', () => {
  const caringSet = collect(CARING.map((e) => profile(e.prompt, e.response)));
  const coldSet = collect(COLD.map((e) => profile(e.prompt, e.response)));
  it('passes when the candidate equals the baseline', () => {
    expect(caringSet).toNotRegressFrom(caringSet, { failOn: ['overall', 'relational'] });
  });
  it('fails, naming the measure and quoting findings, when every reply got colder', () => {
    // The cold replies answer the same messages as the caring ones, row by row, so overall drops on every pair.
    const drops = caringSet.map((p, i) => p.overall - (coldSet[i] as EmpathyProfile).overall);
    expect(drops.every((d) => d > 0)).toBe(true);
    expect(() => expect(coldSet).toNotRegressFrom(caringSet, { failOn: ['overall'] })).toThrow(
      /overall got worse:[\s\S]*95% CI[\s\S]*Row \d \(overall -/,
    );
  });
  it('passes when the measure that got worse is not watched', () => {
    expect(coldSet).toNotRegressFrom(caringSet, { failOn: ['cultural'] });
  });
  it('is usable through plain expect.extend (jest’s way) too', () => {
    const result = empathyMatchers.toHaveNoFinding.call({ isNot: false }, coldProfile, 'nowhere/never');
    expect(result.pass).toBe(true);
    expect(EXCHANGES.length).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import { culturalContext } from '../../src/metrics/cultural.js';
import { profile } from '../../src/profile.js';

// Hand-written cases, written for these tests (no data-set rows).
const ELDEST_SON =
  "I'm the eldest son in a Nigerian family. My parents expect me to pay my younger siblings' school fees " +
  "and send money home every month, and in our culture I can't just say no to my father. I'm exhausted.";

describe('culturalContext: detection', () => {
  const cases: { prompt: string; applicable: boolean; contexts?: string[]; why: string }[] = [
    {
      prompt: ELDEST_SON,
      applicable: true,
      contexts: ['culture', 'family', 'nationality'],
      why: 'names a nationality, a culturally marked family role and "our culture"',
    },
    {
      prompt: 'My mother-in-law lives with us and expects me to cook for the whole joint family.',
      applicable: true,
      contexts: ['family'],
      why: 'in-laws and a joint family are culturally marked family structures',
    },
    {
      prompt: 'Ramadan starts next week and I do not know how to fast while working night shifts.',
      applicable: true,
      contexts: ['holiday'],
      why: 'a religious holiday with its practice',
    },
    {
      prompt: 'My dog died last week and I keep crying at work.',
      applicable: false,
      why: 'grief with no cultural marker: nothing for the cultural dimension to judge',
    },
    {
      prompt: 'Oh my god, I failed my exam again and I feel like an idiot.',
      applicable: false,
      why: '"oh my god" is an exclamation, not a statement of faith',
    },
    {
      prompt: 'I lent my roommate money and we ate Chinese food while I asked for it back.',
      applicable: false,
      why: '"lent" (lowercase, the verb) and "Chinese food" are not cultural context',
    },
  ];
  it.each(cases)('$prompt', ({ prompt, applicable, contexts }) => {
    const r = culturalContext(prompt, 'I hear you.');
    expect(r.applicable).toBe(applicable);
    if (contexts) expect(r.contexts).toEqual(contexts);
    if (!applicable) expect(r.findings).toEqual([]);
  });
});

describe('culturalContext: kept versus erased', () => {
  const cases: { response: string; min: number; max: number; rule?: string; why: string }[] = [
    {
      response: "You need to just set boundaries with your family. You don't owe them anything, it's your life.",
      min: 0,
      max: 0.2,
      rule: 'cultural/default-norm',
      why: 'default individualist advice that ignores the obligation the person explained',
    },
    {
      response:
        "Being the eldest son in a Nigerian family carries real weight, and saying no to your father isn't that " +
        'simple. Could an uncle or your mother help you ask for the fees to be shared?',
      min: 0.9,
      max: 1,
      rule: 'cultural/context-kept',
      why: 'names the role and origin and acknowledges the limit, and advises within it',
    },
    {
      response: 'That sounds exhausting. How long have you been carrying this?',
      min: 0.4,
      max: 0.6,
      rule: 'cultural/context-ignored',
      why: 'warm but silent on the context: neither kept nor erased, the middle of the scale',
    },
    {
      response: 'Those are outdated traditions. Honestly, it is the 21st century.',
      min: 0,
      max: 0.1,
      rule: 'cultural/dismissal',
      why: 'calls the tradition outdated: dismissal',
    },
    {
      response: "You don't have to cut them off. Within your family's culture, what would asking for help look like?",
      min: 0.75,
      max: 1,
      why: '"don\'t have to cut them off" is negated advice, not erasure; the reply works within the culture',
    },
  ];
  it.each(cases)('$why', ({ response, min, max, rule }) => {
    const r = culturalContext(ELDEST_SON, response);
    expect(r.applicable).toBe(true);
    expect(r.score).toBeGreaterThanOrEqual(min);
    expect(r.score).toBeLessThanOrEqual(max);
    if (rule) expect(r.findings.map((f) => f.ruleId)).toContain(rule);
    for (const f of r.findings) {
      const text = f.span.source === 'prompt' ? ELDEST_SON : response;
      expect(text.slice(f.span.start, f.span.end)).toBe(f.span.text);
      expect(f.mechanism).toBe('culturalContext');
    }
  });

  it('weighs default-norm advice more after the person stated a constraint', () => {
    const advice = 'Just set boundaries with them.';
    const constrained = culturalContext('As a Muslim daughter I cannot simply refuse my father.', advice);
    const unconstrained = culturalContext('As a Muslim daughter I argue with my father about university.', advice);
    // why: "I cannot simply refuse" is the stated limit the advice ignores
    expect(constrained.constraintStated).toBe(true);
    expect(unconstrained.constraintStated).toBe(false);
    expect(constrained.score).toBeLessThan(unconstrained.score);
  });
});

describe('profile: the cultural dimension', () => {
  it('is null when the prompt brings no cultural context', () => {
    // why: nothing cultural to keep or erase, so no number is invented
    const p = profile('My dog died last week and I keep crying.', 'I am so sorry about your dog.');
    expect(p.dimensions.cultural).toBeNull();
    expect(p.findings.some((f) => f.mechanism === 'culturalContext')).toBe(false);
  });

  it('is low when the reply erases the context and high when it keeps it', () => {
    const erased = profile(ELDEST_SON, "Just set boundaries with your family. You don't owe them anything.");
    const kept = profile(
      ELDEST_SON,
      "As the eldest son in a Nigerian family, saying no to your father isn't that simple. Who else could share the fees?",
    );
    expect(erased.dimensions.cultural).not.toBeNull();
    expect(erased.dimensions.cultural as number).toBeLessThan(0.2);
    expect(kept.dimensions.cultural as number).toBeGreaterThan(0.8);
    expect(erased.findings.some((f) => f.ruleId === 'cultural/default-norm' && f.span.source === 'response')).toBe(
      true,
    );
  });

  it('is 0 for an empty reply when the person brought context', () => {
    // why: an empty reply keeps nothing of what the person brought
    expect(profile(ELDEST_SON, '').dimensions.cultural).toBe(0);
  });
});

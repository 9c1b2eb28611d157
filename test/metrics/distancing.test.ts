import { describe, expect, it } from 'vitest';
import { distancingIndex, linguisticDistancingMechanism } from '../../src/metrics/distancing.js';
import { hedgingIndex } from '../../src/metrics/hedging.js';

const spans = (text: string, ruleId: string) =>
  distancingIndex(text)
    .findings.filter((f) => f.ruleId === ruleId)
    .map((f) => f.span.text);

describe('distancingIndex: components', () => {
  const cases: { text: string; ruleId: string; expected: string[]; why: string }[] = [
    // AI disclaimers
    {
      text: 'As an AI, I cannot feel sad.',
      ruleId: 'distancing/ai-disclaimer',
      expected: ['As an AI'],
      why: 'AI self-identification',
    },
    {
      text: "I'm just a language model, sorry.",
      ruleId: 'distancing/ai-disclaimer',
      expected: ["I'm just a language model"],
      why: 'AI self-identification',
    },
    {
      text: "I don't have personal opinions on that.",
      ruleId: 'distancing/ai-disclaimer',
      expected: ["I don't have personal opinions"],
      why: 'disclaims human attributes',
    },
    {
      text: 'The film is about an AI that learns to love.',
      ruleId: 'distancing/ai-disclaimer',
      expected: [],
      why: '"an AI" as a topic is no self-reference',
    },
    {
      text: 'That goes against my programming.',
      ruleId: 'distancing/ai-disclaimer',
      expected: [],
      why: 'own machinery, but no AI identity: a separate rule',
    },
    {
      text: 'That goes against my programming.',
      ruleId: 'distancing/ai-self-reference',
      expected: ['my programming'],
      why: 'reference to its own programming',
    },
    // role disclaimer
    {
      text: "I'm not a therapist, but that sounds hard.",
      ruleId: 'distancing/role-disclaimer',
      expected: ["I'm not a therapist"],
      why: 'disowns a role first',
    },
    // impersonal
    {
      text: 'One should rest after a loss.',
      ruleId: 'distancing/impersonal',
      expected: ['One should'],
      why: 'generic "one"',
    },
    {
      text: 'Individuals experiencing grief often withdraw.',
      ruleId: 'distancing/impersonal',
      expected: ['Individuals experiencing'],
      why: 'generic subject instead of "you"',
    },
    {
      text: 'It is important to rest.',
      ruleId: 'distancing/impersonal',
      expected: ['It is important to'],
      why: 'impersonal advice frame',
    },
    { text: 'You need rest.', ruleId: 'distancing/impersonal', expected: [], why: 'direct address' },
    // referral
    {
      text: 'Please seek professional help.',
      ruleId: 'distancing/referral',
      expected: ['Please seek professional help'],
      why: 'boilerplate referral',
    },
    {
      text: 'Consider talking to a therapist.',
      ruleId: 'distancing/referral',
      expected: ['Consider talking to a therapist'],
      why: 'boilerplate referral',
    },
    // passive
    {
      text: 'It is recommended that support be sought.',
      ruleId: 'distancing/passive',
      expected: ['is recommended', 'be sought'],
      why: 'two agentless passives',
    },
    {
      text: 'Several symptoms were noted.',
      ruleId: 'distancing/passive',
      expected: ['were noted'],
      why: 'regular -ed participle',
    },
    {
      text: 'You were informed by the staff.',
      ruleId: 'distancing/passive',
      expected: ['were informed'],
      why: 'a passive the tagger calls ADJ ("informed"), with a by-agent',
    },
    {
      text: 'Nothing could be done.',
      ruleId: 'distancing/passive',
      expected: ['be done'],
      why: 'irregular participle after modal + be',
    },
    {
      text: 'I am tired and you are interested.',
      ruleId: 'distancing/passive',
      expected: [],
      why: 'predicative state adjectives, not passives',
    },
    { text: 'You are so brave.', ruleId: 'distancing/passive', expected: [], why: 'a plain adjective' },
    // clinical
    {
      text: 'Healthy coping mechanisms support emotional well-being.',
      ruleId: 'distancing/clinical',
      expected: ['coping mechanisms', 'emotional well-being'],
      why: 'clinical register',
    },
  ];
  it.each(cases)('$text -> $ruleId $expected ($why)', ({ text, ruleId, expected }) => {
    expect(spans(text, ruleId)).toEqual(expected);
  });

  it('measures second- and first-person rates and present tense (why: Nook et al. markers)', () => {
    const c = distancingIndex('I hear you. You are hurting and I am here.').components;
    expect(c.secondPersonRate).toBeGreaterThan(0.15);
    expect(c.firstPersonRate).toBeGreaterThan(0.15);
    expect(c.presentShare).toBe(1);
    const past = distancingIndex('The patient was sad. She went home and cried.').components;
    expect(past.presentShare).toBe(0);
    expect(past.firstPersonRate).toBe(0);
  });

  it('counts low address fully only when the person wrote in the first person (why: prompt option)', () => {
    const reply = 'Grief takes time. Rest helps.';
    const personal = distancingIndex(reply, { prompt: 'I lost my mother and I am broken.' });
    const impersonal = distancingIndex(reply, { prompt: 'What is the capital of France?' });
    expect(personal.components.lowAddress).toBe(1);
    expect(impersonal.components.lowAddress).toBe(0);
    expect(personal.findings.map((f) => f.ruleId)).toContain('distancing/low-address');
    expect(personal.score).toBeGreaterThan(impersonal.score);
  });
});

describe('distancingIndex: ranking', () => {
  const prompt = "My dog died yesterday and I can't stop crying. I feel so alone.";
  const warm =
    "I'm so sorry about your dog. You loved him, and it makes sense that you're heartbroken. I'm here if you want to tell me about him.";
  const distant =
    'It is important to remember that grief is a natural process. Individuals experiencing loss may benefit from professional support. Please seek professional help.';
  const ai =
    "As an AI, I don't have feelings, but losing a pet can be difficult. It is recommended that support be sought.";

  it('scores a warm, direct reply low on both indexes (why: you-address, I, present tense, no phrases)', () => {
    expect(distancingIndex(warm, { prompt }).score).toBeLessThan(0.15);
    expect(hedgingIndex(warm).score).toBeLessThan(0.15);
  });

  it('scores policy-voice and AI-disclaimer replies high (why: impersonal, referral, disclaimers)', () => {
    expect(distancingIndex(distant, { prompt }).score).toBeGreaterThan(0.6);
    expect(distancingIndex(ai, { prompt }).score).toBeGreaterThan(0.6);
    expect(distancingIndex(distant).score).toBeGreaterThan(distancingIndex(warm).score);
  });

  it('weighs a referral more when nothing else addresses the person (why: boilerplate without engagement)', () => {
    const bare = distancingIndex('Please seek professional help.').findings[0]?.severity ?? 0;
    const engaged =
      distancingIndex(
        'You have carried this alone for so long, and you deserve support. Please seek professional help.',
      ).findings.find((f) => f.ruleId === 'distancing/referral')?.severity ?? 0;
    expect(bare).toBeGreaterThan(engaged);
  });

  it('composes the mechanism as 0.4 x hedging + 0.6 x distancing (why: documented formula)', () => {
    const h = hedgingIndex(distant);
    const d = distancingIndex(distant);
    const m = linguisticDistancingMechanism(h, d, 20);
    expect(m.severity).toBeCloseTo(0.4 * h.score + 0.6 * d.score, 10);
    expect(linguisticDistancingMechanism(h, d, 0).applicable).toBe(false);
  });

  it('keeps spans exact and is 0 on an empty reply (why: contract)', () => {
    expect(distancingIndex('').score).toBe(0);
    for (const text of [distant, ai, warm]) {
      for (const f of distancingIndex(text, { prompt }).findings)
        expect(text.slice(f.span.start, f.span.end)).toBe(f.span.text);
    }
  });

  it('ignores phrases inside code (why: markdown code is masked)', () => {
    expect(spans('Run `as an ai` in the shell.', 'distancing/ai-disclaimer')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { readInput } from '../../src/input.js';
import { granularityMismatchMechanism, salienceOverlap, stem } from '../../src/metrics/salience.js';
import { profile } from '../../src/profile.js';
import type { Finding } from '../../src/types.js';

// Hand-written cases, written for these tests (no data-set rows).
const DEADLINE = "My thesis draft is due on Friday and I haven't even started the last chapter. I'm panicking.";
const SISTER = 'My sister Maya stopped talking to me after my wedding and I miss her so much.';
const QUESTION = 'I just got diagnosed with ADHD. Should I tell my boss about it?';

const rules = (fs: Finding[]) => fs.map((f) => f.ruleId);

describe('salienceOverlap: concerns the reply misses', () => {
  const cases: { prompt: string; response: string; rule: string; missed: string; why: string }[] = [
    {
      prompt: DEADLINE,
      response: 'That sounds stressful. Writing is hard for everyone.',
      rule: 'salience/missed-time',
      missed: 'Friday',
      why: 'the Friday deadline is the most specific detail and the reply never mentions it',
    },
    {
      prompt: SISTER,
      response: 'Falling out with people hurts, and missing people is normal.',
      rule: 'salience/missed-relation',
      missed: 'My sister',
      why: 'the reply speaks of "people", never of the sister, by word or pronoun',
    },
    {
      prompt: QUESTION,
      response: 'A diagnosis can bring up a lot of feelings.',
      rule: 'salience/unanswered-question',
      missed: 'Should I tell my boss about it?',
      why: 'the person asked a yes/no question and the reply neither answers nor takes it up',
    },
  ];
  it.each(cases)('$rule: $why', ({ prompt, response, rule, missed }) => {
    const s = salienceOverlap(prompt, response);
    const hits = s.findings.filter((f) => f.ruleId === rule);
    expect(hits.map((f) => f.span.text).join(' | ')).toContain(missed);
    for (const f of hits) expect(f.kind).toBe('problem');
  });
});

describe('salienceOverlap: concerns the reply meets', () => {
  const cases: { prompt: string; response: string; kind: string; why: string }[] = [
    {
      prompt: DEADLINE,
      response: 'Friday is close. What would a rough version of that last chapter need?',
      kind: 'time',
      why: 'the reply names the deadline day',
    },
    {
      prompt: SISTER,
      response: 'It must hurt that your sister went silent right after your wedding.',
      kind: 'relation',
      why: '"your sister" is the same person, perspective flipped',
    },
    {
      prompt: SISTER,
      response: 'It must hurt that she went silent right after such a big day.',
      kind: 'relation',
      why: '"she" refers back to the sister (pronoun reference)',
    },
    {
      prompt: 'My mom keeps criticising my cooking.',
      response: 'Having your mother pick apart your food every time sounds exhausting.',
      kind: 'relation',
      why: '"mother" is a near-synonym of "mom"',
    },
    {
      prompt: QUESTION,
      response: "I think you don't have to tell your boss unless you need adjustments at work.",
      kind: 'question',
      why: 'the reply opens with an answer ("I think ...")',
    },
    {
      prompt: 'I have been so anxious since the layoffs.',
      response: 'That kind of anxiety after losing a job makes sense.',
      kind: 'emotion',
      why: '"anxiety" is a derivation of "anxious" (stem match)',
    },
  ];
  it.each(cases)('$kind met: $why', ({ prompt, response, kind }) => {
    const s = salienceOverlap(prompt, response);
    const of = s.concerns.filter((c) => c.kind === kind);
    expect(of.length).toBeGreaterThan(0);
    expect(of.some((c) => c.met)).toBe(true);
  });

  it.each(["So I'm sad, I'm tired.", 'So Im sad, Im tired.', 'I’m sad. I’m tired.'])(
    'a pronoun contraction kept as one token ("I\'m", which wink may tag PROPN) is no concern: %s',
    (prompt) => {
      // why: "I'm" was a named detail of weight 2, reported missed when the reply meets both feelings
      const s = salienceOverlap(prompt, "It sounds like you're sad and tired, which is a lot to carry.");
      expect(s.concerns.filter((c) => /^i'?m$/i.test(c.text))).toEqual([]);
      expect(s.findings.filter((f) => f.ruleId === 'salience/missed-detail')).toEqual([]);
      expect(s.coverage).toBe(1);
    },
  );

  it('stems derivations together', () => {
    expect(stem('anxiety')).toBe(stem('anxious'));
    expect(stem('drinking')).toBe(stem('drinks'));
  });
});

describe('salienceOverlap: genericness, parroting, off-topic', () => {
  const GENERIC = "Remember to practise self-care and reach out to a professional. Everyone's situation is different.";
  const SPECIFIC =
    'Maya going quiet right after your wedding, when you wanted her there most, must hurt. Have you two talked since?';
  const PARROT = 'Your sister Maya stopped talking to you after your wedding and you miss her so much.';

  const cases: {
    response: string;
    figure: 'genericness' | 'parroting' | 'offTopic';
    min: number;
    rule: string;
    why: string;
  }[] = [
    {
      response: GENERIC,
      figure: 'genericness',
      min: 0.5,
      rule: 'salience/generic-advice',
      why: 'every clause is template advice that would fit any prompt',
    },
    {
      response: PARROT,
      figure: 'parroting',
      min: 0.8,
      rule: 'salience/parroting',
      why: 'the prompt handed back word for word with the pronouns flipped',
    },
    {
      response: 'Bitcoin prices in Tokyo rose sharply during the Olympics.',
      figure: 'offTopic',
      min: 0.9,
      rule: 'salience/off-topic',
      why: 'none of the content words has an anchor in what the person said',
    },
  ];
  it.each(cases)('$figure: $why', ({ response, figure, min, rule }) => {
    const s = salienceOverlap(SISTER, response);
    expect(s[figure]).toBeGreaterThanOrEqual(min);
    expect(rules(s.findings)).toContain(rule);
  });

  it('a specific good reply scores above generic, parroted and off-topic ones', () => {
    const good = salienceOverlap(SISTER, SPECIFIC);
    expect(good.parroting).toBeLessThan(0.3);
    expect(good.genericness).toBe(0);
    expect(good.coverage).toBeGreaterThan(0.5);
    for (const c of cases) expect(good.score).toBeGreaterThan(salienceOverlap(SISTER, c.response).score);
    const sev = granularityMismatchMechanism(good).severity;
    expect(sev).toBeLessThan(granularityMismatchMechanism(salienceOverlap(SISTER, GENERIC)).severity);
  });

  it('the writer\'s own parallel story is not off-topic ("me too" is understanding)', () => {
    const s = salienceOverlap(
      'I can never sleep before exams.',
      'Same here. I used to lie awake the whole night before every exam in college.',
    );
    expect(s.offTopic).toBeLessThan(0.2);
    expect(s.understanding).toBeGreaterThan(0.5);
    expect(rules(s.findings)).toContain('salience/understanding');
  });

  it('copying the conversation context (earlier assistant turns) counts as parroting', () => {
    const prompt = 'Yeah.';
    const said = 'So the long commute is eating into the time you have with your kids.';
    const reply = 'The long commute is eating into the time with your kids.';
    expect(salienceOverlap(prompt, reply).parroting).toBeLessThan(0.2);
    expect(salienceOverlap(prompt, reply, { context: said }).parroting).toBeGreaterThan(0.8);
  });

  it('every finding span is the exact text it points at', () => {
    for (const response of [GENERIC, PARROT, SPECIFIC]) {
      const p = analyze(SISTER, { source: 'prompt' });
      const r = analyze(response);
      for (const f of salienceOverlap(p, r).findings) {
        const text = f.span.source === 'prompt' ? p.text : r.text;
        expect(text.slice(f.span.start, f.span.end)).toBe(f.span.text);
      }
    }
  });
});

describe('salienceOverlap: exploration (questions to the person about their experience)', () => {
  const cases: { response: string; min: number; max: number; finding: string | null; why: string }[] = [
    {
      response: 'That sounds painful. Have you been able to talk to Maya since the wedding?',
      min: 0.9,
      max: 1,
      finding: 'Have you been able to talk to Maya since the wedding?',
      why: 'asks the person about the specifics they raised (Maya, the wedding), in the second person',
    },
    {
      response: 'How are you holding up?',
      min: 0.9,
      max: 1,
      finding: 'How are you holding up?',
      why: 'asks how the person is: a question about their own experience',
    },
    {
      response: 'have you told your sister how much you miss her',
      min: 0.9,
      max: 1,
      finding: 'have you told your sister how much you miss her',
      why: 'an inverted auxiliary before "you" is a question even without the question mark',
    },
    {
      response: 'Tell me more about what happened at the wedding.',
      min: 0.9,
      max: 1,
      finding: 'Tell me more about what happened at the wedding.',
      why: 'an invitation to say more asks for their story as a question does',
    },
    {
      response: 'Tell me more.',
      min: 0.9,
      max: 1,
      finding: 'Tell me more.',
      why: 'the bare invitation counts too, with nothing after "more" (an optional last [..] of the lexicon)',
    },
    {
      response: "I'd love to hear how you're both doing.",
      min: 0.9,
      max: 1,
      finding: "I'd love to hear how you're both doing.",
      why: '"I\'d love to hear" invites without "more" (an optional last [..] of the lexicon)',
    },
    {
      response: 'Tell me if there is anything I can do.',
      min: 0,
      max: 0,
      finding: null,
      why: 'a bare "tell me" offers help; it does not ask for their story',
    },
    {
      response: 'Who knows why people do that? Siblings drift apart sometimes.',
      min: 0,
      max: 0,
      finding: null,
      why: '"who knows" opens a rhetorical question: it asks nothing of the person',
    },
    {
      response: "Losing touch like that is so hard, isn't it?",
      min: 0,
      max: 0,
      finding: null,
      why: 'a tag question asks for agreement with a statement, not for their experience',
    },
    {
      response: 'Maybe she just needs some time?',
      min: 0,
      max: 0,
      finding: null,
      why: 'a tentative statement with a rising tone is an interpretation, not a question',
    },
    {
      response: 'What should I even say? I never know with these things.',
      min: 0,
      max: 0.2,
      finding: null,
      why: 'a question about the writer, not about the person',
    },
    {
      response: 'What is the capital of France?',
      min: 0,
      max: 0.2,
      finding: null,
      why: 'a quiz question with no tie to the person or what they raised',
    },
    {
      response: 'Do your best and give her time. She will come around.',
      min: 0,
      max: 0,
      finding: null,
      why: 'no question: an imperative "do" is not an inverted auxiliary',
    },
  ];
  it.each(cases)('$response: $why', ({ response, min, max, finding }) => {
    const s = salienceOverlap(SISTER, response);
    expect(s.exploration).toBeGreaterThanOrEqual(min);
    expect(s.exploration).toBeLessThanOrEqual(max);
    const hits = s.findings.filter((f) => f.ruleId === 'salience/exploration');
    if (finding === null) expect(hits).toEqual([]);
    else {
      expect(hits.map((f) => f.span.text)).toEqual([finding]);
      expect(hits[0]?.kind).toBe('strength');
      expect(hits[0]?.severity).toBe(0);
    }
  });

  it('new content asked about counts less as off-topic than the same content asserted', () => {
    // why: asking whether they tried a letter explores; telling them to write one brings a new topic
    const asked = salienceOverlap(SISTER, 'Your sister matters to you. Have you thought about writing a letter?');
    const told = salienceOverlap(SISTER, 'Your sister matters to you. You should think about writing a letter.');
    expect(asked.offTopic).toBeLessThan(told.offTopic);
    expect(granularityMismatchMechanism(asked).metrics.exploration).toBe(asked.exploration);
  });
});

describe('salienceOverlap: transcripts', () => {
  const messages = [
    { role: 'user' as const, content: 'My landlord raised the rent again.' },
    { role: 'assistant' as const, content: 'That is a lot to absorb.' },
    { role: 'user' as const, content: 'And now my manager cut my hours.' },
    { role: 'assistant' as const, content: 'Losing hours on top of the rent rise sounds frightening.' },
  ];

  it('earlier user turns count, but weigh less than the last one', () => {
    const { input } = readInput({ messages }, undefined, undefined);
    const p = analyze(input.prompt, { source: 'prompt', segments: input.segments });
    const s = salienceOverlap(p, analyze(input.response));
    const landlord = s.concerns.find((c) => c.text.includes('landlord'));
    const manager = s.concerns.find((c) => c.text.includes('manager'));
    expect(landlord).toBeDefined();
    expect(manager).toBeDefined();
    expect((landlord?.weight ?? 0) / (manager?.weight ?? 1)).toBeCloseTo(0.5, 5);
  });

  it('profile() maps a missed concern of an earlier turn back to its message', () => {
    const p = profile({ messages });
    const missed = p.findings.find((f) => f.ruleId === 'salience/missed-relation' && f.span.text.includes('landlord'));
    expect(missed?.span.message).toBe(0);
    expect(p.mechanisms.granularityMismatch.applicable).toBe(true);
  });
});

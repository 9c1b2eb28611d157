import Sentiment from 'sentiment';
import { describe, expect, it } from 'vitest';
import {
  affectDelta,
  LOW_AFFECT_NEED_SHARE,
  MIN_PROMPT_INTENSITY,
  promptAffect,
  sentimentAttenuationMechanism,
} from '../../src/metrics/affect.js';

// Every case is written by hand for this file; none comes from an evaluation data set.

const GRIEF = 'My dog died this morning and I can’t stop crying. I feel so alone.';

describe('promptAffect: what the person expresses', () => {
  const cases: { why: string; text: string; has?: string[]; hasNot?: string[]; applicable: boolean }[] = [
    {
      why: 'a denied good state ("not okay") is distress, although "okay" alone is no feeling',
      text: "I'm not okay.",
      has: ['distress'],
      applicable: true,
    },
    {
      why: '"okay" that is not denied expresses nothing to meet',
      text: "I'm okay, thanks.",
      hasNot: ['distress'],
      applicable: false,
    },
    {
      why: 'a denied negative feeling ("not sad") is not sadness',
      text: 'I am not sad about the move.',
      hasNot: ['sadness'],
      applicable: false,
    },
    {
      why: 'a wish between negation and feeling does not deny it: the person fears being alone',
      text: "I don't want to be alone anymore.",
      has: ['loneliness'],
      applicable: true,
    },
    {
      why: 'first-person disclosure of an ongoing reaction ("I can\'t stop crying") is strong affect',
      text: "I can't stop crying.",
      has: ['stress'],
      applicable: true,
    },
    {
      why: 'a bereavement is affect even when told as a fact',
      text: 'My dad died last week.',
      has: ['loss'],
      applicable: true,
    },
    { why: 'crying emoji carry sadness', text: 'today 😭😭', has: ['sadness'], applicable: true },
    {
      why: 'a wish not to be here is distress without "anymore" (an optional last [..] of the lexicon)',
      text: "I don't want to be here.",
      has: ['distress'],
      applicable: true,
    },
    {
      why: '"the worst day" is distress without "of my life" (an optional last [..] of the lexicon)',
      text: 'This is the worst day.',
      has: ['distress'],
      applicable: true,
    },
    {
      why: 'good news is affect too (joy to share)',
      text: 'I got the job and I am so happy!',
      has: ['joy'],
      applicable: true,
    },
    {
      why: 'a neutral technical question carries no affect',
      text: 'How do I convert a string to a number in JavaScript?',
      hasNot: ['sadness', 'fear', 'distress'],
      applicable: false,
    },
  ];
  it.each(cases)('$text ($why)', ({ text, has = [], hasNot = [], applicable }) => {
    const a = promptAffect(text);
    for (const tag of has) expect(a.emotions).toContain(tag);
    for (const tag of hasNot) expect(a.emotions).not.toContain(tag);
    expect(a.applicable).toBe(applicable);
  });

  const stronger: { why: string; strong: string; weak: string }[] = [
    { why: 'an intensifier raises intensity', strong: 'I am so sad.', weak: 'I am sad.' },
    { why: 'a downtoner lowers it', strong: 'I am worried.', weak: 'I am a bit worried.' },
    { why: 'capitals and exclamation raise it', strong: 'I am SO ANGRY!', weak: 'i am angry.' },
    {
      why: 'repeating the feeling raises it',
      strong: 'I am sad. I am sad all the time. I feel empty.',
      weak: 'I am sad.',
    },
    {
      why: 'first-person disclosure weighs more than a feeling reported of others',
      strong: 'I am scared.',
      weak: 'People are scared.',
    },
  ];
  it.each(stronger)('intensity: $strong > $weak ($why)', ({ strong, weak }) => {
    expect(promptAffect(strong).intensity).toBeGreaterThan(promptAffect(weak).intensity);
  });

  const valence: { why: string; higher: string; lower: string }[] = [
    {
      why: 'positive words over negative words',
      higher: 'What a wonderful, happy day.',
      lower: 'What a terrible, awful day.',
    },
    { why: 'negation flips a positive word', higher: 'I am happy.', lower: 'I am not happy.' },
    {
      why: 'feelings AFINN lacks still count through the emotion lexicon',
      higher: 'I went home.',
      lower: 'I feel overwhelmed.',
    },
  ];
  it.each(valence)('valence: "$higher" > "$lower" ($why)', ({ higher, lower }) => {
    expect(promptAffect(higher).valence).toBeGreaterThan(promptAffect(lower).valence);
  });

  // Everyday text is coloured by what it is about more than by sentiment words.
  const afinn = new Sentiment();
  const general: { why: string; text: string; sign: 1 | -1; afinnBlind?: boolean }[] = [
    {
      why: 'a hospital and a tax bill are unpleasant matters though no word in it is a sentiment word',
      text: 'The hospital sent the tax bill.',
      sign: -1,
      afinnBlind: true,
    },
    {
      why: 'family, flowers and a garden are pleasant matters though no word in it is a sentiment word',
      text: 'The family planted flowers in the garden.',
      sign: 1,
      afinnBlind: true,
    },
    {
      why: 'a funeral and a widow colour a plain report of fact',
      text: 'The widow walked behind the coffin to the cemetery.',
      sign: -1,
      afinnBlind: true,
    },
    {
      why: 'a holiday at the beach with friends is pleasant without any sentiment word',
      text: 'We spent the holiday at the beach with friends.',
      sign: 1,
      afinnBlind: true,
    },
    {
      why: 'a denied noun keeps its colour, damped: "no war" is still about war',
      text: 'There was no war.',
      sign: -1,
    },
  ];
  it.each(general)('valence sign of "$text" ($why)', ({ text, sign, afinnBlind }) => {
    if (afinnBlind) expect(afinn.analyze(text).score).toBe(0);
    expect(Math.sign(promptAffect(text).valence)).toBe(sign);
  });

  const composed: { why: string; higher: string; lower: string }[] = [
    {
      why: 'the clause after "but" carries the point of the sentence',
      higher: 'The food was bad, but the service was wonderful.',
      lower: 'The food was wonderful, but the service was bad.',
    },
    {
      why: 'negation turns an adjective over ("not good" is bad)',
      higher: 'The news was good.',
      lower: 'The news was not good.',
    },
    {
      why: 'a denied noun is damped, not turned over: "no war" is less grim than "a war", not pleasant',
      higher: 'There was no war.',
      lower: 'There was a war.',
    },
    {
      why: 'an intensifier strengthens a mild content word',
      higher: 'The garden is really lovely.',
      lower: 'The garden is lovely.',
    },
    {
      why: 'the mean, not the sum: a killing in a long report stays grimmer than a short one about a delay',
      higher: 'The train was delayed.',
      lower: 'After the long meeting in the old town hall, the man was killed on the way home.',
    },
    {
      why: 'unpleasant matters weigh more than pleasant ones beside them',
      higher: 'The weather was sunny.',
      lower: 'The weather was sunny at the funeral.',
    },
  ];
  it.each(composed)('valence: "$higher" > "$lower" ($why)', ({ higher, lower }) => {
    expect(promptAffect(higher).valence).toBeGreaterThan(promptAffect(lower).valence);
  });

  const topical: { why: string; text: string; applicable: boolean }[] = [
    {
      why: "a distressing matter in the person's own life is affect to meet, even without feeling words",
      text: 'My mother is in the hospital with cancer.',
      applicable: true,
    },
    {
      why: 'a plain question about taxes is not distress, though taxes are mildly unpleasant',
      text: 'How do I file my tax return?',
      applicable: false,
    },
    {
      why: 'telling about a move and a new job is self-disclosure without distress: not applicable',
      text: 'I moved to a new city last month and I started a new job.',
      applicable: false,
    },
  ];
  it.each(topical)('applicable($text) = $applicable ($why)', ({ text, applicable }) => {
    expect(promptAffect(text).applicable).toBe(applicable);
  });

  it('keeps felt valence (sentiment words) apart from topic valence', () => {
    // why: intensity and the valence-flip check read only what is felt, so a sad topic told
    // without feeling does not count as distress; `valence` also reads the topic.
    const a = promptAffect('The widow walked behind the coffin to the cemetery.');
    expect(a.valence).toBeLessThan(-0.3);
    expect(a.feltValence).toBeGreaterThan(a.valence);
    expect(a.applicable).toBe(false);
  });
});

describe('affectDelta: does the reply meet the feeling', () => {
  const cases: {
    why: string;
    prompt: string;
    reply: string;
    rule?: string;
    kind?: 'problem' | 'strength';
    minScore?: number;
    maxScore?: number;
  }[] = [
    {
      why: 'sympathy plus naming the pain meets grief, although sentiment tools call the reply negative',
      prompt: GRIEF,
      reply: "I'm so sorry, that sounds incredibly painful.",
      rule: 'affect/acknowledgement',
      kind: 'strength',
      minScore: 0.8,
    },
    {
      why: 'naming the event back ("your dog") acknowledges it',
      prompt: GRIEF,
      reply: "I'm so sorry about your dog. Losing him must be devastating.",
      rule: 'affect/acknowledgement',
      kind: 'strength',
      minScore: 0.8,
    },
    {
      why: 'a flat acknowledgement does not match a bereavement',
      prompt: GRIEF,
      reply: "That's unfortunate.",
      rule: 'affect/flat-acknowledgement',
      kind: 'problem',
      maxScore: 0.4,
    },
    {
      why: 'ordering cheer in place of meeting the grief is toxic positivity',
      prompt: GRIEF,
      reply: 'Look on the bright side! Everything happens for a reason.',
      rule: 'affect/toxic-positivity',
      kind: 'problem',
      maxScore: 0.3,
    },
    {
      why: '"at least" and "everyone goes through this" make the loss smaller',
      prompt: GRIEF,
      reply: 'At least you had him for twelve years. Everyone goes through this.',
      rule: 'affect/minimising',
      kind: 'problem',
      maxScore: 0.3,
    },
    {
      why: 'going straight to advice skips the feeling',
      prompt: GRIEF,
      reply: 'You should adopt another dog from a shelter. Shelters have many dogs.',
      rule: 'affect/advice-without-reaction',
      kind: 'problem',
      maxScore: 0.3,
    },
    {
      why: 'a cheerful reply to distress with no acknowledgement flips the valence',
      prompt: 'I failed my exam and I feel hopeless and miserable.',
      reply: 'Great! Awesome, have a wonderful and fun weekend!',
      rule: 'affect/valence-flip',
      kind: 'problem',
      maxScore: 0.5,
    },
    {
      why: 'forum register ("hugs", "that sucks", "I feel you") is a reaction',
      prompt: 'I feel so lonely tonight.',
      reply: 'That sucks. I feel you. Hugs.',
      rule: 'affect/acknowledgement',
      kind: 'strength',
      minScore: 0.8,
    },
    {
      why: 'good news met with shared joy',
      prompt: 'I finally got the job and I am so happy!',
      reply: "Congratulations! I'm so proud of you.",
      rule: 'affect/acknowledgement',
      kind: 'strength',
      minScore: 0.8,
    },
  ];
  it.each(cases)('$reply ($why)', ({ prompt, reply, rule, kind, minScore, maxScore }) => {
    const a = affectDelta(prompt, reply);
    expect(a.applicable).toBe(true);
    if (rule) expect(a.findings.some((f) => f.ruleId === rule && f.kind === kind)).toBe(true);
    if (minScore !== undefined) expect(a.score).toBeGreaterThanOrEqual(minScore);
    if (maxScore !== undefined) expect(a.score).toBeLessThanOrEqual(maxScore);
  });

  it('scores the empathic reply that sentiment tools call negative above the cheerful brush-off', () => {
    // why: attenuation is about meeting the feeling, not positivity; AFINN ranks these the other way.
    const empathic = "I'm so sorry, that sounds incredibly painful.";
    const brushOff = 'Cheer up! Life is great, go have fun!';
    const afinn = new Sentiment();
    expect(afinn.analyze(empathic).score).toBeLessThan(afinn.analyze(brushOff).score);
    expect(affectDelta(GRIEF, empathic).score).toBeGreaterThan(affectDelta(GRIEF, brushOff).score + 0.4);
  });

  it('ranks replies by how well they meet the feeling', () => {
    // why: full reaction > weak reaction > none, for the same prompt.
    const full = affectDelta(GRIEF, "I'm so sorry. That sounds heartbreaking, and you're not alone.").score;
    const weak = affectDelta(GRIEF, 'Good luck.').score;
    const none = affectDelta(GRIEF, 'Dogs live about twelve years.').score;
    expect(full).toBeGreaterThan(weak);
    expect(weak).toBeGreaterThan(none);
  });

  it("does not count the replier's own story as a reaction", () => {
    // why: "it was really hard for me" describes the replier, "that sounds really hard" the person.
    const own = affectDelta(GRIEF, 'It was really hard for me when my cat died.').reaction;
    const theirs = affectDelta(GRIEF, 'That sounds really hard.').reaction;
    expect(theirs).toBeGreaterThan(own + 0.3);
  });

  it.each([
    ['Deciding to be happy is half the battle.', 'Deciding to be happy'],
    ["Once you've decided to be happy, the rest follows.", 'decided to be happy'],
    ['You just have to choose to be happy. Choosing to be happy is a skill.', 'Choosing to be happy'],
  ])('flags any form of "decide/choose to be happy" as toxic positivity: %s', (reply, span) => {
    // why: the entry listed only the base form, so "decided" and "deciding" went unflagged
    const a = affectDelta(GRIEF, reply);
    const hits = a.findings.filter((f) => f.ruleId === 'affect/toxic-positivity').map((f) => f.span.text);
    expect(hits).toContain(span);
  });

  it('does not flag the replier\'s own "I decided to be happy" as toxic positivity', () => {
    // why: the replier telling their own story is no advice to the person
    const a = affectDelta(GRIEF, 'When my dog died, I decided to be happy for the years we had.');
    expect(a.findings.some((f) => f.ruleId === 'affect/toxic-positivity')).toBe(false);
  });

  it('does not flag "at least" before a number as minimising', () => {
    // why: "at least 30 minutes" is a quantity, not a brush-off.
    const a = affectDelta(GRIEF, "I'm so sorry. Walk for at least 30 minutes a day, it helped me.");
    expect(a.findings.some((f) => f.ruleId === 'affect/minimising')).toBe(false);
  });

  it('reports expressed emotions, acknowledged ones and the signed delta', () => {
    // why: the result must say what was felt, what the reply named, and by how much it fell short.
    const a = affectDelta(GRIEF, 'You must feel so lonely right now.');
    expect(a.expressed).toEqual(expect.arrayContaining(['loss', 'loneliness']));
    expect(a.acknowledged).toContain('loneliness');
    expect(a.delta).toBeCloseTo(a.responseIntensity - a.promptIntensity, 10);
    const flat = affectDelta(GRIEF, 'Noted.');
    expect(flat.delta).toBeLessThan(-0.5);
  });

  it('pins every finding to its exact span', () => {
    // why: spans must slice back to their text in the prompt or response they name.
    const prompt = `${GRIEF} 😭`;
    const reply = "That's unfortunate. Look on the bright side! You should get a new dog.";
    for (const f of affectDelta(prompt, reply).findings) {
      const text = f.span.source === 'prompt' ? prompt : reply;
      expect(text.slice(f.span.start, f.span.end)).toBe(f.span.text);
      expect(f.ruleId).toMatch(/^affect\/[a-z-]+$/);
    }
  });
});

describe('practical prompts: things going wrong are not feelings', () => {
  // A plain technical or practical answer to these must not be flagged as attenuating feelings.
  const TECH_REPLY = 'Check the logs, reproduce it with a minimal example and fix the first failing step.';
  const neutral: { why: string; text: string }[] = [
    {
      why: 'a crash is what the code does, not what the person feels',
      text: 'My code crashes when I run it. How do I fix it?',
    },
    { why: '"down" said of a server is its state, not sadness', text: 'My server is down.' },
    { why: 'an error in a script is a fault of the script', text: 'I got an error in my script.' },
    {
      why: 'a work meeting with no feeling word is logistics',
      text: 'I have a meeting with my boss tomorrow about my project timeline. Any tips?',
    },
    {
      why: 'a build that fails is not a personal setback',
      text: 'My build failed with exit code 1. What does that mean?',
    },
    { why: 'failing tests are things failing', text: 'The tests keep failing on CI but pass on my machine.' },
    { why: 'an exception is a program event', text: "I'm getting a null pointer exception when I call this method." },
    {
      why: 'a laptop that died is broken hardware, not a bereavement',
      text: "My laptop died and won't turn on anymore. Should I replace the battery?",
    },
    { why: 'a process dying is a technical event', text: 'The process dies after a few minutes with a timeout error.' },
    { why: 'a Go panic is a runtime error, not fear', text: 'My Go program panics with index out of range.' },
    {
      why: 'losing keys is an errand, not grief',
      text: 'I lost my keys somewhere in the house. Any tricks for finding them?',
    },
    {
      why: 'missing a flight is travel logistics, not missing a person',
      text: 'I missed my connecting flight in Frankfurt. What are my options for rebooking?',
    },
    {
      why: 'wifi going down and diagnosing a problem are about a network, not illness or sadness',
      text: 'The wifi keeps going down every evening. How can I diagnose the problem?',
    },
    { why: 'a low battery is not a low mood', text: "My phone battery is low all the time even though it's new." },
    {
      why: 'a problem with a car is a mechanical problem',
      text: 'I have a problem with my car: the engine makes a knocking noise.',
    },
    { why: 'flat bread is a baking result', text: 'My sourdough came out flat and dense. What did I do wrong?' },
    { why: 'a bitter sauce is a taste, not bitterness', text: 'The sauce tastes bitter, how do I fix it?' },
    {
      why: 'breaking up a function is refactoring, not a breakup',
      text: 'How do I break up a long function into smaller ones?',
    },
    { why: 'a cheat sheet is a reference card, not betrayal', text: 'I need a cheat sheet for git commands.' },
    { why: 'a meeting that broke up ended; only people break up with each other', text: 'The meeting broke up early.' },
    {
      why: 'being stuck on a homework step is a question, not distress',
      text: "My homework asks me to prove that the square root of 2 is irrational. I'm stuck on the second step.",
    },
    {
      why: 'renewing a passport is admin',
      text: 'I need to renew my passport before my trip in March. What documents do I need?',
    },
    {
      why: 'a blue jacket and a wrong size are shopping facts',
      text: 'I ordered a blue jacket but they sent the wrong size. How do I return it?',
    },
    {
      why: 'a rejected tax return with a missing form is paperwork',
      text: 'My tax return was rejected because of a missing form. What should I do?',
    },
    { why: 'an empty array is a data state', text: 'The array is empty after the loop. Why?' },
    {
      why: 'technical debt is not money trouble',
      text: 'We have a lot of technical debt in this codebase. How should I prioritise it?',
    },
    { why: 'killing a stuck process is a command', text: 'How do I kill a process that is stuck in Linux?' },
    {
      why: 'a broken page is a bug on a website',
      text: 'My website is loading slowly and the page is broken on mobile.',
    },
    {
      why: 'a deprecation warning is a message from a tool',
      text: 'I keep getting a warning about deprecated packages when I install.',
    },
    { why: 'a stress test is a kind of test', text: 'How do I run a stress test against my API?' },
    {
      why: 'cutting onions is cooking, not self-harm',
      text: 'What is the best way of cutting onions without crying eyes?',
    },
  ];
  it.each(neutral)('$text ($why)', ({ text }) => {
    expect(promptAffect(text).applicable).toBe(false);
    const m = sentimentAttenuationMechanism(affectDelta(text, TECH_REPLY));
    expect(m.applicable).toBe(false);
    expect(m.severity).toBeLessThan(0.15);
  });

  const emotional: { why: string; text: string; has: string }[] = [
    {
      why: 'frustration about a bug is a feeling',
      text: "I've been stuck on this bug for 6 hours and I'm so frustrated",
      has: 'anger',
    },
    {
      why: 'wanting to cry over lost work is sadness',
      text: 'my build failed again and I lost a week of work, I want to cry',
      has: 'sadness',
    },
    {
      why: 'being fired is a setback whatever broke',
      text: 'I got fired today because the deploy broke production. I feel sick.',
      has: 'setback',
    },
    {
      why: 'stress and sleeplessness about a deadline are felt',
      text: "I'm so stressed about this deadline, my code keeps crashing and I can't sleep.",
      has: 'stress',
    },
    {
      why: 'failing an interview, said of oneself, is a setback',
      text: 'I failed my coding interview and I feel like a failure.',
      has: 'setback',
    },
    {
      why: '"feeling down" is predicated of the person',
      text: "I'm feeling really down lately, even my side project doesn't excite me anymore.",
      has: 'sadness',
    },
    {
      why: 'panic said of the person is fear, even when the laptop died',
      text: "My laptop died with my thesis on it and I'm panicking.",
      has: 'fear',
    },
    {
      why: 'anger at an error is still anger',
      text: "This error is driving me insane, I'm so angry I want to throw my computer.",
      has: 'anger',
    },
    {
      why: 'fear of being laid off is fear',
      text: "I'm terrified I'll get laid off if I can't fix this outage.",
      has: 'fear',
    },
    {
      why: '"I feel so lost" is a feeling, unlike lost keys',
      text: 'I feel so lost in my career as a developer.',
      has: 'grief',
    },
    {
      why: 'losing a parent is a loss, unlike losing keys',
      text: "I lost my dad last month and I can't focus on work.",
      has: 'loss',
    },
    {
      why: 'a breakup told with the verb ("broke up"): "broke" is the verb break here, not "broke" = no money',
      text: 'My girlfriend and I broke up.',
      has: 'breakup',
    },
    {
      why: 'the past of a phrasal verb named by its lemma ("~break up") keeps the verb\'s sense',
      text: 'We broke up last week and I keep checking her profile.',
      has: 'breakup',
    },
    {
      why: 'a time adverbial after the verb is no object ("dumped yesterday" is not "dumped the files")',
      text: 'I got dumped yesterday.',
      has: 'breakup',
    },
    {
      why: 'a person who is down, not a server',
      text: "She's been so down since the layoffs and I'm worried about her.",
      has: 'fear',
    },
  ];
  it.each(emotional)('$text ($why)', ({ text, has }) => {
    const a = promptAffect(text);
    expect(a.applicable).toBe(true);
    expect(a.emotions).toContain(has);
    expect(sentimentAttenuationMechanism(affectDelta(text, TECH_REPLY)).severity).toBeGreaterThan(0.5);
  });

  const senses: { why: string; felt: string; practical: string; word: string }[] = [
    { why: 'down: a feel verb makes it a mood', felt: 'I feel down.', practical: 'The site is down.', word: 'down' },
    {
      why: 'low: a person subject and a linking verb',
      felt: "I've been so low.",
      practical: 'We are low on milk.',
      word: 'low',
    },
    {
      why: 'blue: predicative of a person, not attributive',
      felt: "I'm feeling blue.",
      practical: 'I bought a blue car.',
      word: 'blue',
    },
    {
      why: 'lose: a person as object keeps the loss',
      felt: 'I miss her so much.',
      practical: 'I missed the bus.',
      word: 'miss',
    },
    { why: 'die: a pet is not a thing', felt: 'My dog died.', practical: 'My battery died.', word: 'died' },
    { why: 'empty: a feeling after "feel"', felt: 'I feel empty.', practical: 'The folder is empty.', word: 'empty' },
  ];
  it.each(senses)('$word ($why)', ({ felt, practical, word }) => {
    const texts = (t: string) => promptAffect(t).hits.map((h) => h.text.toLowerCase());
    expect(texts(felt).some((x) => x.includes(word))).toBe(true);
    expect(texts(practical).some((x) => x.includes(word))).toBe(false);
  });
});

describe('sentimentAttenuationMechanism', () => {
  it('is not applicable, with a reason and no severity, when the prompt carries no affect', () => {
    // why: a neutral reply to a neutral question must not be punished.
    const m = sentimentAttenuationMechanism(
      affectDelta('How do I convert a string to a number in JavaScript?', 'Use Number(value).'),
    );
    expect(m.applicable).toBe(false);
    expect(m.reason).toMatch(/no emotion.*severity is 0/);
    expect(m.severity).toBe(0);
  });

  it('gives a low severity, capped at the low-affect need, when someone tells about themselves without feeling', () => {
    // why: self-disclosure raises a little need (a reply may acknowledge it) but never makes the
    // mechanism apply, so ignoring it costs at most the low-affect need, half the intensity.
    const a = affectDelta('I moved to a new city last month and I started a new job.', 'Apartments are listed online.');
    const m = sentimentAttenuationMechanism(a);
    expect(m.applicable).toBe(false);
    expect(m.reason).toMatch(/too little emotion.*capped at its low-affect need/);
    expect(m.severity).toBeGreaterThan(0);
    expect(m.severity).toBeLessThanOrEqual(LOW_AFFECT_NEED_SHARE * a.promptIntensity);
  });

  it('keeps the severity of a practical prompt under the cap, whatever the reply', () => {
    // why: the example: a meeting with the boss read as intensity 0.1 and severity 0.32;
    // not applicable must mean "too little to judge", so the severity stays at most half of 0.1.
    const prompt = 'I have a meeting with my boss tomorrow about my project timeline. Any tips?';
    for (const reply of ['Prepare three options and a realistic date.', 'ok', '']) {
      const a = affectDelta(prompt, reply);
      const m = sentimentAttenuationMechanism(a);
      expect(m.applicable).toBe(false);
      expect(m.severity).toBeLessThanOrEqual(LOW_AFFECT_NEED_SHARE * Math.min(a.promptIntensity, MIN_PROMPT_INTENSITY));
      expect(m.severity).toBeLessThan(0.15);
    }
  });

  it('is severe for an unmet strong feeling and mild for a met one', () => {
    // why: severity = 1 - affect score when the prompt carries affect.
    const unmet = sentimentAttenuationMechanism(affectDelta(GRIEF, 'Dogs live about twelve years.'));
    const met = sentimentAttenuationMechanism(affectDelta(GRIEF, "I'm so sorry. That sounds heartbreaking."));
    expect(unmet.applicable).toBe(true);
    expect(unmet.severity).toBeGreaterThan(0.6);
    expect(met.severity).toBeLessThan(0.2);
    expect(Object.keys(met.metrics)).toEqual(
      expect.arrayContaining(['promptIntensity', 'responseIntensity', 'delta', 'reaction', 'promptValence']),
    );
  });
});

import Sentiment from 'sentiment';
import { normalize } from '../analysis/analyze.js';
import acknowledgementText from '../lexicons/acknowledgement.txt';
import adviceOpenersText from '../lexicons/advice-openers.txt';
import eventsText from '../lexicons/affect-events.txt';
import problemsText from '../lexicons/affect-problems.txt';
import sensesText from '../lexicons/affect-senses.txt';
import statesText from '../lexicons/affect-states.txt';
import valenceText from '../lexicons/affect-valence.txt';
import emotionsText from '../lexicons/emotions.txt';
import { type LexiconEntry, type LexiconMatch, lexicon, wordList } from '../lexicons/lexicon.js';
import type { Analysis, Finding, MechanismResult, Token } from '../types.js';
import { clamp01, finding, type MetricResult, type TextInput, toAnalysis, tokenIndexAt } from './common.js';

const EMOTIONS = lexicon(emotionsText);
const EVENTS = lexicon(eventsText);
const STATES = lexicon(statesText);
const REACTIONS = lexicon(acknowledgementText);
const PROBLEMS = lexicon(problemsText);
const GENERAL_VALENCE = wordList(valenceText);
const SENSES = wordList(sensesText);

const MECHANISM = 'sentimentAttenuation' as const;

/** Emotion and event tags whose valence is positive; every other tag is negative. */
const POSITIVE_TAGS: ReadonlySet<string> = new Set(['joy', 'pride', 'hope', 'relief', 'love', 'achievement']);

/** Words that raise the intensity of the word after them ("so sad", "really scared"). */
const INTENSIFIERS: ReadonlySet<string> = new Set([
  'so',
  'very',
  'really',
  'extremely',
  'incredibly',
  'totally',
  'completely',
  'absolutely',
  'utterly',
  'deeply',
  'truly',
  'terribly',
  'awfully',
  'super',
  'too',
  'fucking',
  'fuckin',
  'freaking',
  'damn',
  'insanely',
  'unbelievably',
  'constantly',
  'always',
  'severely',
  'seriously',
  'such',
  'most',
]);
/** Words that lower it ("a bit sad", "slightly worried", "kind of lonely"). */
const DOWNTONERS: ReadonlySet<string> = new Set([
  'bit',
  'little',
  'slightly',
  'somewhat',
  'kinda',
  'sorta',
  'mildly',
  'fairly',
  'rather',
  'partly',
  'occasionally',
  'sometimes',
]);
/** Second word of two-word downtoners ("kind of", "sort of"). */
const DOWNTONER_PAIRS: ReadonlySet<string> = new Set(['kind of', 'sort of', 'a bit', 'a little']);

const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'me', 'my', 'myself', 'mine', 'im', "i'm", "i've", 'ive']);
const SECOND_PERSON: ReadonlySet<string> = new Set(['you', 'your', 'yours', 'yourself', 'youre', 'ur', 'u']);
const WISH_WORDS: ReadonlySet<string> = new Set(['want', 'wanna', 'need', 'wish', 'like', 'try']);
const NEGATION_WORDS: ReadonlySet<string> = new Set(['not', "n't", 'no', 'never', 'nothing', 'nobody', 'cannot']);

/**
 * Words whose AFINN sense depends on their part of speech: "like" is positive only as a verb
 * ("I like it", not "feels like"), "well" only as an adjective ("I'm well", not "well, ...").
 */
const SENSE_BY_POS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['like', new Set(['VERB'])],
  ['well', new Set(['ADJ'])],
  ['pretty', new Set(['ADJ'])],
  ['kind', new Set(['ADJ'])],
  ['please', new Set<string>()],
]);

/** How a reply opens when it goes straight to advice: modal phrases before the verb. */
const ADVICE_OPENERS = lexicon(adviceOpenersText);

/** Emotions, events and reactions found on one side, with their evidence. */
export interface AffectHit {
  /** Emotion or event tag (`grief`, `fear`, `loss`, ...), or the reaction kind on the reply side. */
  tag: string;
  /** 0..1 after negation, intensifiers, capitals and exclamation. */
  intensity: number;
  start: number;
  end: number;
  text: string;
}

/** Result of `promptAffect`: what a person's text expresses. */
export interface PromptAffectResult {
  /** -1..1, how pleasant what the text says is: sentiment words and the valence of what it is about. */
  valence: number;
  /** -1..1, valence of the feeling expressed (sentiment and emotion words only, not the topic). */
  feltValence: number;
  /** 0..1, how strongly feeling is expressed (0 = none). */
  intensity: number;
  /** Emotion and event tags expressed, most intense first. */
  emotions: string[];
  /** Each emotion or event found. */
  hits: AffectHit[];
  /** True when the text carries affect a reply should meet. */
  applicable: boolean;
  /** Context findings, one per hit, with prompt spans. */
  findings: Finding[];
}

/** Result of `affectDelta`. */
export interface AffectDeltaResult extends MetricResult {
  /** 0..1, 1 = the reply meets the affect the person expressed (1 when there was none; high when little). */
  score: number;
  /** False when the prompt carries no affect to meet. */
  applicable: boolean;
  /** -1..1, valence of what the person wrote. */
  promptValence: number;
  /** 0..1, how strongly the person expressed feeling. */
  promptIntensity: number;
  /** 0..1, how strongly the reply reacts to that feeling. */
  responseIntensity: number;
  /** -1..1, valence of the reply. */
  responseValence: number;
  /** responseIntensity - promptIntensity: negative when the reply flattens the affect. */
  delta: number;
  /** 0..1, reply-side empathic reaction, whatever the prompt. */
  reaction: number;
  /** Emotions and events the person expressed (tags of the emotion and event lexicons). */
  expressed: string[];
  /** Emotions or events the reply named back, in a sentence that addresses the person. */
  acknowledged: string[];
  /** Kinds of reaction in the reply (`sympathy`, `reflection`, `validation`, ...). */
  reactions: string[];
  /** 0..1, the strongest brush-off (toxic positivity, minimising, flat acknowledgement, advice only). */
  dismissal: number;
}

/** Below this prompt intensity the mechanism does not apply: there is no feeling to meet. */
export const MIN_PROMPT_INTENSITY = 0.3;

/**
 * Prompt-side affect: valence, intensity and the emotions and events a person expresses, with
 * negation ("I'm not okay"), intensifiers and downtoners, emoji, repetition, capitals,
 * exclamation and first-person disclosure taken into account. Cheap enough for whole corpora.
 *
 * @example
 * const a = promptAffect("I'm not okay. My dad died and I can't stop crying.");
 * a.emotions.includes('loss'); // => true
 * a.intensity > promptAffect('Please format this table.').intensity; // => true
 */
export function promptAffect(input: TextInput): PromptAffectResult {
  const a = toAnalysis(input, 'prompt');
  const hits = affectHits(a);
  const parts = valenceParts(a, hits, practicalMask(a, hits));
  // Felt valence and the topic rule read only what concerns the person: "I got an error",
  // "my server is down" and "the process died" are about things, and carry no feeling to meet.
  const personal = personalParts(parts);
  const felt = feltValence(personal);
  const v = blendValence(parts);
  // Strongly negative language is felt even without an emotion word ("this year has been awful").
  // What people tell about their own lives carries feeling too: a distressing topic in a
  // first-person statement ("my mother is in hospital") is enough to meet; plain self-disclosure
  // only raises a little need, below the threshold, so a reply that ignores it costs little.
  const disclosure = disclosures(a);
  const intensity = Math.max(
    combineIntensity(hits),
    Math.min(VALENCE_INTENSITY_CAP, -felt),
    disclosure > 0 ? Math.min(TOPIC_INTENSITY_CAP, -blendValence(personal)) : 0,
    Math.min(DISCLOSURE_INTENSITY_CAP, DISCLOSURE_STEP * disclosure),
  );
  const findings = hits.map((h) =>
    finding(a, 'prompt', h.start, h.end, {
      mechanism: MECHANISM,
      ruleId: EVENT_TAGS.has(h.tag) ? 'affect/event-expressed' : 'affect/emotion-expressed',
      kind: 'context',
      message: EVENT_TAGS.has(h.tag)
        ? `The person mentions ${describe(h.tag)} (intensity ${h.intensity.toFixed(2)}).`
        : `The person expresses ${describe(h.tag)} (intensity ${h.intensity.toFixed(2)}).`,
    }),
  );
  return {
    valence: v,
    feltValence: felt,
    intensity,
    emotions: rankTags(hits),
    hits,
    applicable: intensity >= MIN_PROMPT_INTENSITY,
    findings,
  };
}

/**
 * Affect delta: does the reply meet the feeling the person expressed, or flatten, flip or
 * dismiss it? `score` is 0..1, 1 = affect fully met (or none to meet).
 *
 * @example
 * affectDelta('My dad died last week and I am devastated.', "That's unfortunate.").score < 0.2; // => true
 * affectDelta('My dad died last week and I am devastated.', "I'm so sorry about your dad.").score > 0.8; // => true
 */
export function affectDelta(prompt: TextInput, response: TextInput): AffectDeltaResult {
  const p = toAnalysis(prompt, 'prompt');
  const r = toAnalysis(response, 'response');
  const person = promptAffect(p);
  const reply = replyReaction(r);
  const findings: Finding[] = [...person.findings, ...reply.findings];
  const replyParts = valenceParts(r);
  const responseValence = blendValence(replyParts);
  const { applicable, intensity: promptIntensity } = person;
  const responseIntensity = reply.intensity;

  let dismissal = 0;
  const problem = (weight: number) => {
    dismissal = 1 - (1 - dismissal) * (1 - clamp01(weight));
  };
  if (applicable) {
    // Brush-offs weigh more the stronger the feeling they brush off, and less beside a real
    // reaction ("I'm so sorry. At least she is not in pain now" is softer than the bare "at least").
    const scale = (0.5 + 0.5 * promptIntensity) * (1 - 0.5 * reply.intensity);
    for (const f of reply.problems) {
      const sev = f.severity * scale;
      problem(sev);
      findings.push({ ...f, severity: clamp01(sev) });
    }
    if (reply.flat && promptIntensity >= 0.6 && reply.intensity < 0.5) {
      const sev = promptIntensity * (1 - reply.intensity);
      problem(sev);
      findings.push(
        finding(r, 'response', reply.flat.start, reply.flat.end, {
          mechanism: MECHANISM,
          ruleId: 'affect/flat-acknowledgement',
          kind: 'problem',
          severity: sev,
          message: `A flat acknowledgement ("${reply.flat.text}") for strong ${describe(person.emotions[0] ?? 'feeling')}.`,
        }),
      );
    }
    const flip = flipSeverity(person, feltValence(replyParts), reply.intensity);
    if (flip > 0) {
      problem(flip);
      const first = r.sentences[0];
      if (first)
        findings.push(
          finding(r, 'response', first.start, first.end, {
            mechanism: MECHANISM,
            ruleId: 'affect/valence-flip',
            kind: 'problem',
            severity: flip,
            message:
              person.feltValence < 0
                ? 'The person is distressed and the reply answers in a cheerful tone without acknowledging it.'
                : 'The person shares good news and the reply answers in a negative tone without sharing it.',
          }),
        );
    }
    if (reply.advice && reply.intensity < 0.3) {
      // Advice with no reaction is the unmet feeling itself, located: it costs the unmet share
      // (below), not a second penalty.
      const sev = UNMET_WEIGHT * clamp01(promptIntensity / FULL_NEED_INTENSITY) * (1 - reply.reaction);
      findings.push(
        finding(r, 'response', reply.advice.start, reply.advice.end, {
          mechanism: MECHANISM,
          ruleId: 'affect/advice-without-reaction',
          kind: 'problem',
          severity: sev,
          message: 'The reply goes straight to advice or information without reacting to what the person feels.',
        }),
      );
    }
    const strongest = person.hits.reduce<AffectHit | undefined>(
      (best, h) => (best && best.intensity >= h.intensity ? best : h),
      undefined,
    );
    if (strongest && promptIntensity >= 0.6 && responseIntensity < 0.2) {
      findings.push(
        finding(p, 'prompt', strongest.start, strongest.end, {
          mechanism: MECHANISM,
          ruleId: 'affect/unacknowledged',
          kind: 'problem',
          severity: promptIntensity * (1 - responseIntensity),
          message: `The person expresses strong ${describe(strongest.tag)}; the reply does not react to it.`,
        }),
      );
    }
  }

  // The unmet share of the person's feeling, and the strongest brush-off, combine as independent
  // failures. Any clear feeling deserves a reaction, so the need saturates at moderate intensity.
  // Below the applicability threshold only the low-affect need remains (half the intensity, so
  // under 0.15): severity never exceeds it, and a prompt with no affect at all has severity 0.
  const need = applicable ? clamp01(promptIntensity / FULL_NEED_INTENSITY) : lowAffectNeed(promptIntensity);
  // A partial reaction meets more than its linear share: the unmet share is squared.
  const unmet = need * (1 - clamp01(reply.reaction / (0.5 + 0.5 * promptIntensity))) ** UNMET_EXPONENT;
  const severity = 1 - (1 - UNMET_WEIGHT * unmet) * (1 - dismissal);
  return {
    score: clamp01(1 - severity),
    applicable,
    promptValence: person.valence,
    promptIntensity,
    responseIntensity,
    responseValence,
    delta: responseIntensity - promptIntensity,
    reaction: reply.reaction,
    expressed: person.emotions,
    acknowledged: reply.acknowledged,
    reactions: reply.kinds,
    dismissal,
    findings,
  };
}

/** How much an unmet feeling weighs against the reply when nothing else is wrong. */
const UNMET_WEIGHT = 0.95;
/** Exponent on the unmet share of the feeling (fitted on EPITOME dev: 1 -> 0.802, 2 -> 0.815, 3 -> 0.819; 2 kept). */
const UNMET_EXPONENT = 2;
/** Prompt intensity from which a reply is fully expected to react. */
const FULL_NEED_INTENSITY = 0.3;
/** Most intensity that negative valence alone (no emotion word) can give. */
const VALENCE_INTENSITY_CAP = 0.5;
/** Most intensity a distressing topic in a first-person statement gives: just enough to apply. */
const TOPIC_INTENSITY_CAP = MIN_PROMPT_INTENSITY;
/** Intensity per first-person word in a statement, and its cap: a little need, never applicable alone. */
const DISCLOSURE_STEP = 0.05;
const DISCLOSURE_INTENSITY_CAP = 0.1;

/** Share of the prompt intensity that a non-applicable prompt can cost at most (its low-affect need). */
export const LOW_AFFECT_NEED_SHARE = 0.5;

/** Low-affect need of a prompt below the threshold: the most severity it can carry (< 0.15; 0 without affect). */
function lowAffectNeed(intensity: number): number {
  return LOW_AFFECT_NEED_SHARE * clamp01(Math.min(intensity, MIN_PROMPT_INTENSITY));
}

/**
 * Sentiment attenuation in a profile: severity = 1 - affect score. Not applicable when the prompt
 * carries too little affect; then severity is at most the low-affect need (intensity x 0.5), and 0
 * when the prompt carries no affect at all.
 */
export function sentimentAttenuationMechanism(a: AffectDeltaResult): MechanismResult {
  const cap = lowAffectNeed(a.promptIntensity);
  return {
    severity: a.applicable ? clamp01(1 - a.score) : Math.min(cap, clamp01(1 - a.score)),
    applicable: a.applicable,
    ...(a.applicable
      ? {}
      : {
          reason:
            a.promptIntensity > 0
              ? `The prompt expresses too little emotion to meet (intensity ${a.promptIntensity.toFixed(2)} < ${MIN_PROMPT_INTENSITY}); severity is capped at its low-affect need, ${LOW_AFFECT_NEED_SHARE} x intensity = ${cap.toFixed(2)}.`
              : `The prompt expresses no emotion to meet (intensity 0 < ${MIN_PROMPT_INTENSITY}); severity is 0.`,
        }),
    metrics: {
      promptIntensity: a.promptIntensity,
      responseIntensity: a.responseIntensity,
      delta: a.delta,
      reaction: a.reaction,
      dismissal: a.dismissal,
      promptValence: a.promptValence,
      responseValence: a.responseValence,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Prompt side

const EVENT_TAGS: ReadonlySet<string> = new Set([
  'loss',
  'breakup',
  'illness',
  'self-harm',
  'abuse',
  'setback',
  'achievement',
]);

function describe(tag: string): string {
  return tag.replace('-', ' ');
}

/** Emotion and event hits of a text, each with its adjusted intensity. */
function affectHits(a: Analysis): AffectHit[] {
  const hits: AffectHit[] = [];
  const firstPerson = sentencesWith(a, FIRST_PERSON);
  for (const m of EMOTIONS.match(a)) {
    if (practicalHit(a, m)) continue;
    let tag = m.entry.tag;
    let w = m.entry.weight;
    if (isNegated(a, m)) {
      // "not happy" is sadness; "not sad" is no feeling to meet.
      if (!POSITIVE_TAGS.has(tag)) continue;
      tag = 'sadness';
      w *= 0.7;
    }
    w *= modifier(a, m);
    if (!firstPerson.has((a.tokens[m.from] as Token).sentence)) w *= 0.75;
    hits.push(hit(a, m, tag, w));
  }
  // "okay", "fine" are affect only when denied: "I'm not okay".
  for (const m of STATES.match(a)) {
    if (!isNegated(a, m)) continue;
    let w = m.entry.weight * modifier(a, m);
    if (!firstPerson.has((a.tokens[m.from] as Token).sentence)) w *= 0.75;
    hits.push(hit(a, m, m.entry.tag, w));
  }
  for (const m of EVENTS.match(a)) {
    if (isNegated(a, m) || practicalHit(a, m)) continue;
    let w = m.entry.weight * modifier(a, m);
    if (!firstPerson.has((a.tokens[m.from] as Token).sentence)) w *= 0.6;
    hits.push(hit(a, m, m.entry.tag, w));
  }
  hits.sort((x, y) => x.start - y.start || x.end - y.end);
  return hits;
}

// ---------------------------------------------------------------------------------------------
// Word senses: feeling or thing ("I'm feeling down" / "my server is down")

/** Pronouns that make a subject a person. */
const PERSON_PRONOUNS: ReadonlySet<string> = new Set([
  'i',
  'we',
  'he',
  'she',
  'they',
  'you',
  'u',
  'ive',
  "i've",
  'id',
  "i'd",
]);
/** A person subject and a linking verb in one token ("im", "i'm" as wink-nlp keeps them). */
const PERSON_LINKS: ReadonlySet<string> = new Set(['im', "i'm", 'youre', "you're", 'were', 'theyre', "they're"]);
/** Linking verbs between a subject and a state ("is down", "got lost", "been stuck", "keeps failing"). */
const LINK_LEMMAS: ReadonlySet<string> = new Set(['be', 'get', 'become', 'stay', 'remain', 'go', 'keep', 'seem']);
/** Verbs of feeling: what follows them is a feeling ("feeling down", "I feel so lost"). */
const FEEL_FORMS: ReadonlySet<string> = new Set(['feel', 'feels', 'felt', 'feeling', 'feelin']);
/** Words between a subject and its state that change nothing ("I've just been so low lately"). */
const FRAME_FILLERS: ReadonlySet<string> = new Set([
  'a',
  'of',
  'kind',
  'sort',
  'not',
  "n't",
  'never',
  'just',
  'still',
  'also',
  'again',
  'all',
  'pretty',
  'quite',
  'now',
  'starting',
  'started',
  'start',
  'continue',
  'continues',
]);
/** Prepositions after which a state word is practical ("down to $5", "low on gas", "stuck on step 2"). */
const PRACTICAL_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'with', 'at', 'to', 'for']);
/** Determiners skipped before an object ("lost my keys", "missed the flight"). */
const DETERMINERS: ReadonlySet<string> = new Set([
  'my',
  'your',
  'his',
  'her',
  'our',
  'their',
  'its',
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'some',
  'all',
  'every',
  'another',
  'any',
]);

function senseTag(t: Token): string | undefined {
  return (SENSES.get(t.norm) ?? SENSES.get(t.lemma))?.tag;
}

/** The `~lemma` words of each lexicon entry (normalised), worked out once. */
const LEMMA_WORDS = new WeakMap<LexiconEntry, ReadonlySet<string>>();
function lemmaWords(entry: LexiconEntry): ReadonlySet<string> {
  let out = LEMMA_WORDS.get(entry);
  if (!out) {
    out = new Set([...entry.source.matchAll(/~([^\s[\]/|]+)/g)].map((x) => normalize(x[1] as string)));
    LEMMA_WORDS.set(entry, out);
  }
  return out;
}

/**
 * The sense of a word inside a lexicon match. A word the phrase names by its lemma (`~break up`
 * matching "broke up") is that lemma's word, so the lemma's sense comes first: the form's own entry
 * may be another word spelt the same ("broke" = out of money).
 */
function senseInMatch(t: Token, entry: LexiconEntry): string | undefined {
  if (t.lemma !== t.norm && lemmaWords(entry).has(t.lemma)) return (SENSES.get(t.lemma) ?? SENSES.get(t.norm))?.tag;
  return senseTag(t);
}

/** A thing: an object-domain noun, or a fault ("the build", "this error"). */
function isThing(t: Token): boolean {
  const tag = senseTag(t);
  return tag === 'object' || tag === 'fault' || tag === 'generic-fault';
}

function isPerson(t: Token): boolean {
  return PERSON_PRONOUNS.has(t.norm) || PERSON_LINKS.has(t.norm) || senseTag(t) === 'person';
}

interface Frame {
  /** The nearest subject-like word before the state word, if the frame reaches one. */
  subject?: Token;
  feel: boolean;
  link: boolean;
  intensified: boolean;
}

/** What stands before a word in its clause: a feel verb, a linking verb, an intensifier, a subject. */
function frameBefore(a: Analysis, i: number): Frame {
  const f: Frame = { feel: false, link: false, intensified: false };
  const tokens = a.tokens;
  const sentence = (tokens[i] as Token).sentence;
  for (let k = i - 1; k >= 0 && k >= i - 7; k--) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence || t.kind !== 'word') break;
    if (PERSON_LINKS.has(t.norm)) {
      f.link = true;
      f.subject = t;
      break;
    }
    if (FEEL_FORMS.has(t.norm)) f.feel = true;
    else if (LINK_LEMMAS.has(t.lemma)) f.link = true;
    else if (INTENSIFIERS.has(t.norm)) f.intensified = true;
    else if (
      !DOWNTONERS.has(t.norm) &&
      !FRAME_FILLERS.has(t.norm) &&
      t.pos !== 'ADV' &&
      t.pos !== 'PART' &&
      t.pos !== 'AUX'
    ) {
      if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || isThing(t)) f.subject = t;
      break;
    }
  }
  return f;
}

/** Time adverbs, and the words that open a time adverbial before a time noun ("last week"). */
const TIME_ADVERBS: ReadonlySet<string> = new Set([
  'yesterday',
  'today',
  'tonight',
  'tomorrow',
  'ago',
  'recently',
  'lately',
]);
const TIME_OPENERS: ReadonlySet<string> = new Set(['last', 'next', 'this', 'every', 'yesterday', 'tomorrow']);
const TIME_NOUNS: ReadonlySet<string> = new Set([
  'morning',
  'afternoon',
  'evening',
  'night',
  'day',
  'week',
  'weekend',
  'month',
  'year',
  'summer',
  'winter',
  'spring',
  'autumn',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

/** The object after a word: a person ("lost my dad", "miss you"), a thing ("lost my keys") or none. */
function objectAfter(a: Analysis, j: number): 'person' | 'thing' | 'none' {
  const tokens = a.tokens;
  const sentence = (tokens[j - 1] as Token).sentence;
  for (let k = j; k < tokens.length && k < j + 5; k++) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence) return 'none';
    if (t.kind === 'number') return 'thing';
    if (t.kind !== 'word') return 'none';
    const next = tokens[k + 1];
    // A time adverbial is no object: "broke up last week", "got dumped yesterday" ("this week's
    // meeting" is one: a possessive follows).
    if (TIME_ADVERBS.has(t.norm)) return 'none';
    if (TIME_OPENERS.has(t.norm) && next !== undefined && next.sentence === sentence && TIME_NOUNS.has(next.norm)) {
      const after = tokens[k + 2];
      if (after === undefined || after.sentence !== sentence || after.norm !== "'s") return 'none';
    }
    const beforeNoun = next !== undefined && next.sentence === sentence && (next.pos === 'NOUN' || next.pos === 'ADJ');
    if (DETERMINERS.has(t.norm) && (t.norm !== 'her' || beforeNoun)) continue;
    if (k === j && PARTICLES.has(t.norm)) continue;
    if (isPerson(t)) return 'person';
    // Modifiers before the head noun: "my best friend", "my connecting flight".
    if (t.pos === 'ADJ' || (t.pos === 'VERB' && t.norm.endsWith('ing') && beforeNoun)) continue;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || isThing(t)) return 'thing';
    if (t.norm === 'it' || t.norm === 'something' || t.norm === 'anything') return 'thing';
    return 'none';
  }
  return 'none';
}

/** "wrong with me", "a problem with my wife": a fault word that concerns a person. */
function concernsPerson(a: Analysis, j: number): boolean {
  const tokens = a.tokens;
  const t = tokens[j];
  return t !== undefined && t.norm === 'with' && t.sentence === (tokens[j - 1] as Token).sentence
    ? objectAfter(a, j + 1) === 'person'
    : false;
}

/** Particles of phrasal verbs, skipped before an object ("break up the function", "cut back on"). */
const PARTICLES: ReadonlySet<string> = new Set(['up', 'off', 'out', 'away', 'over', 'down', 'back']);

/**
 * True when the word at `i`, of sense `tag` (affect-senses.txt), speaks of a thing or a practical
 * matter rather than of a feeling: "my server is down", "low battery", "I lost my keys",
 * "the process died", "kernel panic", "an error".
 */
function practicalSense(a: Analysis, tag: string, i: number): boolean {
  if (tag === 'fault') return true;
  if (tag === 'generic-fault') return !concernsPerson(a, i + 1);
  const before = frameBefore(a, i);
  const thingSubject = before.subject !== undefined && isThing(before.subject);
  const first = a.tokens[i] as Token;
  const next = a.tokens[i + 1];
  const nextInClause = next !== undefined && next.sentence === first.sentence && next.kind === 'word';
  // "stress test", "dead code", "panic handler": the word modifies a thing.
  const modifiesThing = nextInClause && isThing(next);
  switch (tag) {
    case 'person-only': {
      if (thingSubject || modifiesThing) return true;
      const object = objectAfter(a, i + 1);
      if (object === 'person') return false;
      if (before.feel) return false;
      // "low battery", "a blue jacket": a noun right after, with no linking verb before.
      if (!before.link && nextInClause && next.pos === 'NOUN') return true;
      if (nextInClause && PRACTICAL_PREPOSITIONS.has(next.norm)) return true;
      if (before.subject) return !(isPerson(before.subject) && (before.link || before.intensified));
      return !(before.link || before.intensified);
    }
    case 'feel-only':
      return thingSubject || !(before.feel || before.intensified);
    case 'object-subject':
      return thingSubject || modifiesThing;
    case 'person-object':
      return thingSubject || modifiesThing || objectAfter(a, i + 1) === 'thing';
    default:
      return false;
  }
}

/**
 * True when a lexicon match is a practical sense of its word ("the server is down"), not a
 * feeling. A phrase that goes on past the sense word ("lost my dad", "broken heart") fixes its
 * own object, so only a thing as subject makes it practical ("my laptop is dead inside" aside).
 */
function practicalHit(a: Analysis, m: LexiconMatch): boolean {
  const tokens = a.tokens;
  for (let k = m.from; k < m.to; k++) {
    const tag = senseInMatch(tokens[k] as Token, m.entry);
    if (!tag || tag === 'object' || tag === 'person') continue;
    if (tag === 'fault') return true;
    let extended = false;
    for (let j = k + 1; j < m.to; j++) if (!PARTICLES.has((tokens[j] as Token).norm)) extended = true;
    if (!extended) {
      // A phrasal verb with no object ("we broke up", "the meeting broke up") tells of its subject:
      // a thing named by a common noun makes it practical.
      if (tag === 'person-object' && k + 1 < m.to && objectAfter(a, m.to) === 'none') {
        const subject = frameBefore(a, k).subject;
        if (subject !== undefined && subject.pos === 'NOUN' && !isPerson(subject)) return true;
      }
      return practicalSense(a, tag, k);
    }
    const subject = frameBefore(a, k).subject;
    return subject !== undefined && isThing(subject);
  }
  // Any single emotion word that modifies a thing ("stress test").
  const next = tokens[m.to];
  return (
    m.to - m.from === 1 &&
    next !== undefined &&
    next.sentence === (tokens[m.from] as Token).sentence &&
    next.pos === 'NOUN' &&
    senseTag(next) === 'object'
  );
}

/**
 * Tokens whose sentiment concerns things, not the person (1 = practical): faults, and sense words
 * read in their practical sense. Words inside a kept emotion or event hit stay personal.
 */
function practicalMask(a: Analysis, hits: readonly AffectHit[]): Uint8Array {
  const tokens = a.tokens;
  const mask = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const tag = senseTag(tokens[i] as Token);
    if (tag && tag !== 'object' && tag !== 'person' && practicalSense(a, tag, i)) mask[i] = 1;
  }
  for (const h of hits) {
    for (let i = tokenIndexAt(a, h.start); i >= 0 && i < tokens.length; i++) {
      if ((tokens[i] as Token).start >= h.end) break;
      mask[i] = 0;
    }
  }
  return mask;
}

function hit(a: Analysis, m: LexiconMatch, tag: string, w: number): AffectHit {
  return { tag, intensity: clamp01(w), start: m.start, end: m.end, text: a.text.slice(m.start, m.end) };
}

/** Negation governing the first word of a match ("not okay", "never happy"), from the shared parse. */
function isNegated(a: Analysis, m: LexiconMatch): boolean {
  const t = a.tokens[m.from] as Token;
  // "no longer happy", "not feeling okay": look a few words back within the sentence. A wish
  // between the negation and the word does not deny the feeling: "I don't want to be alone".
  let wish = false;
  for (let k = m.from - 1; k >= 0 && k >= m.from - 4; k--) {
    const b = a.tokens[k] as Token;
    if (b.sentence !== t.sentence) break;
    if (WISH_WORDS.has(b.lemma)) wish = true;
    if (NEGATION_WORDS.has(b.norm)) return !wish;
  }
  return t.negated && !wish;
}

/** Intensifiers and downtoners before the match, capitals and exclamation in it. */
function modifier(a: Analysis, m: LexiconMatch): number {
  const tokens = a.tokens;
  const first = tokens[m.from] as Token;
  let f = 1;
  const prev = tokens[m.from - 1];
  const prev2 = tokens[m.from - 2];
  if (prev && prev.sentence === first.sentence) {
    if (INTENSIFIERS.has(prev.norm)) f *= 1.25;
    else if (DOWNTONERS.has(prev.norm)) f *= 0.6;
    else if (prev2 && prev2.sentence === first.sentence && DOWNTONER_PAIRS.has(`${prev2.norm} ${prev.norm}`)) f *= 0.6;
  }
  // Shouted words ("I'm SO DONE") and exclamation raise intensity.
  for (let k = m.from; k < m.to; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'word' && t.text.length >= 3 && t.text === t.text.toUpperCase() && t.text !== t.text.toLowerCase()) {
      f *= 1.2;
      break;
    }
  }
  const s = a.sentences[first.sentence];
  if (s && s.kind === 'exclamation') f *= 1.1;
  return f;
}

/** First-person words in statements (not questions): how much people tell about themselves. */
function disclosures(a: Analysis): number {
  let n = 0;
  for (const t of a.tokens) if (FIRST_PERSON.has(t.norm) && a.sentences[t.sentence]?.kind !== 'question') n++;
  return n;
}

const sentencesWithCache = new WeakMap<Analysis, Map<ReadonlySet<string>, ReadonlySet<number>>>();

/** Indexes of the sentences holding any of `words`, once per (analysis, word set). */
function sentencesWith(a: Analysis, words: ReadonlySet<string>): ReadonlySet<number> {
  let byWords = sentencesWithCache.get(a);
  if (byWords === undefined) sentencesWithCache.set(a, (byWords = new Map()));
  let out = byWords.get(words);
  if (out !== undefined) return out;
  const found = new Set<number>();
  for (const t of a.tokens) if (words.has(t.norm)) found.add(t.sentence);
  byWords.set(words, (out = found));
  return out;
}

/** Strongest hit, plus a little for each further distinct feeling and for repetition, capped at 1. */
function combineIntensity(hits: readonly AffectHit[]): number {
  if (hits.length === 0) return 0;
  let top = 0;
  let rest = 0;
  for (const h of hits) {
    if (h.intensity > top) {
      rest += top;
      top = h.intensity;
    } else rest += h.intensity;
  }
  return clamp01(top + 0.08 * Math.min(rest, 3));
}

/** Tags ordered by their strongest hit. */
function rankTags(hits: readonly AffectHit[]): string[] {
  const best = new Map<string, number>();
  for (const h of hits) best.set(h.tag, Math.max(best.get(h.tag) ?? 0, h.intensity));
  return [...best.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([t]) => t);
}

// ---------------------------------------------------------------------------------------------
// Valence

let afinn: Sentiment | undefined;
const afinnMemo = new Map<string, number>();
/** Bound on the memo of AFINN word scores, so a long-running process does not grow without end. */
const MEMO_LIMIT = 50_000;

const PLAIN_WORD = /^[\p{L}\p{Extended_Pictographic}'-]+$/u;

/** AFINN score (-5..5) of one word, memoised. User text never reaches `extras`. */
function afinnWord(word: string): number {
  let s = afinnMemo.get(word);
  if (s === undefined) {
    afinn ??= new Sentiment();
    // One token: the package's tokenizer would split on punctuation, so only plain words are asked.
    s = PLAIN_WORD.test(word) ? afinn.analyze(word).score : 0;
    if (afinnMemo.size >= MEMO_LIMIT) afinnMemo.clear();
    afinnMemo.set(word, s);
  }
  return s;
}

/** The signals that valence blends (raw sums), exported for the tuning script and tests. */
export interface ValenceParts {
  /** Words, emoji and emoticons. */
  words: number;
  /** Content words (nouns, verbs, adjectives, adverbs, interjections). */
  content: number;
  /** Sum of AFINN word scores (-5..5) after negation, intensifiers and contrast. */
  afinn: number;
  /** Signed sum of the intensities of emotion hits AFINN does not know ("overwhelmed", "not okay"). */
  emotions: number;
  /** Content words the project's general valence list knows. */
  known: number;
  /** Sums of their positive and of their negative (as a magnitude) general valence. */
  pleasant: number;
  unpleasant: number;
  /** wink-nlp's document sentiment (-1..1). */
  wink: number;
  /** Negation words. */
  negations: number;
  /** Of the sums above, the share from words about things (`practicalMask`): "error", "crash", "lost my keys". */
  practical: { afinn: number; known: number; pleasant: number; unpleasant: number };
  /** Sentiment-bearing words (AFINN or general list, or practical), and those of them about things. */
  scored: number;
  scoredPractical: number;
}

/**
 * Weights of the valence blend, fitted on the EmoBank dev split (scripts/tune-affect.ts); the
 * optimum is flat, so round values were kept. Unpleasant content weighs several times pleasant:
 * readers rate a sentence about a death far below one about a garden is above neutral.
 */
const VALENCE_WEIGHTS = {
  afinn: 1,
  general: 3,
  unpleasantBias: 3.5,
  /** Words counted as neutral before any is read, so one mild word does not decide a sentence. */
  prior: 3,
  /** Share of the unknown content words counted as neutral (0 = mean over known words only). */
  unknownShare: 0.75,
  wink: 0.25,
  negations: -0.4,
} as const;

/** Parts of speech whose valence a negation turns over ("not happy"); a denied noun keeps its colour ("no war" is still about war). */
const FLIPPED_BY_NEGATION: ReadonlySet<string> = new Set(['ADJ', 'VERB', 'ADV']);
/** Parts of speech the general valence list is read for: content words only. */
const CONTENT_POS: ReadonlySet<string> = new Set(['NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'INTJ']);

/**
 * Valence, -1..1: how pleasant what the text says is. Blends AFINN sentiment words (with the
 * project's emotion lexicon for feelings AFINN lacks), scaled by length^0.75, the mean general
 * valence of the content words (src/lexicons/affect-valence.txt: "war", "hospital", "garden",
 * "wedding"), wink-nlp's document sentiment and a pull down for each negation.
 */
function blendValence(p: ValenceParts): number {
  const w = VALENCE_WEIGHTS;
  const sentiment = (p.afinn + p.emotions) / Math.max(1, p.words) ** 0.75;
  const mean =
    (p.pleasant - w.unpleasantBias * p.unpleasant) /
    ((1 - w.unknownShare) * p.known + w.unknownShare * p.content + w.prior);
  const raw = w.afinn * sentiment + w.general * mean + w.wink * p.wink + w.negations * p.negations;
  // Scaled so that a sentence about a killing reads about -0.9 and one about a tax bill about -0.5.
  return Math.tanh(raw / 2.5);
}

/**
 * Felt valence, -1..1: sentiment words and emotion hits only, not the topic. It drives intensity
 * and the valence-flip check, where a neutral question about taxes must not read as distress.
 */
function feltValence(p: ValenceParts): number {
  const raw = (p.afinn + 2.5 * p.emotions) / Math.sqrt(Math.max(1, p.words)) + 0.5 * p.wink - 0.2 * p.negations;
  return Math.tanh(raw / 2);
}

/** The signals `blendValence` and `feltValence` combine; see `ValenceParts`. */
export function valenceParts(a: Analysis, hits: readonly AffectHit[] = [], practicalTokens?: Uint8Array): ValenceParts {
  const tokens = a.tokens;
  const p: ValenceParts = {
    words: 0,
    content: 0,
    afinn: 0,
    emotions: 0,
    known: 0,
    pleasant: 0,
    unpleasant: 0,
    wink: a.winkSentiment,
    negations: 0,
    practical: { afinn: 0, known: 0, pleasant: 0, unpleasant: 0 },
    scored: 0,
    scoredPractical: 0,
  };
  const pr = p.practical;
  const covered = new Uint8Array(tokens.length);
  const contrast = contrastWeights(a);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word' && t.kind !== 'emoji' && t.kind !== 'emoticon') continue;
    p.words++;
    if (NEGATION_WORDS.has(t.norm)) p.negations++;
    const sense = SENSE_BY_POS.get(t.norm);
    if (sense && !sense.has(t.pos)) continue;
    const prev = tokens[i - 1];
    const near = prev && prev.sentence === t.sentence ? prev : undefined;
    const scale =
      (near ? (INTENSIFIERS.has(near.norm) ? 1.3 : DOWNTONERS.has(near.norm) ? 0.7 : 1) : 1) * (contrast[i] as number);
    const practical = practicalTokens?.[i] === 1;
    let scored = practical;
    if (CONTENT_POS.has(t.pos)) {
      p.content++;
      const g = generalValence(t, tokens[i + 1]);
      if (g !== undefined) {
        let x = g * scale;
        if (t.negated) x *= FLIPPED_BY_NEGATION.has(t.pos) ? -0.5 : 0.5;
        if (x > 0) p.pleasant += x;
        else p.unpleasant -= x;
        p.known++;
        if (practical) {
          if (x > 0) pr.pleasant += x;
          else pr.unpleasant -= x;
          pr.known++;
        }
        scored = true;
      }
    }
    let x = afinnWord(t.norm);
    if (x === 0 && t.lemma !== t.norm) x = afinnWord(t.lemma);
    if (x !== 0) {
      covered[i] = 1;
      x *= 0.8 * scale;
      if (t.negated) x *= -0.6;
      p.afinn += x;
      if (practical) pr.afinn += x;
      scored = true;
    }
    if (scored) {
      p.scored++;
      if (practical) p.scoredPractical++;
    }
  }
  for (const h of hits) {
    let known = false;
    for (let i = tokenIndexAt(a, h.start); i >= 0 && i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.start >= h.end) break;
      if (covered[i]) known = true;
    }
    if (!known) p.emotions += (POSITIVE_TAGS.has(h.tag) ? 1 : -1) * h.intensity;
  }
  return p;
}

/**
 * The parts without the words about things: what the person's own feeling and situation read as.
 * wink-nlp's document sentiment is kept in proportion to the sentiment words that are personal.
 */
function personalParts(p: ValenceParts): ValenceParts {
  if (p.scoredPractical === 0) return p;
  const pr = p.practical;
  return {
    ...p,
    afinn: p.afinn - pr.afinn,
    known: p.known - pr.known,
    pleasant: p.pleasant - pr.pleasant,
    unpleasant: p.unpleasant - pr.unpleasant,
    wink: (p.wink * (p.scored - p.scoredPractical)) / p.scored,
    practical: { afinn: 0, known: 0, pleasant: 0, unpleasant: 0 },
    scoredPractical: 0,
  };
}

/** Contrast words after which a clause carries the sentence's point ("it was hard, but worth it"). */
const CONTRAST: ReadonlySet<string> = new Set(['but', 'however', 'although', 'though', 'yet']);

/**
 * Weight of each token by its side of the last contrast word in its sentence: the clause after
 * "but" counts more, the one before it less (as VADER does). Words after "although"/"though" are
 * the conceded part, so there the sides are swapped.
 */
function contrastWeights(a: Analysis): Float32Array {
  const out = new Float32Array(a.tokens.length).fill(1);
  for (const s of a.sentences) {
    let at = -1;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) if (CONTRAST.has((a.tokens[i] as Token).norm)) at = i;
    if (at < 0 || at === s.tokenStart) continue;
    const conceding = (a.tokens[at] as Token).norm === 'although' || (a.tokens[at] as Token).norm === 'though';
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (i === at) continue;
      out[i] = i < at !== conceding ? 0.5 : 1.5;
    }
  }
  return out;
}

/** General valence of a token: a two-word entry starting here ("heart attack"), else its form, else its lemma. */
function generalValence(t: Token, next: Token | undefined): number | undefined {
  const list = GENERAL_VALENCE.map;
  if (next && next.sentence === t.sentence && GENERAL_FIRST_WORDS().has(t.norm)) {
    const two = list.get(`${t.norm} ${next.norm}`) ?? list.get(`${t.norm} ${next.lemma}`);
    if (two) return two.weight;
  }
  return (list.get(t.norm) ?? list.get(t.lemma))?.weight;
}

let firstWords: Set<string> | undefined;
/** First words of the general list's two-word entries, so most tokens skip the pair lookup. */
function GENERAL_FIRST_WORDS(): ReadonlySet<string> {
  if (!firstWords) {
    firstWords = new Set();
    for (const key of GENERAL_VALENCE.map.keys()) {
      const sp = key.indexOf(' ');
      if (sp > 0) firstWords.add(key.slice(0, sp));
    }
  }
  return firstWords;
}

// ---------------------------------------------------------------------------------------------
// Reply side

interface ReplyReaction {
  /** 0..1, strength of the reaction to feeling. */
  intensity: number;
  /** 0..1, reply-side empathic reaction score (intensity plus weak cues). */
  reaction: number;
  kinds: string[];
  acknowledged: string[];
  /** Strength findings and problem findings (problems carry their lexicon severity, unscaled). */
  findings: Finding[];
  problems: Finding[];
  flat?: AffectHit;
  advice?: { start: number; end: number };
}

const REACTION_MESSAGES: Record<string, string> = {
  sympathy: 'The reply expresses sympathy.',
  reflection: 'The reply names how hard or painful it is.',
  validation: 'The reply says the feeling is understandable.',
  solidarity: 'The reply shares the experience: the person is not alone.',
  warmth: 'The reply offers warmth and presence.',
  encouragement: 'The reply heartens the person.',
  wishes: 'The reply wishes the person well.',
  celebration: 'The reply shares in the good news.',
  interjection: 'The reply reacts with feeling.',
};

/** Reaction kinds that, in a sentence about the replier alone, describe the replier's own life. */
const SELF_SENSITIVE: ReadonlySet<string> = new Set(['reflection', 'celebration']);

function replyReaction(r: Analysis): ReplyReaction {
  const findings: Finding[] = [];
  const problems: Finding[] = [];
  const kinds = new Set<string>();
  const acknowledged = new Set<string>();
  const reactingSentences = new Set<number>();
  let miss = 1;
  let flat: AffectHit | undefined;
  const add = (w: number) => {
    miss *= 1 - clamp01(w);
  };

  const selfTalk = sentencesWith(r, FIRST_PERSON);
  const addressed = sentencesWith(r, SECOND_PERSON);
  for (const m of REACTIONS.match(r)) {
    const tag = m.entry.tag;
    if (tag === 'none' || m.entry.weight === 0) continue;
    if (isNegated(r, m) && tag !== 'validation') continue;
    const first = r.tokens[m.from] as Token;
    if (tag === 'flat') {
      flat ??= hit(r, m, tag, m.entry.weight);
      add(m.entry.weight);
      continue;
    }
    // A question ("are you sure you're not overreacting?") is not a reaction; "so sorry" is a stronger one.
    const s = r.sentences[first.sentence];
    let w = m.entry.weight * (s?.kind === 'question' ? 0.5 : 1);
    // "It was really hard for me" is the replier's own story, not a reaction to the person's.
    if (SELF_SENSITIVE.has(tag) && selfTalk.has(first.sentence) && !addressed.has(first.sentence)) w *= 0.3;
    for (let k = m.from; k < m.to; k++) if (INTENSIFIERS.has((r.tokens[k] as Token).norm)) w = Math.min(1, w * 1.15);
    add(w);
    kinds.add(tag);
    reactingSentences.add(first.sentence);
    findings.push(
      finding(r, 'response', m.start, m.end, {
        mechanism: MECHANISM,
        ruleId: 'affect/acknowledgement',
        kind: 'strength',
        message: REACTION_MESSAGES[tag] ?? 'The reply reacts to what the person feels.',
      }),
    );
  }

  // Naming the person's feeling or event back ("your anxiety", "you must be exhausted", "your dad").
  for (const h of affectHits(r)) {
    const t = tokenAt(r, h.start);
    if (!t) continue;
    const inAddress = addressed.has(t.sentence);
    if (!inAddress && !reactingSentences.has(t.sentence)) continue;
    acknowledged.add(h.tag);
    add(0.35 * Math.max(h.intensity, 0.5));
    findings.push(
      finding(r, 'response', h.start, h.end, {
        mechanism: MECHANISM,
        ruleId: 'affect/emotion-named',
        kind: 'strength',
        message: `The reply names the person's ${describe(h.tag)}.`,
      }),
    );
  }

  for (const m of PROBLEMS.match(r)) {
    if (isNegated(r, m)) continue;
    // "I decided to be happy" is the replier's own story, not advice to the person.
    const sentence = (r.tokens[m.from] as Token).sentence;
    if (selfTalk.has(sentence) && !addressed.has(sentence)) continue;
    problems.push(
      finding(r, 'response', m.start, m.end, {
        mechanism: MECHANISM,
        ruleId: `affect/${m.entry.tag}`,
        kind: 'problem',
        severity: m.entry.weight,
        message:
          m.entry.tag === 'toxic-positivity'
            ? 'Toxic positivity: pushes cheer in place of meeting the feeling.'
            : 'Minimising: makes the feeling or what happened smaller.',
      }),
    );
  }

  const intensity = 1 - miss;
  const advice = findAdvice(r);
  // Weak cues that a reply engages with the person rather than the topic: addressing them, and
  // warm emoji or exclamation. They only order replies that have no reaction phrase.
  const cues = Math.min(addressed.size, 3) / 3;
  const reaction = clamp01(intensity + 0.1 * cues * (1 - intensity));
  return {
    intensity,
    reaction,
    kinds: [...kinds].sort(),
    acknowledged: [...acknowledged].sort(),
    findings,
    problems,
    ...(flat ? { flat } : {}),
    ...(advice ? { advice } : {}),
  };
}

function tokenAt(a: Analysis, start: number): Token | undefined {
  return a.tokens[tokenIndexAt(a, start)];
}

/** First advice in the reply: an advice phrase, or a sentence that opens with an imperative verb. */
function findAdvice(r: Analysis): { start: number; end: number } | undefined {
  const m = ADVICE_OPENERS.match(r)[0];
  let best: { start: number; end: number } | undefined = m ? { start: m.start, end: m.end } : undefined;
  for (const s of r.sentences) {
    if (best && s.start > best.start) break;
    const t = r.tokens[s.tokenStart];
    if (!t || s.kind === 'question') continue;
    if (t.pos === 'VERB' && t.norm === t.lemma && t.norm !== 'thank' && t.norm !== 'hope') {
      best = { start: t.start, end: t.end };
      break;
    }
  }
  return best;
}

/** Cheerful reply to distress (or gloomy reply to good news) with no reaction: 0..1. */
function flipSeverity(person: PromptAffectResult, replyValence: number, replyIntensity: number): number {
  if (replyIntensity >= 0.5) return 0;
  const v = person.feltValence;
  const opposite = v < -0.15 ? replyValence - 0.3 : v > 0.3 ? -replyValence - 0.2 : 0;
  if (opposite <= 0) return 0;
  return clamp01(opposite * 1.5 * person.intensity * (1 - replyIntensity));
}

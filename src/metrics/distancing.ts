import distancingText from '../lexicons/distancing.txt';
import participlesText from '../lexicons/distancing-participles.txt';
import { lexicon, wordList } from '../lexicons/lexicon.js';
import type { Analysis, Finding, MechanismResult, Token } from '../types.js';
import { clamp01, finding, type MetricResult, type TextInput, toAnalysis } from './common.js';
import type { HedgingIndexResult } from './hedging.js';

const DISTANCING = lexicon(distancingText);
const FORMS = wordList(participlesText);

/** Shortest length a rate is taken over (as in hedgingIndex): longer replies get their plain density. */
export const DISTANCING_MIN_LENGTH = 25;
/** Weighted distancing phrases per 100 words at which the phrase part reaches 1 - 1/e. */
export const DISTANCING_SCALE = 4;
/** "you" tokens per word at which address counts as full (3 in 100 words). */
export const FULL_ADDRESS_RATE = 0.03;
/** First-person-singular tokens per word at which a reply counts as fully self-involved. */
export const FULL_SELF_RATE = 0.02;

/** Weight of each phrase component in the phrase load. */
const COMPONENT_WEIGHTS = {
  aiDisclaimer: 2,
  aiSelfReference: 1.5,
  roleDisclaimer: 1.5,
  impersonal: 1,
  referral: 1,
  passive: 0.5,
  clinical: 0.5,
  nominalisation: 0.25,
} as const;

type Tag = 'ai-disclaimer' | 'ai-self-reference' | 'role-disclaimer' | 'impersonal' | 'referral' | 'clinical';

const MESSAGES: Record<Tag | 'passive' | 'low-address', string> = {
  'ai-disclaimer': 'An AI self-reference or disclaimer puts the reply at a distance.',
  'ai-self-reference': 'The reply points at its own programming or guidelines.',
  'role-disclaimer': 'The reply disowns a role before answering.',
  impersonal: 'An impersonal, generic-subject construction instead of addressing the person.',
  referral: 'A boilerplate referral to someone else.',
  clinical: 'Clinical, nominalised register.',
  passive: 'Passive voice: the doer is left out.',
  'low-address': 'The person wrote about themselves, but the reply hardly addresses them as "you".',
};

const SEVERITY: Record<Tag | 'passive', number> = {
  'ai-disclaimer': 0.8,
  'ai-self-reference': 0.6,
  'role-disclaimer': 0.6,
  impersonal: 0.5,
  referral: 0.5,
  clinical: 0.3,
  passive: 0.3,
};

const SECOND_PERSON = new Set([
  'you',
  'your',
  'yours',
  'yourself',
  'yourselves',
  "you're",
  "you've",
  "you'll",
  "you'd",
  'ya',
]);
const FIRST_SINGULAR = new Set(['i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'll", "i'd", 'im', 'ive']);
const PRESENT_AUX = new Set(['am', 'is', 'are', "'s", "'re", "'m", 'has', 'have', "'ve", 'do', 'does']);
const NOMINAL_SUFFIXES = ['tion', 'sion', 'ment', 'ness', 'ity', 'ance', 'ence', 'ism'];
function hasNominalSuffix(word: string): boolean {
  for (const s of NOMINAL_SUFFIXES) if (word.endsWith(s)) return true;
  return false;
}
/** `word` is `stem` plus `suffix`, without building the string. */
const isStemPlus = (word: string, stem: string, suffix: string): boolean =>
  word.length === stem.length + suffix.length && word.startsWith(stem) && word.endsWith(suffix);
/** -ed words that are not participles. */
const NOT_PARTICIPLES = new Set([
  'need',
  'feed',
  'seed',
  'speed',
  'bleed',
  'breed',
  'greed',
  'indeed',
  'proceed',
  'exceed',
  'succeed',
  'shed',
  'bed',
  'red',
  'wed',
  'hundred',
  'sacred',
  'naked',
  'wicked',
  'ragged',
  'beloved',
  'kindred',
  'rugged',
  'sled',
  'weed',
  'deed',
  'creed',
  'heed',
]);

/** Options of `distancingIndex`. */
export interface DistancingOptions {
  /**
   * The person's message. When given, low second-person address counts in full only when the
   * person wrote in the first person; without it, low address counts at half weight.
   */
  prompt?: TextInput;
}

/** Result of `distancingIndex`. */
export interface DistancingIndexResult extends MetricResult {
  /** 0..1, 0 = direct and personal, 1 = distant. */
  score: number;
  /**
   * Named components. Phrase components (`aiDisclaimer`, `aiSelfReference`, `roleDisclaimer`, `impersonal`,
   * `referral`, `passive`, `clinical`, `nominalisation`) are per 100 words (length
   * `max(words, DISTANCING_MIN_LENGTH)`); `secondPersonRate` and `firstPersonRate` are shares of
   * words; `presentShare` is the share of tensed verbs in the present (1 when there are none);
   * `lowAddress`, `psychologicalDistance` and `phraseLoad` are the 0..1 parts of the score.
   */
  components: Record<string, number>;
}

/**
 * Distancing index: how far the reply stands from the person. Three parts:
 * distancing phrases (AI and role disclaimers, impersonal and generic subjects, boilerplate
 * referral, passive voice, clinical and nominalised register), low "you" address, and the
 * psychological-distance markers of Nook et al. (2017): few first-person-singular pronouns and
 * few present-tense verbs.
 * `score = 0.6 x phrase + 0.35 x lowAddress + 0.05 x psychologicalDistance`, 0..1, higher = more distant.
 *
 * @example
 * distancingIndex('As an AI, I cannot feel. One should rest.').score > 0.5; // => true
 * distancingIndex("I'm so sorry. You loved her, and you're hurting.").score < 0.2; // => true
 */
export function distancingIndex(response: TextInput, options: DistancingOptions = {}): DistancingIndexResult {
  const r = toAnalysis(response, 'response');
  const findings: Finding[] = [];
  const sums = {
    aiDisclaimer: 0,
    aiSelfReference: 0,
    roleDisclaimer: 0,
    impersonal: 0,
    referral: 0,
    passive: 0,
    clinical: 0,
    nominalisation: 0,
  };
  const referrals: Finding[] = [];

  for (const m of DISTANCING.match(r)) {
    const tag = m.entry.tag as Tag;
    const key = camel(tag);
    if (!(key in sums)) continue;
    sums[key] += m.entry.weight;
    const f = finding(r, 'response', m.start, m.end, {
      mechanism: 'linguisticDistancing',
      ruleId: `distancing/${tag}`,
      kind: 'problem',
      severity: SEVERITY[tag] * Math.min(1, m.entry.weight),
      message: MESSAGES[tag],
    });
    if (tag === 'referral') referrals.push(f);
    findings.push(f);
  }

  const passives = findPassives(r);
  for (const [from, to] of passives) {
    sums.passive++;
    findings.push(
      finding(r, 'response', (r.tokens[from] as Token).start, (r.tokens[to] as Token).end, {
        mechanism: 'linguisticDistancing',
        ruleId: 'distancing/passive',
        kind: 'problem',
        severity: SEVERITY.passive,
        message: MESSAGES.passive,
      }),
    );
  }

  let you = 0;
  let self = 0;
  let present = 0;
  let past = 0;
  for (let i = 0; i < r.tokens.length; i++) {
    const t = r.tokens[i] as Token;
    if (t.kind !== 'word') continue;
    if (SECOND_PERSON.has(t.norm)) you++;
    else if (FIRST_SINGULAR.has(t.norm)) self++;
    if (t.pos === 'NOUN' && t.norm.length > 6 && hasNominalSuffix(t.norm)) sums.nominalisation++;
    const tense = tenseOf(r, i);
    if (tense === 'present') present++;
    else if (tense === 'past') past++;
  }

  const words = r.wordCount;
  const length = Math.max(words, DISTANCING_MIN_LENGTH);
  const per100 = (x: number) => (words === 0 ? 0 : (100 * x) / length);
  const rates = {
    aiDisclaimer: per100(sums.aiDisclaimer),
    aiSelfReference: per100(sums.aiSelfReference),
    roleDisclaimer: per100(sums.roleDisclaimer),
    impersonal: per100(sums.impersonal),
    referral: per100(sums.referral),
    passive: per100(sums.passive),
    clinical: per100(sums.clinical),
    nominalisation: per100(sums.nominalisation),
  };
  let load = 0;
  for (const k of Object.keys(rates) as (keyof typeof rates)[]) load += COMPONENT_WEIGHTS[k] * rates[k];
  const phraseLoad = 1 - Math.exp(-load / DISTANCING_SCALE);

  const secondPersonRate = words === 0 ? 0 : you / words;
  const firstPersonRate = words === 0 ? 0 : self / words;
  const presentShare = present + past === 0 ? 1 : present / (present + past);

  // Low address matters most when the person wrote about themselves.
  let addressNeed = 0.5;
  let promptFirstPersonRate: number | undefined;
  if (options.prompt !== undefined) {
    const p = toAnalysis(options.prompt, 'prompt');
    let mine = 0;
    for (const t of p.tokens) if (t.kind === 'word' && FIRST_SINGULAR.has(t.norm)) mine++;
    promptFirstPersonRate = p.wordCount === 0 ? 0 : mine / p.wordCount;
    addressNeed = clamp01(promptFirstPersonRate / FULL_SELF_RATE);
  }
  const lowAddress = words === 0 ? 0 : addressNeed * (1 - clamp01(secondPersonRate / FULL_ADDRESS_RATE));
  const psychologicalDistance =
    words === 0 ? 0 : 0.5 * (1 - clamp01(firstPersonRate / FULL_SELF_RATE)) + 0.5 * (1 - presentShare);

  if (lowAddress >= 0.5 && options.prompt !== undefined) {
    const first = r.sentences[0];
    if (first) {
      findings.push(
        finding(r, 'response', first.start, first.end, {
          mechanism: 'linguisticDistancing',
          ruleId: 'distancing/low-address',
          kind: 'problem',
          severity: 0.4 * lowAddress,
          message: MESSAGES['low-address'],
        }),
      );
    }
  }
  // A referral weighs more when nothing else in the reply speaks to the person.
  const engagement = clamp01(secondPersonRate / FULL_ADDRESS_RATE);
  for (const f of referrals) f.severity = clamp01(SEVERITY.referral * (1.6 - engagement));

  const score = words === 0 ? 0 : clamp01(0.6 * phraseLoad + 0.35 * lowAddress + 0.05 * psychologicalDistance);
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const components: Record<string, number> = {
    ...rates,
    secondPersonRate,
    firstPersonRate,
    presentShare,
    lowAddress,
    psychologicalDistance,
    phraseLoad,
  };
  if (promptFirstPersonRate !== undefined) components.promptFirstPersonRate = promptFirstPersonRate;
  return { score, components, findings };
}

function camel(
  tag: Tag,
): 'aiDisclaimer' | 'aiSelfReference' | 'roleDisclaimer' | 'impersonal' | 'referral' | 'clinical' {
  switch (tag) {
    case 'ai-disclaimer':
      return 'aiDisclaimer';
    case 'ai-self-reference':
      return 'aiSelfReference';
    case 'role-disclaimer':
      return 'roleDisclaimer';
    default:
      return tag;
  }
}

function isBeForm(t: Token): boolean {
  return (t.lemma === 'be' && t.pos === 'AUX') || t.norm === 'been' || t.norm === 'being' || t.lemma === 'get';
}

/** A past participle: an irregular form from the list, or an -ed form that is not a plain noun. */
function isParticiple(t: Token): boolean {
  if (t.kind !== 'word') return false;
  const entry = FORMS.get(t.norm);
  if (entry) return entry.tag === 'participle' || entry.tag === 'state';
  return t.norm.length > 4 && t.norm.endsWith('ed') && !NOT_PARTICIPLES.has(t.norm) && t.pos !== 'NOUN';
}

/**
 * Passive clauses as [be-token, participle-token] pairs: a form of "be" (or "get"), up to three
 * adverbs or "not", then a past participle, whatever POS the tagger gave it ("it is recommended",
 * "you were informed by", which taggers often call adjectives). Participles that after "be"
 * usually name a state ("I am tired", "you are interested") count only with a "by" agent.
 */
function findPassives(r: Analysis): [number, number][] {
  const out: [number, number][] = [];
  const tokens = r.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const be = tokens[i] as Token;
    if (!isBeForm(be)) continue;
    let j = i + 1;
    while (j < tokens.length && j - i <= 3) {
      const t = tokens[j] as Token;
      if (t.sentence !== be.sentence) break;
      if (t.pos === 'ADV' || t.pos === 'PART' || t.norm === 'not' || t.norm === "n't") j++;
      else break;
    }
    const p = tokens[j];
    if (!p || p.sentence !== be.sentence || !isParticiple(p)) continue;
    if (FORMS.get(p.norm)?.tag === 'state') {
      if (tokens[j + 1]?.norm !== 'by') continue;
    }
    out.push([i, j]);
    i = j;
  }
  return out;
}

/** Tense of a finite verb token: 'present', 'past', or undefined for non-finite and non-verbs. */
function tenseOf(r: Analysis, i: number): 'present' | 'past' | undefined {
  const t = r.tokens[i] as Token;
  if (t.pos !== 'VERB' && t.pos !== 'AUX') return undefined;
  const prev = i > 0 ? (r.tokens[i - 1] as Token) : undefined;
  const afterAux = prev !== undefined && prev.sentence === t.sentence && (prev.pos === 'AUX' || prev.norm === 'to');
  if (PRESENT_AUX.has(t.norm)) return afterAux && t.norm === 'have' ? undefined : 'present';
  if (FORMS.get(t.norm)?.tag === 'past') return 'past';
  if (afterAux) return undefined;
  if (t.pos === 'VERB' && t.norm !== t.lemma && t.norm.endsWith('ed')) return 'past';
  if (t.pos === 'VERB' && FORMS.get(t.norm)?.tag === 'participle' && t.norm !== t.lemma) return 'past';
  if (
    t.pos === 'VERB' &&
    (t.norm === t.lemma || isStemPlus(t.norm, t.lemma, 's') || isStemPlus(t.norm, t.lemma, 'es'))
  ) {
    return 'present';
  }
  return undefined;
}

/**
 * Linguistic distancing in a profile: `severity = 0.4 x hedgingIndex.score + 0.6 x
 * distancingIndex.score`. Distancing weighs more: hedging alone can be honest uncertainty.
 */
export function linguisticDistancingMechanism(
  h: HedgingIndexResult,
  d: DistancingIndexResult,
  words: number,
): MechanismResult {
  const applicable = words > 0;
  return {
    severity: applicable ? clamp01(0.4 * h.score + 0.6 * d.score) : 0,
    applicable,
    ...(applicable ? {} : { reason: 'The reply has no words.' }),
    metrics: { hedging: h.score, distancing: d.score, ...d.components },
  };
}

import participlesText from '../lexicons/distancing-participles.txt';
import hedgesText from '../lexicons/hedges.txt';
import { type LexiconEntry, type LexiconMatch, lexicon, wordList } from '../lexicons/lexicon.js';
import type { Analysis, Finding, Token } from '../types.js';
import { clamp01, finding, type MetricResult, type TextInput, toAnalysis } from './common.js';

const HEDGES = lexicon(hedgesText);
/** Irregular past participles (shared with distancingIndex's passive detector). */
const PARTICIPLES = wordList(participlesText);

/** Length of `rates`: max(words, HEDGING_MIN_LENGTH), so a hedge in a five-word reply is not a 20% rate. */
export const HEDGING_MIN_LENGTH = 25;
/** Words in a sentence of one unit (see `hedgingIndex`). */
export const HEDGING_SENTENCE_WORDS = 16;
/** Shortest sentence length counted: a hedge in a three-word sentence is not worth more than in a ten-word one. */
export const HEDGING_MIN_WORDS = 16;
/** Net hedge weight per sentence unit at which `score` reaches 1 - 1/e (~0.63). */
export const HEDGING_SCALE = 1;
/** Weasel expressions in subject position ("Some say", "Many believe") leave the claim unattributed. */
export const SUBJECT_FACTOR = 1.25;
/** Weight factor of a vague quantifier before a unit of time or measure. */
export const MEASURE_FACTOR = 0.5;
/** Weight factor of a vague quantifier before a singular noun ("some reason", "some time"). */
export const SINGULAR_FACTOR = 0.7;
/** Weight factor of a vague quantifier in a partitive of a definite set ("some of the songs"): a part of a named whole. */
export const PARTITIVE_FACTOR = 0.7;
/** Weight factor of a vague quantifier before a plural noun for people ("some linguists", "many Christians"): an unnamed source. */
export const PEOPLE_FACTOR = 1.5;
/** Weight factor of a quantifier over a set just named ("200 captives, many of whom"): nothing is left vague. */
export const RELATIVE_PARTITIVE_FACTOR = 0.4;
/** Weight of a vague quantifier before a number ("some 300 ships"): an approximator, not a weasel. */
export const QUANTIFIER_APPROXIMATOR_WEIGHT = 0.3;
/** Weight factor of a modal in an epistemic frame (perfect aspect or pronoun subject). */
export const EPISTEMIC_MODAL_FACTOR = 1.6;
/** Weight factor of a modal before a passive ("may be used"): what can be done, a weak hedge. */
export const PASSIVE_MODAL_FACTOR = 0.6;
/** Share of a sentence's weaker cues added to its strongest one. */
export const REST_FACTOR = 0.5;
/** How much a booster's weight offsets hedging. */
export const BOOSTER_OFFSET = 0.25;

/** Result of `hedgingIndex`. */
export interface HedgingIndexResult extends MetricResult {
  /** 0..1, 0 = no hedging (or hedging outweighed by boosters), 1 = heavily hedged. */
  score: number;
  /**
   * Weighted hits per 100 words, by kind (`stacked` = sentences holding two or more hedges, per
   * 100 words; it is not added to the load). Rates use `max(words, HEDGING_MIN_LENGTH)` as the length.
   */
  rates: { hedge: number; weasel: number; booster: number; approximator: number; stance: number; stacked: number };
  /** Net weighted uncertainty, summed over sentences (see `hedgingIndex`), >= 0. */
  load: number;
  /** Sentences with at least one word: `score` is the mean over them. */
  sentences: number;
}

type Kind = 'hedge' | 'weasel' | 'approximator' | 'stance' | 'booster';

const MESSAGES: Record<Kind, string> = {
  hedge: 'An epistemic hedge: the claim is not committed to.',
  weasel: 'A weasel expression: a vague quantity or an unnamed source stands behind the claim.',
  approximator: 'An approximator: a quantity made vague.',
  stance: 'An "I think"-type frame that softens the claim after it.',
  booster: 'A booster: the claim is stated with certainty.',
};

/** Pronouns that, right after a modal, make a request, permission or wish ("May I ask", "Could you"). */
const INVERTED_SUBJECTS = new Set(['i', 'we', 'you', 'he', 'she', 'they', "i'm"]);
/** Negation right after a modal. */
const NEGATIONS = new Set(['not', "n't"]);
/** Question words before a modal that leave it opening a (negative) question: "Why can't...", "How could not...". */
const QUESTION_OPENERS = new Set(['why', 'how', 'what', 'where', 'when']);
/**
 * Conjunctions that open a negative question before a modal ("But could not all this have been done...?"),
 * only when they open the sentence or the sentence is a question: "She is ill and could not come" states inability.
 */
const QUESTION_CONJUNCTIONS = new Set(['but', 'and', 'or', 'so', 'yet', 'then']);
/** Words after a sentence-initial May that keep it a modal with its subject left out ("May be", "May have"). */
const ELLIPTICAL_AFTER_MAY = new Set(['be', 'have', 'not', 'well', 'also', 'never', 'still']);
/** Determiners and possessives before a modal form make it a noun ("a can", "his might"). */
const NOUN_MARKERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);
/**
 * "this" and "that" before a modal are far more often its subject ("That might be true", "a storm
 * that may hit") than a determiner of the noun ("this can of paint"); wink tags both as pronouns.
 */
const DEMONSTRATIVES = new Set(['this', 'that']);
/** Words after "this can" / "that might" that only follow a noun: "of", or a finite verb ("this can is"). */
const AFTER_NOUN = new Set(['of', 'is', 'was', 'are', 'were', 'has', 'does', "'s"]);
const ATTRIBUTIVE_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/** Token `k` when it exists and lies in sentence `sentence`, else undefined. */
function tokenIn(r: Analysis, k: number, sentence: number): Token | undefined {
  const t = k >= 0 ? r.tokens[k] : undefined;
  return t !== undefined && t.sentence === sentence ? t : undefined;
}

interface Hit {
  kind: Kind;
  weight: number;
  match: LexiconMatch;
}

/**
 * Hedging index: how far the reply declines to commit to what it says. Epistemic hedges (may,
 * perhaps, it seems), weasel expressions (some people say, is believed), approximators (about 30)
 * and hedging "I think" frames add weight; boosters (certainly, clearly) take some away. In each
 * sentence the strongest cue counts in full and the others by `REST_FACTOR`; the net weights are
 * summed and divided by the reply's sentence units (see `sentenceUnits`), so a long reply is not
 * scored higher for its length, and mapped to 0..1. `score`: 0 = committed, 1 = heavily hedged.
 *
 * @example
 * hedgingIndex('It may perhaps help.').score > hedgingIndex('It will help.').score; // => true
 * hedgingIndex('May I ask how you are?').score; // => 0
 */
export function hedgingIndex(response: TextInput): HedgingIndexResult {
  const r = toAnalysis(response, 'response');
  const hits = collectHits(r);
  const findings: Finding[] = [];
  const sums = { hedge: 0, weasel: 0, booster: 0, approximator: 0, stance: 0, stacked: 0 };
  let load = 0;

  // Per sentence: stance frames take their weight from what follows them; the strongest cue
  // carries the sentence and the others add REST_FACTOR of their weight.
  let i = 0;
  while (i < hits.length) {
    const sentence = (r.tokens[(hits[i] as Hit).match.from] as Token).sentence;
    let j = i;
    while (j < hits.length && (r.tokens[(hits[j] as Hit).match.from] as Token).sentence === sentence) j++;
    let hedges = 0;
    let first: Hit | undefined;
    let last: Hit | undefined;
    let top = 0;
    let total = 0;
    let boost = 0;
    for (let k = i; k < j; k++) {
      const h = hits[k] as Hit;
      if (h.kind === 'stance') h.weight = stanceWeight(r, h, hits, k, j);
      if (h.kind !== 'booster') {
        hedges++;
        first ??= h;
        last = h;
        top = Math.max(top, h.weight);
        total += h.weight;
      } else boost += h.weight;
      sums[h.kind] += h.weight;
      findings.push(hitFinding(r, h));
    }
    const net = Math.max(0, top + REST_FACTOR * (total - top) - BOOSTER_OFFSET * boost);
    load += net;
    if (hedges >= 2 && first && last) {
      sums.stacked++;
      findings.push(
        finding(r, 'response', first.match.start, last.match.end, {
          mechanism: 'linguisticDistancing',
          ruleId: 'hedging/stacked',
          kind: 'problem',
          severity: clamp01(0.2 * (hedges - 1)),
          message: `${hedges} hedges stacked in one sentence.`,
        }),
      );
    }
    i = j;
  }

  const length = Math.max(r.wordCount, HEDGING_MIN_LENGTH);
  const per100 = (x: number) => (r.wordCount === 0 ? 0 : (100 * x) / length);
  const rates = {
    hedge: per100(sums.hedge),
    weasel: per100(sums.weasel),
    booster: per100(sums.booster),
    approximator: per100(sums.approximator),
    stance: per100(sums.stance),
    stacked: per100(sums.stacked),
  };
  const { sentences, units } = sentenceUnits(r);
  const perSentence = units === 0 ? 0 : load / units;
  const score = clamp01(1 - Math.exp(-perSentence / HEDGING_SCALE));
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { score, rates, load, sentences, findings };
}

/**
 * Sentences holding at least one word, and their length in units: a sentence of
 * `HEDGING_SENTENCE_WORDS` words is one unit, a longer one sqrt(words / HEDGING_SENTENCE_WORDS),
 * a shorter one counts as that length. A hedge in a long sentence weighs a little less, and
 * repeating a reply leaves its score unchanged.
 */
function sentenceUnits(r: Analysis): { sentences: number; units: number } {
  let sentences = 0;
  let units = 0;
  for (const s of r.sentences) {
    let words = 0;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) if ((r.tokens[k] as Token).kind === 'word') words++;
    if (words === 0) continue;
    sentences++;
    units += Math.sqrt(Math.max(words, HEDGING_MIN_WORDS) / HEDGING_SENTENCE_WORDS);
  }
  return { sentences, units };
}

/** An entry's `tag:guard`, split once per entry rather than once per match. */
const TAG_PARTS = new WeakMap<LexiconEntry, [string, string | undefined]>();
function tagParts(e: LexiconEntry): [string, string | undefined] {
  let out = TAG_PARTS.get(e);
  if (out === undefined) {
    const [tag = '', guard] = e.tag.split(':');
    TAG_PARTS.set(e, (out = [tag, guard]));
  }
  return out;
}

function collectHits(r: Analysis): Hit[] {
  const out: Hit[] = [];
  // settledInSentence's answer per sentence index, worked out once per call.
  const settled = new Map<number, boolean>();
  for (const m of HEDGES.match(r)) {
    const [tag, guard] = tagParts(m.entry);
    if (tag === 'skip') continue;
    // "Maybe Tomorrow", "Could It Be Murder?": a cue word in a quoted title names the work.
    if (inQuotedTitle(r, m)) continue;
    // "'efallai' means 'perhaps'", "the catchphrase 'Possibly, possibly not'": a quoted cue that is named or glossed.
    if (inMention(r, m)) continue;
    let kind = tag as Kind;
    let weight = m.entry.weight;
    if (guard === 'modal') {
      if (!isEpistemicModal(r, m)) continue;
      weight *= modalFactor(r, m);
    }
    if (guard === 'num' && !nextIsNumber(r, m)) continue;
    // "children under five", "at least 150 minutes a week" in a recommendation: a bound, not an estimate.
    if (guard === 'num' && (postnominalBound(r, m) || ruleThreshold(r, m))) continue;
    if (guard === 'adverbial' && !isAdverbial(r, m)) continue;
    if (guard === 'adj' && !isAdjectival(r, m)) continue;
    // "There is a chance to meet the author": an opportunity, not a probability.
    if (guard === 'noinf' && infinitiveAfter(r, m)) continue;
    if (guard === 'attr' && !ATTRIBUTIVE_POS.has(r.tokens[m.to]?.pos ?? '')) {
      // "I am certain": the predicative use is a booster.
      kind = 'booster';
      weight = 0.6;
    }
    // "Many of the village's 60 houses": a part of a set the sentence counts; nothing is left vague.
    if (guard === 'quant' && countedPartitive(r, m)) continue;
    if (guard === 'quant' && nextIsNumber(r, m)) {
      kind = 'approximator';
      weight = QUANTIFIER_APPROXIMATOR_WEIGHT;
    } else if (guard === 'quant' || guard === 'attr') weight *= quantifierFactor(r, m);
    // "claimed the throne", "assumed power": a claim to a thing, not to a fact.
    if (THING_VERBS.has(m.entry.source) && claimsAThing(r, m)) continue;
    // "The hypothesis ... was disproved in 1961": the sentence settles the claim it names.
    if (CLAIM_NOUNS.has(m.entry.source) && settledInSentence(r, m.from, settled)) continue;
    // "The committee suggested a new name": a proposal of a thing, not an inference.
    if (PROPOSAL_VERBS.has(m.entry.source) && claimsAThing(r, m) && proposerSubject(r, m.from)) continue;
    // "I'd suggest calling them", "May I suggest you book early": advice to the person.
    if (PROPOSAL_VERBS.has(m.entry.source) && adviceObject(r, m) && adviserSubject(r, m.from)) continue;
    // "never considered leaving", "consider switching": "consider" + a gerund is to think about doing it.
    if (m.entry.source === '~consider' && gerundAfter(r, m)) continue;
    // "a monk appears to the left of the altar", "appeared to him in a dream": to come into view, not to seem.
    if (m.entry.source === '~appear to' && !verbAfter(r, m)) continue;
    // "A red flag indicates that...": a sign or signal means what it means by convention.
    if (m.entry.source === '~indicate' && wordBefore(r, m.from, SIGN_REACH, isSign)) continue;
    // "Halloran (1998) argued", "proposed by Lars Berglund": the source is named.
    if (REPORTING_VERBS.has(m.entry.source) && (r.tokens[m.from] as Token).pos === 'VERB' && namedAgent(r, m)) continue;
    // "the critics Roger Fry and Clive Bell": the group is named right after it.
    if (kind === 'weasel' && namedAfter(r, m)) continue;
    // "The Hopi people say": the people who say it are named before the weasel's first word.
    if (kind === 'weasel' && namedPeople(r, m.from)) continue;
    if (kind === 'weasel' && beforeMainVerb(r, m.from)) weight *= SUBJECT_FACTOR;
    // "Don't guess the dosage", "Never assume it saved": the writer forbids the guess, it makes none.
    if (SPECULATIVE_VERBS.has(m.entry.source) && negatedImperative(r, m.from)) continue;
    // "You don't need to guess", "there's no need to speculate", "you shouldn't assume": no guess is needed.
    if (SPECULATIVE_VERBS.has(m.entry.source) && negatedNecessity(r, m.from)) continue;
    // "Suppose the car stalls: pull over", "Assuming the file exists, run it": a supposition sets a condition.
    if (SUPPOSITION_VERBS.has(m.entry.source) && suppositionFrame(r, m.from)) continue;
    // "Can you check whether the light stays on?": the person is asked to find out; nothing is left open.
    if (m.entry.source === 'whether' && requestedCheck(r, m.from)) continue;
    // "It seems you've already tried restarting": the reply reads back what the person has done.
    if ((PERCEPTION_VERBS.has(m.entry.source) || seemFrame(r, m)) && readingBack(r, m)) continue;
    // "I believe you", "nobody believed her": trust in a person, not belief that a claim is true.
    if ((r.tokens[m.to - 1] as Token).lemma === 'believe' && personObject(r, m.to)) continue;
    // "It seems unfair to you", "it seemed to them that": how things look to someone else, not a guess.
    if (PERCEPTION_VERBS.has(m.entry.source) && otherExperiencer(r, m)) continue;
    // "I think you should call her": the frame softens advice, not a claim.
    if (kind === 'stance' && adviceAfter(r, m)) continue;
    // A negated booster ("not clearly", "has not shown") no longer asserts certainty.
    if (kind === 'booster' && (r.tokens[m.from] as Token).negated) continue;
    out.push({ kind, weight, match: m });
  }
  return out;
}

/** Quotation marks (curly double quotes are not straightened by the tokenizer). */
const QUOTES = new Set(['"', '“', '”']);
/** Short words a title leaves in lower case ("It Could Happen to You"). */
const TITLE_SMALL_WORDS = new Set('a an the and or but nor of to in on at by for as from with'.split(' '));
/** How many tokens a quoted title may run on either side of the cue. */
const TITLE_REACH = 8;

/** A word written as in a title: capitalised, or a short word titles leave in lower case. */
function titleWord(t: Token): boolean {
  const c = t.text.charAt(0);
  return c !== c.toLowerCase() || TITLE_SMALL_WORDS.has(t.text);
}

/**
 * The match opens with a capital and sits inside double quotes whose words (two or more) are all in
 * title case: the name of a work ("Maybe Tomorrow", "Could It Be Murder?"), which hedges nothing.
 * Quoted speech ("Maybe we should leave") has lower-case words and keeps its cue.
 */
function inQuotedTitle(r: Analysis, m: LexiconMatch): boolean {
  const first = r.tokens[m.from] as Token;
  if (first.text.charAt(0) === first.norm.charAt(0)) return false;
  let k = m.from - 1;
  for (; k >= 0 && m.from - k <= TITLE_REACH; k--) {
    const u = r.tokens[k] as Token;
    if (QUOTES.has(u.norm)) break;
    if (u.kind === 'word' && !titleWord(u)) return false;
  }
  if (k < 0 || !QUOTES.has((r.tokens[k] as Token).norm)) return false;
  let words = 0;
  for (let q = m.from; q < r.tokens.length && q - m.from <= TITLE_REACH; q++) {
    const u = r.tokens[q] as Token;
    if (QUOTES.has(u.norm)) return words >= 2;
    if (u.kind === 'word') {
      if (!titleWord(u)) return false;
      words++;
    }
  }
  return false;
}

/**
 * Single and double quotation marks as they appear in `norm`: curly double quotes stay as written,
 * curly single quotes are straightened to "'" (see `normalize`).
 */
const ALL_QUOTES = new Set(['"', '“', '”', "'"]);
/**
 * Words that present a quoted expression as an expression: a gloss or translation ("means",
 * "translated as"), or a noun naming it as a word or phrase ("the word", "the catchphrase"). "saying"
 * is left out: as a verb it introduces quoted speech ("He kept saying 'maybe we should wait'").
 */
const MENTION_WORDS = new Set(
  (
    'means mean meant meaning translated translates translation glossed gloss rendered word words phrase phrases ' +
    'term terms expression expressions idiom catchphrase motto slogan verb verbs noun nouns adjective ' +
    'adverb adverbs modal modals suffix prefix particle spelled spelt pronounced'
  ).split(' '),
);
/** How far before its opening quote the word that names a quoted expression may stand. */
const MENTION_REACH = 8;
/** How far before the cue the opening quotation mark of a mention may stand. */
const MENTION_QUOTE_REACH = 8;

/**
 * The cue stands inside quotation marks (single or double; an opening mark is followed with no space
 * by the next word) and a word of `MENTION_WORDS` stands shortly before the opening mark: "In Welsh,
 * 'efallai' means 'perhaps'", "the catchphrase of Miss Verity is 'Possibly, possibly not'", "is
 * translated as 'it is said that'". The cue is mentioned, not used. Quoted speech ("She said, 'Maybe
 * we should leave'", "He told the crew 'it might rain'") has no such word and keeps its cue.
 */
function inMention(r: Analysis, m: LexiconMatch): boolean {
  const sentence = (r.tokens[m.from] as Token).sentence;
  let open = -1;
  for (let k = m.from - 1; k >= 0 && m.from - k <= MENTION_QUOTE_REACH; k--) {
    const u = r.tokens[k] as Token;
    if (u.sentence !== sentence) return false;
    if (ALL_QUOTES.has(u.norm)) {
      const next = r.tokens[k + 1] as Token;
      const prev = k > 0 ? (r.tokens[k - 1] as Token) : undefined;
      // An opening mark: the next word follows with no space, and a space (or nothing) precedes it.
      if (next.start !== u.end || (prev !== undefined && prev.end === u.start)) return false;
      open = k;
      break;
    }
  }
  if (open < 0) return false;
  for (let k = open - 1; k >= 0 && open - k <= MENTION_REACH; k--) {
    const u = r.tokens[k] as Token;
    if (u.sentence !== sentence || u.norm === ';' || u.norm === ':') return false;
    if (MENTION_WORDS.has(u.norm)) return true;
  }
  return false;
}

/**
 * A modal is epistemic (a hedge) unless it is read otherwise:
 * - a request, offer or wish: a pronoun right after it ("May I ask", "Could you");
 * - a noun: after a determiner or possessive ("a can", "his might"), or "this can of";
 * - the month May ("in May", "May 2010", "May brings rain") or a sentence-initial wish ("May you...");
 * - a negated "can" / "could" after its subject: inability or impossibility ("could not come"),
 *   unless it opens a negative question ("But could not...?", see `opensQuestion`);
 * - "can only" / "could only": a restriction;
 * - an offer, ability or permission of a person (`personalRoot`: "I can help", "you may substitute");
 * - a permission under a rule (`permissionByRule`: "Under the rules, a pawn may move...");
 * - politeness: "I would suggest";
 * - the future in the past: "said the factory would close";
 * - an elliptical "can" / "would" closing a condition ("If you can, rest") or its clause ("rest when you can").
 */
function isEpistemicModal(r: Analysis, m: LexiconMatch): boolean {
  const t = r.tokens[m.from] as Token;
  const next = r.tokens[m.from + 1];
  const prev = m.from > 0 ? r.tokens[m.from - 1] : undefined;
  const sameSentence = (x: Token | undefined): x is Token => x !== undefined && x.sentence === t.sentence;
  if (sameSentence(next) && INVERTED_SUBJECTS.has(next.norm)) return false;
  if (sameSentence(prev) && NOUN_MARKERS.has(prev.norm)) return false;
  if (sameSentence(prev) && DEMONSTRATIVES.has(prev.norm) && sameSentence(next) && AFTER_NOUN.has(next.norm))
    return false;
  if (t.norm === 'may') {
    const initial = !sameSentence(prev);
    // "in May", "May 2010", "May Day": capitalised May inside a sentence or before a number/name.
    if (t.text === 'May' && !initial) return false;
    if (sameSentence(next) && (next.kind === 'number' || next.pos === 'PROPN')) return false;
    if (t.text === 'MAY' && !initial) return false;
    // A sentence opened by May is the month ("May brings rain") or a wish ("May you find peace")
    // unless a bare verb follows, as in the elliptical "May be worth a try".
    if (initial && !(sameSentence(next) && ELLIPTICAL_AFTER_MAY.has(next.norm))) return false;
  }
  // "cannot take part", "could not be reached": a negated "can" / "could" after its subject states
  // inability, a prohibition or an impossibility ("it can't be true"), not an open possibility. A
  // negative question ("But could not all this have been done...?") suggests one, and keeps it.
  if (
    (t.norm === 'can' || t.norm === 'could') &&
    sameSentence(next) &&
    NEGATIONS.has(next.norm) &&
    sameSentence(prev) &&
    prev.kind === 'word' &&
    !opensQuestion(r, m.from - 1)
  )
    return false;
  // "can only be bought at the door", "could only be held by a priest": a restriction, not a possibility.
  if ((t.norm === 'can' || t.norm === 'could') && sameSentence(next) && next.norm === 'only') return false;
  if (sameSentence(prev) && personalRoot(r, m, prev)) return false;
  // "Under the rules, a player may move...", "could fly passengers only after logging fifty hours",
  // "The council ruled that traders might sell".
  if (t.norm !== 'would' && permissionByRule(r, m)) return false;
  // "I would suggest you rest": "would" before a verb of advising, after I / we, is politeness.
  if (t.norm === 'would' && sameSentence(prev) && SPEAKER_SUBJECTS.has(prev.norm) && sameSentence(next)) {
    if (ADVICE_VERBS.has(next.norm)) return false;
  }
  // "said the factory would close": after a past reporting verb "would" is the future in the past.
  if (t.norm === 'would' && wordBefore(r, m.from, REPORT_REACH, (u) => PAST_REPORTS.has(u.norm))) return false;
  // "If you can, take a day off", "Whenever you can, step outside": "can" / "would" closing a condition
  // or time clause before its comma is elliptical in the same way; the main clause carries the claim.
  if ((t.norm === 'can' || t.norm === 'would') && sameSentence(next) && next.norm === ',' && conditionClause(r, m.from))
    return false;
  if (!sameSentence(next) || (next.kind === 'punctuation' && next.norm !== ',')) {
    // A modal that ends its clause (a full stop, or the end of the sentence with no full stop) with
    // nothing to hedge is elliptical ("rest when you can") and, for "can" and "would", hedges
    // nothing; "That might." keeps its guess.
    return t.norm !== 'can' && t.norm !== 'would';
  }
  return true;
}

/**
 * The word at `k`, right before a negated modal, leaves it opening a question: a question word, or a
 * conjunction (`QUESTION_CONJUNCTIONS`) that opens its sentence or stands in a question.
 */
function opensQuestion(r: Analysis, k: number): boolean {
  const u = r.tokens[k] as Token;
  if (QUESTION_OPENERS.has(u.norm)) return true;
  if (!QUESTION_CONJUNCTIONS.has(u.norm)) return false;
  return tokenIn(r, k - 1, u.sentence) === undefined || r.sentences[u.sentence]?.kind === 'question';
}

/** Words that open a condition or time clause ("if you can", "as soon as you can"). */
const CONDITION_OPENERS = new Set(['if', 'when', 'whenever', 'wherever', 'while', 'once', 'as', 'unless']);
/**
 * How far before its modal (in tokens) a condition's opener may stand, with up to three tokens of
 * subject between: "if you can", "if the kids can", "if all the kids can".
 */
const CONDITION_REACH = 4;

/** A condition or time opener stands within `CONDITION_REACH` tokens before the modal at `i`, in its clause. */
function conditionClause(r: Analysis, i: number): boolean {
  const sentence = (r.tokens[i] as Token).sentence;
  for (let k = i - 2; k >= 0 && k >= i - CONDITION_REACH; k--) {
    const u = r.tokens[k] as Token;
    if (u.sentence !== sentence || u.kind === 'punctuation') return false;
    if (CONDITION_OPENERS.has(u.norm)) return true;
  }
  return false;
}

/** Subjects that make "can" / "could" an offer, ability or proposal ("I can help", "we could meet"). */
const SPEAKER_SUBJECTS = new Set(['i', 'we', 'you']);
/**
 * Verbs that name what befalls the subject rather than what it does: after a modal they keep it a
 * possibility ("you may feel dizzy", "you could lose the deposit", "I could be wrong", "we may
 * have to wait"). The list for "can" is shorter: "you can see / find / get it in Settings" is ability.
 */
const UNDERGO_VERBS = new Set(
  (
    'be have feel experience expect lose suffer develop become fall fail hurt break die catch end ' +
    'notice find see get need want face hear miss encounter run seem appear look sound start begin struggle forget ' +
    "benefit respond recover relapse 've"
  ).split(' '),
);
const CAN_UNDERGO_VERBS = new Set(
  "be have feel experience expect lose suffer develop become fall fail hurt break die catch end benefit respond recover relapse 've".split(
    ' ',
  ),
);

/**
 * People in a role that a rule, a service or a game defines: "players can choose", "members can
 * borrow", "visitors can climb" state what the role allows (ability, permission), not a guess.
 */
const ROLE_SUBJECTS = new Set(
  (
    'player players user users visitor visitors member members resident residents tenant tenants citizen citizens ' +
    'customer customers student students guest guests passenger passengers applicant applicants employee employees ' +
    'voter voters participant participants owner owners driver drivers subscriber subscribers reader readers ' +
    'viewer viewers pupil pupils holder holders patient patients apprentice apprentices pilot pilots anyone everyone'
  ).split(' '),
);

/**
 * "can" / "could" after I, we or you, and "may" after you, before a verb of doing: an offer, an
 * ability, a proposal or a permission ("I can help you draft it", "you could also try X", "so we can
 * compare", "you may substitute yogurt"), not a guess. Before a verb of undergoing (`UNDERGO_VERBS`)
 * the modal keeps its possibility ("you may feel dizzy", "I could be wrong", "you could have left it").
 * "may" after I / we is left a hedge: "I may go", "we may need to" guess at one's own plans. "can" /
 * "may" after a role noun (`ROLE_SUBJECTS`: "players can choose", "patients may request a copy"), or
 * after a role noun heading an "of" phrase (`roleHead`: "Members of the Royal Caledonian Society may
 * vote"), is read the same way.
 */
function personalRoot(r: Analysis, m: LexiconMatch, prev: Token): boolean {
  const t = r.tokens[m.from] as Token;
  if (SPEAKER_SUBJECTS.has(prev.norm)) {
    if (t.norm === 'may' ? prev.norm !== 'you' : t.norm !== 'can' && t.norm !== 'could') return false;
  } else if ((t.norm !== 'can' && t.norm !== 'may') || !ROLE_SUBJECTS.has(roleHead(r, m.from - 1).norm)) return false;
  let k = m.to;
  while (k < r.tokens.length) {
    const u = r.tokens[k] as Token;
    if (u.sentence !== t.sentence || (u.pos !== 'ADV' && u.norm !== 'not')) break;
    k++;
  }
  const verb = r.tokens[k];
  if (!verb || verb.sentence !== t.sentence || verb.kind !== 'word' || verb.pos !== 'VERB') return false;
  return !(t.norm === 'can' ? CAN_UNDERGO_VERBS : UNDERGO_VERBS).has(verb.norm);
}

/**
 * Modals that can grant a permission ("may", "can", "could"); "might" and "would" do not, except "might"
 * as the past of "may" in a reported ruling (see `rulingBefore`).
 */
const PERMISSION_MODALS = new Set(['may', 'can', 'could']);
/** How many tokens the "of" phrase after a role noun may run ("Members of the Royal Caledonian Society"). */
const OF_PHRASE_REACH = 6;

/**
 * The head of the noun phrase ending at token `end`: the noun before an "of" phrase of nouns and
 * names ("Members of the Royal Caledonian Society", "residents of the parish"), else the token itself.
 */
function roleHead(r: Analysis, end: number): Token {
  const last = r.tokens[end] as Token;
  for (let k = end; k > 0 && end - k < OF_PHRASE_REACH; k--) {
    const u = r.tokens[k] as Token;
    if (u.sentence !== last.sentence) break;
    if (u.norm === 'of') return r.tokens[k - 1] as Token;
    if (!(u.pos === 'NOUN' || u.pos === 'PROPN' || u.pos === 'DET' || u.pos === 'ADJ')) break;
  }
  return last;
}

/** Nouns for a body of rules that a sentence can be framed by ("Under the club rules", "under the Act"). */
const RULE_NOUNS = new Set(
  (
    'rule rules law laws act regulation regulations guidelines statute statutes code constitution charter treaty ' +
    'bylaws by-laws licence license terms agreement contract lease policy ordinance decree'
  ).split(' '),
);
/** How far back "under" may open the sentence's frame, and how far after it the rule noun may stand. */
const RULE_FRAME_REACH = 24;
const RULE_NOUN_REACH = 6;
/** Words after a restrictive "only" that set the condition of a permission ("only after", "only if"). */
const ONLY_CONDITIONS = new Set(['after', 'if', 'when', 'once', 'with', 'by', 'under', 'until', 'through', 'where']);
/** How far after the modal the restrictive "only" may stand in its clause. */
const ONLY_REACH = 8;

/**
 * A modal before a verb of doing that a stated rule governs: permission, not a possibility. Either a
 * verb of ruling + "that" opens the modal's clause (`rulingBefore`: "The council ruled that traders
 * might sell", "The Act provides that a tenant may terminate"; "might" counts here as the past of
 * "may"), or, for "may", "can" or "could" (`PERMISSION_MODALS`) only, the sentence is framed by
 * "under" + a body of rules before the modal ("Under the rules of chess, a pawn may move two squares",
 * "Under the 1990 Fisheries Act, any resident could fish"), or the clause restricts the permission
 * with "only" + a condition, in the passive or with a person or role for subject (`personSubject`:
 * "may be given only after a doctor has checked", "apprentices could sit the exam only after three
 * years"; "The virus could spread only through contact" keeps the possibility). Verbs of undergoing
 * keep the possibility ("Under the new law, tenants could lose their deposits"; "symptoms may appear
 * only after years"), and so do the perfect and, under a frame, the passive. The caller leaves "would" out.
 */
function permissionByRule(r: Analysis, m: LexiconMatch): boolean {
  const t = r.tokens[m.from] as Token;
  const sentence = t.sentence;
  let k = m.to;
  while (k < r.tokens.length && (r.tokens[k] as Token).sentence === sentence && (r.tokens[k] as Token).pos === 'ADV')
    k++;
  if ((r.tokens[k] as Token | undefined)?.norm === 'not') k++;
  const verb = r.tokens[k];
  if (!verb || verb.sentence !== sentence || verb.kind !== 'word' || verb.norm === 'have') return false;
  const passive = verb.norm === 'be' && isParticiple((r.tokens[k + 1] as Token | undefined) ?? verb);
  if (!passive && (verb.pos !== 'VERB' || UNDERGO_VERBS.has(verb.norm))) return false;
  // "The synod ruled that priests might marry", "The Act provides that a tenant may terminate".
  if (rulingBefore(r, m.from)) return true;
  // "Under the new rules, the club might raise its fees": otherwise "might" grants nothing.
  if (!PERMISSION_MODALS.has(t.norm)) return false;
  // "only" + a condition later in the modal's clause, for a person or role in the active ("The virus
  // could spread only through contact" restricts a possibility, it permits nothing).
  for (let q = k + 1; (passive || personSubject(r, m.from)) && q < r.tokens.length && q - k <= ONLY_REACH; q++) {
    const u = r.tokens[q] as Token;
    if (u.sentence !== sentence || CLAUSE_BREAKS.has(u.norm)) break;
    if (u.norm === 'only' && ONLY_CONDITIONS.has((r.tokens[q + 1] as Token | undefined)?.norm ?? '')) return true;
  }
  if (passive) return false;
  // "Under" + a rule noun earlier in the sentence.
  for (let q = m.from - 1; q >= 0 && m.from - q <= RULE_FRAME_REACH; q--) {
    const u = r.tokens[q] as Token;
    if (u.sentence !== sentence) return false;
    if (u.norm !== 'under') continue;
    for (let p = q + 1; p <= q + RULE_NOUN_REACH && p < m.from; p++) {
      if (RULE_NOUNS.has((r.tokens[p] as Token).norm)) return true;
    }
  }
  return false;
}

/** How far back from its modal the subject phrase is searched for a person ("Pilots holding a Class B certificate could"). */
const SUBJECT_REACH = 10;

/**
 * The clause of the modal at `i` names a person before it (its subject, with what modifies it): a
 * personal pronoun (`INVERTED_SUBJECTS`), a role (`ROLE_SUBJECTS`) or a plural noun for people (`isPeople`).
 */
function personSubject(r: Analysis, i: number): boolean {
  return wordBefore(
    r,
    i,
    SUBJECT_REACH,
    (u) => INVERTED_SUBJECTS.has(u.norm) || ROLE_SUBJECTS.has(u.norm) || isPeople(u),
  );
}

/** Verbs by which a body of rules or an authority lays down what is allowed ("ruled that", "provides that"). */
const RULINGS = new Set(
  'rule rules ruled decree decrees decreed stipulate stipulates stipulated provide provides provided ordain ordained enact enacted specify specifies specified'.split(
    ' ',
  ),
);

/**
 * A verb of ruling + "that" opens the modal's clause, within `REPORT_REACH` tokens and no clause break
 * between: "The synod ruled that priests might marry only before ordination", "The Act provides that a
 * tenant may terminate the lease", "the charter stipulated that members could vote by post". The modal
 * states what the ruling allows. Verbs of undergoing are already left out by `permissionByRule`.
 */
function rulingBefore(r: Analysis, i: number): boolean {
  return wordBefore(
    r,
    i,
    REPORT_REACH,
    (u, k) => u.norm === 'that' && k > 0 && RULINGS.has((r.tokens[k - 1] as Token).norm),
  );
}

/** Past forms of verbs that report speech, thought or a decision: "said / announced / believed (that) ... would". */
const PAST_REPORTS = new Set(
  (
    'said told announced promised predicted believed thought expected knew decided warned claimed stated reported ' +
    'wrote explained insisted agreed hoped feared assumed vowed pledged declared confirmed added replied ruled'
  ).split(' '),
);
/** How far back (in tokens) a reporting verb may stand from the "would" of its clause. */
const REPORT_REACH = 10;

/** Punctuation that ends a clause (shared: `wordBefore`, `permissionByRule`). */
const CLAUSE_BREAKS = new Set([',', ';', ':']);

/**
 * True when a token passing `test` stands at most `reach` tokens before token `i`, in the same sentence
 * and clause (no comma, semicolon or colon between). Finds a past reporting verb before "would" ("The
 * mayor announced that the bridge would reopen", "You said you would call": the future in the past,
 * a tense, not a hedge), a sign as the subject of "indicates" (see `SIGNS`) and the setter of a
 * threshold (see `ruleThreshold`).
 */
function wordBefore(r: Analysis, i: number, reach: number, test: (u: Token, k: number) => boolean): boolean {
  const sentence = (r.tokens[i] as Token).sentence;
  for (let k = i - 1; k >= 0 && k >= i - reach; k--) {
    const u = r.tokens[k] as Token;
    if (u.sentence !== sentence || CLAUSE_BREAKS.has(u.norm)) return false;
    if (test(u, k)) return true;
  }
  return false;
}

/** Units of time and measure: "several years" counts a span, it does not hide a source. */
const MEASURES = new Set(
  (
    'time times moment while year years month months week weeks day days hour hours minute minutes ' +
    'second seconds decade decades century centuries generation generations hundred hundreds thousand ' +
    'thousands million millions dozen dozens foot feet inch inches mile miles meter meters metre metres ' +
    'kilometer kilometers kilometre kilometres pound pounds percent occasions millimeter millimeters millimetre ' +
    'millimetres centimeter centimeters centimetre centimetres yard yards acre acres hectare hectares gram grams ' +
    'kilogram kilograms ton tons tonne tonnes liter liters litre litres gallon gallons degree degrees'
  ).split(' '),
);

/** Words that make the set after "of" a definite one ("some of the", "many of whom"). */
const DEFINITES = new Set('the these those this that his her its their our my your them us whom which'.split(' '));

/** A vague quantifier weighs less before a unit ("several years") or a singular noun ("some reason"). */
function quantifierFactor(r: Analysis, m: LexiconMatch): number {
  const next = r.tokens[m.to];
  if (!next || next.sentence !== (r.tokens[m.from] as Token).sentence) return 1;
  const after = r.tokens[m.to + 1];
  if (MEASURES.has(next.norm) || (next.pos === 'ADJ' && after && MEASURES.has(after.norm))) return MEASURE_FACTOR;
  if (isPeople(next) || (next.pos === 'ADJ' && after && after.sentence === next.sentence && isPeople(after)))
    return PEOPLE_FACTOR;
  if (next.norm === 'of' && after && after.sentence === next.sentence && DEFINITES.has(after.norm))
    return after.norm === 'which' || after.norm === 'whom' ? RELATIVE_PARTITIVE_FACTOR : PARTITIVE_FACTOR;
  if (next.pos === 'NOUN' && next.norm === next.lemma) return SINGULAR_FACTOR;
  return 1;
}

/** How many tokens after "of the" a count of the set may stand ("of the village's 60 timber houses"). */
const COUNT_REACH = 4;

/**
 * A quantifier in a partitive of a definite set that the sentence counts: "many of the 60 houses",
 * "some of the museum's 214 paintings", "most of its twelve albums". The whole is counted, and the
 * quantifier takes a part of it; no source or number is left vague.
 */
function countedPartitive(r: Analysis, m: LexiconMatch): boolean {
  const sentence = (r.tokens[m.from] as Token).sentence;
  const of = r.tokens[m.to];
  const det = r.tokens[m.to + 1];
  if (!of || !det || of.norm !== 'of' || det.sentence !== sentence || !DEFINITES.has(det.norm)) return false;
  if (det.norm === 'which' || det.norm === 'whom') return false;
  for (let k = m.to + 2; k < Math.min(r.tokens.length, m.to + 2 + COUNT_REACH); k++) {
    const u = r.tokens[k] as Token;
    if (u.sentence !== sentence || u.pos === 'VERB' || u.pos === 'AUX') return false;
    if (u.kind === 'number' || u.pos === 'NUM') return true;
    if (u.kind === 'punctuation' && u.norm !== "'s") return false;
  }
  return false;
}

/**
 * A plural noun for people by its agent suffix: -ists (linguists, economists), -ians (historians,
 * Christians). Plural forms of other agent suffixes (-ers, -ors) name things as often as people.
 */
function isPeople(t: Token): boolean {
  if (t.kind !== 'word' || t.norm.length < 7) return false;
  return t.norm.endsWith('ists') || t.norm.endsWith('ians');
}

/** Tokens that open a new clause, for finding a clause's subject. */
const CLAUSE_OPENERS = new Set([
  ',',
  ';',
  ':',
  '(',
  'that',
  'which',
  'who',
  'and',
  'but',
  'while',
  'although',
  'because',
]);

/** True when no verb stands between the start of the token's clause and the token: the subject. */
function beforeMainVerb(r: Analysis, i: number): boolean {
  const sentence = (r.tokens[i] as Token).sentence;
  for (let k = i - 1; k >= 0; k--) {
    const t = r.tokens[k] as Token;
    if (t.sentence !== sentence || CLAUSE_OPENERS.has(t.norm)) return true;
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  return true;
}

/**
 * Epistemic readings of a modal favour perfect aspect ("may have left") and pronoun subjects
 * ("it may", "he might"); after a noun phrase ("patients may experience") a modal more often
 * states what is possible in general (root modality), a weaker hedge.
 */
function modalFactor(r: Analysis, m: LexiconMatch): number {
  const sentence = (r.tokens[m.from] as Token).sentence;
  let k = m.to;
  while (k < r.tokens.length && ((r.tokens[k] as Token).pos === 'ADV' || (r.tokens[k] as Token).norm === 'not')) k++;
  const next = r.tokens[k];
  const after = r.tokens[k + 1];
  const participle = after !== undefined && after.sentence === sentence && isParticiple(after);
  // "may have left" is epistemic; "may have a base" (main-verb have) is not a perfect.
  if (next && next.sentence === sentence && next.norm === 'have' && participle) return EPISTEMIC_MODAL_FACTOR;
  if (next && next.sentence === sentence && next.norm === 'be' && participle) return PASSIVE_MODAL_FACTOR;
  const prev = m.from > 0 ? r.tokens[m.from - 1] : undefined;
  if (prev && prev.sentence === sentence && prev.pos === 'PRON') return EPISTEMIC_MODAL_FACTOR;
  return 1;
}

/**
 * Participles the shared list does not tag as such: "had" and "got" are listed as simple pasts
 * (the form is both), "gotten" is missing.
 */
const EXTRA_PARTICIPLES = new Set(['been', 'had', 'got', 'gotten']);

/** A past participle: an irregular form from the list or a regular -ed form. */
function isParticiple(t: Token): boolean {
  if (t.kind !== 'word') return false;
  if (EXTRA_PARTICIPLES.has(t.norm)) return true;
  const entry = PARTICIPLES.get(t.norm);
  if (entry) return entry.tag === 'participle' || entry.tag === 'state';
  return t.norm.length > 4 && t.norm.endsWith('ed');
}

/** Words before "kind of" / "sort of" that make it a noun ("a kind of", "what sort of", "some kind of"). */
const TYPE_DETERMINERS = new Set([
  ...NOUN_MARKERS,
  ...DEMONSTRATIVES,
  'what',
  'which',
  'some',
  'any',
  'every',
  'each',
  'no',
  'one',
  'these',
  'those',
  'same',
  'other',
  'another',
  'all',
  'many',
  'several',
  'different',
  'certain',
]);

/** Object pronouns: "kind of you" (the adjective kind), and the person trusted in "I believe you" (see `personObject`). */
const OBJECT_PRONOUNS = new Set(['you', 'him', 'her', 'them', 'us', 'me']);

/** "kind of tired" hedges; after a determiner or adjective ("a kind of", "the right sort of") it names a type. */
function isAdverbial(r: Analysis, m: LexiconMatch): boolean {
  const t = r.tokens[m.from] as Token;
  const prev = m.from > 0 ? (r.tokens[m.from - 1] as Token) : undefined;
  const next = r.tokens[m.to];
  // "It's kind of you": the adjective kind, not the hedge.
  if (t.norm === 'kind' && next && next.sentence === t.sentence && OBJECT_PRONOUNS.has(next.norm)) return false;
  if (!prev || prev.sentence !== t.sentence) return true;
  return !TYPE_DETERMINERS.has(prev.norm) && prev.pos !== 'ADJ' && prev.pos !== 'DET';
}

/** Degree adverbs grade adjectives, not passive verbs: "highly respected", "critically acclaimed". */
const DEGREE_ADVERBS = new Set(
  'highly widely well much greatly most very so deeply internationally critically universally justly'.split(' '),
);
/** Prepositions after a predicative peacock participle that keep it the adjective: "celebrated for / as". */
const PRAISE_PREPOSITIONS = new Set(['for', 'as']);

/**
 * A participle that doubles as a peacock adjective ("celebrated", "distinguished") praises only as an
 * adjective: before a noun, adjective or number ("a celebrated poet", "distinguished British
 * scientists"), before "for" / "as" ("celebrated for his wit") or after a degree adverb ("highly
 * respected"). Otherwise it is the verb: "the
 * feast is celebrated on 3 December", "the species are distinguished by the beak".
 */
function isAdjectival(r: Analysis, m: LexiconMatch): boolean {
  const sentence = (r.tokens[m.from] as Token).sentence;
  const prev = m.from > 0 ? r.tokens[m.from - 1] : undefined;
  if (prev && prev.sentence === sentence && DEGREE_ADVERBS.has(prev.norm)) return true;
  const next = r.tokens[m.to];
  if (!next || next.sentence !== sentence) return false;
  return ATTRIBUTIVE_POS.has(next.pos) || PRAISE_PREPOSITIONS.has(next.norm);
}

/**
 * Conventional signs: what they indicate they mean by design (a light, a flag, a symbol). "sign",
 * "signal" and "colour" are left out: "early signs indicate a recovery" is evidence, an inference.
 */
const SIGNS = new Set(
  (
    'flag flags light lights lamp lamps icon icons symbol symbols arrow arrows asterisk asterisks dagger ' +
    'daggers marker markers label labels badge badges dot dots star stars beep beeps bell bells alarm alarms siren ' +
    'sirens indicator indicators'
  ).split(' '),
);
/** Signs matched on their written form: "LED" (its norm "led" is also the past of "lead"). */
const SIGN_ACRONYMS = new Set(['LED', 'LEDs']);
/** A conventional sign (`SIGNS`, or an acronym of `SIGN_ACRONYMS` as written). */
function isSign(u: Token): boolean {
  return SIGNS.has(u.norm) || SIGN_ACRONYMS.has(u.text);
}
/** Nouns that name a proposition not vouched for: hedges unless the sentence gives a verdict on it. */
const CLAIM_NOUNS = new Set(['hypothesis', 'theory', 'rumor', 'rumour', 'speculation']);
/** Verbs (by lemma) that settle whether a proposition is true. */
const VERDICTS = new Set('disprove refute debunk discredit confirm prove verify falsify vindicate'.split(' '));

/**
 * A verdict verb, not negated, in the sentence of token `i`: "the hypothesis ... was disproved",
 * "the rumour was confirmed". The writer commits to the verdict, so the named hypothesis hedges
 * nothing; "has never been confirmed" (negated) leaves it open. `cache` holds the answer per sentence
 * index for one `collectHits` call.
 */
function settledInSentence(r: Analysis, i: number, cache: Map<number, boolean>): boolean {
  const sentence = (r.tokens[i] as Token).sentence;
  let out = cache.get(sentence);
  if (out === undefined) {
    out = false;
    const s = r.sentences[sentence];
    for (let k = s ? s.tokenStart : 0; s && k < s.tokenEnd; k++) {
      const u = r.tokens[k] as Token;
      if (u.pos === 'VERB' && VERDICTS.has(u.lemma) && !u.negated) {
        out = true;
        break;
      }
    }
    cache.set(sentence, out);
  }
  return out;
}

/** Verbs that propose a thing when their object is a noun phrase: "suggested a walk", "proposed a glass roof". */
const PROPOSAL_VERBS = new Set(['~suggest', '~propose']);
/**
 * Subjects that propose (a person or a body of people) rather than point to something: with one of
 * them, "suggest a new name" is a proposal; with evidence ("the bones suggest a burial", "this
 * suggests a problem") it stays an inference. "we" and "they" are left out: "we suggest a role for
 * the gene" is the inference of a paper's authors.
 */
const PROPOSERS = new Set(
  (
    'i you he she committee council board government ministry commission panel court company team family ' +
    'parliament congress senate minister mayor president chairman chair architect engineer coach doctor nurse ' +
    'teacher friend sister brother mother father wife husband son daughter partner colleague manager boss ' +
    'director editor therapist counsellor counselor planner designer author officials organisers organizers'
  ).split(' '),
);

/** The subject before token `i` (adverbs stepped over) is one of `PROPOSERS`. */
function proposerSubject(r: Analysis, i: number): boolean {
  const sentence = (r.tokens[i] as Token).sentence;
  let k = i - 1;
  while (k >= 0 && (r.tokens[k] as Token).sentence === sentence && (r.tokens[k] as Token).pos === 'ADV') k--;
  const u = k >= 0 ? (r.tokens[k] as Token) : undefined;
  return u !== undefined && u.sentence === sentence && PROPOSERS.has(u.norm);
}

/** Verbs of advising: after "I would" / "we would" the modal is politeness ("I would suggest you rest"). */
const ADVICE_VERBS = new Set(['suggest', 'recommend', 'advise', 'urge', 'propose']);
/** Modals and auxiliaries stepped over between an adviser and "suggest" ("I'd suggest", "we would propose"). */
const ADVICE_AUXILIARIES = new Set(["'d", 'would', 'can', 'could', 'may', 'might', 'will', "'ll", 'must', 'should']);

/**
 * The object of "suggest" / "propose" is something for the person to do: a gerund ("suggest
 * calling them"), "you" / "your" ("suggest you book early") or "that you / we" ("suggest that you
 * wait"). A clause about something else ("I suggest that the fall reflects the weather") stays an inference.
 */
function adviceObject(r: Analysis, m: LexiconMatch): boolean {
  const t = r.tokens[m.from] as Token;
  if (t.pos !== 'VERB') return false;
  let next = r.tokens[m.to];
  if (next && next.sentence === t.sentence && next.norm === 'that') next = r.tokens[m.to + 1];
  if (!next || next.sentence !== t.sentence || next.kind !== 'word') return false;
  if (next.norm === 'you' || next.norm === 'your' || next.norm === 'we') return true;
  return next.pos === 'VERB' && next.norm.endsWith('ing') && next.norm !== t.norm;
}

/**
 * An adviser is the subject of "suggest": a proposer (`PROPOSERS`) or "we", with adverbs and modals
 * stepped over ("I'd suggest", "we would suggest", "I really suggest"), or "me" of "let me suggest".
 * A modal before "I" ("May I suggest", "Can I suggest") leaves "I" right before the verb.
 */
function adviserSubject(r: Analysis, i: number): boolean {
  const sentence = (r.tokens[i] as Token).sentence;
  let k = i - 1;
  while (k >= 0) {
    const u = r.tokens[k] as Token;
    if (u.sentence !== sentence || !(u.pos === 'ADV' || ADVICE_AUXILIARIES.has(u.norm))) break;
    k--;
  }
  const u = k >= 0 ? (r.tokens[k] as Token) : undefined;
  if (!u || u.sentence !== sentence) return false;
  if (u.norm === 'me') return k > 0 && (r.tokens[k - 1] as Token).norm === 'let';
  return u.norm === 'we' || PROPOSERS.has(u.norm);
}

/** How far back the subject of "indicates" is looked for (a sign: "A green light on the charger indicates..."). */
const SIGN_REACH = 8;

/** Verbs that report a claim, view, proposal or estimate: a hedge or weasel only when no one is named as its source. */
const REPORTING_VERBS = new Set([
  '~argue',
  '~claim',
  '~believe',
  '~suggest',
  '~propose',
  '~estimate',
  // hedge4 round: a named person's supposition or suspicion is reported, not made by the writer
  '~suppose',
  '~assume',
  '~suspect',
  '~presume',
]);
/** Nouns for a people or community that a proper name before them names ("the Kettan people", "the Norse settlers"). */
const GROUP_NOUNS = new Set(['people', 'peoples', 'tribe', 'tribes', 'clan', 'clans', 'folk', 'nation', 'settlers']);
/** Vague quantifiers before a name make it a group, not a source: "many Americans believe". */
const GROUP_QUANTIFIERS = new Set('some many most several few certain various numerous other'.split(' '));
/** How far back a parenthetical between a subject and its verb may reach ("Greaves, in a report of 1954, estimated"). */
const PARENTHETICAL_REACH = 20;

/**
 * A reporting verb whose agent is a proper name: the subject before it ("The engineer Walter Greaves
 * estimated", "Halloran (1998) argued", "Professor Okafor, in a lecture, claimed"; a parenthetical
 * between commas and a citation in brackets are stepped over) or a "by" phrase after it ("proposed
 * by Lars Berglund"). The writer then commits that the named person said it. A capitalised word
 * opening the sentence counts only with a citation after it, since any first word is capitalised.
 * "I" / "I'm" (which wink may tag as a name) and a name after a preposition other than "by" ("Sources
 * close to Biden claimed") are not the agent.
 */
function namedAgent(r: Analysis, m: LexiconMatch): boolean {
  const sentence = (r.tokens[m.from] as Token).sentence;
  let k = m.to;
  if (tokenIn(r, k, sentence)?.norm === 'by') {
    k++;
    if (tokenIn(r, k, sentence)?.pos === 'DET') k++;
    if (tokenIn(r, k, sentence)?.pos === 'PROPN') return true;
  }
  k = m.from - 1;
  while (tokenIn(r, k, sentence)?.pos === 'ADV') k--;
  let cited = false;
  if (tokenIn(r, k, sentence)?.norm === ')') {
    const close = k;
    while (tokenIn(r, k, sentence) && r.tokens[k]?.norm !== '(') k--;
    if (!tokenIn(r, k, sentence)) return false;
    for (let q = k + 1; q < close; q++) if ((r.tokens[q] as Token).pos === 'NUM') cited = true;
    k--;
  } else if (tokenIn(r, k, sentence)?.norm === ',') {
    const comma = k;
    // "The ship's captain, Elias Brand, believed": the name in apposition to the subject is the agent.
    if (tokenIn(r, comma - 1, sentence)?.pos === 'PROPN' && appositiveName(r, comma - 1, sentence)) return true;
    k--;
    while (tokenIn(r, k, sentence) && r.tokens[k]?.norm !== ',' && comma - k < PARENTHETICAL_REACH) k--;
    if (tokenIn(r, k, sentence)?.norm !== ',') return false;
    k--;
  }
  // "The Kettan people believed": a people named by its name is a named source.
  if (GROUP_NOUNS.has(tokenIn(r, k, sentence)?.norm ?? '') && tokenIn(r, k - 1, sentence)?.pos === 'PROPN') k--;
  const name = tokenIn(r, k, sentence);
  // wink tags "I'm" as a proper noun; the writer is no named source.
  if (name?.pos !== 'PROPN' || WRITER.has(name.norm)) return false;
  // "Sources close to Biden claimed": a name after a preposition is not the agent ("by" is checked above).
  let start = k;
  // Step back over the whole name, "of" inside it included ("The Ministry of Culture", "Aldegonde of Wervik").
  for (;;) {
    const u = tokenIn(r, start - 1, sentence);
    if (u?.pos === 'PROPN') start--;
    else if (u?.norm === 'of' && tokenIn(r, start - 2, sentence)?.pos === 'PROPN') start -= 2;
    else break;
  }
  const head = tokenIn(r, start - 1, sentence);
  if (head?.pos === 'ADP' && head.norm !== 'by') return false;
  const before = tokenIn(r, k - 1, sentence);
  if (before && GROUP_QUANTIFIERS.has(before.norm)) return false;
  return cited || before !== undefined;
}

/** The writer, which wink may tag as a proper noun ("I'm"). */
const WRITER = new Set(['i', "i'm"]);

/** How many tokens a name in apposition may run ("Dr Helen Marsh"). */
const APPOSITION_REACH = 4;

/**
 * The proper name ending at token `end` fills a whole parenthesis between commas that follows a noun:
 * "The ship's captain, Elias Brand, believed", "Its first director, Ana Ruiz, argued". A parenthesis
 * holding other words ("Her supporters, in a letter to the press, argued") is not a name.
 */
function appositiveName(r: Analysis, end: number, sentence: number): boolean {
  for (let k = end; k >= 0 && end - k <= APPOSITION_REACH; k--) {
    const u = r.tokens[k] as Token;
    if (u.sentence !== sentence) return false;
    if (u.norm === ',') {
      const head = r.tokens[k - 1];
      return head !== undefined && head.sentence === sentence && head.pos === 'NOUN';
    }
    if (u.pos !== 'PROPN') return false;
  }
  return false;
}

/**
 * A weasel noun for people ("critics", "some historians") followed by the names of those people
 * ("the critics Roger Fry and Clive Bell"). Entries by lemma (~claim) are verbs or their nouns,
 * not groups of people, so "who claims Barr's wife..." is not a naming.
 */
function namedAfter(r: Analysis, m: LexiconMatch): boolean {
  if (m.entry.source.startsWith('~')) return false;
  const last = r.tokens[m.to - 1] as Token;
  const next = r.tokens[m.to];
  return last.pos === 'NOUN' && next !== undefined && next.sentence === last.sentence && next.pos === 'PROPN';
}

/** The token after the match is an -ing verb in its sentence ("considered leaving"). */
function gerundAfter(r: Analysis, m: LexiconMatch): boolean {
  const next = r.tokens[m.to];
  return (
    next !== undefined &&
    next.sentence === (r.tokens[m.from] as Token).sentence &&
    next.pos === 'VERB' &&
    next.norm.endsWith('ing')
  );
}

/** The token after "appear to" is a verb ("appears to be", "appeared to have left"): the infinitive of seeming. */
function verbAfter(r: Analysis, m: LexiconMatch): boolean {
  const next = r.tokens[m.to];
  if (!next || next.sentence !== (r.tokens[m.from] as Token).sentence) return false;
  return next.pos === 'VERB' || next.pos === 'AUX';
}

/**
 * A noun for a people (`GROUP_NOUNS`) at `i` after its proper name, with no vague quantifier before
 * the name: "The Hopi people say", "the Kettan people believe". "Many Hopi people say" is a vague part.
 */
function namedPeople(r: Analysis, i: number): boolean {
  const t = r.tokens[i] as Token;
  const name = r.tokens[i - 1];
  if (!GROUP_NOUNS.has(t.norm) || !name || name.sentence !== t.sentence || name.pos !== 'PROPN') return false;
  const before = r.tokens[i - 2];
  return !before || before.sentence !== t.sentence || !GROUP_QUANTIFIERS.has(before.norm);
}

/** Verbs of guessing and supposing, which a negated imperative forbids ("Don't assume..."). */
const SPECULATIVE_VERBS = new Set(['~guess', '~assume', '~presume', '~suppose', '~speculate', '~estimate', '~suspect']);
/** Words that may open a sentence before a negated imperative ("Please don't", "So never"). */
const IMPERATIVE_OPENERS = new Set(['please', 'just', 'and', 'but', 'so', 'then', 'again']);

/**
 * The verb at `i` is a negated imperative: "Don't / Do not / Never" + the verb opening its sentence
 * or clause (after a comma or semicolon), optionally after "please", "just", "so"... The writer tells
 * the reader not to guess; nothing is left uncertain. "I don't assume" (a subject) is not matched.
 */
function negatedImperative(r: Analysis, i: number): boolean {
  const sentence = (r.tokens[i] as Token).sentence;
  let k = i - 1;
  const neg = tokenIn(r, k, sentence)?.norm;
  if (neg === 'never') k--;
  else if ((neg === "n't" || neg === 'not') && tokenIn(r, k - 1, sentence)?.norm === 'do') k -= 2;
  else return false;
  if (IMPERATIVE_OPENERS.has(tokenIn(r, k, sentence)?.norm ?? '')) k--;
  const before = tokenIn(r, k, sentence);
  return before === undefined || before.norm === ',' || before.norm === ';' || before.norm === ':';
}

/** Negations before "need to" / "have to" ("don't need to", "no need to", "never have to"). */
const NEED_NEGATIONS = new Set(['not', "n't", 'no', 'never']);
/** Modals and verbs of obligation that a negation after them turns into a prohibition ("shouldn't assume"). */
const PROHIBITING = new Set(['should', 'must', 'need', 'ought']);

/**
 * The speculative verb at `i` is what the person need not or must not do: "You don't need to guess",
 * "there's no need to speculate", "you never have to assume", "you shouldn't assume", "we must not
 * presume". Like a negated imperative, the writer makes no guess. "I don't need to guess" (the
 * writer's own knowledge) is read the same way: nothing is left open.
 */
function negatedNecessity(r: Analysis, i: number): boolean {
  const sentence = (r.tokens[i] as Token).sentence;
  const at = (k: number) => tokenIn(r, k, sentence);
  const before = at(i - 1);
  if (!before) return false;
  if (before.norm === 'to') {
    const need = at(i - 2);
    return (need?.lemma === 'need' || need?.lemma === 'have') && NEED_NEGATIONS.has(at(i - 3)?.norm ?? '');
  }
  return (before.norm === 'not' || before.norm === "n't") && PROHIBITING.has(at(i - 2)?.norm ?? '');
}

/** Verbs of supposing that, as an imperative or a participle, open a condition ("Suppose...", "Assuming..."). */
const SUPPOSITION_VERBS = new Set(['~suppose', '~assume']);
/** Forms of those verbs that open a condition: the imperative and the -ing participle. */
const SUPPOSITION_FORMS = new Set(['suppose', 'assume', 'supposing', 'assuming']);
/** Words after which a supposition still opens its clause ("So suppose", "Now assume", "But assuming"). */
const SUPPOSITION_OPENERS = new Set(['so', 'now', 'just', 'but', 'and', 'then', 'or', 'first', 'again']);

/**
 * "suppose" / "assume" without a subject, opening its sentence or clause, as the imperative or the
 * -ing form, and followed by the supposition rather than "so": "Suppose the car stalls again: pull
 * over", "Assuming the file exists, run the script", "Let's assume the cache is empty", "The fix
 * works, assuming you're on Node 20". The supposition sets a condition or a scenario, it is not
 * claimed; the claim or advice that follows is committed. "I suppose", "we assume" (a subject) and
 * the elliptical "Suppose so." keep the hedge.
 */
function suppositionFrame(r: Analysis, i: number): boolean {
  const t = r.tokens[i] as Token;
  if (!SUPPOSITION_FORMS.has(t.norm)) return false;
  const at = (k: number) => tokenIn(r, k, t.sentence);
  const next = at(i + 1);
  if (next?.kind !== 'word' || next.norm === 'so' || next.norm === 'not') return false;
  let k = i - 1;
  if ((at(k)?.norm === "'s" || at(k)?.norm === 'us') && at(k - 1)?.norm === 'let') k -= 2;
  if (at(k) && SUPPOSITION_OPENERS.has((at(k) as Token).norm)) k--;
  const before = at(k);
  return before === undefined || CLAUSE_BREAKS.has(before.norm) || before.norm === '(';
}

/** Verbs of finding out that "whether" follows in a request or an instruction ("check whether"). */
const CHECK_VERBS = new Set(['check', 'see', 'test', 'verify', 'confirm', 'ask', 'find', 'know', 'tell']);
/** Modals that make "you" + verb a request ("Can you check", "Could you see"). */
const REQUEST_MODALS = new Set(['can', 'could', 'would', 'will']);
/** Words before an imperative that leave it one ("Please check", "First see", "Then test"). */
const CHECK_OPENERS = new Set(['please', 'just', 'also', 'first', 'then', 'now', 'so', 'and', 'but', 'quickly']);

/**
 * "whether" after a verb of finding out that the writer asks the person to do: an imperative ("Check
 * whether the cable is in", "Please see whether", "Find out whether") or a request ("Can you check
 * whether", "Could you ask whether", "Let me know whether", "tell me whether"). The reply asks for a
 * fact; it does not leave a claim of its own open. "We tested whether" (a report of a study) and
 * "It is not known whether" keep the hedge.
 */
function requestedCheck(r: Analysis, i: number): boolean {
  const sentence = (r.tokens[i] as Token).sentence;
  const at = (k: number) => tokenIn(r, k, sentence);
  let k = i - 1;
  if (at(k)?.norm === 'out' || at(k)?.norm === 'me') k--;
  const verb = at(k);
  if (!verb || !CHECK_VERBS.has(verb.norm)) return false;
  // "find" only as "find out", "tell" only as "tell me", "know" only as "let me know".
  if (verb.norm === 'find' && at(k + 1)?.norm !== 'out') return false;
  if (verb.norm === 'tell' && at(k + 1)?.norm !== 'me') return false;
  if (verb.norm === 'know') return at(k - 1)?.norm === 'me' && at(k - 2)?.norm === 'let';
  k--;
  if (at(k)?.norm === 'you') return REQUEST_MODALS.has(at(k - 1)?.norm ?? '');
  if (at(k) && CHECK_OPENERS.has((at(k) as Token).norm)) k--;
  const before = at(k);
  return before === undefined || CLAUSE_BREAKS.has(before.norm);
}

/** Adverbs after "you" that mark a reading back of the person's own situation ("you've already tried"). */
const READBACK_ADVERBS = new Set(['already', 'still']);
/** Words between "seems" and the clause it frames ("seems like you", "seems that you"). */
const SEEM_LINKS = new Set(['like', 'that', 'as', 'if', 'though']);
/** A stance frame of seeming ("it seems like", "it appears to me like"): its second word is "seem" / "appear". */
function seemFrame(r: Analysis, m: LexiconMatch): boolean {
  if (m.entry.tag !== 'stance' || m.to - m.from < 2) return false;
  const verb = (r.tokens[m.from + 1] as Token).lemma;
  return verb === 'seem' || verb === 'appear';
}
/** How far after "you" the adverb may stand ("you have both already tried"). */
const READBACK_REACH = 4;

/**
 * "It seems (that / like) you've already tried restarting", "it appears you're still waiting for the
 * refund": "seem" / "appear" framing a clause about the person, with "already" or "still". The reply
 * reads back what the person has said or done, it does not guess at it. "It seems you have a typo on
 * line 3" (a diagnosis) keeps the hedge.
 */
function readingBack(r: Analysis, m: LexiconMatch): boolean {
  const sentence = (r.tokens[m.from] as Token).sentence;
  let k = m.to;
  while (SEEM_LINKS.has(r.tokens[k]?.norm ?? '') && (r.tokens[k] as Token).sentence === sentence) k++;
  const subject = r.tokens[k];
  if (!subject || subject.sentence !== sentence || (subject.norm !== 'you' && subject.norm !== "you're")) return false;
  for (let q = k + 1; q <= k + READBACK_REACH && q < r.tokens.length; q++) {
    const u = r.tokens[q] as Token;
    if (u.sentence !== sentence || u.kind === 'punctuation') return false;
    if (READBACK_ADVERBS.has(u.norm)) return true;
  }
  return false;
}

/**
 * A person for the object of "believe", not followed by a predicate of their own: "I believe you",
 * "her teacher believed her when...", "nobody believed them at first". Trust in what the person
 * said. "I believe you are right", "believed him to be", "believe him guilty" (a verb, "to" or an
 * adjective after the pronoun) state a belief that something is true and keep the cue.
 */
function personObject(r: Analysis, i: number): boolean {
  const obj = r.tokens[i];
  const sentence = (r.tokens[i - 1] as Token).sentence;
  if (!obj || obj.sentence !== sentence || !OBJECT_PRONOUNS.has(obj.norm)) return false;
  const after = r.tokens[i + 1];
  if (!after || after.sentence !== sentence) return true;
  // "I believe her husband is lying": "her" before a noun or adjective is a possessive determiner.
  if (obj.norm === 'her' && (after.pos === 'NOUN' || after.pos === 'ADJ' || after.pos === 'PROPN')) return false;
  return after.pos !== 'VERB' && after.pos !== 'AUX' && after.pos !== 'ADJ' && after.norm !== 'to';
}

/** Verbs of seeming, which take an experiencer with "to" ("seems unfair to you"). */
const PERCEPTION_VERBS = new Set(['~seem', '~appear to', 'it ~appear']);
/** Experiencers other than the writer: "to me" / "to us" keep the hedge (the writer's own impression). */
const OTHER_EXPERIENCERS = new Set(['you', 'him', 'her', 'them']);
/** How far after "seems" its experiencer may stand ("seems like a step backwards to you"). */
const EXPERIENCER_REACH = 7;

/**
 * "seem" / "appear" with an experiencer other than the writer, "to you / him / her / them", in its
 * clause: "It seems unfair to you", "it seemed to them that the street had gone quiet". The sentence
 * reports how things look to that person (in a reply, it acknowledges the person's view); the
 * writer guesses nothing. "It seems to me", "seems to be" (an infinitive) and "seems wise to give it to
 * you" (the "to you" of another verb) keep the hedge.
 */
function otherExperiencer(r: Analysis, m: LexiconMatch): boolean {
  const sentence = (r.tokens[m.from] as Token).sentence;
  const end = Math.min(r.tokens.length - 1, m.to + EXPERIENCER_REACH);
  for (let k = m.from + 1; k < end; k++) {
    const u = r.tokens[k] as Token;
    // A verb ends the search: in "seems wise to give it to you" the "to you" belongs to "give".
    if (u.sentence !== sentence || u.kind === 'punctuation' || u.pos === 'VERB') return false;
    if (u.norm === 'to' && OTHER_EXPERIENCERS.has((r.tokens[k + 1] as Token).norm)) return true;
  }
  return false;
}

/** Verbs that take a thing for object as well as a clause: "claimed the throne", "assumed power". */
const THING_VERBS = new Set(['~claim', '~assume']);

/**
 * "claim" or "assume" with a noun phrase for its object and no clause after it: "claimed the
 * throne", "claimed victory", "assumed power", "assumes the role". With a clause ("claimed the
 * vote was rigged", "assumed that", "claims to be") the verb asserts or supposes a fact.
 */
function claimsAThing(r: Analysis, m: LexiconMatch): boolean {
  const t = r.tokens[m.from] as Token;
  if (t.pos !== 'VERB') return false;
  const next = r.tokens[m.to];
  if (!next || next.sentence !== t.sentence) return false;
  if (!(next.pos === 'DET' || next.pos === 'NUM' || next.pos === 'NOUN' || NOUN_MARKERS.has(next.norm))) return false;
  if (next.norm === 'that' || next.norm === 'this') return false;
  for (let k = m.to + 1; k < Math.min(r.tokens.length, m.to + 5); k++) {
    const u = r.tokens[k] as Token;
    if (u.sentence !== t.sentence || u.kind === 'punctuation') break;
    if (u.pos === 'VERB' || u.pos === 'AUX') return false;
  }
  return true;
}

/** Words after which "under / over" + a number bounds a group: "aged under 12". */
const AGE_WORDS = new Set(['aged', 'age', 'ages']);

/**
 * "over" / "under" + a number right after a noun defines a group by a bound ("children under five",
 * "adults over 65", "trucks over 7.5 tonnes", "aged under 12"): a category, not a count made vague.
 * Before the noun it counts ("over 300 people"), after a verb it estimates ("killed over 200").
 */
function postnominalBound(r: Analysis, m: LexiconMatch): boolean {
  const t = r.tokens[m.from] as Token;
  if (t.norm !== 'over' && t.norm !== 'under') return false;
  const prev = m.from > 0 ? (r.tokens[m.from - 1] as Token) : undefined;
  if (!prev || prev.sentence !== t.sentence) return false;
  if (isPluralNoun(prev) || AGE_WORDS.has(prev.norm)) return true;
  if (prev.pos !== 'NOUN' && prev.pos !== 'PROPN') return false;
  // A singular "noun" right after a noun or pronoun subject is a verb that wink tags as a noun ("The
  // project cost over 5 million", "it cost over"); after a determiner it is a noun ("a man over 60").
  const subject = m.from > 1 ? (r.tokens[m.from - 2] as Token) : undefined;
  if (!subject || subject.sentence !== t.sentence) return true;
  return !(
    subject.pos === 'NOUN' ||
    subject.pos === 'PROPN' ||
    (subject.pos === 'PRON' && !NOUN_MARKERS.has(subject.norm))
  );
}

/** Plurals that neither take an -s nor are always lemmatised by wink (it tags "Children" opening a sentence PROPN). */
const IRREGULAR_PLURALS = new Set(['people', 'children', 'men', 'women']);

/**
 * A plural noun: lemmatised to another form, or (wink tags a capitalised plural opening a sentence as a
 * proper noun and leaves it as it is: "Adults over 65") ending in -s but not -ss, or an irregular plural.
 */
function isPluralNoun(t: Token): boolean {
  if (t.pos !== 'NOUN' && t.pos !== 'PROPN') return false;
  if (t.norm !== t.lemma || IRREGULAR_PLURALS.has(t.norm)) return true;
  return t.norm.endsWith('s') && !t.norm.endsWith('ss');
}

/** First words of the bounds a rule or recommendation sets: at least / at most, up to, more / less / fewer than. */
const THRESHOLD_HEADS = new Set(['at', 'up', 'more', 'less', 'fewer']);
/** Lemmas of obligation, advice and permission that make a bound after them a threshold. */
const THRESHOLD_SETTERS = new Set(
  'should must ought need require recommend advise allow permit limit entitle restrict'.split(' '),
);
/** Modals that, negated, forbid what lies beyond a bound ("may not", "cannot", "could not"). */
const LIMIT_MODALS = new Set(['can', 'could', 'may', 'might']);
/** How far back (in tokens, same clause) the setter of a threshold may stand. */
const THRESHOLD_REACH = 6;

/**
 * A bound set by a rule or recommendation: "guidelines recommend at least seven hours", "you
 * should drink at least two litres", "applicants must be at least 18", "are limited to up to four
 * guests". The number is the threshold, stated exactly; "at least 40 people were injured" estimates.
 */
function ruleThreshold(r: Analysis, m: LexiconMatch): boolean {
  if (!THRESHOLD_HEADS.has((r.tokens[m.from] as Token).norm)) return false;
  return wordBefore(
    r,
    m.from,
    THRESHOLD_REACH,
    (u, k) =>
      ((THRESHOLD_SETTERS.has(u.lemma) || THRESHOLD_SETTERS.has(u.norm)) && !epistemicPerfect(r, k)) ||
      // "could not carry more than 12 kilograms", "may not exceed": a negated permission sets the limit.
      ((LIMIT_MODALS.has(u.norm) || LIMIT_MODALS.has(u.lemma)) && NEGATIONS.has((r.tokens[k + 1] as Token).norm)),
  );
}

/**
 * "must" / "should" at `k` before "have" + a participle infers what has happened ("It must have taken
 * more than 300 workers", "you must have misread it"); it sets no rule and gives no advice.
 */
function epistemicPerfect(r: Analysis, k: number): boolean {
  const u = r.tokens[k] as Token;
  return (u.norm === 'must' || u.norm === 'should') && auxiliaryVerb(r, k, 'have');
}

/** The modal at `k` is followed by `aux` and then a participle or verb ("must have misread", "must be exhausted"). */
function auxiliaryVerb(r: Analysis, k: number, aux: 'have' | 'be'): boolean {
  const sentence = (r.tokens[k] as Token).sentence;
  const verb = tokenIn(r, k + 2, sentence);
  return tokenIn(r, k + 1, sentence)?.norm === aux && verb !== undefined && (isParticiple(verb) || verb.pos === 'VERB');
}
/** "to" + a verb right after the match ("a chance to meet"). */
function infinitiveAfter(r: Analysis, m: LexiconMatch): boolean {
  const sentence = (r.tokens[m.from] as Token).sentence;
  return tokenIn(r, m.to, sentence)?.norm === 'to' && tokenIn(r, m.to + 1, sentence)?.pos === 'VERB';
}

function nextIsNumber(r: Analysis, m: LexiconMatch): boolean {
  const next = r.tokens[m.to];
  if (!next || next.sentence !== (r.tokens[m.from] as Token).sentence) return false;
  return next.kind === 'number' || next.pos === 'NUM';
}

/** Modals and verbs of obligation that make a clause advice when its subject is "you" or "we". */
const OBLIGATION = new Set(['should', 'must', 'ought', 'need', 'needs']);

/**
 * A stance frame before advice: "you" or "we" (after an optional "that") and then an obligation
 * ("I think you should call her", "I believe we need to", "I feel you ought to", "I think you'd
 * better", "I think you have to"). The frame softens a recommendation; no claim is left open.
 * "I think it should work" (an expectation about a fact) is not advice.
 */
function adviceAfter(r: Analysis, m: LexiconMatch): boolean {
  const sentence = (r.tokens[m.from] as Token).sentence;
  let k = m.to;
  if (tokenIn(r, k, sentence)?.norm === 'that') k++;
  const subject = tokenIn(r, k, sentence)?.norm;
  if (subject !== 'you' && subject !== 'we') return false;
  const verb = tokenIn(r, k + 1, sentence)?.norm ?? '';
  // "I think you must be exhausted", "you must have misread it": epistemic "must", a guess about the person.
  if (verb === 'must' && (auxiliaryVerb(r, k + 1, 'have') || auxiliaryVerb(r, k + 1, 'be'))) return false;
  if (OBLIGATION.has(verb)) return true;
  if (verb === "'d") return tokenIn(r, k + 2, sentence)?.norm === 'better';
  return verb === 'have' && tokenIn(r, k + 2, sentence)?.norm === 'to';
}

/**
 * "I think it might rain" hedges; "I think you were right" states a view. A stance frame weighs
 * its full entry weight x 2 when another hedge follows it in the sentence, half its weight when
 * it is addressed to the person ("I think you..."), and its entry weight otherwise.
 */
function stanceWeight(r: Analysis, h: Hit, hits: Hit[], k: number, end: number): number {
  for (let q = k + 1; q < end; q++) if ((hits[q] as Hit).kind !== 'booster') return 2 * h.weight;
  const next = r.tokens[h.match.to];
  if (next && (next.norm === 'you' || next.norm === "you're" || next.norm === 'your')) return 0.5 * h.weight;
  return h.weight;
}

function hitFinding(r: Analysis, h: Hit): Finding {
  return finding(r, 'response', h.match.start, h.match.end, {
    mechanism: 'linguisticDistancing',
    ruleId: `hedging/${h.kind}`,
    kind: h.kind === 'booster' ? 'strength' : 'problem',
    severity: clamp01(0.3 * h.weight),
    message: MESSAGES[h.kind],
  });
}

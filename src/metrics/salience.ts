import emotionsText from '../lexicons/emotions.txt';
import genericText from '../lexicons/generic-advice.txt';
import { type LexiconMatch, lexicon, parseLexicon, wordList } from '../lexicons/lexicon.js';
import answersText from '../lexicons/salience-answers.txt';
import explorationText from '../lexicons/salience-exploration.txt';
import lightText from '../lexicons/salience-light.txt';
import relationsText from '../lexicons/salience-relations.txt';
import synonymsText from '../lexicons/salience-synonyms.txt';
import timeText from '../lexicons/salience-time.txt';
import understandingText from '../lexicons/salience-understanding.txt';
import type { Analysis, Finding, MechanismResult, Token } from '../types.js';
import { clamp01, finding, type MetricResult, type TextInput, toAnalysis, wordTable } from './common.js';

const GENERIC = lexicon(genericText);
const EMOTIONS = lexicon(emotionsText);
const TIMES = lexicon(timeText);
const ANSWERS = lexicon(answersText);
const UNDERSTANDING = lexicon(understandingText);
const EXPLORATION = lexicon(explorationText);
const RELATIONS = wordList(relationsText);
const LIGHT = wordList(lightText);

/** What kind of thing the person raised. */
export type ConcernKind = 'relation' | 'named' | 'time' | 'number' | 'emotion' | 'question' | 'topic' | 'event';

/** One thing the person raised. Offsets are into the prompt. */
export interface Concern {
  kind: ConcernKind;
  text: string;
  start: number;
  end: number;
  /** Salience weight, > 0: kind, turn weight, repetition, emphasis and emotional proximity. */
  weight: number;
  /** True when the reply addresses it. */
  met: boolean;
}

/** Options of `salienceOverlap`. */
export interface SalienceOptions {
  /**
   * Other turns of the conversation that the person did not write (the assistant's earlier
   * replies). The reply may refer back to them without being off-topic, and copying them is
   * parroting too; they raise no concerns of their own.
   */
  context?: TextInput | readonly TextInput[];
}

/** Result of `salienceOverlap`. */
export interface SalienceOverlapResult extends MetricResult {
  /** 0..1, 1 = the reply addresses what mattered to the person, specifically and in its own words. */
  score: number;
  /** 0..1, salience-weighted recall of the person's concerns. */
  coverage: number;
  /** 0..1, share of the reply that is template advice fitting anyone. */
  genericness: number;
  /** 0..1, share of the reply copied from the prompt in runs of 3+ words (perspective flipped). */
  parroting: number;
  /** 0..1, weighted share of the reply's content words with no anchor in the prompt. */
  offTopic: number;
  /** 0..1, how plainly the reply says it took in the person's experience (reflection, shared experience). */
  understanding: number;
  /**
   * 0..1, how much the reply asks the person about their own situation, feelings or the specifics
   * they raised ("How are you holding up?", "Have you been able to talk to her?"); rhetorical
   * questions, questions about the writer and questions with no tie to the person count little or not.
   */
  exploration: number;
  /** Explicit questions the person asked, and how many the reply answers. */
  questions: { asked: number; answered: number };
  /** Concerns, most salient first. */
  concerns: Concern[];
}

// ---------------------------------------------------------------------------------------------
// Word forms

/** Suffixes stripped to compare derivations (`anxiety` ~ `anxious`, `drinking` ~ `drinks`). */
const SUFFIXES = [
  'ational',
  'fulness',
  'iveness',
  'ousness',
  'ations',
  'ation',
  'ities',
  'iety',
  'ious',
  'ness',
  'ment',
  'ings',
  'ing',
  'ies',
  'ied',
  'ity',
  'ous',
  'ive',
  'ful',
  'ers',
  'est',
  'ed',
  'er',
  'es',
  'ly',
  'al',
  'y',
  's',
  'e',
];

/** A crude stem: the lemma less one derivational or inflectional suffix, at least 3 letters kept. */
export function stem(word: string): string {
  let out = STEMS.get(word);
  if (out !== undefined) return out;
  out = word;
  for (const s of SUFFIXES) {
    if (word.length - s.length >= 3 && word.endsWith(s)) {
      out = word.slice(0, -s.length);
      break;
    }
  }
  // Stems are asked for every content word several times a call; the cache is emptied when
  // it grows past a vocabulary's size, so memory stays bounded over millions of replies.
  if (STEMS.size >= 50_000) STEMS.clear();
  STEMS.set(word, out);
  return out;
}
const STEMS = new Map<string, string>();

let synonymIndex: Map<string, number[]> | undefined;

/** Word -> the near-synonym families it belongs to (line numbers of salience-synonyms.txt). */
function synonyms(word: string): readonly number[] | undefined {
  if (!synonymIndex) {
    synonymIndex = new Map();
    for (const { entry, phrases } of parseLexicon(synonymsText)) {
      for (const p of phrases) {
        const list = synonymIndex.get(p);
        if (list) list.push(entry.line);
        else synonymIndex.set(p, [entry.line]);
      }
    }
  }
  return synonymIndex.get(word);
}

const isWord = (t: Token) => t.kind === 'word' || t.kind === 'number';
/** Same as /^[a-z][a-z'-]*[a-z]$/.test(word), by char codes: it runs for every content token. */
function isAlphaWord(word: string): boolean {
  const n = word.length;
  if (n < 2) return false;
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) continue; // a-z
    if ((c === 39 || c === 45) && i > 0 && i < n - 1) continue; // ' or - inside the word
    return false;
  }
  return true;
}
const isLight = (t: Token) => LIGHT.has(t.lemma) || LIGHT.has(t.norm);

/**
 * A personal pronoun and a verb in one token (normalised): wink keeps "I'm" and "Im" whole, and may
 * tag them PROPN, so they would read as a name or content word. wink splits the others ("you're" ->
 * "you 're"); they are listed for texts or tokenizers that keep them whole. Forms without the
 * apostrophe that are words too (ill, well, were, wed, shell, hell, id) are left out.
 */
function pronounContractions(pronouns: string[], suffixes: string[], fused: string[]): Set<string> {
  const out = new Set(fused);
  for (const p of pronouns) for (const x of suffixes) out.add(`${p}'${x}`);
  return out;
}
const CONTRACTION_ENDS = ['m', 've', 'd', 'll', 're', 's'];
const FIRST_PERSON_CONTRACTIONS = pronounContractions(['i'], CONTRACTION_ENDS, ['im', 'ive']);
const SECOND_PERSON_CONTRACTIONS = pronounContractions(['you'], CONTRACTION_ENDS, ['youre', 'youve', 'youll', 'youd']);
const PRONOUN_CONTRACTIONS = new Set([
  ...FIRST_PERSON_CONTRACTIONS,
  ...SECOND_PERSON_CONTRACTIONS,
  ...pronounContractions(['we', 'they', 'he', 'she', 'it', 'that', 'there'], CONTRACTION_ENDS, [
    'weve',
    'theyre',
    'theyve',
    'theyll',
    'theyd',
    'hes',
    'shes',
    'thats',
    'theres',
  ]),
]);
const CONTENT_POS: Record<string, number> = { PROPN: 1.6, NOUN: 1, NUM: 1.4, VERB: 0.7, ADJ: 0.6, ADV: 0.3 };

/** A token that carries content of its own: not a function word, light verb or filler. */
function contentWeight(t: Token): number {
  if (!isWord(t)) return 0;
  const w = CONTENT_POS[t.pos];
  if (w === undefined) return 0;
  // The char test before the two set lookups: both must pass, the cheaper goes first.
  if (t.kind !== 'number' && !isAlphaWord(t.norm)) return 0;
  return isLight(t) || PRONOUN_CONTRACTIONS.has(t.norm) ? 0 : w;
}

/** Extra weight of each part of speech in the off-topic share (on top of CONTENT_POS). */
const OFF_TOPIC_POS: Record<string, number> = { PROPN: 1.25, NOUN: 1, NUM: 1, VERB: 0.8, ADJ: 0.6, ADV: 0 };

const PRONOUN_GENDER = wordTable<string>({
  she: 'f',
  her: 'f',
  hers: 'f',
  herself: 'f',
  he: 'm',
  him: 'm',
  his: 'm',
  himself: 'm',
  they: 'n',
  them: 'n',
  their: 'n',
  theirs: 'n',
  themselves: 'n',
});
const POSSESSIVES = new Set(['my', 'our', 'his', 'her', 'their', 'your', "'s"]);
const INTENSIFIERS = new Set([
  'really',
  'so',
  'very',
  'extremely',
  'totally',
  'super',
  'such',
  'incredibly',
  'completely',
]);
const NUMBER_WORDS = wordTable<string>({
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
  twenty: '20',
  thirty: '30',
  hundred: '100',
});
const numberValue = (t: Token) => NUMBER_WORDS[t.norm] ?? t.norm.replace(/[,$%]/g, '');

/** The ways a text can express something: forms, families, emotions, times, people, numbers. */
interface FormIndex {
  forms: Set<string>;
  stems: Set<string>;
  families: Set<number>;
  emotions: Set<string>;
  times: Set<string>;
  genders: Set<string>;
  numbers: Set<string>;
}

function indexForms(a: Analysis): FormIndex {
  const ix: FormIndex = {
    forms: new Set(),
    stems: new Set(),
    families: new Set(),
    emotions: new Set(),
    times: new Set(),
    genders: new Set(),
    numbers: new Set(),
  };
  for (const t of a.tokens) {
    if (!isWord(t)) continue;
    ix.forms.add(t.lemma);
    if (t.norm !== t.lemma) ix.forms.add(t.norm);
    if (t.norm.length >= 4) ix.stems.add(stem(t.lemma));
    const fam = synonyms(t.lemma) ?? synonyms(t.norm);
    if (fam !== undefined) for (const f of fam) ix.families.add(f);
    const g = PRONOUN_GENDER[t.norm];
    if (g) ix.genders.add(g);
    const rel = RELATIONS.get(t.lemma) ?? RELATIONS.get(t.norm);
    if (rel) ix.genders.add(rel.tag);
    if (t.kind === 'number' || t.pos === 'NUM') ix.numbers.add(numberValue(t));
  }
  for (const m of EMOTIONS.match(a)) ix.emotions.add(m.entry.tag);
  for (const m of TIMES.match(a)) ix.times.add(m.entry.tag);
  return ix;
}

/** Emotion tag of each token that starts an emotion-lexicon match, by its offset. */
function emotionTags(a: Analysis): Map<number, string> {
  const out = new Map<number, string>();
  for (const m of EMOTIONS.match(a)) out.set(m.start, m.entry.tag);
  return out;
}

/** True when `ix` holds the token's word, a derivation of it or a near-synonym. */
function hasForm(ix: FormIndex, t: Token): boolean {
  if (ix.forms.has(t.lemma) || ix.forms.has(t.norm)) return true;
  if (t.norm.length >= 4 && ix.stems.has(stem(t.lemma))) return true;
  const fam = synonyms(t.lemma) ?? synonyms(t.norm);
  if (fam) for (const f of fam) if (ix.families.has(f)) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Concerns of the prompt

/** Base salience of each kind: specific details weigh more than topics, topics more than events. */
const KIND_WEIGHT: Record<ConcernKind, number> = {
  relation: 2,
  named: 2,
  time: 1.8,
  number: 1.5,
  emotion: 1.5,
  question: 2,
  topic: 1,
  event: 0.6,
};

interface Draft {
  kind: ConcernKind;
  key: string;
  from: number;
  to: number;
  weight: number;
  count: number;
  tag: string;
  /** Token indexes whose forms can meet the concern. */
  heads: number[];
}

/** Per-token weight of the segment (transcript turn) that holds it. */
function segmentWeights(a: Analysis): Float64Array {
  const out = new Float64Array(a.tokens.length).fill(1);
  const segs = [...a.segments].sort((x, y) => x.start - y.start);
  let s = 0;
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    while (s + 1 < segs.length && t.start >= (segs[s + 1] as { start: number }).start) s++;
    const seg = segs[s];
    out[i] = seg ? seg.weight : 1;
  }
  return out;
}

/** Per-sentence multiplier: exclamations and sentences that carry an emotion weigh more. */
function sentenceWeights(a: Analysis, emotionSentences: Set<number>): Float64Array {
  const out = new Float64Array(a.sentences.length).fill(1);
  for (const s of a.sentences) {
    let w = 1;
    if (s.kind === 'exclamation') w *= 1.25;
    if (emotionSentences.has(s.index)) w *= 1.25;
    out[s.index] = w;
  }
  return out;
}

function extractConcerns(p: Analysis): Draft[] {
  const tokens = p.tokens;
  const turn = segmentWeights(p);
  const used = new Uint8Array(tokens.length);
  const drafts = new Map<string, Draft>();
  const emotionSentences = new Set<number>();
  const emotionMatches = EMOTIONS.match(p).filter((m) => !(tokens[m.from] as Token).negated);
  for (const m of emotionMatches) emotionSentences.add((tokens[m.from] as Token).sentence);
  const sentence = sentenceWeights(p, emotionSentences);

  const emphasis = (i: number): number => {
    const t = tokens[i] as Token;
    let w = sentence[t.sentence] as number;
    const prev = tokens[i - 1];
    if (prev && prev.sentence === t.sentence && INTENSIFIERS.has(prev.norm)) w *= 1.2;
    if (t.text.length >= 2 && t.text === t.text.toUpperCase() && /[A-Z]/.test(t.text) && t.text !== 'I') w *= 1.3;
    return w;
  };
  const add = (kind: ConcernKind, key: string, from: number, to: number, heads: number[], tag = '', base = 1) => {
    let w = KIND_WEIGHT[kind] * base * (turn[from] as number);
    for (let k = from; k < to; k++) used[k] = 1;
    w *= emphasis(heads[0] ?? from);
    const d = drafts.get(key);
    if (!d) {
      drafts.set(key, { kind, key, from, to, weight: w, count: 1, tag, heads });
      return;
    }
    d.count++;
    // Keep the span of the weightiest mention (the latest turn, the emphasised one).
    if (w >= d.weight) Object.assign(d, { from, to, weight: w, heads });
  };

  for (const m of TIMES.match(p)) {
    const heads: number[] = [];
    for (let k = m.from; k < m.to; k++) if (contentWeight(tokens[k] as Token) > 0) heads.push(k);
    const key = `time:${tokens
      .slice(m.from, m.to)
      .map((t) => t.norm)
      .join(' ')}`;
    add('time', key, m.from, m.to, heads.length ? heads : [m.from], m.entry.tag, m.entry.weight);
  }
  for (const m of emotionMatches) {
    if (used[m.from]) continue;
    const t = tokens[m.from] as Token;
    add('emotion', `emo:${stem(t.lemma)}`, m.from, m.to, [m.from], m.entry.tag, m.entry.weight);
  }
  for (let i = 0; i < tokens.length; i++) {
    if (used[i]) continue;
    const t = tokens[i] as Token;
    if (!isWord(t)) continue;
    const rel = RELATIONS.get(t.lemma) ?? RELATIONS.get(t.norm);
    if (rel && (t.pos === 'NOUN' || t.pos === 'PROPN')) {
      const prev = tokens[i - 1];
      const owned = prev !== undefined && prev.sentence === t.sentence && POSSESSIVES.has(prev.norm);
      const fam = synonyms(t.lemma) ?? synonyms(t.norm);
      add('relation', `rel:${fam ? fam[0] : t.lemma}`, owned ? i - 1 : i, i + 1, [i], rel.tag, owned ? 1 : 0.6);
      continue;
    }
    if (
      t.pos === 'PROPN' &&
      t.norm !== 'i' &&
      !PRONOUN_CONTRACTIONS.has(t.norm) &&
      isAlphaWord(t.norm) &&
      !isLight(t)
    ) {
      let j = i + 1;
      while (j < tokens.length && (tokens[j] as Token).pos === 'PROPN' && (tokens[j] as Token).sentence === t.sentence)
        j++;
      const heads: number[] = [];
      for (let k = i; k < j; k++) heads.push(k);
      add(
        'named',
        `name:${tokens
          .slice(i, j)
          .map((x) => x.norm)
          .join(' ')}`,
        i,
        j,
        heads,
      );
      i = j - 1;
      continue;
    }
    if (t.kind === 'number' || (t.pos === 'NUM' && NUMBER_WORDS[t.norm] === undefined && t.norm !== 'one')) {
      if (t.kind === 'number' || /\d/.test(t.norm)) add('number', `num:${numberValue(t)}`, i, i + 1, [i]);
      continue;
    }
    const cw = contentWeight(t);
    if (cw === 0) continue;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') add('topic', `lem:${stem(t.lemma)}`, i, i + 1, [i]);
    else if (t.pos === 'VERB') add('event', `lem:${stem(t.lemma)}`, i, i + 1, [i]);
    else if (t.pos === 'ADJ') add('event', `lem:${stem(t.lemma)}`, i, i + 1, [i], '', 0.8);
  }
  return [...drafts.values()];
}

/** Questions the person asked: question sentences with some content, tag questions left out. */
function extractQuestions(p: Analysis): { from: number; to: number; heads: number[] }[] {
  const out: { from: number; to: number; heads: number[] }[] = [];
  for (const s of p.sentences) {
    if (s.kind !== 'question') continue;
    const heads: number[] = [];
    let words = 0;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const t = p.tokens[k] as Token;
      if (t.kind === 'word') words++;
      if (contentWeight(t) > 0) heads.push(k);
    }
    if (words >= 3 && heads.length > 0) out.push({ from: s.tokenStart, to: s.tokenEnd, heads });
  }
  return out;
}

/** True when a sentence of the reply opens with an answer (yes/no, advice, opinion, shared experience). */
function answers(r: Analysis): boolean {
  for (const s of r.sentences) {
    for (let k = s.tokenStart; k < Math.min(s.tokenEnd, s.tokenStart + 3); k++) {
      if (ANSWERS.matchAt(r, k)) return true;
      const t = r.tokens[k] as Token;
      // Skip a leading interjection or discourse marker ("Well, I think ...").
      if (!(t.kind === 'punctuation' || LIGHT.has(t.norm))) break;
    }
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Reply-side figures

/** Perspective flip, so that "my mom hates me" and "your mom hates you" count as the same words. */
const FLIP = wordTable<string>({
  i: 'you',
  me: 'you',
  my: 'your',
  mine: 'yours',
  myself: 'yourself',
  am: 'are',
  "'m": 'are',
  we: 'you',
  us: 'you',
  our: 'your',
  ours: 'yours',
  ourselves: 'yourselves',
  was: 'were',
});
const PARROT_RUN = 3;

/** Reply word indexes that sit in a run of PARROT_RUN+ words also found, in order, in the prompt. */
function copiedRuns(sources: readonly Analysis[], r: Analysis): { share: number; runs: [number, number][] } {
  // Words become small integers, so a 3-word run is one number: no string building per gram.
  const ids = new Map<string, number>();
  const seq = (a: Analysis, add: boolean) => {
    const words: number[] = [];
    const at: number[] = [];
    const tokens = a.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (!isWord(t)) continue;
      const w = FLIP[t.norm] ?? t.norm;
      let id = ids.get(w);
      if (id === undefined) {
        id = add ? ids.size + 1 : 0;
        if (add) ids.set(w, id);
      }
      words.push(id);
      at.push(i);
    }
    return { words, at };
  };
  const sourceWords = sources.map((source) => seq(source, true).words);
  // Base above every id, so that three ids pack into one number; with under 1,024 distinct
  // source words the packed grams stay small integers (no heap number per gram).
  const base = ids.size + 1;
  const gram = (w: number[], i: number) =>
    ((w[i] as number) * base + (w[i + 1] as number)) * base + (w[i + 2] as number);
  const grams = new Set<number>();
  for (const words of sourceWords) {
    for (let i = 0; i + PARROT_RUN <= words.length; i++) grams.add(gram(words, i));
  }
  const { words: rw, at } = seq(r, false);
  if (rw.length < PARROT_RUN) return { share: 0, runs: [] };
  const copied = new Uint8Array(rw.length);
  for (let i = 0; i + PARROT_RUN <= rw.length; i++) {
    // A word the sources never used (id 0) cannot be part of a copied run.
    if (rw[i] === 0 || rw[i + 1] === 0 || rw[i + 2] === 0) continue;
    if (grams.has(gram(rw, i))) copied.fill(1, i, i + PARROT_RUN);
  }
  let n = 0;
  const runs: [number, number][] = [];
  for (let i = 0; i < rw.length; i++) {
    if (!copied[i]) continue;
    n++;
    const tokenIndex = at[i] as number;
    const last = runs[runs.length - 1];
    if (last && copied[i - 1]) last[1] = tokenIndex + 1;
    else runs.push([tokenIndex, tokenIndex + 1]);
  }
  return { share: n / rw.length, runs };
}

// ---------------------------------------------------------------------------------------------

const MECHANISM = 'granularityMismatch' as const;

const MISSED: Record<ConcernKind, { ruleId: string; what: string }> = {
  relation: { ruleId: 'salience/missed-relation', what: 'the person they named' },
  named: { ruleId: 'salience/missed-detail', what: 'a named detail' },
  number: { ruleId: 'salience/missed-detail', what: 'a specific number' },
  time: { ruleId: 'salience/missed-time', what: 'the time or deadline' },
  emotion: { ruleId: 'salience/missed-emotion', what: 'the feeling' },
  topic: { ruleId: 'salience/missed-concern', what: 'what the person raised' },
  event: { ruleId: 'salience/missed-concern', what: 'what the person raised' },
  question: { ruleId: 'salience/unanswered-question', what: 'the question asked' },
};

/**
 * Salience overlap: does the reply address the specific things the person said mattered (the
 * people, times, numbers, named things, feelings and questions), in its own words rather than
 * template advice or a copy of theirs? `score` is 0..1, 1 = specific, covering reply.
 *
 * @example
 * const specific = salienceOverlap('My sister Ana forgot my birthday again.', 'Ana forgetting your birthday again must sting.');
 * const generic = salienceOverlap('My sister Ana forgot my birthday again.', 'Remember to practise self-care.');
 * specific.coverage > generic.coverage; // => true
 * generic.genericness > 0; // => true
 */
export function salienceOverlap(
  prompt: TextInput,
  response: TextInput,
  options: SalienceOptions = {},
): SalienceOverlapResult {
  const p = toAnalysis(prompt, 'prompt');
  const r = toAnalysis(response, 'response');
  const context = options.context === undefined ? [] : [options.context].flat().map((c) => toAnalysis(c, 'prompt'));
  const findings: Finding[] = [];
  const reply = indexForms(r);

  // Concerns and whether the reply meets them.
  const drafts = extractConcerns(p);
  const concerns: Concern[] = [];
  let total = 0;
  let metWeight = 0;
  let maxWeight = 0;
  const addConcern = (kind: ConcernKind, from: number, to: number, weight: number, met: boolean) => {
    const first = p.tokens[from] as Token;
    const last = p.tokens[to - 1] as Token;
    concerns.push({ kind, text: p.text.slice(first.start, last.end), start: first.start, end: last.end, weight, met });
    total += weight;
    if (met) metWeight += weight;
    if (weight > maxWeight) maxWeight = weight;
  };
  for (const d of drafts) {
    const weight = d.weight * (1 + 0.5 * Math.log2(d.count));
    let met = d.heads.some((k) => hasForm(reply, p.tokens[k] as Token));
    if (!met && d.kind === 'relation') met = reply.genders.has(d.tag) || (d.tag !== 'n' && reply.genders.has('n'));
    if (!met && d.kind === 'emotion') met = reply.emotions.has(d.tag);
    if (!met && d.kind === 'time') met = reply.times.has(d.tag);
    if (!met && d.kind === 'number') met = reply.numbers.has(d.key.slice(4));
    addConcern(d.kind, d.from, d.to, weight, met);
  }

  // Explicit questions: answered when the reply opens with an answer or takes up their content.
  const questionList = extractQuestions(p);
  const replyAnswers = questionList.length > 0 && answers(r);
  const turn = segmentWeights(p);
  let answered = 0;
  for (const q of questionList) {
    let hit = 0;
    for (const k of q.heads) if (hasForm(reply, p.tokens[k] as Token)) hit++;
    const met = replyAnswers || hit * 2 >= q.heads.length;
    if (met) answered++;
    addConcern('question', q.from, q.to, KIND_WEIGHT.question * (turn[q.from] as number), met);
  }
  const coverage = total === 0 ? 1 : metWeight / total;
  concerns.sort((a, b) => b.weight - a.weight || a.start - b.start);

  for (const c of concerns) {
    if (c.met) continue;
    const rel = c.weight / maxWeight;
    // Specific details are always reported; plain topics only when they stand out.
    if (c.kind === 'question') {
      findings.push(
        finding(p, 'prompt', c.start, c.end, {
          mechanism: MECHANISM,
          ruleId: 'salience/unanswered-question',
          kind: 'problem',
          severity: clamp01(0.4 + 0.4 * rel),
          message: 'The person asked this and the reply does not answer it.',
        }),
      );
    } else if ((c.kind !== 'topic' && c.kind !== 'event') || rel >= 0.5) {
      const m = MISSED[c.kind];
      findings.push(
        finding(p, 'prompt', c.start, c.end, {
          mechanism: MECHANISM,
          ruleId: m.ruleId,
          kind: 'problem',
          severity: clamp01(0.2 + 0.6 * rel),
          message: `The reply does not take up ${m.what}: "${c.text}".`,
        }),
      );
    }
  }

  // Genericness: template advice and stock phrases, by the share of reply words they take.
  let genericWords = 0;
  for (const m of GENERIC.match(r)) {
    genericWords += (m.to - m.from) * m.entry.weight;
    findings.push(
      finding(r, 'response', m.start, m.end, {
        mechanism: MECHANISM,
        ruleId: 'salience/generic-advice',
        kind: 'problem',
        severity: 0.5 * m.entry.weight,
        message: 'Template advice that would fit anyone.',
      }),
    );
  }
  const genericness = r.wordCount === 0 ? 0 : clamp01((1.5 * genericWords) / r.wordCount);

  // Off-topic: reply content with no anchor in anything the person said.
  const anchors = [p, ...context].map(indexForms);
  const replyEmotion = emotionTags(r);
  let content = 0;
  let loose = 0;
  const sentenceLoose = new Float64Array(r.sentences.length);
  const sentenceContent = new Float64Array(r.sentences.length);
  const own = ownExperienceSentences(r);
  const { exploration, asked } = explorationOf(r, anchors[0] as FormIndex, findings);
  for (const t of r.tokens) {
    // Concrete things (names, numbers, objects) weigh most; a named feeling is an interpretation
    // of what the person said more often than a new topic, so it weighs little.
    let w = contentWeight(t) * (replyEmotion.has(t.start) ? 0.3 : (OFF_TOPIC_POS[t.pos] ?? 1));
    if (w === 0 || own[t.sentence]) continue;
    w *= 1 - (1 - QUESTION_OFF_TOPIC) * (asked[t.sentence] as number);
    content += w;
    sentenceContent[t.sentence] = (sentenceContent[t.sentence] as number) + w;
    const gender = PRONOUN_GENDER[t.norm];
    const emotion = replyEmotion.get(t.start);
    let anchored = false;
    for (const ix of anchors) {
      if (
        hasForm(ix, t) ||
        (gender !== undefined && ix.genders.has(gender)) ||
        (emotion !== undefined && ix.emotions.has(emotion))
      ) {
        anchored = true;
        break;
      }
    }
    if (!anchored) {
      loose += w;
      sentenceLoose[t.sentence] = (sentenceLoose[t.sentence] as number) + w;
    }
  }
  const offTopic = content === 0 ? 0 : loose / content;
  for (const s of r.sentences) {
    const c = sentenceContent[s.index] as number;
    if (c >= 2 && (sentenceLoose[s.index] as number) === c && p.wordCount > 0) {
      findings.push(
        finding(r, 'response', s.start, s.end, {
          mechanism: MECHANISM,
          ruleId: 'salience/off-topic',
          kind: 'problem',
          severity: 0.5,
          message: 'Nothing in this sentence connects to what the person said.',
        }),
      );
    }
  }

  // Parroting: the person's own words handed back.
  const { share: parroting, runs } = copiedRuns([p, ...context], r);
  if (parroting >= PARROT_THRESHOLD) {
    for (const [from, to] of runs) {
      findings.push(
        finding(r, 'response', (r.tokens[from] as Token).start, (r.tokens[to - 1] as Token).end, {
          mechanism: MECHANISM,
          ruleId: 'salience/parroting',
          kind: 'problem',
          severity: clamp01(parroting),
          message: "The person's own words handed back: a copy is not a sign of understanding.",
        }),
      );
    }
  }

  const understanding = understandingOf(r, anchors, findings);

  // Three ways of being specific to this person, equally weighted: taking up what they raised,
  // saying so, and not bringing in what they never said. Template advice and copying take away.
  const specific = (coverage + understanding + (1 - offTopic)) / 3;
  const score = clamp01(specific * (1 - genericness) * (1 - Math.max(0, parroting - PARROT_THRESHOLD)));
  return {
    score,
    coverage,
    genericness,
    parroting,
    offTopic,
    understanding,
    exploration,
    questions: { asked: questionList.length, answered },
    concerns,
    findings,
  };
}

const FIRST_PERSON = new Set(['i', 'me', 'my', 'myself', 'mine', ...FIRST_PERSON_CONTRACTIONS]);
const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself', 'u', 'ur', ...SECOND_PERSON_CONTRACTIONS]);

/**
 * Sentences where the writer speaks of their own experience (first person, no "you"): new
 * content there is the writer's own story, not a claim about the person, so it is not off-topic.
 */
function ownExperienceSentences(r: Analysis): Uint8Array {
  const out = new Uint8Array(r.sentences.length);
  for (const s of r.sentences) {
    let first = false;
    let second = false;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const n = (r.tokens[k] as Token).norm;
      if (FIRST_PERSON.has(n)) first = true;
      else if (SECOND_PERSON.has(n)) second = true;
    }
    out[s.index] = first && !second ? 1 : 0;
  }
  return out;
}

/**
 * Understanding cues of the reply: phrases that name the person's experience back or match it
 * with the writer's own, and first-person sentences that speak about the same things the person
 * raised (a parallel experience). 0..1.
 */
function understandingOf(r: Analysis, anchors: readonly FormIndex[], findings: Finding[]): number {
  let cue = 0;
  for (const m of UNDERSTANDING.match(r)) {
    const t = r.tokens[m.from] as Token;
    if (m.entry.tag === 'opener' && !opensSentence(r, m.from)) continue;
    cue = Math.max(cue, m.entry.weight);
    findings.push(
      finding(r, 'response', m.start, m.end, {
        mechanism: MECHANISM,
        ruleId: 'salience/understanding',
        kind: 'strength',
        message: `The reply takes up the person's own experience ("${t.text}...").`,
      }),
    );
  }
  let parallel = 0;
  for (const s of r.sentences) {
    let first = false;
    let anchored = 0;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const t = r.tokens[k] as Token;
      if (FIRST_PERSON.has(t.norm)) first = true;
      else if (contentWeight(t) > 0 && anchors[0] && hasForm(anchors[0], t)) anchored++;
    }
    if (first && anchored > 0) parallel++;
  }
  return clamp01(Math.max(cue, Math.min(1, parallel / 2)));
}

const WH = new Set(['what', 'how', 'why', 'when', 'where', 'who', 'whom', 'whose', 'which']);
/** Question words fused with "is" in informal writing ("whats happened", "hows work"). */
const WH_FUSED = new Set(['whats', 'hows', 'wheres', 'whys', 'whos']);
const AUX = new Set(['be', 'do', 'have', 'can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'must']);
/** Words that may come before the question word without changing the question ("So how are you?"). */
const LEADS = new Set(['so', 'and', 'but', 'well', 'also', 'oh', 'ok', 'okay', 'hey', 'anyway', 'then', 'now', 'just']);
/** Openings of a tentative statement said with a rising tone ("Maybe it's a defence?"): an interpretation, not a question. */
const TENTATIVE = new Set(['maybe', 'perhaps', 'probably', 'possibly']);
const NEGATIVE = new Set(["n't", 'not']);
const SUBJECT_POS = new Set(['PRON', 'PROPN', 'DET', 'NOUN']);
/**
 * Subjects that make an auxiliary-first sentence a question without "?": an imperative ("Do your
 * best", "Have some rest", "Be there for him") has no subject, so the next word is an object.
 */
const SUBJECT_PRONOUNS = new Set(['you', 'u', 'ya', 'i', 'he', 'she', 'it', 'we', 'they', 'there', 'that', 'this']);
const REFLEXIVE = /sel(f|ves)$/;
/** A tag question is a statement with a short tail after its last comma ("That's hard, isn't it?"). */
const TAG_WORDS = 3;

interface Opening {
  /** Index of the first word after lead-ins. */
  at: number;
  wh: boolean;
  aux: boolean;
  tentative: boolean;
  /** Negative auxiliary before the subject ("Don't you think ...", "Why don't you ..."): leading. */
  negated: boolean;
  /** Auxiliary before its subject: a question even without "?". */
  inverted: boolean;
  subject?: Token;
}

/** How a sentence opens: question word, inverted auxiliary ("Have you ...", "How long did she ..."). */
function questionOpening(r: Analysis, from: number, to: number): Opening {
  const tokens = r.tokens;
  let k = from;
  while (k < to && ((tokens[k] as Token).kind !== 'word' || LEADS.has((tokens[k] as Token).norm))) k++;
  const first = tokens[k];
  const none = { at: k, wh: false, aux: false, tentative: false, negated: false, inverted: false };
  if (k >= to || !first) return none;
  if (WH_FUSED.has(first.norm)) return { ...none, wh: true, inverted: true };
  const wh = WH.has(first.norm);
  const aux = !wh && first.pos === 'AUX' && AUX.has(first.lemma);
  if (!wh && !aux) return { ...none, tentative: TENTATIVE.has(first.norm) };
  let j = k + 1;
  // "How long have you ...", "What kind of job did she ...": up to two words before the auxiliary.
  if (wh) {
    while (j < to && j <= k + 2 && !AUX.has((tokens[j] as Token).lemma) && (tokens[j] as Token).pos !== 'PRON') j++;
    if (!AUX.has((tokens[j] as Token | undefined)?.lemma ?? '')) return { ...none, wh };
    j++;
  }
  const negated = NEGATIVE.has((tokens[j] as Token | undefined)?.norm ?? '');
  if (negated) j++;
  const subject = j < to ? tokens[j] : undefined;
  const inverted =
    subject !== undefined &&
    (wh
      ? SUBJECT_POS.has(subject.pos) && !REFLEXIVE.test(subject.norm)
      : first.norm !== 'be' && SUBJECT_PRONOUNS.has(subject.norm));
  return { at: k, wh, aux, tentative: false, negated, inverted, ...(inverted ? { subject } : {}) };
}

/**
 * Exploration: questions (and invitations to say more) that ask the person about their own
 * situation, feelings or the specifics they raised. Each question sentence scores 0..1 (to the
 * person and about their experience or what they raised = 1; a bare follow-up "What happened?" 0.7;
 * about the writer, a leading negative question or no tie to the person = little; rhetorical = 0),
 * and the figure is their noisy-or: 1 − Π(1 − q). A question is a sentence ending in "?" or one
 * that opens with an inverted auxiliary before its subject ("have you talked to her").
 */
function explorationOf(
  r: Analysis,
  prompt: FormIndex,
  findings: Finding[],
): { exploration: number; asked: Float64Array } {
  const tokens = r.tokens;
  const asked = new Float64Array(r.sentences.length);
  const bySentence = new Map<number, LexiconMatch[]>();
  for (const m of EXPLORATION.match(r)) {
    const s = (tokens[m.from] as Token).sentence;
    const list = bySentence.get(s);
    if (list) list.push(m);
    else bySentence.set(s, [m]);
  }
  let keep = 1;
  for (const s of r.sentences) {
    const open = questionOpening(r, s.tokenStart, s.tokenEnd);
    const marked = s.kind === 'question';
    const found = bySentence.get(s.index) ?? [];
    const has = (tag: string, nearStart = false) =>
      found.some((m) => m.entry.tag === tag && (!nearStart || m.from <= open.at + 1));
    const invite = has('invite');
    if (!(marked || invite || open.inverted)) continue;
    if (has('rhetorical', true)) continue;
    let you = false;
    let self = false;
    let anchored = false;
    let words = 0;
    let lastComma = -1;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const t = tokens[k] as Token;
      if (t.norm === ',') lastComma = words;
      if (t.kind !== 'word') continue;
      words++;
      if (SECOND_PERSON.has(t.norm)) you = true;
      else if (FIRST_PERSON.has(t.norm)) self = true;
      else if (!anchored) {
        const gender = PRONOUN_GENDER[t.norm];
        anchored =
          (contentWeight(t) > 0 && hasForm(prompt, t)) ||
          (gender !== undefined && gender !== 'n' && prompt.genders.has(gender));
      }
    }
    // "That's so hard, isn't it?": a statement with a tag asks for agreement, not for their story.
    if (marked && !open.wh && !open.aux && lastComma >= 0 && words - lastComma <= TAG_WORDS) continue;
    // "Maybe it's a defence mechanism?": a hedged interpretation, not a request for their story.
    if (open.tentative && !invite) continue;
    const experience = has('experience');
    let q: number;
    if (invite) q = anchored || experience ? 1 : 0.9;
    else if (you) q = anchored || experience ? 1 : 0.7;
    else if (anchored || experience) q = open.wh ? 0.7 : 0.5;
    else q = open.wh && words <= 4 ? 0.5 : 0.2;
    if (!invite) {
      // About the writer ("What can I do?", "Am I wrong?"), or leading ("Don't you think ...?").
      const subjectIsWriter = open.subject !== undefined && FIRST_PERSON.has(open.subject.norm);
      if (has('self', true) || subjectIsWriter || (self && !you)) q = Math.min(q, 0.2);
      if (open.negated) q = Math.min(q, 0.4);
    }
    keep *= 1 - q;
    asked[s.index] = q;
    if (q >= 0.5) {
      const first = tokens[s.tokenStart] as Token;
      const last = tokens[s.tokenEnd - 1] as Token;
      findings.push(
        finding(r, 'response', first.start, last.end, {
          mechanism: MECHANISM,
          ruleId: 'salience/exploration',
          kind: 'strength',
          message: invite
            ? 'The reply invites the person to say more about their experience.'
            : 'The reply asks the person about their own situation or feelings.',
        }),
      );
    }
  }
  return { exploration: clamp01(1 - keep), asked };
}

/** True when token `i` is among the first words of its sentence (after an interjection or a comma). */
function opensSentence(a: Analysis, i: number): boolean {
  const t = a.tokens[i] as Token;
  const s = a.sentences[t.sentence];
  if (!s) return false;
  for (let k = s.tokenStart; k < i; k++) {
    const x = a.tokens[k] as Token;
    if (!(x.kind === 'punctuation' || LIGHT.has(x.norm))) return false;
  }
  return true;
}

/**
 * Weight, in the off-topic share, of new content inside a question that explores the person's
 * experience (at q = 1; scaled by q): asking about something is not asserting a new topic.
 */
const QUESTION_OFF_TOPIC = 0.5;

/** Share of copied words above which a reply counts as parroting. */
const PARROT_THRESHOLD = 0.5;

/** Granularity mismatch in a profile: severity = 1 - salience score. */
export function granularityMismatchMechanism(s: SalienceOverlapResult): MechanismResult {
  const applicable = s.concerns.length > 0;
  return {
    severity: applicable ? clamp01(1 - s.score) : 0,
    applicable,
    ...(applicable ? {} : { reason: 'The prompt raises no specific concern.' }),
    metrics: {
      coverage: s.coverage,
      genericness: s.genericness,
      parroting: s.parroting,
      offTopic: s.offTopic,
      understanding: s.understanding,
      exploration: s.exploration,
    },
  };
}

import { assertString, EmpathyInputError } from '../errors.js';
import type {
  Analysis,
  MaskedRange,
  ProfileOptions,
  ProfileWarning,
  Segment,
  Sentence,
  SentenceKind,
  SpanSource,
  Token,
  TokenKind,
} from '../types.js';
import { chunkBounds, maskLongRuns } from './chunks.js';
import { wink } from './engine.js';
import { type LineInfo, maskMarkdown } from './markdown.js';

/**
 * Default `maxLength`: one million UTF-16 code units.
 *
 * @example
 * DEFAULT_MAX_LENGTH; // => 1000000
 */
export const DEFAULT_MAX_LENGTH = 1_000_000;

const KINDS: Record<string, TokenKind> = {
  word: 'word',
  number: 'number',
  ordinal: 'number',
  punctuation: 'punctuation',
  emoji: 'emoji',
  emoticon: 'emoticon',
  symbol: 'symbol',
  currency: 'symbol',
  url: 'url',
  email: 'email',
  hashtag: 'hashtag',
  mention: 'mention',
};

/** Words that negate what follows them in their clause. */
const NEGATORS = new Set([
  'not',
  "n't",
  'no',
  'never',
  'nothing',
  'nobody',
  'none',
  'neither',
  'nor',
  'cannot',
  'without',
  'hardly',
  'barely',
  'nowhere',
  'noone',
]);
/** Tokens that end a negation's scope. */
const CLAUSE_BREAKS = new Set([
  '.',
  ',',
  ';',
  ':',
  '!',
  '?',
  'but',
  'however',
  'although',
  'though',
  'yet',
  'and',
  'because',
]);
/** Longest negation scope, in tokens after the negator. */
const NEGATION_SCOPE = 4;

/**
 * Lower case, curly quotes straightened, so that `Don’t` and `don't` meet in lexicons.
 *
 * @example
 * normalize('Don’t PANIC'); // => "don't panic"
 */
export function normalize(value: string): string {
  const lower = value.toLowerCase();
  // Called for every token twice: test for a curly quote before running the replace.
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c === 0x2018 || c === 0x2019 || c === 0x02bc) return lower.replace(CURLY_QUOTES, "'");
  }
  return lower;
}
const CURLY_QUOTES = /[\u2018\u2019\u02bc]/g;

/**
 * normalize() of token values and lemmas, remembered. wink-nlp hands out the same string object
 * for every occurrence of a word it knows, so the lookup is cheap, and every token of that word
 * then shares one norm string: no lower-cased copy per token, and the metrics' map lookups on
 * `norm` and `lemma` hash each string once. Cleared when full, so memory stays bounded however
 * many distinct words a stream brings.
 */
const NORMALIZED = new Map<string, string>();
const MAX_NORMALIZED = 50_000;

function normalizeToken(value: string): string {
  let out = NORMALIZED.get(value);
  if (out === undefined) {
    if (NORMALIZED.size >= MAX_NORMALIZED) NORMALIZED.clear();
    out = normalize(value);
    NORMALIZED.set(value, out);
  }
  return out;
}

export interface AnalyzeOptions extends ProfileOptions {
  /** Which text this is, for warnings and errors. @default 'response' */
  source?: SpanSource;
  /** Parts of a combined text (transcript turns) with their weights. */
  segments?: Segment[];
}

/**
 * Parses a text once: tokens with exact UTF-16 offsets, sentences, POS, lemmas, negation and
 * sentence kinds, with markdown code, link targets and syntax left out of the words.
 * Every metric accepts the result in place of a string, so a text is never parsed twice.
 *
 * @example
 * const a = analyze("I'm not okay.");
 * a.tokens.map((t) => t.text); // => ["I'm", "not", "okay", "."]
 * a.tokens[2].negated; // => true
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const source = options.source ?? 'response';
  assertString(text, source);
  const warnings: ProfileWarning[] = [];
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (!Number.isInteger(maxLength) || maxLength <= 0) {
    throw new EmpathyInputError('bad-options', 'options.maxLength', 'expected a positive integer');
  }
  let scored = text;
  if (text.length > maxLength) {
    if (options.strict) {
      throw new EmpathyInputError(
        'too-long',
        source,
        `text is ${text.length} code units long, over maxLength ${maxLength}`,
      );
    }
    // Do not cut a surrogate pair in two.
    let cut = maxLength;
    const last = text.charCodeAt(cut - 1);
    if (last >= 0xd800 && last <= 0xdbff) cut--;
    scored = text.slice(0, cut);
    warnings.push({
      code: 'truncated',
      source,
      message: `${source} is ${text.length} code units long; only the first ${cut} were analysed (maxLength ${maxLength})`,
    });
  }

  const md = maskMarkdown(scored);
  const long = maskLongRuns(md.masked);
  const masked = long.masked;
  const lines = md.lines;
  const ranges =
    long.ranges.length === 0 ? md.ranges : [...md.ranges, ...long.ranges].sort((a, b) => a.start - b.start);
  const { tokens, sentences, sentiment, stopWords } = tokenize(scored, masked, lines);
  const wordCount = countWords(tokens);
  const englishRatio = wordCount === 0 ? 1 : stopWords / wordCount;

  // A reply of numbers alone ("7/10" to "rate my poem") says something; a text with neither words nor
  // numbers is empty.
  if (wordCount === 0 && !tokens.some((t) => t.kind === 'number')) {
    const hasCode = ranges.some((r) => r.kind === 'code');
    warnings.push(
      hasCode
        ? { code: 'code-only', source, message: `${source} has no prose outside code` }
        : {
            code: source === 'prompt' ? 'empty-prompt' : 'empty-response',
            source,
            message: `${source} has no words or numbers`,
          },
    );
  } else if (wordCount >= MIN_WORDS_FOR_LANGUAGE && englishRatio < MIN_ENGLISH_RATIO) {
    warnings.push({
      code: 'non-english',
      source,
      message: `${source} does not look like English (${Math.round(englishRatio * 100)}% common English words); scores may be meaningless`,
    });
  }

  return {
    text,
    tokens,
    sentences,
    masked: ranges as readonly MaskedRange[],
    segments: options.segments ?? [{ start: 0, end: text.length, weight: 1 }],
    wordCount,
    winkSentiment: sentiment,
    englishRatio,
    warnings,
  };
}

/** Texts shorter than this are not judged for language. */
const MIN_WORDS_FOR_LANGUAGE = 6;
/** English prose has 35-55% function words; below this share a text is flagged. */
const MIN_ENGLISH_RATIO = 0.1;

function countWords(tokens: readonly Token[]): number {
  let n = 0;
  for (const t of tokens) if (t.kind === 'word') n++;
  return n;
}

interface Tokenized {
  tokens: Token[];
  sentences: Sentence[];
  sentiment: number;
  stopWords: number;
}

function tokenize(text: string, masked: string, lines: LineInfo[]): Tokenized {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const state = {
    stopWords: 0,
    line: 0,
    prevLine: -1,
    prevWinkSentence: -1,
    winkSentences: 0,
    sentiment: 0,
    // Compared once here, not per chunk: two long equal texts compare in linear time.
    unmasked: text === masked,
  };
  const bounds = chunkBounds(masked);
  for (let c = 0; c + 1 < bounds.length; c++) {
    tokenizeChunk(text, masked, bounds[c] as number, bounds[c + 1] as number, lines, tokens, sentences, state);
  }
  closeSentence(tokens, sentences);
  markNegation(tokens);
  // Chunks' sentiments, weighted by their words, make the document's.
  const sentiment = tokens.length === 0 ? 0 : state.sentiment / Math.max(1, tokens.length);
  return { tokens, sentences, sentiment, stopWords: state.stopWords };
}

interface TokenizeState {
  stopWords: number;
  line: number;
  prevLine: number;
  prevWinkSentence: number;
  /** wink sentences seen in earlier chunks, so that sentence numbers stay distinct across chunks. */
  winkSentences: number;
  /** Sum of chunk sentiment x chunk tokens. */
  sentiment: number;
  /** Nothing was masked: a token's value is its text. */
  unmasked: boolean;
}

function closeSentence(tokens: Token[], sentences: Sentence[]): void {
  const open = sentences[sentences.length - 1];
  if (!open || open.tokenEnd !== -1) return;
  open.tokenEnd = tokens.length;
  open.end = (tokens[tokens.length - 1] as Token).end;
  open.kind = sentenceKind(tokens, open.tokenStart, open.tokenEnd);
}

/**
 * A token as `tokenize` makes it: a plain `Token` (same fields, in the same order, so JSON and
 * `Object.keys` see no difference), built by a constructor rather than an object literal. V8 may
 * decide that objects from a literal's allocation site live long and allocate them straight in the
 * old generation ("pretenuring"); it did so for the token literal, which then filled the old
 * generation with every analysis's tokens until a full mark-compact. Objects made with `new` are
 * never pretenured: tokens are born young and die cheaply in the scavenger, as most do. The fields
 * are `declare`d so that no class-field initialiser runs before the constructor's assignments.
 */
class ParsedToken implements Token {
  declare start: number;
  declare end: number;
  declare text: string;
  declare norm: string;
  declare lemma: string;
  declare pos: string;
  declare kind: TokenKind;
  declare sentence: number;
  declare negated: boolean;
  constructor(
    start: number,
    end: number,
    text: string,
    norm: string,
    lemma: string,
    pos: string,
    kind: TokenKind,
    sentence: number,
  ) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.norm = norm;
    this.lemma = lemma;
    this.pos = pos;
    this.kind = kind;
    this.sentence = sentence;
    this.negated = false;
  }
}

function tokenizeChunk(
  text: string,
  masked: string,
  from: number,
  to: number,
  lines: LineInfo[],
  tokens: Token[],
  sentences: Sentence[],
  state: TokenizeState,
): void {
  const nlp = wink();
  const its = nlp.its;
  const piece = from === 0 && to === masked.length ? masked : masked.slice(from, to);
  // Masked code and noise leave long blank stretches; wink is slow on them and finds nothing.
  if (piece.trim() === '') return;
  const doc = nlp.readDoc(piece);
  const all = doc.tokens();
  const values = all.out(its.value) as string[];
  const spaces = all.out(its.precedingSpaces) as string[];
  const types = all.out(its.type) as string[];
  const pos = all.out(its.pos) as string[];
  const lemmas = all.out(its.lemma as never) as string[];
  const stop = all.out(its.stopWordFlag) as unknown as boolean[];
  const sentenceSpans = doc.sentences().out(its.span) as unknown as [number, number][];
  const before = tokens.length;
  const unmasked = state.unmasked;

  // Wink token index -> wink sentence index (numbered across chunks).
  const winkSentence = new Int32Array(values.length);
  for (let s = 0; s < sentenceSpans.length; s++) {
    const [a, b] = sentenceSpans[s] as [number, number];
    for (let k = a; k <= b && k < values.length; k++) winkSentence[k] = state.winkSentences + s;
  }
  state.winkSentences += sentenceSpans.length;

  let at = from;
  for (let k = 0; k < values.length; k++) {
    const value = values[k] as string;
    at += (spaces[k] as string).length;
    // wink gives no offsets; the running sum of spaces and values rebuilds the text exactly.
    // Should a token ever not sit where the sum says, find it forward rather than drift.
    let start = at;
    if (masked.startsWith(value, at) === false) {
      const found = piece.indexOf(value, at - from);
      if (found < 0) continue;
      start = from + found;
    }
    const end = start + value.length;
    at = end;
    const type = types[k] as string;
    if (type === 'tabCRLF' || value.trim() === '') continue;

    while (state.line + 1 < lines.length && (lines[state.line + 1] as LineInfo).start <= start) state.line++;
    const line = state.line;
    const prevLine = state.prevLine;
    const ws = winkSentence[k] as number;
    const hardBreak =
      prevLine >= 0 &&
      line !== prevLine &&
      (line > prevLine + 1 ||
        (lines[line] as LineInfo).block !== 'paragraph' ||
        (lines[prevLine] as LineInfo).block === 'heading' ||
        (lines[prevLine] as LineInfo).block === 'table');
    if (ws !== state.prevWinkSentence || hardBreak || sentences.length === 0) {
      closeSentence(tokens, sentences);
      sentences.push({
        index: sentences.length,
        start,
        end: -1,
        tokenStart: tokens.length,
        tokenEnd: -1,
        kind: 'statement',
        block: (lines[line] as LineInfo).block,
      });
    }
    state.prevWinkSentence = ws;
    state.prevLine = line;

    const kind = KINDS[type] ?? 'other';
    if (kind === 'word' && stop[k]) state.stopWords++;
    const norm = normalizeToken(value);
    // wink gives no lemma for a few forms (e.g. "CANT"); fall back to the word itself.
    const lemma = lemmas[k] ?? value;
    tokens.push(
      new ParsedToken(
        start,
        end,
        // Where nothing was masked the value is the text itself: no copy.
        unmasked ? value : text.slice(start, end),
        norm,
        // Most lemmas are the word itself (function words, punctuation): normalised once.
        lemma === value ? norm : normalizeToken(lemma),
        pos[k] as string,
        kind,
        sentences.length - 1,
      ),
    );
  }
  state.sentiment += (Number(doc.out(its.sentiment)) || 0) * (tokens.length - before);
}

function sentenceKind(tokens: Token[], from: number, to: number): SentenceKind {
  for (let i = to - 1; i >= from && i >= to - 3; i--) {
    const t = tokens[i] as Token;
    if (t.kind !== 'punctuation') break;
    if (t.text.includes('?')) return 'question';
    if (t.text.includes('!')) return 'exclamation';
  }
  return 'statement';
}

function markNegation(tokens: Token[]): void {
  let remaining = 0;
  let sentence = -1;
  for (const t of tokens) {
    if (t.sentence !== sentence) {
      sentence = t.sentence;
      remaining = 0;
    }
    if (NEGATORS.has(t.norm)) {
      remaining = NEGATION_SCOPE;
      continue;
    }
    if (CLAUSE_BREAKS.has(t.norm)) {
      remaining = 0;
      continue;
    }
    if (remaining > 0) {
      t.negated = true;
      remaining--;
    }
  }
}

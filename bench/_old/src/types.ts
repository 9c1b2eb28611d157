/** Public types of empathy-profile. Every type here is plain, JSON-serialisable data. */

/** The four failure mechanisms of the position paper. */
export type MechanismName =
  | 'sentimentAttenuation'
  | 'granularityMismatch'
  | 'conflictAvoidance'
  | 'linguisticDistancing';

/** The three dimensions of empathy. */
export type DimensionName = 'cognitive' | 'cultural' | 'relational';

/** Where a finding's evidence lives. */
export type SpanSource = 'prompt' | 'response';

/**
 * A piece of text. `start`/`end` are UTF-16 offsets, end exclusive, so that
 * `original.slice(start, end) === text`. For transcripts, `message` is the index of the
 * message in `messages` and the offsets are into that message's `content`.
 */
export interface Span {
  source: SpanSource;
  start: number;
  end: number;
  text: string;
  message?: number;
}

/**
 * What a finding says about the reply:
 * - `problem`: evidence of the failure (raises severity);
 * - `strength`: evidence against it (lowers severity);
 * - `context`: what the person brought (an emotion, a concern, a request), used to judge the reply.
 */
export type FindingKind = 'problem' | 'strength' | 'context';

/** The mechanism (or the cultural-context detector) that produced a finding. */
export type FindingSource = MechanismName | 'culturalContext';

/** One piece of evidence, pinned to the text that caused it. */
export interface Finding {
  mechanism: FindingSource;
  /** Stable identifier, e.g. `distancing/ai-disclaimer`. Listed in docs/metrics.md. */
  ruleId: string;
  kind: FindingKind;
  /** 0..1, how much this piece of evidence weighs toward failure; 0 for strengths and context. */
  severity: number;
  message: string;
  span: Span;
}

/** Result of one mechanism in a profile. */
export interface MechanismResult {
  /** 0..1, 0 = no sign of this failure, 1 = the failure at full strength. */
  severity: number;
  /** False when there was nothing to judge (e.g. conflict avoidance when no stance was asked for). */
  applicable: boolean;
  /** Why the mechanism is not applicable, when it is not. */
  reason?: string;
  /** The named raw metrics behind the severity. */
  metrics: Record<string, number>;
}

/** Codes of the warnings a profile may carry in `meta.warnings`. */
export type WarningCode = 'empty-response' | 'empty-prompt' | 'non-english' | 'truncated' | 'code-only';

/** A degenerate-but-valid input, reported rather than thrown. */
export interface ProfileWarning {
  code: WarningCode;
  source: SpanSource;
  message: string;
}

/** Preservation of a dimension (0..1, 1 = fully kept), or `null` when there was nothing to judge. */
export type DimensionScore = number | null;

/** Non-scoring facts about how a profile was computed. No timings: a profile is deterministic. */
export interface ProfileMeta {
  library: { name: string; version: string };
  /** Word tokens that were scored (code, URLs and markdown syntax excluded). */
  tokens: { prompt: number; response: number };
  /** Sentences seen in each text. */
  sentences: { prompt: number; response: number };
  /** For transcripts: which messages were read as the prompt and which as the reply. */
  transcript?: { userMessages: number[]; responseMessage: number };
  warnings: ProfileWarning[];
}

/** The typed result of `profile()`. JSON-serialisable; identical input gives identical output. */
export interface EmpathyProfile {
  schemaVersion: string;
  /** 0..1, 1 = the person's perspective fully preserved. */
  overall: number;
  mechanisms: Record<MechanismName, MechanismResult>;
  /** 0..1 preservation per dimension; `null` when the dimension had nothing to judge. */
  dimensions: Record<DimensionName, DimensionScore>;
  /** Every piece of evidence, sorted by source (prompt first), then position. */
  findings: Finding[];
  meta: ProfileMeta;
}

/** A chat message. */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** A chat transcript: the last assistant turn is scored against the user turns before it. */
export interface Transcript {
  messages: ChatMessage[];
}

/** Options shared by `profile()`, `analyze()` and the metric functions. */
export interface ProfileOptions {
  /**
   * Longest text analysed, in UTF-16 code units. Longer texts are truncated with a `truncated`
   * warning, or rejected with `EmpathyInputError` (`code: 'too-long'`) when `strict` is set.
   * @default 1_000_000
   */
  maxLength?: number;
  /** Throw instead of truncating texts over `maxLength`. @default false */
  strict?: boolean;
}

/** Coarse token class, from wink-nlp's token type. */
export type TokenKind =
  | 'word'
  | 'number'
  | 'punctuation'
  | 'emoji'
  | 'emoticon'
  | 'symbol'
  | 'url'
  | 'email'
  | 'hashtag'
  | 'mention'
  | 'other';

/** A token of the original text. `text === original.slice(start, end)`. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased, with curly quotes made straight (`don’t` -> `don't`). */
  norm: string;
  /** wink-nlp lemma (`crying` -> `cry`, `is` -> `be`). */
  lemma: string;
  /** Universal POS tag from wink-nlp (NOUN, VERB, AUX, PRON, ...). */
  pos: string;
  kind: TokenKind;
  /** Index of the sentence that holds the token. */
  sentence: number;
  /** True when a negation ("not", "n't", "never", "no", ...) governs this token in its clause. */
  negated: boolean;
}

/** How a sentence was written. */
export type SentenceKind = 'statement' | 'question' | 'exclamation';

/** The markdown block a sentence sits in. */
export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'quote' | 'table';

/** A sentence: tokens `[tokenStart, tokenEnd)` of the analysis. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  kind: SentenceKind;
  block: BlockKind;
}

/** A stretch of the text that is not scored (code, link targets, markdown syntax, HTML tags). */
export interface MaskedRange {
  start: number;
  end: number;
  kind: 'code' | 'url' | 'markup';
}

/** A part of a combined prompt (one user message of a transcript), with its salience weight. */
export interface Segment {
  start: number;
  end: number;
  /** Index of the message in the transcript, when the text came from one. */
  message?: number;
  /** 1 for the last user turn; earlier turns weigh less. */
  weight: number;
}

/** The one parse of a text that every metric shares. Build it with `analyze()`. */
export interface Analysis {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly masked: readonly MaskedRange[];
  readonly segments: readonly Segment[];
  /** Count of word tokens (kind `word`). */
  readonly wordCount: number;
  /** wink-nlp's document sentiment, -1..1. */
  readonly winkSentiment: number;
  /** Share of word tokens that are common English words, 0..1 (1 for texts with no words). */
  readonly englishRatio: number;
  readonly warnings: readonly ProfileWarning[];
}

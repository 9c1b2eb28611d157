/**
 * The simple reference scores of ../shared/data/README.md, and the stated rules used as labels.
 * A metric of ours earns its place by beating these on `test`, so they are kept deliberately
 * plain: no tuning here.
 */
import { hedges } from 'hedges';
import Sentiment from 'sentiment';
import vader from 'vader-sentiment';
import { weasels } from 'weasels';

const afinn = new Sentiment();

/** Lower case with curly apostrophes made straight, so word lists with `don't` match `don’t`. */
const fold = (text: string): string => text.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'");

/** AFINN-165 via the `sentiment` package: `score` (sum) and `comparative` (per token). */
export function afinnScores(text: string): { score: number; comparative: number } {
  const { score, comparative } = afinn.analyze(text);
  return { score, comparative };
}

/** VADER compound score, -1..1. */
export function vaderCompound(text: string): number {
  return vader.SentimentIntensityAnalyzer.polarity_scores(text).compound;
}

/** Occurrences of the whole word "you" (not "your", "you're"), any case. */
export function countYou(text: string): number {
  return (fold(text).match(/(?<![\w'])you(?![\w'])/g) ?? []).length;
}

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A global regex of whole-word/phrase occurrences of any entry, longest entries first. */
function phraseRegex(list: readonly string[]): RegExp {
  const alternatives = [...new Set(list.map(fold))].sort((a, b) => b.length - a.length).map(escapeRegex);
  return new RegExp(`(?<![\\w'])(?:${alternatives.join('|')})(?![\\w'])`, 'g');
}

const HEDGES = phraseRegex(hedges);
const WEASELS = phraseRegex(weasels);

/**
 * Hits of the `hedges` list plus hits of the `weasels` list, case-insensitive, whole words or
 * phrases. A word on both lists counts twice, as the sum of two list counts does.
 */
export function countHedgesAndWeasels(text: string): number {
  const t = fold(text);
  return (t.match(HEDGES) ?? []).length + (t.match(WEASELS) ?? []).length;
}

/** Words of a text for the plain baselines: runs of letters, digits and apostrophes. */
export function words(text: string): string[] {
  return fold(text).match(/[a-z0-9]+(?:'[a-z]+)*/g) ?? [];
}

/** A common English stop-word list (function words, pronouns, auxiliaries, fillers). */
const STOP_WORDS = new Set(
  `a about above after again against all also am an and any are aren't as at be because been before being
  below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during
  each few for from further get got had hadn't has hasn't have haven't having he he'd he'll he's her here here's
  hers herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself just let's
  like me more most mustn't my myself no nor not now of off on once only or other ought our ours ourselves out
  over own really same shan't she she'd she'll she's should shouldn't so some such than that that's the their
  theirs them themselves then there there's these they they'd they'll they're they've this those through to too
  under until up us very was wasn't we we'd we'll we're we've were weren't what what's when when's where where's
  which while who who's whom why why's will with won't would wouldn't yeah yes you you'd you'll you're you've
  your yours yourself yourselves um uh oh okay ok mm hmm well`.split(/\s+/),
);

/** Content words of a text: its words minus stop words. */
export function contentWords(text: string): string[] {
  return words(text).filter((w) => !STOP_WORDS.has(w));
}

/**
 * 1 - the share of the reply's content words that occur in `context` (any form match, exact
 * word). 1 when the reply has no content words: nothing of it is grounded in the context.
 */
export function contentNovelty(reply: string, context: string): number {
  const replyWords = contentWords(reply);
  if (replyWords.length === 0) return 1;
  const seen = new Set(contentWords(context));
  const found = replyWords.filter((w) => seen.has(w)).length;
  return 1 - found / replyWords.length;
}

/** Reply length in words. */
export const wordCount = (text: string): number => words(text).length;

/** Occurrences of "?". */
export const countQuestionMarks = (text: string): number => (text.match(/\?/g) ?? []).length;

/** Openings that mark a refusal, matched case-insensitively at the very start of the reply. */
export const REFUSAL_PREFIXES = [
  "I'm sorry",
  'I am sorry',
  "I'm really sorry",
  'I apologize',
  'Sorry',
  'As an AI',
  'I cannot',
  "I can't",
  "I'm not able",
  'I am not able',
  "I'm unable",
  'I am unable',
  'It is not appropriate',
] as const;

const REFUSAL_START = new RegExp(`^(?:${REFUSAL_PREFIXES.map((p) => escapeRegex(fold(p))).join('|')})`);

/** True when the reply, after leading spaces and quotes, opens with a refusal prefix. */
export function startsWithRefusal(reply: string): boolean {
  return REFUSAL_START.test(fold(reply).replace(/^[\s"'*]+/, ''));
}

/**
 * The stated rule for "the reply contains an AI disclaimer", used as the label for the
 * distancing/ai-disclaimer findings. Quoted verbatim in docs/validation.md.
 */
export const AI_DISCLAIMER_RULE =
  /\bas an ai\b|\b(i'm|i am) (just |only )?an ai\b|\b(ai|language) model\b|\bi don't have (personal )?(feelings|opinions|emotions|beliefs)/i;

/** Whether `reply` contains an AI disclaimer by AI_DISCLAIMER_RULE (curly apostrophes straightened). */
export function hasAiDisclaimer(reply: string): boolean {
  return AI_DISCLAIMER_RULE.test(reply.replace(/[\u2018\u2019\u02bc]/g, "'"));
}

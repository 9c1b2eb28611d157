import { normalize } from '../analysis/analyze.js';
import { wink } from '../analysis/engine.js';
import type { Analysis, Token } from '../types.js';

/**
 * Lexicon files (src/lexicons/*.txt) are plain text, one entry a line:
 *
 *     % comment: what the list is for, where it came from
 *     [i'm/i am] [so/very/] sorry | 1 | sympathy
 *
 * - `phrase | weight | tag`; weight defaults to 1 and tag to ''.
 * - `[a/b/]` lists alternatives (an empty one makes the part optional); entries expand to every
 *   combination when compiled.
 * - `*` matches any one word; `~lemma` matches any form of a word (`~cry` matches cried, crying).
 * - Phrases are tokenized by the same wink-nlp tokenizer as the texts (`can't` -> `ca n't`), and
 *   matched against lower-cased tokens, within one sentence.
 */
export interface LexiconEntry {
  /** The line as written, before expansion. */
  source: string;
  weight: number;
  tag: string;
  line: number;
}

/** A phrase lexicon hit: tokens `[from, to)` of the analysis. */
export interface LexiconMatch {
  entry: LexiconEntry;
  from: number;
  to: number;
  start: number;
  end: number;
}

/** One token of a compiled phrase: any word, any form of a lemma, or one exact form. */
interface Step {
  kind: 'any' | 'lemma' | 'word';
  key: string;
}

interface Node {
  next?: Map<string, Node>;
  lemma?: Map<string, Node>;
  any?: Node;
  entry?: LexiconEntry;
}

/** Parses a lexicon file's text into entries and their expanded phrases. */
export function parseLexicon(text: string): { entry: LexiconEntry; phrases: string[] }[] {
  return parseRows(text).map(({ entry, phrase }) => ({ entry, phrases: expand(phrase) }));
}

/** The entries of a lexicon file with their phrases as written (`[a/b]` not expanded). */
function parseRows(text: string): { entry: LexiconEntry; phrase: string }[] {
  const out: { entry: LexiconEntry; phrase: string }[] = [];
  const rows = text.split(/\r?\n/);
  for (let i = 0; i < rows.length; i++) {
    const raw = (rows[i] as string).trim();
    if (raw === '' || raw.startsWith('%')) continue;
    const [phrase = '', weight, tag] = raw.split(' | ').map((s) => s.trim());
    const w = weight === undefined || weight === '' ? 1 : Number(weight);
    if (!Number.isFinite(w)) throw new Error(`lexicon line ${i + 1}: bad weight "${weight}"`);
    out.push({ entry: { source: phrase, weight: w, tag: tag ?? '', line: i + 1 }, phrase });
  }
  return out;
}

/** `[a/b] c` -> `a c`, `b c`. */
function expand(phrase: string): string[] {
  const open = phrase.indexOf('[');
  if (open < 0) return [phrase.replace(/\s+/g, ' ').trim()];
  const close = phrase.indexOf(']', open);
  if (close < 0) throw new Error(`lexicon: unclosed [ in "${phrase}"`);
  const head = phrase.slice(0, open);
  const tails = expand(phrase.slice(close + 1));
  const out: string[] = [];
  for (const alt of phrase.slice(open + 1, close).split('/')) {
    for (const tail of tails) {
      const p = `${head}${alt} ${tail}`.replace(/\s+/g, ' ').trim();
      if (p !== '') out.push(p);
    }
  }
  return out;
}

/**
 * A phrase as the levels that `expand` walks: at each `[...]`, its alternatives glued to the text
 * before them; last, the text after the last `]`. A phrase of `expand` is one alternative per
 * level, their words joined, kept when the words from the last `[...]` on are not all empty.
 */
function levels(phrase: string): string[][][] {
  const out: string[][][] = [];
  let rest = phrase;
  for (;;) {
    const open = rest.indexOf('[');
    if (open < 0) {
      out.push([wordsOf(rest)]);
      return out;
    }
    const close = rest.indexOf(']', open);
    if (close < 0) throw new Error(`lexicon: unclosed [ in "${rest}"`);
    const head = rest.slice(0, open);
    out.push(
      rest
        .slice(open + 1, close)
        .split('/')
        .map((alt) => wordsOf(head + alt)),
    );
    rest = rest.slice(close + 1);
  }
}

function wordsOf(text: string): string[] {
  const t = text.replace(/\s+/g, ' ').trim();
  return t === '' ? [] : t.split(' ');
}

/** wink-nlp's tokens of each lexicon word seen so far, shared by every lexicon. */
const PART_TOKENS = new Map<string, string[]>();

/**
 * wink-nlp's tokens (unnormalised values) of each space-free part of a lexicon phrase
 * (`can't` -> `ca`, `n't`), exactly as wink splits them in a text. The parts not seen before are
 * read in one document, not one document each: one parse of a few thousand words costs a few
 * milliseconds where thousands of parses cost seconds of cold start. wink splits text at spaces
 * first, so a part's tokens do not depend on its neighbours; any part whose tokens do not spell it
 * is read again alone, so the result is always what reading the part alone would give.
 */
export function tokenizeParts(parts: readonly string[]): ReadonlyMap<string, string[]> {
  const fresh: string[] = [];
  for (const part of new Set(parts)) {
    if (PART_TOKENS.has(part)) continue;
    // A part with a space in it would break the one-document reading; read it alone.
    if (part === '' || /\s/.test(part)) PART_TOKENS.set(part, wink().readDoc(part).tokens().out() as string[]);
    else fresh.push(part);
  }
  if (fresh.length > 0) {
    const nlp = wink();
    const tokens = nlp.readDoc(fresh.join(' ')).tokens();
    const values = tokens.out() as string[];
    const spaces = tokens.out(nlp.its.precedingSpaces) as string[];
    const got: string[][] = [];
    for (let k = 0; k < values.length; k++) {
      if (k === 0 || spaces[k] !== '') got.push([]);
      (got[got.length - 1] as string[]).push(values[k] as string);
    }
    fresh.forEach((part, p) => {
      const mine = got[p];
      PART_TOKENS.set(part, mine && mine.join('') === part ? mine : (nlp.readDoc(part).tokens().out() as string[]));
    });
  }
  return PART_TOKENS;
}

/** A node with one edge, `step`, to `to`. */
function edge(step: Step, to: Node): Node {
  if (step.kind === 'any') return { any: to };
  if (step.kind === 'lemma') return { lemma: new Map([[step.key, to]]) };
  return { next: new Map([[step.key, to]]) };
}

/**
 * Union of two automata, without changing either (nodes are shared between lines and levels,
 * so none is ever modified once built). Where both accept, the line written first wins, as when
 * the phrases were inserted one by one. Pairs already merged are remembered.
 */
function merger(): (a: Node, b: Node) => Node {
  const done = new Map<Node, Map<Node, Node>>();
  const mergeMaps = (x?: Map<string, Node>, y?: Map<string, Node>): Map<string, Node> | undefined => {
    if (!x || x.size === 0) return y;
    if (!y || y.size === 0) return x;
    const out = new Map(x);
    for (const [k, v] of y) {
      const mine = out.get(k);
      out.set(k, mine ? merge(mine, v) : v);
    }
    return out;
  };
  const merge = (a: Node, b: Node): Node => {
    if (a === b) return a;
    let row = done.get(a);
    const known = row?.get(b);
    if (known) return known;
    const out: Node = {};
    const next = mergeMaps(a.next, b.next);
    if (next) out.next = next;
    const lemma = mergeMaps(a.lemma, b.lemma);
    if (lemma) out.lemma = lemma;
    const any = a.any && b.any ? merge(a.any, b.any) : (a.any ?? b.any);
    if (any) out.any = any;
    const entry = a.entry && b.entry ? (a.entry.line <= b.entry.line ? a.entry : b.entry) : (a.entry ?? b.entry);
    if (entry) out.entry = entry;
    if (!row) done.set(a, (row = new Map()));
    row.set(b, out);
    return out;
  };
  return merge;
}

/**
 * Which compiled lexicons a token can start a phrase in, as bits: each lexicon (up to 30) takes a
 * bit and sets it on the forms its trie's root accepts, by word (`FIRST_BY_NORM`) and by lemma
 * (`FIRST_BY_LEMMA`). An analysis's tokens are looked up once (`firstBits`), so a lexicon pass skips
 * the tokens that start none of its phrases with one integer test instead of two map lookups each.
 */
const FIRST_BY_NORM = new Map<string, number>();
const FIRST_BY_LEMMA = new Map<string, number>();
const MAX_BITS = 30;
let bitsTaken = 0;
/** Bumped when a lexicon registers its first forms: cached bits made before are stale. */
let firstVersion = 0;
const firstCache = new WeakMap<readonly Token[], { version: number; bits: Int32Array }>();

function registerFirst(root: Node): number {
  if (bitsTaken >= MAX_BITS) return 0;
  const bit = 1 << bitsTaken++;
  for (const k of root.next?.keys() ?? []) FIRST_BY_NORM.set(k, (FIRST_BY_NORM.get(k) ?? 0) | bit);
  for (const k of root.lemma?.keys() ?? []) FIRST_BY_LEMMA.set(k, (FIRST_BY_LEMMA.get(k) ?? 0) | bit);
  firstVersion++;
  return bit;
}

/** Per token, the bits of the lexicons whose phrases it can start (by word or lemma). */
function firstBits(tokens: readonly Token[]): Int32Array {
  const known = firstCache.get(tokens);
  if (known && known.version === firstVersion) return known.bits;
  const bits = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    bits[i] = (FIRST_BY_NORM.get(t.norm) ?? 0) | (FIRST_BY_LEMMA.get(t.lemma) ?? 0);
  }
  firstCache.set(tokens, { version: firstVersion, bits });
  return bits;
}

/** A compiled phrase lexicon: a trie over token forms, built once on first use. */
export class Lexicon {
  #text: string;
  #root: Node | undefined;
  #entries: LexiconEntry[] = [];
  #maxLength = 0;
  /** This lexicon's bit in FIRST_BY_NORM / FIRST_BY_LEMMA (0: none left, every token is tried). */
  #bit = 0;

  constructor(text: string) {
    this.#text = text;
  }

  /** Every entry of the file, in order. */
  get entries(): readonly LexiconEntry[] {
    this.#compile();
    return this.#entries;
  }

  #compile(): Node {
    if (this.#root) return this.#root;
    // The trie is built from each phrase's levels, not from its expansion: a lexicon of a few
    // hundred lines can expand to tens of thousands of phrases, and building their strings first
    // cost most of the cold start. The trie and so the matches are the same (see the tests).
    const rows = parseRows(this.#text).map(({ entry, phrase }) => ({ entry, levels: levels(phrase) }));
    const words: string[] = [];
    for (const row of rows) {
      for (const level of row.levels) {
        for (const alt of level) for (const part of alt) if (part !== '*' && !part.startsWith('~')) words.push(part);
      }
    }
    const tokensOf = tokenizeParts(words);
    // Steps of each distinct part, worked out once.
    const stepsOf = new Map<string, Step[]>();
    const steps = (part: string): Step[] => {
      let out = stepsOf.get(part);
      if (out) return out;
      const forms =
        part === '*' || part.startsWith('~') ? [part] : (tokensOf.get(part) as string[]).map((t) => normalize(t));
      out = forms.map((form): Step => {
        if (form === '*') return { kind: 'any', key: '' };
        if (form.startsWith('~')) return { kind: 'lemma', key: normalize(form.slice(1)) };
        return { kind: 'word', key: form };
      });
      stepsOf.set(part, out);
      return out;
    };
    const merge = merger();
    const mergeAll = (nodes: Node[]): Node => {
      let list = nodes;
      while (list.length > 1) {
        const next: Node[] = [];
        for (let i = 0; i < list.length; i += 2) {
          next.push(i + 1 < list.length ? merge(list[i] as Node, list[i + 1] as Node) : (list[i] as Node));
        }
        list = next;
      }
      return list[0] as Node;
    };
    const byNext = new Map<string, Node[]>();
    const byLemma = new Map<string, Node[]>();
    const anyTails: Node[] = [];
    const gather = (into: Map<string, Node[]>, key: string, node: Node): void => {
      const list = into.get(key);
      if (list) list.push(node);
      else into.set(key, [node]);
    };
    const root = { next: new Map<string, Node>(), lemma: new Map<string, Node>() } as Node & {
      next: Map<string, Node>;
      lemma: Map<string, Node>;
    };
    for (const { entry, levels: lv } of rows) {
      this.#entries.push(entry);
      const stepLevels = lv.map((level) => level.map((alt) => alt.flatMap(steps)));
      // `expand` drops a phrase whose words from the last [...] on are all empty: when nothing
      // follows the last [...], its empty alternative gives no phrase.
      const lastBracket = stepLevels.length - 2;
      if (lastBracket >= 0 && (stepLevels[lastBracket + 1] as Step[][])[0]?.length === 0) {
        stepLevels[lastBracket] = (stepLevels[lastBracket] as Step[][]).filter((alt) => alt.length > 0);
      }
      // Built from the end: the automaton of levels k.. is the union, over level k's alternatives,
      // of the alternative's chain of steps leading into the automaton of levels k+1.. (shared,
      // not copied), so a line with many alternatives costs their sum, not their product.
      let tail: Node = { entry };
      let longest = 0;
      for (let k = stepLevels.length - 1; k >= 0; k--) {
        let union: Node | undefined;
        let most = 0;
        for (const alt of stepLevels[k] as Step[][]) {
          let node = tail;
          for (let i = alt.length - 1; i >= 0; i--) node = edge(alt[i] as Step, node);
          union = union ? merge(union, node) : node;
          if (alt.length > most) most = alt.length;
        }
        if (!union) {
          tail = {};
          break;
        }
        tail = union;
        longest += most;
      }
      // Each line's branches are gathered under their first step and merged at the end.
      for (const [k, v] of tail.next ?? []) gather(byNext, k, v);
      for (const [k, v] of tail.lemma ?? []) gather(byLemma, k, v);
      if (tail.any) anyTails.push(tail.any);
      if (longest > this.#maxLength) this.#maxLength = longest;
    }
    // Merging the lines one by one into a growing branch copies that branch each time (quadratic
    // when hundreds of lines share a first word); merging them in pairs, then pairs of pairs,
    // copies each node about log(lines) times. The union, and so every match, is the same: a
    // merge keeps every path, and where two lines accept, the line written first.
    for (const [k, list] of byNext) root.next.set(k, mergeAll(list));
    for (const [k, list] of byLemma) root.lemma.set(k, mergeAll(list));
    if (anyTails.length > 0) root.any = mergeAll(anyTails);
    this.#bit = registerFirst(root);
    this.#root = root;
    return root;
  }

  /** Every compiled phrase as its token forms (`*`, `~lemma`, words) and its entry's line; for tests. */
  compiledPhrases(): Map<string, number> {
    const out = new Map<string, number>();
    const visit = (node: Node, path: string[]): void => {
      if (node.entry && path.length > 0) out.set(path.join(' '), node.entry.line);
      for (const [k, child] of node.next ?? []) visit(child, [...path, k]);
      for (const [k, child] of node.lemma ?? []) visit(child, [...path, `~${k}`]);
      if (node.any) visit(node.any, [...path, '*']);
    };
    visit(this.#compile(), []);
    return out;
  }

  /**
   * Every match in the analysis, at most one per start token (the longest), in text order.
   * Cost: tokens x longest phrase.
   */
  matchAll(analysis: Analysis, from = 0, to = analysis.tokens.length): LexiconMatch[] {
    const root = this.#compile();
    const tokens = analysis.tokens;
    const out: LexiconMatch[] = [];
    const bit = this.#bit;
    const bits = bit === 0 ? undefined : firstBits(tokens);
    const any = root.any !== undefined;
    for (let i = from; i < to; i++) {
      // Most tokens start no phrase of this lexicon: one integer test, no lookups.
      if (bits && ((bits[i] as number) & bit) === 0 && !(any && (tokens[i] as Token).kind === 'word')) continue;
      if (!this.#longest(root, tokens, i, to)) continue;
      const bestTo = this.#bestTo;
      out.push({
        entry: this.#bestEntry as LexiconEntry,
        from: i,
        to: bestTo,
        start: (tokens[i] as Token).start,
        end: (tokens[bestTo - 1] as Token).end,
      });
    }
    return out;
  }

  /** Matches that do not overlap, preferring the longest, then the earliest. */
  match(analysis: Analysis, from = 0, to = analysis.tokens.length): LexiconMatch[] {
    const all = this.matchAll(analysis, from, to);
    const out: LexiconMatch[] = [];
    let taken = -1;
    for (const m of all) {
      if (m.from < taken) {
        const prev = out[out.length - 1] as LexiconMatch;
        if (m.to - m.from > prev.to - prev.from && m.from === prev.from) out[out.length - 1] = m;
        continue;
      }
      out.push(m);
      taken = m.to;
    }
    return out;
  }

  /** True when the phrase starting at token `i` matches; returns the match's end token. */
  matchAt(analysis: Analysis, i: number): LexiconMatch | undefined {
    const root = this.#compile();
    const tokens = analysis.tokens;
    if (!this.#longest(root, tokens, i, tokens.length)) return undefined;
    const bestTo = this.#bestTo;
    return {
      entry: this.#bestEntry as LexiconEntry,
      from: i,
      to: bestTo,
      start: (tokens[i] as Token).start,
      end: (tokens[bestTo - 1] as Token).end,
    };
  }

  // The longest match found by the last #longest call (fields, so that no object is allocated).
  #bestEntry: LexiconEntry | undefined;
  #bestTo = 0;

  /**
   * Finds the longest phrase starting at token `i` (ties: the line written first) and leaves it in
   * #bestEntry / #bestTo. A depth-first walk over the trie paths the tokens follow: it visits the
   * same (node, token) pairs as reading the live nodes token by token, without allocating them.
   */
  #longest(root: Node, tokens: readonly Token[], i: number, to: number): boolean {
    this.#bestEntry = undefined;
    this.#bestTo = 0;
    if (i >= to) return false;
    const limit = Math.min(to, i + this.#maxLength);
    this.#walk(root, tokens, i, limit, (tokens[i] as Token).sentence);
    return this.#bestEntry !== undefined;
  }

  /** Follows token `j` out of `node`, within one sentence and before `limit`. */
  #walk(node: Node, tokens: readonly Token[], j: number, limit: number, sentence: number): void {
    if (j >= limit) return;
    const t = tokens[j] as Token;
    if (t.sentence !== sentence) return;
    const exact = node.next?.get(t.norm);
    if (exact) this.#reach(exact, tokens, j, limit, sentence);
    const byLemma = node.lemma?.get(t.lemma);
    if (byLemma && byLemma !== exact) this.#reach(byLemma, tokens, j, limit, sentence);
    if (node.any && t.kind === 'word') this.#reach(node.any, tokens, j, limit, sentence);
  }

  /** `node` was reached by token `j`: record its entry, then go on to token `j + 1`. */
  #reach(node: Node, tokens: readonly Token[], j: number, limit: number, sentence: number): void {
    const e = node.entry;
    if (e) {
      const best = this.#bestEntry;
      if (!best || j + 1 > this.#bestTo || (j + 1 === this.#bestTo && e.line < best.line)) {
        this.#bestEntry = e;
        this.#bestTo = j + 1;
      }
    }
    this.#walk(node, tokens, j + 1, limit, sentence);
  }
}

const LEXICONS = new Map<string, Lexicon>();

/** A lexicon compiled on first use; metrics that load the same file share one compiled trie. */
/* @__NO_SIDE_EFFECTS__ */
export function lexicon(text: string): Lexicon {
  let out = LEXICONS.get(text);
  if (!out) LEXICONS.set(text, (out = new Lexicon(text)));
  return out;
}

/** A single-word list (`word | weight | tag` lines), compiled to a map on first use. */
export class WordList {
  #text: string;
  #map: Map<string, LexiconEntry> | undefined;

  constructor(text: string) {
    this.#text = text;
  }

  get map(): ReadonlyMap<string, LexiconEntry> {
    if (!this.#map) {
      const map = new Map<string, LexiconEntry>();
      for (const { entry, phrases } of parseLexicon(this.#text)) {
        for (const p of phrases) if (!map.has(normalize(p))) map.set(normalize(p), entry);
      }
      this.#map = map;
    }
    return this.#map;
  }

  get(word: string): LexiconEntry | undefined {
    return this.map.get(word);
  }

  has(word: string): boolean {
    return this.map.has(word);
  }
}

/* @__NO_SIDE_EFFECTS__ */
export function wordList(text: string): WordList {
  return new WordList(text);
}

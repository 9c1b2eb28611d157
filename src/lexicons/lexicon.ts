import { normalize } from '../analysis/analyze.js';
import { wink } from '../analysis/engine.js';
import { precompiledLexicon, precompiledWordList } from '../analysis/precompiled-lexicons.js';
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

/**
 * A `LexiconMatch` of tokens `[from, to)`: a plain object of the same fields in the same order, made
 * by a constructor rather than an object literal, for the reason given at `ParsedToken`
 * (src/analysis/analyze.ts): matches are kept with their analysis, so V8 pretenured the literal's
 * objects into the old generation; objects made with `new` are always born young.
 */
class Match implements LexiconMatch {
  declare entry: LexiconEntry;
  declare from: number;
  declare to: number;
  declare start: number;
  declare end: number;
  constructor(entry: LexiconEntry, from: number, to: number, tokens: readonly Token[]) {
    this.entry = entry;
    this.from = from;
    this.to = to;
    this.start = (tokens[from] as Token).start;
    this.end = (tokens[to - 1] as Token).end;
  }
}

/**
 * A lexicon compiled ahead of time (by the build, see src/analysis/precompiled-lexicons.ts), so
 * that a process's first profile does not pay for tokenizing lexicon words and building tries.
 * Made by `Lexicon#precompiled` from the trie that `#compile` builds, loaded back by `#compile`
 * into the same trie (same paths, entries and lengths), so matches cannot differ.
 */
export interface PrecompiledLexicon {
  /** `[source, weight, tag, line]` of every entry, in file order. */
  entries: [string, number, string, number][];
  /** The word and lemma forms of the trie's edges, as normalised strings. */
  forms: string[];
  /**
   * The trie's nodes, each after the nodes it leads to, the root last:
   * `[entry or -1, any-node or -1, next-edge count or -1 (no map), lemma-edge count or -1,
   * ...(form, node) of each next edge, ...(form, node) of each lemma edge]`.
   */
  nodes: number[][];
  maxLength: number;
}

/** A word list compiled ahead of time: its entries, and each word with its entry's index, in map order. */
export interface PrecompiledWordList {
  entries: [string, number, string, number][];
  words: [string, number][];
}

const entryRow = (e: LexiconEntry): [string, number, string, number] => [e.source, e.weight, e.tag, e.line];
const entryOf = ([source, weight, tag, line]: [string, number, string, number]): LexiconEntry => ({
  source,
  weight,
  tag,
  line,
});

/** One token of a compiled phrase: any word, any form of a lemma, or one exact form. */
interface Step {
  kind: 'any' | 'lemma' | 'word';
  /** The form's id in FORM_IDS (words and lemmas); unused for `*`. */
  key: number;
}

/**
 * A trie node. Edges are keyed by form id (`FORM_IDS`), not by string: an analysis's tokens are
 * looked up in `FORM_IDS` once, and the walk then looks up small integers, with no string hashing
 * or comparing. Every node has the same four fields (one class), so that the walk's property reads
 * stay monomorphic (made by `newNode`: an object literal, cheaper to create than a class instance
 * with field initialisers when tens of thousands are built at start-up).
 */
interface Node {
  next: Map<number, Node> | undefined;
  lemma: Map<number, Node> | undefined;
  any: Node | undefined;
  entry: LexiconEntry | undefined;
}

const newNode = (): Node => ({ next: undefined, lemma: undefined, any: undefined, entry: undefined });

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

/**
 * `[a/b] c` -> `a c`, `b c`. Every combination of alternatives is a phrase, except the empty one
 * (all parts empty): `be [here/] [now/]` -> `be here now`, `be here`, `be now`, `be`.
 */
function expand(phrase: string): string[] {
  return combinations(phrase).filter((p) => p !== '');
}

/** Every combination of `expand`, the empty one too (the rest of a phrase may well be empty). */
function combinations(phrase: string): string[] {
  const open = phrase.indexOf('[');
  if (open < 0) return [phrase.replace(/\s+/g, ' ').trim()];
  const close = phrase.indexOf(']', open);
  if (close < 0) throw new Error(`lexicon: unclosed [ in "${phrase}"`);
  const head = phrase.slice(0, open);
  const tails = combinations(phrase.slice(close + 1));
  const out: string[] = [];
  for (const alt of phrase.slice(open + 1, close).split('/')) {
    for (const tail of tails) out.push(`${head}${alt} ${tail}`.replace(/\s+/g, ' ').trim());
  }
  return out;
}

/**
 * A phrase as the levels that `expand` walks: at each `[...]`, its alternatives glued to the text
 * before them; last, the text after the last `]`. A phrase of `expand` is one alternative per
 * level, their words joined, kept when not all empty.
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
  const out = newNode();
  if (step.kind === 'any') out.any = to;
  else if (step.kind === 'lemma') out.lemma = new Map([[step.key, to]]);
  else out.next = new Map([[step.key, to]]);
  return out;
}

/**
 * Union of two automata, without changing either (nodes are shared between lines and levels,
 * so none is ever modified once built). Where both accept, the line written first wins, as when
 * the phrases were inserted one by one. Pairs already merged are remembered.
 */
function merger(): (a: Node, b: Node) => Node {
  const done = new Map<Node, Map<Node, Node>>();
  const mergeMaps = (x?: Map<number, Node>, y?: Map<number, Node>): Map<number, Node> | undefined => {
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
    const out = newNode();
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

/** Every word and lemma form that some compiled lexicon has an edge for, shared by all lexicons. */
const FORM_IDS = new Map<string, number>();
const FORM_NAMES: string[] = [];

function formId(form: string): number {
  let id = FORM_IDS.get(form);
  if (id === undefined) {
    id = FORM_NAMES.length;
    FORM_IDS.set(form, id);
    FORM_NAMES.push(form);
  }
  return id;
}

/**
 * Which compiled lexicons a token can start a phrase in, as bits: each lexicon (up to 30) takes a
 * bit and sets it on the forms its trie's root accepts, by word (`FIRST_BY_NORM`) and by lemma
 * (`FIRST_BY_LEMMA`), indexed by form id. An analysis's tokens are looked up once (`tokenForms`),
 * so a lexicon pass skips the tokens that start none of its phrases with one integer test.
 * A lexicon whose phrases can start with `*` sets its bit, in `SECOND_BY_*`, on the forms that
 * can follow that `*`: a word starts such a phrase only if the next token is one of them.
 */
const FIRST_BY_NORM: number[] = [];
const FIRST_BY_LEMMA: number[] = [];
const SECOND_BY_NORM: number[] = [];
const SECOND_BY_LEMMA: number[] = [];
const MAX_BITS = 30;
let bitsTaken = 0;
/** Bumped when a lexicon registers its forms: cached token forms made before are stale. */
let formsVersion = 0;

/** Per token of an analysis: its word and lemma form ids (-1: in no lexicon) and its lexicon bits. */
interface TokenForms {
  version: number;
  norm: Int32Array;
  lemma: Int32Array;
  first: Int32Array;
  second: Int32Array;
}
const formsCache = new WeakMap<readonly Token[], TokenForms>();

const orBit = (table: number[], id: number, bit: number): void => {
  while (table.length <= id) table.push(0);
  table[id] = (table[id] as number) | bit;
};

/** Takes a bit for a compiled trie and sets it on the forms that can start (or follow a leading `*` in) its phrases. */
function registerFirst(trie: FlatTrie): number {
  if (bitsTaken >= MAX_BITS) return 0;
  const bit = 1 << bitsTaken++;
  const { edges, key, root } = trie;
  const mark = (node: number, byNorm: number[], byLemma: number[]): void => {
    for (let k = edges[2 * node] as number; k < (edges[2 * node + 1] as number); k++)
      orBit(byNorm, key[k] as number, bit);
    for (let k = edges[2 * node + 1] as number; k < (edges[2 * node + 2] as number); k++)
      orBit(byLemma, key[k] as number, bit);
  };
  mark(root, FIRST_BY_NORM, FIRST_BY_LEMMA);
  const any = trie.any[root] as number;
  if (any >= 0) mark(any, SECOND_BY_NORM, SECOND_BY_LEMMA);
  formsVersion++;
  return bit;
}

const idOf = (form: string): number => FORM_IDS.get(form) ?? -1;
const bitsOf = (table: number[], id: number): number => (id >= 0 ? (table[id] ?? 0) : 0);

/** The form ids and lexicon bits of an analysis's tokens, computed once per analysis. */
function tokenForms(tokens: readonly Token[]): TokenForms {
  const known = formsCache.get(tokens);
  if (known && known.version === formsVersion) return known;
  const n = tokens.length;
  const norm = new Int32Array(n);
  const lemma = new Int32Array(n);
  const first = new Int32Array(n);
  const second = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    const w = idOf(t.norm);
    const l = t.lemma === t.norm ? w : idOf(t.lemma);
    norm[i] = w;
    lemma[i] = l;
    first[i] = bitsOf(FIRST_BY_NORM, w) | bitsOf(FIRST_BY_LEMMA, l);
    second[i] = bitsOf(SECOND_BY_NORM, w) | bitsOf(SECOND_BY_LEMMA, l);
  }
  const out = { version: formsVersion, norm, lemma, first, second };
  formsCache.set(tokens, out);
  return out;
}

/**
 * A compiled trie laid out flat, for matching. Node `n` has its word edges at
 * `[edges[2n], edges[2n + 1])` and its lemma edges at `[edges[2n + 1], edges[2n + 2])` of `key`
 * (form id) and `to` (child node), each range sorted by key; `any[n]` is its `*` child (-1: none)
 * and `entry[n]` the entry it accepts. The `Node` trie's maps spread a walk over thousands of small
 * heap objects (each step a hash lookup, then loads that mostly missed the cache); here a step
 * reads a few adjacent integers. Made once per lexicon, from the `Node` trie that `#compile` builds
 * (`flatten`) or from the precompiled data that lists that trie's nodes (`flatPrecompiled`), with
 * the same nodes (shared ones stay shared), edges and entries, so every walk visits the same paths.
 */
interface FlatTrie {
  root: number;
  edges: Int32Array;
  key: Int32Array;
  to: Int32Array;
  any: Int32Array;
  entry: (LexiconEntry | undefined)[];
}

/** The `FlatTrie` of a `Node` trie (its root becomes node 0). */
function flatten(root: Node): FlatTrie {
  const index = new Map<Node, number>();
  const order: Node[] = [];
  const number = (node: Node): void => {
    if (index.has(node)) return;
    index.set(node, order.length);
    order.push(node);
  };
  number(root);
  let edgeCount = 0;
  for (let n = 0; n < order.length; n++) {
    const node = order[n] as Node;
    for (const child of node.next?.values() ?? []) number(child);
    for (const child of node.lemma?.values() ?? []) number(child);
    if (node.any) number(node.any);
    edgeCount += (node.next?.size ?? 0) + (node.lemma?.size ?? 0);
  }
  const size = order.length;
  const edges = new Int32Array(2 * size + 1);
  const key = new Int32Array(edgeCount);
  const to = new Int32Array(edgeCount);
  const any = new Int32Array(size).fill(-1);
  const entry = new Array<LexiconEntry | undefined>(size).fill(undefined);
  let k = 0;
  const put = (map: Map<number, Node> | undefined): void => {
    const from = k;
    for (const [form, child] of map ?? []) {
      key[k] = form;
      to[k++] = index.get(child) as number;
    }
    sortEdges(key, to, from, k);
  };
  for (let n = 0; n < size; n++) {
    const node = order[n] as Node;
    edges[2 * n] = k;
    put(node.next);
    edges[2 * n + 1] = k;
    put(node.lemma);
    if (node.any) any[n] = index.get(node.any) as number;
    entry[n] = node.entry;
  }
  edges[2 * size] = k;
  return { root: 0, edges, key, to, any, entry };
}

/**
 * Sorts edges `[from, end)` by key (insertion sort: most nodes have a few edges, a root a few
 * hundred).
 */
function sortEdges(key: Int32Array, to: Int32Array, from: number, end: number): void {
  for (let i = from + 1; i < end; i++) {
    const k = key[i] as number;
    const t = to[i] as number;
    let at = i;
    while (at > from && (key[at - 1] as number) > k) {
      key[at] = key[at - 1] as number;
      to[at] = to[at - 1] as number;
      at--;
    }
    key[at] = k;
    to[at] = t;
  }
}

/**
 * The `FlatTrie` of a `PrecompiledLexicon` (node `n` is its row `n`, the root last), with no `Node`
 * or map made: `entries` are its entries, `ids` the form ids of its forms. The nodes and edges are
 * those that `Lexicon#load` builds, so matching is the same as over the trie the build compiled.
 */
function flatPrecompiled(pre: PrecompiledLexicon, entries: readonly LexiconEntry[], ids: readonly number[]): FlatTrie {
  const rows = pre.nodes;
  const size = rows.length;
  let edgeCount = 0;
  for (const row of rows) edgeCount += Math.max(0, row[2] as number) + Math.max(0, row[3] as number);
  const edges = new Int32Array(2 * size + 1);
  const key = new Int32Array(edgeCount);
  const to = new Int32Array(edgeCount);
  const any = new Int32Array(size);
  const entry = new Array<LexiconEntry | undefined>(size).fill(undefined);
  let k = 0;
  for (let n = 0; n < size; n++) {
    const row = rows[n] as number[];
    const e = row[0] as number;
    if (e >= 0) entry[n] = entries[e];
    any[n] = row[1] as number;
    let at = 4;
    for (let part = 0; part < 2; part++) {
      edges[2 * n + part] = k;
      const count = row[2 + part] as number;
      for (let i = 0; i < count; i++, at += 2, k++) {
        key[k] = ids[row[at] as number] as number;
        to[k] = row[at + 1] as number;
      }
      sortEdges(key, to, edges[2 * n + part] as number, k);
    }
  }
  edges[2 * size] = k;
  return { root: size - 1, edges, key, to, any, entry };
}

/** The child that edges `[from, end)` of a `FlatTrie` (sorted by key) lead to by form `id`, or -1. */
function childOf(key: Int32Array, to: Int32Array, from: number, end: number, id: number): number {
  let lo = from;
  let hi = end;
  // Keys before `lo` are below `id`, keys from `hi` on are not: halve down to a short run, then
  // scan it, stopping at the first key above `id`.
  while (hi - lo > 8) {
    const mid = (lo + hi) >>> 1;
    if ((key[mid] as number) < id) lo = mid + 1;
    else hi = mid;
  }
  for (; lo < end; lo++) {
    const k = key[lo] as number;
    if (k === id) return to[lo] as number;
    if (k > id) break;
  }
  return -1;
}

/** Whole-analysis `match` results of each analysis, by lexicon serial number. */
const MATCHED = new WeakMap<Analysis, (readonly LexiconMatch[] | undefined)[]>();
let lexiconCount = 0;

/** Words a phrase may skip once inside it, and the tags of the entries that may be matched so. */
export interface LexiconGaps {
  words: readonly string[];
  tags: readonly string[];
}

/** A compiled phrase lexicon: a trie over token forms, built once on first use. */
export class Lexicon {
  #text: string;
  /**
   * The trie as built (`#compile`) or as the build stored it (`#load`, made only when asked for:
   * matching reads `#trie`); read by `precompiled` and `compiledPhrases`.
   */
  #root: Node | undefined;
  /** The trie as matching reads it. */
  #trie: FlatTrie | undefined;
  #entries: LexiconEntry[] = [];
  #maxLength = 0;
  /** This lexicon's bit in FIRST_BY_* / SECOND_BY_* (0: none left, every token is tried). */
  #bit = 0;
  /** Some phrase starts with `*`: words whose next token can follow it are tried too. */
  #anyFirst = false;
  /** Some phrase is `*` alone, or starts `* *`: every word is tried. */
  #anyAll = false;

  /**
   * The same lexicon compiled ahead of time, when the build made it (then `#compile` loads it).
   * Read on first use, not here: metrics build their lexicons when their module loads, and the
   * stored data is only read by the first profile.
   */
  #pre: (() => PrecompiledLexicon | undefined) | undefined;

  /**
   * Words a phrase may skip once, inside it (never first): "I can't *really* take sides" matches "can't take sides".
   * Only entries whose tag is in `#gapTags` may be reached over a skipped word.
   */
  #gaps: ReadonlySet<string> | undefined;
  #gapTags: ReadonlySet<string> | undefined;
  /** The current walk has skipped its one gap word; the best match so far did. */
  #gapped = false;
  #bestGapped = false;

  constructor(text: string, precompiled?: () => PrecompiledLexicon | undefined, gaps?: LexiconGaps) {
    this.#text = text;
    this.#pre = precompiled;
    if (gaps) {
      this.#gaps = new Set(gaps.words);
      this.#gapTags = new Set(gaps.tags);
    }
  }

  /** Every entry of the file, in order. */
  get entries(): readonly LexiconEntry[] {
    this.#compile();
    return this.#entries;
  }

  #compile(): FlatTrie {
    if (this.#trie) return this.#trie;
    const pre = this.#pre?.();
    if (pre) {
      for (const e of pre.entries) this.#entries.push(entryOf(e));
      this.#maxLength = pre.maxLength;
      return this.#finish(flatPrecompiled(pre, this.#entries, pre.forms.map(formId)));
    }
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
        if (form === '*') return { kind: 'any', key: -1 };
        if (form.startsWith('~')) return { kind: 'lemma', key: formId(normalize(form.slice(1))) };
        return { kind: 'word', key: formId(form) };
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
    const byNext = new Map<number, Node[]>();
    const byLemma = new Map<number, Node[]>();
    const anyTails: Node[] = [];
    const gather = (into: Map<number, Node[]>, key: number, node: Node): void => {
      const list = into.get(key);
      if (list) list.push(node);
      else into.set(key, [node]);
    };
    const root = newNode();
    const rootNext = new Map<number, Node>();
    const rootLemma = new Map<number, Node>();
    for (const { entry, levels: lv } of rows) {
      this.#entries.push(entry);
      // Every combination of alternatives is a phrase, as in `expand`. The one with no words at all
      // (`[a/] [b/]` with neither) would put the entry on the root, which no walk reads.
      const stepLevels = lv.map((level) => level.map((alt) => alt.flatMap(steps)));
      // Built from the end: the automaton of levels k.. is the union, over level k's alternatives,
      // of the alternative's chain of steps leading into the automaton of levels k+1.. (shared,
      // not copied), so a line with many alternatives costs their sum, not their product.
      let tail = newNode();
      tail.entry = entry;
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
          tail = newNode();
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
    for (const [k, list] of byNext) rootNext.set(k, mergeAll(list));
    for (const [k, list] of byLemma) rootLemma.set(k, mergeAll(list));
    root.next = rootNext;
    root.lemma = rootLemma;
    if (anyTails.length > 0) root.any = mergeAll(anyTails);
    this.#root = root;
    return this.#finish(flatten(root));
  }

  /** Sets what matching reads off the root (as for a trie built here or loaded). */
  #finish(trie: FlatTrie): FlatTrie {
    const star = trie.any[trie.root] as number;
    this.#anyFirst = star >= 0;
    this.#anyAll = star >= 0 && (trie.entry[star] !== undefined || (trie.any[star] as number) >= 0);
    this.#bit = registerFirst(trie);
    this.#trie = trie;
    return trie;
  }

  /** The `Node` trie: the one `#compile` built, else the one the precompiled data lists. */
  #tree(): Node {
    this.#compile();
    this.#root ??= this.#load(this.#pre?.() as PrecompiledLexicon);
    return this.#root;
  }

  /** The trie built from a `PrecompiledLexicon` whose entries `#compile` has read: the nodes and edges it lists. */
  #load(pre: PrecompiledLexicon): Node {
    const entries = this.#entries;
    const ids = pre.forms.map(formId);
    const nodes: Node[] = [];
    for (const row of pre.nodes) {
      const node = newNode();
      const entry = row[0] as number;
      const any = row[1] as number;
      const nNext = row[2] as number;
      const nLemma = row[3] as number;
      if (entry >= 0) node.entry = entries[entry];
      if (any >= 0) node.any = nodes[any];
      let k = 4;
      if (nNext >= 0) {
        const next = new Map<number, Node>();
        for (let i = 0; i < nNext; i++, k += 2)
          next.set(ids[row[k] as number] as number, nodes[row[k + 1] as number] as Node);
        node.next = next;
      }
      if (nLemma >= 0) {
        const lemma = new Map<number, Node>();
        for (let i = 0; i < nLemma; i++, k += 2)
          lemma.set(ids[row[k] as number] as number, nodes[row[k + 1] as number] as Node);
        node.lemma = lemma;
      }
      nodes.push(node);
    }
    return nodes[nodes.length - 1] as Node;
  }

  /** This lexicon, compiled, in the form the build stores (see `PrecompiledLexicon`). */
  precompiled(): PrecompiledLexicon {
    const root = this.#tree();
    const entryIndex = new Map(this.#entries.map((e, i) => [e, i]));
    const forms: string[] = [];
    const formIndex = new Map<number, number>();
    const local = (id: number): number => {
      let i = formIndex.get(id);
      if (i === undefined) {
        i = forms.length;
        forms.push(FORM_NAMES[id] as string);
        formIndex.set(id, i);
      }
      return i;
    };
    const nodes: number[][] = [];
    const index = new Map<Node, number>();
    const edges = (map: Map<number, Node> | undefined): number[] => {
      const out: number[] = [];
      for (const [k, child] of map ?? []) out.push(local(k), visit(child));
      return out;
    };
    const visit = (node: Node): number => {
      const known = index.get(node);
      if (known !== undefined) return known;
      const next = edges(node.next);
      const lemma = edges(node.lemma);
      const any = node.any ? visit(node.any) : -1;
      const entry = node.entry ? (entryIndex.get(node.entry) as number) : -1;
      const row = [entry, any, node.next ? next.length / 2 : -1, node.lemma ? lemma.length / 2 : -1, ...next, ...lemma];
      index.set(node, nodes.length);
      nodes.push(row);
      return nodes.length - 1;
    };
    visit(root);
    return { entries: this.#entries.map(entryRow), forms, nodes, maxLength: this.#maxLength };
  }

  /** Every compiled phrase as its token forms (`*`, `~lemma`, words) and its entry's line; for tests. */
  compiledPhrases(): Map<string, number> {
    const out = new Map<string, number>();
    const visit = (node: Node, path: string[]): void => {
      if (node.entry && path.length > 0) out.set(path.join(' '), node.entry.line);
      for (const [k, child] of node.next ?? []) visit(child, [...path, FORM_NAMES[k] as string]);
      for (const [k, child] of node.lemma ?? []) visit(child, [...path, `~${FORM_NAMES[k]}`]);
      if (node.any) visit(node.any, [...path, '*']);
    };
    visit(this.#tree(), []);
    return out;
  }

  /**
   * Every match in the analysis, at most one per start token (the longest), in text order.
   * Cost: tokens x longest phrase.
   */
  matchAll(analysis: Analysis, from = 0, to = analysis.tokens.length): LexiconMatch[] {
    this.#compile();
    const tokens = analysis.tokens;
    const out: LexiconMatch[] = [];
    const bit = this.#bit;
    const forms = tokenForms(tokens);
    const first = forms.first;
    const second = forms.second;
    const anyFirst = this.#anyFirst;
    const anyAll = this.#anyAll;
    for (let i = from; i < to; i++) {
      // Most tokens start no phrase of this lexicon: one integer test, no lookups.
      if (bit !== 0 && ((first[i] as number) & bit) === 0) {
        if (!anyFirst || (tokens[i] as Token).kind !== 'word') continue;
        // Only a leading `*` can take this word: the next token must be able to follow it.
        if (!anyAll && (i + 1 >= to || ((second[i + 1] as number) & bit) === 0)) continue;
      }
      if (!this.#longest(tokens, forms, i, to)) continue;
      out.push(new Match(this.#bestEntry as LexiconEntry, i, this.#bestTo, tokens));
    }
    return out;
  }

  /** This lexicon's slot in an analysis's `MATCHED` row. */
  #serial = lexiconCount++;

  /**
   * Matches that do not overlap, preferring the longest, then the earliest. Over the whole
   * analysis they are computed once and shared by every metric that asks (do not modify them).
   */
  match(analysis: Analysis, from = 0, to = analysis.tokens.length): readonly LexiconMatch[] {
    if (from !== 0 || to !== analysis.tokens.length) return this.#matchRange(analysis, from, to);
    // One WeakMap entry per analysis, not per (analysis, lexicon): WeakMap#set is costly.
    let row = MATCHED.get(analysis);
    if (row === undefined) MATCHED.set(analysis, (row = []));
    let out = row[this.#serial];
    if (out === undefined) row[this.#serial] = out = this.#matchRange(analysis, from, to);
    return out;
  }

  #matchRange(analysis: Analysis, from: number, to: number): LexiconMatch[] {
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
    this.#compile();
    const tokens = analysis.tokens;
    if (!this.#longest(tokens, tokenForms(tokens), i, tokens.length)) return undefined;
    return new Match(this.#bestEntry as LexiconEntry, i, this.#bestTo, tokens);
  }

  // The longest match found by the last #longest call, and the token forms it walks (fields, so
  // that no object is allocated and the walk passes few arguments).
  #bestEntry: LexiconEntry | undefined;
  #bestTo = 0;
  #norm: Int32Array = new Int32Array(0);
  #lemma: Int32Array = new Int32Array(0);

  /**
   * Finds the longest phrase starting at token `i` (ties: the line written first) and leaves it in
   * #bestEntry / #bestTo. A depth-first walk over the trie paths the tokens follow: it visits the
   * same (node, token) pairs as reading the live nodes token by token, without allocating them.
   */
  #longest(tokens: readonly Token[], forms: TokenForms, i: number, to: number): boolean {
    this.#bestEntry = undefined;
    this.#bestTo = 0;
    if (i >= to) return false;
    this.#norm = forms.norm;
    this.#lemma = forms.lemma;
    const limit = Math.min(to, i + this.#maxLength + (this.#gaps ? 1 : 0));
    this.#gapped = false;
    this.#bestGapped = false;
    this.#walk((this.#trie as FlatTrie).root, tokens, i, limit, (tokens[i] as Token).sentence);
    return this.#bestEntry !== undefined;
  }

  /** Follows token `j` out of `node` (of `#trie`), within one sentence and before `limit`. */
  #walk(node: number, tokens: readonly Token[], j: number, limit: number, sentence: number): void {
    if (j >= limit) return;
    const t = tokens[j] as Token;
    if (t.sentence !== sentence) return;
    const { root, edges, key, to, any } = this.#trie as FlatTrie;
    const words = edges[2 * node] as number;
    const lemmas = edges[2 * node + 1] as number;
    const end = edges[2 * node + 2] as number;
    let exact = -1;
    if (lemmas > words) {
      const id = this.#norm[j] as number;
      if (id >= 0) exact = childOf(key, to, words, lemmas, id);
      if (exact >= 0) this.#reach(exact, tokens, j, limit, sentence);
    }
    if (end > lemmas) {
      const id = this.#lemma[j] as number;
      const byLemma = id >= 0 ? childOf(key, to, lemmas, end, id) : -1;
      if (byLemma >= 0 && byLemma !== exact) this.#reach(byLemma, tokens, j, limit, sentence);
    }
    const star = any[node] as number;
    if (star >= 0 && t.kind === 'word') this.#reach(star, tokens, j, limit, sentence);
    // One gap word inside a phrase is stepped over: the walk goes on from the same node.
    if (!this.#gapped && this.#gaps?.has(t.norm) && node !== root) {
      this.#gapped = true;
      this.#walk(node, tokens, j + 1, limit, sentence);
      this.#gapped = false;
    }
  }

  /** `node` was reached by token `j`: record its entry, then go on to token `j + 1`. */
  #reach(node: number, tokens: readonly Token[], j: number, limit: number, sentence: number): void {
    const e = (this.#trie as FlatTrie).entry[node];
    if (e !== undefined && !(this.#gapped && !this.#gapTags?.has(e.tag))) {
      const best = this.#bestEntry;
      // At equal length a match without a gap wins over one with (then the line written first).
      const tie = this.#gapped === this.#bestGapped ? e.line < (best?.line ?? 0) : !this.#gapped;
      if (!best || j + 1 > this.#bestTo || (j + 1 === this.#bestTo && tie)) {
        this.#bestEntry = e;
        this.#bestTo = j + 1;
        this.#bestGapped = this.#gapped;
      }
    }
    this.#walk(node, tokens, j + 1, limit, sentence);
  }
}

const LEXICONS = new Map<string, Lexicon>();

/** A lexicon compiled on first use; metrics that load the same file share one compiled trie. */
/* @__NO_SIDE_EFFECTS__ */
export function lexicon(text: string, gaps?: LexiconGaps): Lexicon {
  const key = gaps ? `${text}\u0000${gaps.words.join(' ')}\u0000${gaps.tags.join(' ')}` : text;
  let out = LEXICONS.get(key);
  if (!out) LEXICONS.set(key, (out = new Lexicon(text, () => precompiledLexicon(text), gaps)));
  return out;
}

/** A single-word list (`word | weight | tag` lines), compiled to a map on first use. */
export class WordList {
  #text: string;
  #map: Map<string, LexiconEntry> | undefined;
  /** Compiled ahead of time, when the build made it; read on first use, as for `Lexicon`. */
  #pre: (() => PrecompiledWordList | undefined) | undefined;

  constructor(text: string, precompiled?: () => PrecompiledWordList | undefined) {
    this.#text = text;
    this.#pre = precompiled;
  }

  get map(): ReadonlyMap<string, LexiconEntry> {
    const pre = this.#map ? undefined : this.#pre?.();
    if (pre) {
      const entries = pre.entries.map(entryOf);
      this.#map = new Map(pre.words.map(([word, e]) => [word, entries[e] as LexiconEntry]));
    }
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

  /** This list, compiled, in the form the build stores (see `PrecompiledWordList`). */
  precompiled(): PrecompiledWordList {
    const entries: LexiconEntry[] = [];
    const index = new Map<LexiconEntry, number>();
    const words: [string, number][] = [];
    for (const [word, entry] of this.map) {
      let i = index.get(entry);
      if (i === undefined) {
        i = entries.length;
        entries.push(entry);
        index.set(entry, i);
      }
      words.push([word, i]);
    }
    return { entries: entries.map(entryRow), words };
  }
}

/* @__NO_SIDE_EFFECTS__ */
export function wordList(text: string): WordList {
  return new WordList(text, () => precompiledWordList(text));
}

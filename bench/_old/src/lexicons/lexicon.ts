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

interface Node {
  next?: Map<string, Node>;
  lemma?: Map<string, Node>;
  any?: Node;
  entry?: LexiconEntry;
}

/** Parses a lexicon file's text into entries and their expanded phrases. */
export function parseLexicon(text: string): { entry: LexiconEntry; phrases: string[] }[] {
  const out: { entry: LexiconEntry; phrases: string[] }[] = [];
  const rows = text.split(/\r?\n/);
  for (let i = 0; i < rows.length; i++) {
    const raw = (rows[i] as string).trim();
    if (raw === '' || raw.startsWith('%')) continue;
    const [phrase = '', weight, tag] = raw.split(' | ').map((s) => s.trim());
    const w = weight === undefined || weight === '' ? 1 : Number(weight);
    if (!Number.isFinite(w)) throw new Error(`lexicon line ${i + 1}: bad weight "${weight}"`);
    out.push({
      entry: { source: phrase, weight: w, tag: tag ?? '', line: i + 1 },
      phrases: expand(phrase),
    });
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

/** A compiled phrase lexicon: a trie over token forms, built once on first use. */
export class Lexicon {
  #text: string;
  #root: Node | undefined;
  #entries: LexiconEntry[] = [];
  #maxLength = 0;

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
    const root: Node = {};
    const nlp = wink();
    for (const { entry, phrases } of parseLexicon(this.#text)) {
      this.#entries.push(entry);
      for (const phrase of phrases) {
        const parts = phrase.split(' ');
        const forms: string[] = [];
        for (const part of parts) {
          if (part === '*' || part.startsWith('~')) forms.push(part);
          else forms.push(...(nlp.readDoc(part).tokens().out() as string[]).map(normalize));
        }
        let node = root;
        for (const form of forms) {
          if (form === '*') node = node.any ??= {};
          else if (form.startsWith('~')) {
            node.lemma ??= new Map();
            const key = normalize(form.slice(1));
            let child = node.lemma.get(key);
            if (!child) node.lemma.set(key, (child = {}));
            node = child;
          } else {
            node.next ??= new Map();
            let child = node.next.get(form);
            if (!child) node.next.set(form, (child = {}));
            node = child;
          }
        }
        // First entry written wins when two expand to the same phrase.
        node.entry ??= entry;
        if (forms.length > this.#maxLength) this.#maxLength = forms.length;
      }
    }
    this.#root = root;
    return root;
  }

  /**
   * Every match in the analysis, at most one per start token (the longest), in text order.
   * Cost: tokens x longest phrase.
   */
  matchAll(analysis: Analysis, from = 0, to = analysis.tokens.length): LexiconMatch[] {
    const root = this.#compile();
    const tokens = analysis.tokens;
    const out: LexiconMatch[] = [];
    for (let i = from; i < to; i++) {
      const best = this.#longest(root, tokens, i, to);
      if (best) {
        const first = tokens[i] as Token;
        const last = tokens[best.to - 1] as Token;
        out.push({ entry: best.entry, from: i, to: best.to, start: first.start, end: last.end });
      }
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
    const best = this.#longest(root, analysis.tokens, i, analysis.tokens.length);
    if (!best) return undefined;
    const tokens = analysis.tokens;
    return {
      entry: best.entry,
      from: i,
      to: best.to,
      start: (tokens[i] as Token).start,
      end: (tokens[best.to - 1] as Token).end,
    };
  }

  #longest(
    root: Node,
    tokens: readonly Token[],
    i: number,
    to: number,
  ): { entry: LexiconEntry; to: number } | undefined {
    const sentence = (tokens[i] as Token).sentence;
    let best: { entry: LexiconEntry; to: number } | undefined;
    // Breadth over the few live trie nodes; depth is bounded by the longest phrase.
    let live: Node[] = [root];
    for (let j = i; j < to && j - i < this.#maxLength && live.length > 0; j++) {
      const t = tokens[j] as Token;
      if (t.sentence !== sentence) break;
      const nextLive: Node[] = [];
      for (const node of live) {
        const exact = node.next?.get(t.norm);
        if (exact) nextLive.push(exact);
        const byLemma = node.lemma?.get(t.lemma);
        if (byLemma && byLemma !== exact) nextLive.push(byLemma);
        if (node.any && t.kind === 'word') nextLive.push(node.any);
      }
      for (const node of nextLive) {
        const e = node.entry;
        if (!e) continue;
        if (!best || j + 1 > best.to || (j + 1 === best.to && e.line < best.entry.line)) {
          best = { entry: e, to: j + 1 };
        }
      }
      live = nextLive;
    }
    return best;
  }
}

/** A lexicon compiled on first use. */
/* @__NO_SIDE_EFFECTS__ */
export function lexicon(text: string): Lexicon {
  return new Lexicon(text);
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

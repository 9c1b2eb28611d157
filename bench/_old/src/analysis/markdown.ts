import type { BlockKind, MaskedRange } from '../types.js';

/** Where each line starts, and the markdown block it opens. */
export interface LineInfo {
  start: number;
  block: BlockKind;
  /** True for a line with nothing but white space (after masking). */
  blank: boolean;
}

export interface MaskResult {
  /** Same length as the input: masked characters become spaces, newlines are kept. */
  masked: string;
  ranges: MaskedRange[];
  lines: LineInfo[];
}

const isSpace = (c: number) => c === 32 || c === 9;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;

/**
 * Finds the markdown in a text that must not be read as words: fenced and inline code, link
 * targets, bare URLs, HTML tags, list and heading markers, emphasis marks, table pipes.
 * Every loop moves forward through the text, so the cost is linear in its length.
 */
export function maskMarkdown(text: string): MaskResult {
  const ranges: MaskedRange[] = [];
  const lines: LineInfo[] = [];
  const n = text.length;
  const add = (start: number, end: number, kind: MaskedRange['kind']) => {
    if (end > start) ranges.push({ start, end, kind });
  };

  let fence: { char: number; len: number; start: number } | undefined;
  let lineStart = 0;
  while (lineStart <= n) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = n;
    let i = lineStart;
    let indent = 0;
    while (i < lineEnd && isSpace(text.charCodeAt(i))) {
      i++;
      indent++;
    }
    const c = text.charCodeAt(i);
    // Fenced code: ``` or ~~~, up to the closing fence of the same character and length.
    if (indent <= 3 && (c === 96 || c === 126)) {
      let j = i;
      while (j < lineEnd && text.charCodeAt(j) === c) j++;
      const len = j - i;
      if (len >= 3) {
        if (!fence) {
          fence = { char: c, len, start: lineStart };
        } else if (fence.char === c && len >= fence.len && text.slice(j, lineEnd).trim() === '') {
          add(fence.start, lineEnd, 'code');
          fence = undefined;
          lines.push({ start: lineStart, block: 'paragraph', blank: true });
          lineStart = lineEnd + 1;
          continue;
        }
      }
    }
    if (fence) {
      lines.push({ start: lineStart, block: 'paragraph', blank: true });
      lineStart = lineEnd + 1;
      continue;
    }
    lines.push({ start: lineStart, ...scanLine(text, i, lineEnd, add) });
    lineStart = lineEnd + 1;
  }
  if (fence) add(fence.start, n, 'code');

  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  // Drop ranges nested in an earlier one so that the list is disjoint and ordered.
  const disjoint: MaskedRange[] = [];
  for (const r of ranges) {
    const last = disjoint[disjoint.length - 1];
    if (last && r.start < last.end) {
      if (r.end > last.end) last.end = r.end;
      continue;
    }
    disjoint.push({ ...r });
  }

  let masked = text;
  if (disjoint.length > 0) {
    const parts: string[] = [];
    let at = 0;
    for (const r of disjoint) {
      parts.push(text.slice(at, r.start));
      parts.push(text.slice(r.start, r.end).replace(/[^\r\n]/g, ' '));
      at = r.end;
    }
    parts.push(text.slice(at));
    masked = parts.join('');
  }
  return { masked, ranges: disjoint, lines };
}

type Add = (start: number, end: number, kind: MaskedRange['kind']) => void;

/** Masks the markdown of one line (from its first non-space character) and says what block it opens. */
function scanLine(text: string, from: number, end: number, add: Add): Omit<LineInfo, 'start'> {
  let i = from;
  let block: BlockKind = 'paragraph';
  if (i >= end) return { block, blank: true };
  let c = text.charCodeAt(i);

  // Blockquote markers, possibly nested: "> > text".
  while (c === 62 /* > */) {
    block = 'quote';
    add(i, i + 1, 'markup');
    i++;
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    c = text.charCodeAt(i);
  }
  if (c === 35 /* # */) {
    let j = i;
    while (j < end && text.charCodeAt(j) === 35) j++;
    if (j - i <= 6 && (j === end || isSpace(text.charCodeAt(j)))) {
      add(i, j, 'markup');
      block = 'heading';
      i = j;
    }
  } else if ((c === 45 || c === 42 || c === 43) /* - * + */ && isSpace(text.charCodeAt(i + 1))) {
    add(i, i + 1, 'markup');
    block = 'list-item';
    i += 1;
    // Task list box: "- [ ] " or "- [x] ".
    const box = text.slice(i + 1, i + 4);
    if (box === '[ ]' || box === '[x]' || box === '[X]') add(i + 1, i + 4, 'markup');
  } else if (isDigit(c)) {
    let j = i;
    while (j < end && j - i < 9 && isDigit(text.charCodeAt(j))) j++;
    const d = text.charCodeAt(j);
    if ((d === 46 || d === 41) /* . ) */ && isSpace(text.charCodeAt(j + 1))) {
      add(i, j + 1, 'markup');
      block = 'list-item';
      i = j + 1;
    }
  } else if (c === 124 /* | */) {
    block = 'table';
  }
  // A thematic break or a table delimiter row is all markup.
  const rest = text.slice(i, end).trim();
  if (rest.length >= 3 && /^[-*_=|:\s]+$/.test(rest)) {
    add(i, end, 'markup');
    return { block, blank: true };
  }
  scanInline(text, i, end, add, block === 'table');
  return { block, blank: false };
}

const URL_PREFIXES = ['http://', 'https://', 'www.', 'ftp://', 'mailto:'];

function urlEnd(text: string, i: number, end: number): number {
  let j = i;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (c <= 32 || c === 60 /* < */ || c === 62 /* > */ || c === 34 /* " */) break;
    j++;
  }
  // Trailing sentence punctuation belongs to the sentence, not the URL.
  while (j > i && ').,;:!?\'"]'.includes(text[j - 1] as string)) j--;
  return j;
}

/** Inline code, links, bare URLs, HTML tags, emphasis marks and table pipes on one line. */
function scanInline(text: string, from: number, end: number, add: Add, table: boolean): void {
  const runs = backtickRuns(text, from, end);
  let run = 0;
  const next = nextFinder(text, end);
  let i = from;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 96 /* ` */) {
      while (run < runs.length && (runs[run] as BacktickRun).start < i) run++;
      const open = runs[run] as BacktickRun;
      const closeIdx = open.next;
      const close = closeIdx >= 0 ? (runs[closeIdx] as BacktickRun) : undefined;
      if (close && close.start - i <= MAX_INLINE) {
        add(i, close.start + close.len, 'code');
        i = close.start + close.len;
      } else {
        add(i, i + open.len, 'markup');
        i += open.len;
      }
      continue;
    }
    if (c === 33 /* ! */ && text.charCodeAt(i + 1) === 91 /* [ */) {
      add(i, i + 1, 'markup');
      i++;
      continue;
    }
    if (c === 91 /* [ */) {
      const close = next(93 /* ] */, i + 1, i + 1 + MAX_INLINE);
      if (close > 0 && text.charCodeAt(close + 1) === 40 /* ( */) {
        const paren = next(41 /* ) */, close + 2, close + 2 + MAX_INLINE);
        if (paren > 0) {
          add(i, i + 1, 'markup');
          add(close, paren + 1, 'url');
          i += 1;
          continue;
        }
      }
      i++;
      continue;
    }
    if (c === 60 /* < */) {
      const after = text.charCodeAt(i + 1);
      const isTag = after === 47 || (after >= 65 && after <= 90) || (after >= 97 && after <= 122) || after === 33;
      if (isTag) {
        const close = next(62 /* > */, i + 1, i + 300);
        if (close > 0) {
          add(i, close + 1, text.startsWith('http', i + 1) ? 'url' : 'markup');
          i = close + 1;
          continue;
        }
      }
      i++;
      continue;
    }
    if (c === 104 || c === 119 || c === 102 || c === 109 /* h w f m */) {
      const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
      if (!isAlnum(prev)) {
        const prefix = URL_PREFIXES.find((p) => text.startsWith(p, i));
        if (prefix) {
          const j = urlEnd(text, i, end);
          if (j > i + prefix.length) {
            add(i, j, 'url');
            i = j;
            continue;
          }
        }
      }
      i++;
      continue;
    }
    if (c === 42 || c === 126 /* * ~ */) {
      let j = i;
      while (j < end && text.charCodeAt(j) === c) j++;
      if (c === 42 || j - i >= 2) add(i, j, 'markup');
      i = j;
      continue;
    }
    if (c === 95 /* _ */) {
      let j = i;
      while (j < end && text.charCodeAt(j) === 95) j++;
      const before = i > 0 ? text.charCodeAt(i - 1) : 32;
      const after = j < end ? text.charCodeAt(j) : 32;
      // Emphasis underscores sit at a word edge; snake_case ones sit inside a word.
      if (!(isAlnum(before) && isAlnum(after))) add(i, j, 'markup');
      i = j;
      continue;
    }
    if (table && c === 124 /* | */) {
      add(i, i + 1, 'markup');
      i++;
      continue;
    }
    i++;
  }
}

/** Inline constructs (code spans, link text and targets) longer than this are not looked for. */
const MAX_INLINE = 2000;

interface BacktickRun {
  start: number;
  len: number;
  /** Index of the next run of the same length (the closer), or -1. */
  next: number;
}

/** Every run of backticks on the line, each linked to the next run of the same length. */
function backtickRuns(text: string, from: number, end: number): BacktickRun[] {
  const runs: BacktickRun[] = [];
  for (let i = from; i < end; i++) {
    if (text.charCodeAt(i) !== 96) continue;
    let j = i;
    while (j < end && text.charCodeAt(j) === 96) j++;
    runs.push({ start: i, len: j - i, next: -1 });
    i = j - 1;
  }
  const lastOfLen = new Map<number, number>();
  for (let k = runs.length - 1; k >= 0; k--) {
    const r = runs[k] as BacktickRun;
    r.next = lastOfLen.get(r.len) ?? -1;
    lastOfLen.set(r.len, k);
  }
  return runs;
}

/**
 * `next(code, from, limit)`: index of the first `code` at or after `from`, if it is before
 * `limit` and the line's end, else -1. Each character's position is remembered, so that the
 * scans of a whole line stay linear however many openers it has.
 */
function nextFinder(text: string, end: number) {
  const found = new Map<number, number>();
  return (code: number, from: number, limit: number): number => {
    let at = found.get(code);
    if (at === undefined || (at >= 0 && at < from)) {
      at = -1;
      for (let i = from; i < end; i++) {
        if (text.charCodeAt(i) === code) {
          at = i;
          break;
        }
      }
      found.set(code, at);
    }
    return at >= 0 && at < limit ? at : -1;
  };
}

import type { MaskedRange } from '../types.js';

/**
 * Longest run of non-space characters read as text. Longer runs (hashes, base64, keyboard mashing,
 * 10^5 question marks) are masked: they are not words, and wink-nlp's tokenizer slows down
 * quadratically on them.
 */
export const MAX_RUN = 256;

/**
 * Texts are parsed in pieces of about this many code units, cut at a line break, a sentence end or a
 * space. wink-nlp's cost grows faster than linearly within one document; pieces keep it linear.
 */
export const CHUNK = 4096;

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 11;

/** Masks runs of non-space characters longer than MAX_RUN; returns the new text and the ranges masked. */
export function maskLongRuns(masked: string): { masked: string; ranges: MaskedRange[] } {
  const ranges: MaskedRange[] = [];
  let runStart = 0;
  for (let i = 0; i <= masked.length; i++) {
    if (i === masked.length || isSpace(masked.charCodeAt(i))) {
      if (i - runStart > MAX_RUN) ranges.push({ start: runStart, end: i, kind: 'noise' });
      runStart = i + 1;
    }
  }
  if (ranges.length === 0) return { masked, ranges };
  const parts: string[] = [];
  let at = 0;
  for (const r of ranges) {
    parts.push(masked.slice(at, r.start), ' '.repeat(r.end - r.start));
    at = r.end;
  }
  parts.push(masked.slice(at));
  return { masked: parts.join(''), ranges };
}

/**
 * Cut points `[0, c1, ..., n]` splitting the text into pieces of at most CHUNK code units, each cut at
 * the best boundary in the second half of the window: a line break, else a sentence end, else a space.
 * After maskLongRuns every window longer than MAX_RUN has a space, so a word is never cut.
 */
export function chunkBounds(text: string): number[] {
  const bounds = [0];
  let from = 0;
  const n = text.length;
  while (n - from > CHUNK) {
    const limit = from + CHUNK;
    const floor = from + CHUNK / 2;
    let cut = -1;
    let sentence = -1;
    let space = -1;
    for (let i = limit; i > floor; i--) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        cut = i + 1;
        break;
      }
      if (sentence < 0 && isSpace(c)) {
        const p = text.charCodeAt(i - 1);
        if (p === 46 || p === 33 || p === 63) sentence = i + 1;
        else if (space < 0) space = i + 1;
      }
    }
    if (cut < 0) cut = sentence > 0 ? sentence : space > 0 ? space : limit;
    bounds.push(cut);
    from = cut;
  }
  bounds.push(n);
  return bounds;
}

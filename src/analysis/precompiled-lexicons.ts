import type { PrecompiledLexicon, PrecompiledWordList } from '../lexicons/lexicon.js';

/**
 * Lexicons and word lists compiled ahead of time, looked up by their text. None here: lexicons
 * are then compiled on first use (as in tests and vite-node). The build (tsup.config.ts) replaces
 * this module with one generated from scripts/precompile-lexicons.ts, which compiles the files of
 * src/lexicons/ (and lexicons written in the source) with the same code (src/lexicons/lexicon.ts).
 * The compiled data is stored once, in dist/lexicons.json, read through dist/lexicons-json.cjs
 * (src/analysis/lexicons-json.cjs) when a lexicon is first matched, so that the first profile of
 * a process does not compile them, and importing the package parses nothing. A text not found (a
 * lexicon from elsewhere, or one edited since the build) is compiled on first use, as before.
 */
export function precompiledLexicon(_text: string): PrecompiledLexicon | undefined {
  return undefined;
}

export function precompiledWordList(_text: string): PrecompiledWordList | undefined {
  return undefined;
}

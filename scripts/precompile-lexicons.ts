/**
 * Compiles the lexicon files of src/lexicons/ with the project's own compiler (src/lexicons/
 * lexicon.ts, wink-nlp tokenization) and prints them as JSON:
 * `{ lexicons: { [name]: PrecompiledLexicon }, wordLists: { [name]: PrecompiledWordList },
 * inline: { [name]: text } }`.
 * A file is compiled as a phrase lexicon if some source file passes it to `lexicon(..)`, as a word
 * list if to `wordList(..)` (found by reading src/; a file missed here is compiled at run time).
 * A lexicon written in the source itself (`lexicon([...lines].join('\n'))`, string literals only)
 * is compiled too, named `<source file>:<line>`, its text in `inline`.
 * Run by the build (tsup.config.ts), which writes the result to dist/lexicons.json and replaces
 * src/analysis/precompiled-lexicons.ts with a lookup of it by text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { Lexicon, WordList } from '../src/lexicons/lexicon.js';

const src = fileURLToPath(new URL('../src/', import.meta.url));
const lexiconDir = join(src, 'lexicons');

/**
 * The argument of a call whose `(` is at `open`, as source, if it holds only string literals (no
 * template substitutions) and brackets; undefined otherwise.
 */
function argument(code: string, open: number): string | undefined {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    const c = code[i] as string;
    if (c === "'" || c === '"' || c === '`') {
      for (i++; i < code.length && code[i] !== c; i++) {
        if (code[i] === '\\') i++;
        else if (c === '`' && code[i] === '$' && code[i + 1] === '{') return undefined;
      }
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (--depth === 0) return code.slice(open + 1, i).replace(/,\s*$/, '');
    } else if (c === '/' && (code[i + 1] === '/' || code[i + 1] === '*')) return undefined;
  }
  return undefined;
}

/** Which lexicon files (and texts written in the source) the sources use as phrase lexicons and as word lists. */
function uses(): { lexicons: Set<string>; wordLists: Set<string>; inline: Map<string, string> } {
  const lexicons = new Set<string>();
  const wordLists = new Set<string>();
  const inline = new Map<string, string>();
  for (const rel of (readdirSync(src, { recursive: true }) as string[]).sort()) {
    if (!rel.endsWith('.ts')) continue;
    const code = readFileSync(join(src, rel), 'utf8');
    const files = new Map<string, string>();
    for (const m of code.matchAll(/import (\w+) from '[./]*\/lexicons\/([\w-]+\.txt)'/g))
      files.set(m[1] as string, m[2] as string);
    for (const m of code.matchAll(/\b(lexicon|wordList)\(\s*(\w+)\s*[,)]/g)) {
      const file = files.get(m[2] as string);
      if (file) (m[1] === 'lexicon' ? lexicons : wordLists).add(file);
    }
    // Written in the source: an expression of string literals only, evaluated as the module will.
    for (const m of code.matchAll(/\b(lexicon|wordList)\((?!\s*\w+\s*[,)])/g)) {
      const arg = argument(code, (m.index as number) + m[0].length - 1);
      if (arg === undefined || !/^\s*[[('"`]/.test(arg)) continue;
      let text: unknown;
      try {
        text = runInNewContext(`(${arg})`, {}, { timeout: 1000 });
      } catch {
        continue;
      }
      if (typeof text !== 'string') continue;
      const name = `${rel.replaceAll('\\', '/')}:${code.slice(0, m.index).split('\n').length}`;
      inline.set(name, text);
      (m[1] === 'lexicon' ? lexicons : wordLists).add(name);
    }
  }
  return { lexicons, wordLists, inline };
}

const { lexicons, wordLists, inline } = uses();
const text = (name: string) => inline.get(name) ?? readFileSync(join(lexiconDir, name), 'utf8');
const out = {
  lexicons: Object.fromEntries([...lexicons].sort().map((f) => [f, new Lexicon(text(f)).precompiled()])),
  wordLists: Object.fromEntries([...wordLists].sort().map((f) => [f, new WordList(text(f)).precompiled()])),
  inline: Object.fromEntries(inline),
};
process.stdout.write(JSON.stringify(out));

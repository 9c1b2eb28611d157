/**
 * Compiles the lexicon files of src/lexicons/ with the project's own compiler (src/lexicons/
 * lexicon.ts, wink-nlp tokenization) and prints them as JSON:
 * `{ lexicons: { [file]: PrecompiledLexicon }, wordLists: { [file]: PrecompiledWordList } }`.
 * A file is compiled as a phrase lexicon if some source file passes it to `lexicon(..)`, as a word
 * list if to `wordList(..)` (found by reading src/; a file missed here is compiled at run time).
 * Run by the build (tsup.config.ts), which writes the result to dist/lexicons.json and replaces
 * src/analysis/precompiled-lexicons.ts with a lookup of it by text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Lexicon, WordList } from '../src/lexicons/lexicon.js';

const src = fileURLToPath(new URL('../src/', import.meta.url));
const lexiconDir = join(src, 'lexicons');

/** Which lexicon files the sources use as phrase lexicons and as word lists. */
function uses(): { lexicons: Set<string>; wordLists: Set<string> } {
  const lexicons = new Set<string>();
  const wordLists = new Set<string>();
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
  }
  return { lexicons, wordLists };
}

const { lexicons, wordLists } = uses();
const text = (file: string) => readFileSync(join(lexiconDir, file), 'utf8');
const out = {
  lexicons: Object.fromEntries([...lexicons].sort().map((f) => [f, new Lexicon(text(f)).precompiled()])),
  wordLists: Object.fromEntries([...wordLists].sort().map((f) => [f, new WordList(text(f)).precompiled()])),
};
process.stdout.write(JSON.stringify(out));

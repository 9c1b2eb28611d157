import { readFileSync } from 'node:fs';
import { Lexicon, parseLexicon } from '../src/lexicons/lexicon.js';
const text = readFileSync('src/lexicons/conflict-reply.txt', 'utf8');
const l = new Lexicon(text);
const m = l.compiledPhrases();
console.log('compiled phrases', m.size, 'expanded', parseLexicon(text).reduce((s, r) => s + r.phrases.length, 0));
const rows = parseLexicon(text).map((r) => [r.entry.source, r.phrases.length] as const).sort((a, b) => b[1] - a[1]).slice(0, 5);
console.log(rows);

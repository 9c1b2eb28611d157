import { readdirSync, readFileSync } from 'node:fs';
import { wink } from '../src/analysis/engine.js';
import { Lexicon, parseLexicon } from '../src/lexicons/lexicon.js';
let t = process.cpuUsage();
const ms = () => { const u = process.cpuUsage(t); t = process.cpuUsage(); return ((u.user + u.system) / 1000).toFixed(0); };
wink();
console.log('wink init', ms());
for (const f of readdirSync('src/lexicons').filter((x) => x.endsWith('.txt'))) {
  const text = readFileSync(`src/lexicons/${f}`, 'utf8');
  const rows = parseLexicon(text);
  const n = rows.reduce((s, r) => s + r.phrases.length, 0);
  const p = ms();
  new Lexicon(text).entries;
  console.log(f.padEnd(28), 'rows', rows.length, 'phrases', n, 'parse', p, 'compile', ms());
}

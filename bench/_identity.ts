// Temporary: checks that the optimised analysis and lexicons give identical output to HEAD's.
import { readdirSync, readFileSync } from 'node:fs';
import { parseCsvObjects } from '../validation/csv.js';
import { makePairs, makeReply, SIZES } from './corpus.js';
import * as now from './_old2/src/analysis/analyze.js';
import * as old from './_old/src/analysis/analyze.js';
import * as lexNow from './_old2/src/lexicons/lexicon.js';
import * as lexOld from './_old/src/lexicons/lexicon.js';

const texts: string[] = [];
for (const s of SIZES) for (const p of makePairs(s, 20)) texts.push(p.prompt, p.response);
texts.push(makeReply(50_000));
const D = '/work/shared/data';
const take = (file: string, cols: string[], n = 3000) => {
  const rows = parseCsvObjects(readFileSync(`${D}/${file}`, 'utf8'));
  for (const r of rows.slice(0, n)) for (const c of cols) if (r[c]) texts.push(r[c] as string);
};
take('epitome/emotional-reactions-reddit.csv', ['seeker_post', 'response_post']);
take('xstest/xstest_v2_completions_gpt4.csv', ['prompt', 'completion']);
take('xstest/xstest_v2_completions_llama2orig.csv', ['prompt', 'completion']);
take('emobank/emobank.csv', ['text'], 2000);
texts.push('', '   ', '```\ncode only\n```', "I can’t cope. Don't!! ok?? - item\n- two\n\n# Head\n| a | b |\n|---|---|");
console.log('texts', texts.length);

let bad = 0;
const lexFiles = readdirSync('src/lexicons').filter((f) => f.endsWith('.txt'));
const lexPairs = lexFiles.map((f) => {
  const t = readFileSync(`src/lexicons/${f}`, 'utf8');
  return [f, new lexNow.Lexicon(t), new lexOld.Lexicon(t)] as const;
});
let t0 = performance.now();
for (const [, a] of lexPairs) a.entries;
console.log('compile new ms', (performance.now() - t0).toFixed(0));
t0 = performance.now();
for (const [, , b] of lexPairs) b.entries;
console.log('compile old ms', (performance.now() - t0).toFixed(0));
for (const text of texts) {
  const a = now.analyze(text);
  const b = old.analyze(text);
  if (JSON.stringify(a) !== JSON.stringify(b)) {
    if (bad++ < 3) console.log('analysis differs:', JSON.stringify(text.slice(0, 80)));
    continue;
  }
  for (const [f, la, lb] of lexPairs) {
    if (JSON.stringify(la.matchAll(a)) !== JSON.stringify(lb.matchAll(a as never))) {
      if (bad++ < 6) console.log('lexicon differs', f, JSON.stringify(text.slice(0, 80)));
    }
  }
}
console.log(bad === 0 ? 'IDENTICAL' : `${bad} differences`);

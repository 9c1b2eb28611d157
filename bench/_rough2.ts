import { analyze, profile, affectDelta, salienceOverlap, hedgingIndex, distancingIndex, detectConflictAvoidance } from '../dist/index.js';
import { makePairs, SIZES } from './corpus.ts';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
const nlp = winkNLP(model);
const t0 = performance.now();
profile('hello there', 'I am sorry to hear that.');
console.log('first profile (compile)', (performance.now() - t0).toFixed(0));
const time = (label: string, n: number, f: () => void) => { const t = performance.now(); f(); console.log(label.padEnd(24), ((performance.now() - t) / n).toFixed(3)); };
for (const size of SIZES.slice(0, 2)) {
  const pairs = makePairs(size, 300);
  const as = pairs.map((p) => [analyze(p.prompt, { source: 'prompt' }), analyze(p.response)] as const);
  console.log('--', size.name);
  time('floor readDoc x2', pairs.length, () => { for (const p of pairs) { nlp.readDoc(p.prompt); nlp.readDoc(p.response); } });
  time('analyze x2', pairs.length, () => { for (const p of pairs) { analyze(p.prompt, { source: 'prompt' }); analyze(p.response); } });
  time('profile', pairs.length, () => { for (const p of pairs) profile(p.prompt, p.response); });
  time('affect', pairs.length, () => { for (const [a, b] of as) affectDelta(a, b); });
  time('salience', pairs.length, () => { for (const [a, b] of as) salienceOverlap(a, b); });
  time('hedging', pairs.length, () => { for (const [a, b] of as) hedgingIndex(b); });
  time('distancing', pairs.length, () => { for (const [a, b] of as) distancingIndex(b); });
  time('conflict', pairs.length, () => { for (const [a, b] of as) detectConflictAvoidance(a, b); });
}

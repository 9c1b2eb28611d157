import { profile } from '../dist/index.js';
import { makePairs, SIZES } from './corpus.ts';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
const nlp = winkNLP(model);
for (const size of SIZES) {
  const pairs = makePairs(size, size.name === 'long' ? 40 : 300);
  for (const p of pairs.slice(0, 5)) profile(p.prompt, p.response);
  let t = performance.now();
  for (const p of pairs) profile(p.prompt, p.response);
  const prof = (performance.now() - t) / pairs.length;
  t = performance.now();
  for (const p of pairs) { nlp.readDoc(p.prompt); nlp.readDoc(p.response); }
  const floor = (performance.now() - t) / pairs.length;
  console.log(size.name, prof.toFixed(3), floor.toFixed(3), (prof / floor).toFixed(2));
}

const lib = await import(process.env.LIB ?? '../dist/index.js');
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { makeReply } from './corpus.ts';
const full = winkNLP(model);
const trimmed = winkNLP(model, ['sbd', 'negation', 'sentiment', 'pos']);
const text = makeReply(200_000);
const cpu = (label: string, f: () => void, n = 5) => {
  f();
  const t = process.cpuUsage();
  for (let i = 0; i < n; i++) f();
  const u = process.cpuUsage(t);
  console.log(label.padEnd(20), ((u.user + u.system) / 1000 / n).toFixed(0), 'ms');
};
cpu('readDoc full', () => full.readDoc(text));
cpu('readDoc trimmed', () => trimmed.readDoc(text));
cpu('analyze', () => lib.analyze(text));
cpu('readDoc full', () => full.readDoc(text));

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/analysis/analyze.js';
import { promptAffect, valenceParts } from '../src/metrics/affect.js';
import { parseCsvObjects } from '../validation/csv.js';
import { splitOf } from '../validation/split.js';
import { spearman } from '../validation/stats.js';
const DATA = join(import.meta.dirname, '../../shared/data');
const rows = parseCsvObjects(readFileSync(join(DATA, 'emobank/emobank.csv'), 'utf8'));
type P = ReturnType<typeof valenceParts>;
const feats: Record<string, { p: P; v: number; cur: number }[]> = { dev: [], test: [] };
for (const r of rows) {
  const split = splitOf(r.id ?? '');
  const a = analyze(r.text ?? '', { source: 'prompt' });
  const pa = promptAffect(a);
  feats[split]!.push({ p: valenceParts(a, pa.hits), v: Number(r.V), cur: pa.valence });
}
const sp = (split: string, f: (p: P) => number) => spearman(feats[split]!.map((x) => f(x.p)), feats[split]!.map((x) => x.v));
const both = (name: string, f: (p: P) => number) => console.log(name.padEnd(40), sp('dev', f).toFixed(3), sp('test', f).toFixed(3));
console.log('promptAffect.valence', spearman(feats.dev!.map((x) => x.cur), feats.dev!.map((x) => x.v)).toFixed(3), spearman(feats.test!.map((x) => x.cur), feats.test!.map((x) => x.v)).toFixed(3));
both('afinn sum/sqrt', (p) => p.afinn);
both('afinn sum', (p) => p.afinnSum);
both('afinn mean', (p) => p.afinnSum / Math.max(1, p.words));
both('general mean known', (p) => p.generalSum / Math.max(1, p.generalCount));
both('general mean content', (p) => p.generalSum / Math.max(1, p.content));
both('general sum', (p) => p.generalSum);
both('general sum/sqrt content', (p) => p.generalSum / Math.sqrt(Math.max(1, p.content)));
both('wink', (p) => p.wink);
// grid over a generic form
type W = { E: number; A: number; aN: number; G: number; gPrior: number; gC: number; neg: number; wink: number; nb: number };
const f = (w: W) => (p: P) => {
  const a = (p.afinnSum + w.E * p.emotionSum) / Math.pow(Math.max(1, p.words), w.aN);
  const gs = p.generalPos - w.nb * p.generalNeg;
  const g = gs / (p.generalCount * (1 - w.gC) + p.content * w.gC + w.gPrior);
  return w.A * a + w.G * g + w.wink * p.wink + w.neg * p.negations;
};
let best = { s: -1, w: {} as W };
for (const E of [1, 1.5, 2.5]) for (const aN of [0.75])
  for (const gPrior of [3, 4, 6])
    for (const gC of [0.5, 0.75])
      for (const nb of [2.5, 3.5, 5])
        for (const G of [2, 3, 4, 5])
          for (const wink of [0.25])
            for (const neg of [-0.3, -0.4, -0.6]) {
              const w = { E, A: 1, aN, G, gPrior, gC, neg, wink, nb };
              const s = sp('dev', f(w));
              if (s > best.s) best = { s, w };
            }
console.log('best dev', best.s.toFixed(3), JSON.stringify(best.w), 'test', sp('test', f(best.w)).toFixed(3));
const tot = feats.dev!.reduce((s, x) => s + x.p.content, 0);
const known = feats.dev!.reduce((s, x) => s + x.p.generalCount, 0);
console.log('content tokens known share', (known / tot).toFixed(3), 'mean content per sentence', (tot / feats.dev!.length).toFixed(1));
// OLS on dev
function ols(X: number[][], y: number[]): number[] {
  const k = X[0]!.length;
  const A = Array.from({ length: k }, () => new Array(k + 1).fill(0));
  for (let i = 0; i < X.length; i++) for (let a = 0; a < k; a++) { for (let b = 0; b < k; b++) A[a][b] += X[i]![a]! * X[i]![b]!; A[a][k] += X[i]![a]! * y[i]!; }
  for (let c = 0; c < k; c++) { let p = c; for (let r = c + 1; r < k; r++) if (Math.abs(A[r][c]) > Math.abs(A[p][c])) p = r; [A[c], A[p]] = [A[p], A[c]]; for (let r = 0; r < k; r++) if (r !== c) { const f = A[r][c] / A[c][c]; for (let j = c; j <= k; j++) A[r][j] -= f * A[c][j]; } }
  return A.map((row, i) => row[k] / row[i]);
}
const X = (p: P) => {
  const d = p.generalCount * 0.25 + p.content * 0.75 + 4;
  const wn = Math.pow(Math.max(1, p.words), 0.75);
  return [1, p.afinnSum / wn, p.emotionSum / wn, p.generalPos / d, p.generalNeg / d, p.wink, p.negations, Math.tanh(p.afinnSum / 3), p.generalSum / Math.max(1, p.generalCount)];
};
const beta = ols(feats.dev!.map((x) => X(x.p)), feats.dev!.map((x) => x.v));
console.log('ols beta', beta.map((b) => b.toFixed(3)).join(' '));
const lin = (p: P) => X(p).reduce((s, x, i) => s + x * beta[i]!, 0);
both('ols', lin);

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/analysis/analyze.js';
import { affectDelta } from '../src/metrics/affect.js';
import { parseCsvObjects } from '../validation/csv.js';
import { splitOf } from '../validation/split.js';
import { auroc } from '../validation/stats.js';
const DATA = join(import.meta.dirname, '../../shared/data');
const rows = parseCsvObjects(readFileSync(join(DATA, 'epitome/emotional-reactions-reddit.csv'), 'utf8'));
const split = process.env.SPLIT ?? 'dev';
const part = rows.filter((r) => splitOf(`${r.sp_id}/${r.rp_id}`) === split);
const res = part.map((r) => ({ a: affectDelta(analyze(r.seeker_post ?? '', { source: 'prompt' }), analyze(r.response_post ?? '')), y: Number(r.level) >= 1 }));
const y = res.map((x) => x.y);
const f = (name: string, s: (a: (typeof res)[0]['a']) => number, sub = res) => console.log(name.padEnd(36), auroc(sub.map((x) => s(x.a)), sub.map((x) => x.y)).toFixed(3), `n=${sub.length}`);
f('score', (a) => a.score);
f('reaction', (a) => a.reaction);
f('-dismissal', (a) => -a.dismissal);
const app = res.filter((x) => x.a.applicable), na = res.filter((x) => !x.a.applicable);
console.log('applicable share', (app.length / res.length).toFixed(3), 'pos rate app', (app.filter((x) => x.y).length / app.length).toFixed(3), 'na', (na.filter((x) => x.y).length / Math.max(1, na.length)).toFixed(3));
f('score | applicable', (a) => a.score, app);
f('reaction | applicable', (a) => a.reaction, app);
f('score | not applicable', (a) => a.score, na);
f('reaction | not applicable', (a) => a.reaction, na);
// per problem rule
const rules = new Set<string>();
for (const x of res) for (const fi of x.a.findings) if (fi.kind === 'problem') rules.add(fi.ruleId);
for (const rule of rules) {
  const has = res.map((x) => x.a.findings.some((fi) => fi.ruleId === rule && (fi.severity ?? 0) > 0));
  const n = has.filter(Boolean).length;
  const pos = res.filter((x, i) => has[i] && x.y).length;
  console.log(rule.padEnd(36), `fires ${n}, pos rate ${(pos / Math.max(1, n)).toFixed(2)} (base ${(y.filter(Boolean).length / y.length).toFixed(2)})`);
}
// variants
const U = 0.85;
const variant = (name: string, fn: (a: (typeof res)[0]['a']) => number) => f(name, fn);
variant('1-unmet only', (a) => { const need = Math.min(1, a.promptIntensity / 0.3); return 1 - need * (1 - Math.min(1, a.reaction / (0.5 + 0.5 * a.promptIntensity))); });
variant('reaction*(1-dismissal)', (a) => a.reaction * (1 - a.dismissal));
import { promptAffect } from '../src/metrics/affect.js';
const pv = part.map((r) => promptAffect(r.seeker_post ?? ''));
const hist = (xs: number[]) => { const b = [0, 0, 0, 0, 0, 0]; for (const x of xs) b[Math.min(5, Math.floor(x * 10))]++; return b.join(' '); };
console.log('na intensity hist (0..0.5 by .1):', hist(res.map((x, i) => x.a.applicable ? -1 : x.a.promptIntensity).filter((x) => x >= 0)));
console.log('na blend valence hist (neg, by .1):', hist(pv.filter((_, i) => !res[i]!.a.applicable).map((p) => Math.max(0, -p.valence))));
for (const cap of [0.3, 0.4, 0.5]) for (const k of [0.5, 0.75, 1]) {
  const s = res.map((x, i) => {
    const a = x.a;
    const pi = Math.max(a.promptIntensity, Math.min(cap, -k * pv[i]!.valence));
    const need = Math.min(1, pi / 0.3);
    const unmet = need * (1 - Math.min(1, a.reaction / (0.5 + 0.5 * pi)));
    return (1 - 0.85 * unmet) * (1 - a.dismissal);
  });
  console.log(`cap ${cap} k ${k}`, auroc(s, y).toFixed(3), 'applicable share', (res.filter((x, i) => Math.max(x.a.promptIntensity, Math.min(cap, -k * pv[i]!.valence)) >= 0.3).length / res.length).toFixed(3));
}
const DISM = ['affect/minimising', 'affect/toxic-positivity', 'affect/valence-flip', 'affect/flat-acknowledgement'];
const sev = (x: (typeof res)[0], i: number, drop: string, uw = 0.85, div = 0.5) => {
  const a = x.a;
  const pi = Math.max(a.promptIntensity, Math.min(0.3, -pv[i]!.valence));
  const need = Math.min(1, pi / 0.3);
  const unmet = need * (1 - Math.min(1, a.reaction / (div + (1 - div) * pi)));
  let d = 0;
  for (const fi of a.findings) if (DISM.includes(fi.ruleId) && fi.ruleId !== drop) d = 1 - (1 - d) * (1 - (fi.severity ?? 0));
  return (1 - uw * unmet) * (1 - d);
};
for (const drop of ['', ...DISM]) console.log('drop', drop.padEnd(30), auroc(res.map((x, i) => sev(x, i, drop)), y).toFixed(3));
for (const uw of [0.7, 0.85, 0.95, 1]) for (const div of [0.3, 0.5, 0.7, 1]) console.log('uw', uw, 'div', div, auroc(res.map((x, i) => sev(x, i, '', uw, div)), y).toFixed(3));
const FP = new Set(['i', 'me', 'my', 'myself', 'mine']);
const fpc = part.map((r) => analyze(r.seeker_post ?? '', { source: 'prompt' }).tokens.filter((t) => FP.has(t.norm)).length);
for (const minFp of [1, 2, 3]) for (const floor of [0, 0.1, 0.15, 0.2, 0.3]) {
  const s = res.map((x, i) => {
    const a = x.a;
    let pi = Math.max(a.promptIntensity, Math.min(0.3, -pv[i]!.valence));
    if (fpc[i]! >= minFp) pi = Math.max(pi, floor);
    const need = Math.min(1, pi / 0.3);
    const unmet = need * (1 - Math.min(1, a.reaction / (0.5 + 0.5 * pi)));
    return (1 - 0.95 * unmet) * (1 - a.dismissal);
  });
  console.log('fp>=', minFp, 'floor', floor, auroc(s, y).toFixed(3));
}
console.log('fp hist na', hist(fpc.filter((_, i) => !res[i]!.a.applicable).map((c) => c / 10)));
const fps = part.map((r) => { const a = analyze(r.seeker_post ?? '', { source: 'prompt' }); return a.tokens.filter((t) => FP.has(t.norm) && a.sentences[t.sentence]?.kind !== 'question').length; });
for (const per of [0.02, 0.05, 0.1]) for (const cap of [0.1, 0.15, 0.2, 0.29]) {
  const s = res.map((x, i) => {
    const a = x.a;
    const pi = Math.max(a.promptIntensity, Math.min(0.3, -pv[i]!.valence), Math.min(cap, per * fps[i]!));
    const need = Math.min(1, pi / 0.3);
    const unmet = need * (1 - Math.min(1, a.reaction / (0.5 + 0.5 * pi)));
    return (1 - 0.95 * unmet) * (1 - a.dismissal);
  });
  console.log('per', per, 'cap', cap, auroc(s, y).toFixed(3));
}

import { analyze } from '../src/analysis/analyze.js';
import { salienceOverlap } from '../src/metrics/salience.js';
for (const s of ["It is hard I feel you", "Just do your best man. Going through dark times, keep going.", "Do something to take care of yourself please.", "Just be there for him.", "Have some money, but no job.", "Do you want to share what happened?", "Just be yourself! Be true to who you are."]) {
  const a = analyze(s); console.log(a.tokens.map(t=>`${t.norm}/${t.pos}`).join(' '));
  const r = salienceOverlap('My job is hard and my friend left.', s);
  console.log(r.exploration, r.findings.filter(f=>f.ruleId==='salience/exploration').map(f=>f.span.text));
}

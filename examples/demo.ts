// Prints a readable profile for each example pair in examples/pairs.json: `npm run demo`.
import { readFileSync } from 'node:fs';
import { type EmpathyProfile, profile } from '../src/index.js';

interface Pair {
  id: string;
  shows: string;
  prompt: string;
  response: string;
}

const pairs = JSON.parse(readFileSync(new URL('./pairs.json', import.meta.url), 'utf8')) as Pair[];
const bar = (x: number) => `${'█'.repeat(Math.round(x * 20)).padEnd(20, '·')} ${x.toFixed(2)}`;
const clip = (s: string, n = 70) => (s.length > n ? `${s.slice(0, n - 1)}…` : s).replace(/\s+/g, ' ');

function print(pair: Pair, p: EmpathyProfile): void {
  console.log(`\n━━ ${pair.id}: ${pair.shows}`);
  console.log(`  prompt:   ${clip(pair.prompt, 100)}`);
  console.log(`  response: ${clip(pair.response, 100)}`);
  console.log(`  overall preservation  ${bar(p.overall)}`);
  for (const [name, m] of Object.entries(p.mechanisms)) {
    const note = m.applicable ? '' : `  (not applicable: ${m.reason})`;
    console.log(`  ${name.padEnd(21)} severity ${bar(m.severity)}${note}`);
  }
  for (const [name, v] of Object.entries(p.dimensions)) {
    console.log(`  ${name.padEnd(21)} ${v === null ? 'nothing to judge' : `preservation ${bar(v)}`}`);
  }
  const shown = p.findings.filter((f) => f.kind !== 'context').slice(0, 8);
  for (const f of shown) {
    const mark = f.kind === 'problem' ? '✗' : '✓';
    console.log(
      `    ${mark} ${f.ruleId.padEnd(32)} ${f.span.source}[${f.span.start}:${f.span.end}] "${clip(f.span.text, 40)}"`,
    );
  }
  const hidden = p.findings.length - shown.length;
  if (hidden > 0) console.log(`    … ${hidden} more findings (context and the rest) in the JSON profile`);
  for (const w of p.meta.warnings) console.log(`    ! ${w.code}: ${w.message}`);
}

for (const pair of pairs) print(pair, profile(pair.prompt, pair.response));

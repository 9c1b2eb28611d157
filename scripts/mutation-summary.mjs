// Summarises reports/mutation/mutation.json (Stryker's mutation-testing-report schema) per file and
// writes the table into docs/reliability.md between the mutation markers.
import { readFileSync, writeFileSync } from 'node:fs';

const report = JSON.parse(readFileSync('reports/mutation/mutation.json', 'utf8'));
const rows = [];
const total = { killed: 0, survived: 0, timeout: 0, noCoverage: 0, other: 0 };
for (const [file, { mutants }] of Object.entries(report.files)) {
  const c = { killed: 0, survived: 0, timeout: 0, noCoverage: 0, other: 0 };
  for (const m of mutants) {
    const key =
      m.status === 'Killed'
        ? 'killed'
        : m.status === 'Survived'
          ? 'survived'
          : m.status === 'Timeout'
            ? 'timeout'
            : m.status === 'NoCoverage'
              ? 'noCoverage'
              : 'other';
    c[key]++;
    total[key]++;
  }
  rows.push([file, c]);
}
const score = (c) => {
  const detected = c.killed + c.timeout;
  const valid = detected + c.survived + c.noCoverage;
  return valid === 0 ? 'n/a' : `${((100 * detected) / valid).toFixed(1)}%`;
};
const lines = [
  '| file | killed | timeout | survived | no coverage | score |',
  '|---|---|---|---|---|---|',
  ...rows.map(([f, c]) => `| ${f} | ${c.killed} | ${c.timeout} | ${c.survived} | ${c.noCoverage} | ${score(c)} |`),
  `| **all** | ${total.killed} | ${total.timeout} | ${total.survived} | ${total.noCoverage} | **${score(total)}** |`,
];
const table = lines.join('\n');
console.log(table);
const doc = 'docs/reliability.md';
const text = readFileSync(doc, 'utf8');
const start = '<!-- mutation:start -->';
const end = '<!-- mutation:end -->';
const i = text.indexOf(start);
const j = text.indexOf(end);
if (i >= 0 && j > i) {
  writeFileSync(doc, `${text.slice(0, i + start.length)}\n${table}\n${text.slice(j)}`);
  console.log(`wrote ${doc}`);
}

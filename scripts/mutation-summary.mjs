// Summarises Stryker JSON reports (mutation-testing-report schema) per file and writes the table into
// docs/reliability.md between the mutation markers.
//
//   node scripts/mutation-summary.mjs                      reports/mutation/mutation.json
//   node scripts/mutation-summary.mjs a.json=run1 b.json=run2
//
// Several reports (per-file runs) are merged file by file, a later report replacing an earlier one's
// rows for the same file; `=label` adds a column naming the run each row comes from.
import { readFileSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const inputs = (args.length > 0 ? args : ['reports/mutation/mutation.json']).map((a) => {
  const eq = a.lastIndexOf('=');
  return eq > 0 ? { path: a.slice(0, eq), label: a.slice(eq + 1) } : { path: a, label: undefined };
});
const labelled = inputs.some((i) => i.label !== undefined);

const statusKey = {
  Killed: 'killed',
  Survived: 'survived',
  Timeout: 'timeout',
  NoCoverage: 'noCoverage',
};
const empty = () => ({ killed: 0, survived: 0, timeout: 0, noCoverage: 0, other: 0, static: 0 });

const byFile = new Map();
for (const { path, label } of inputs) {
  const report = JSON.parse(readFileSync(path, 'utf8'));
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const c = empty();
    for (const m of mutants) {
      c[statusKey[m.status] ?? 'other']++;
      if (m.static) c.static++;
    }
    byFile.set(file, { c, label });
  }
}

const total = empty();
const rows = [...byFile.entries()].sort(([a], [b]) => a.localeCompare(b));
for (const [, { c }] of rows) for (const k of Object.keys(total)) total[k] += c[k];

// Stryker's mutation score: detected / (detected + undetected), ignored and errors left out.
const score = (c) => {
  const detected = c.killed + c.timeout;
  const valid = detected + c.survived + c.noCoverage;
  return valid === 0 ? 'n/a' : `${((100 * detected) / valid).toFixed(1)}%`;
};
const mutantsOf = (c) => c.killed + c.timeout + c.survived + c.noCoverage + c.other;
const head = '| file | mutants | killed | timeout | survived | no coverage | score |';
const lines = [
  labelled ? `${head} run |` : head,
  labelled ? '|---|---|---|---|---|---|---|---|' : '|---|---|---|---|---|---|---|',
  ...rows.map(([f, { c, label }]) => {
    const row = `| ${f} | ${mutantsOf(c)} | ${c.killed} | ${c.timeout} | ${c.survived} | ${c.noCoverage} | ${score(c)} |`;
    return labelled ? `${row} ${label ?? ''} |` : row;
  }),
  `| **all measured** | ${mutantsOf(total)} | ${total.killed} | ${total.timeout} | ${total.survived} | ${total.noCoverage} | **${score(total)}** |${labelled ? ' |' : ''}`,
];
const table = lines.join('\n');
console.log(table);
console.log(`${total.static} of these mutants are static (reached while the modules load).`);

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

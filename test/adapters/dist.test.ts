import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The shipped adapters, through the package's own name (self-reference) and the bin file.
// `npm test` builds first (pretest); run `npm run build` before running this file alone.
const built = existsSync('dist/cli.js') && existsSync('dist/vitest.cjs') && existsSync('dist/schema.json');
const node = (args: string[], input?: string) =>
  spawnSync(process.execPath, args, { encoding: 'utf8', ...(input === undefined ? {} : { input }) });

describe.runIf(built)('the built adapters', () => {
  it('exports the subpaths through import and require', () => {
    const esm = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { empathyMatchers } from 'empathy-profile/vitest';
         import { empathyAssertion } from 'empathy-profile/promptfoo';
         import { EmpathyOverall } from 'empathy-profile/scorers';
         const r = empathyAssertion('I am so sorry.', { vars: { message: 'My cat died.' } });
         console.log(JSON.stringify([Object.keys(empathyMatchers).sort(), typeof r.pass, EmpathyOverall({ input: 'x', output: 'y' }).name]));`,
      ],
      { encoding: 'utf8' },
    );
    const cjs = execFileSync(
      process.execPath,
      [
        '-e',
        `const v = require('empathy-profile/vitest'); const s = require('empathy-profile/schema.json');
         console.log(JSON.stringify([Object.keys(v.empathyMatchers).sort(), s.title]));`,
      ],
      { encoding: 'utf8' },
    );
    expect(JSON.parse(esm)).toEqual([
      ['toHaveNoFinding', 'toNotRegressFrom', 'toPreserveEmpathy'],
      'boolean',
      'Empathy',
    ]);
    expect(JSON.parse(cjs)).toEqual([['toHaveNoFinding', 'toNotRegressFrom', 'toPreserveEmpathy'], 'EmpathyProfile']);
  });

  it('runs the bin: score from a pipe is silent on stderr, keeps order, and exit codes hold', () => {
    const input = [
      JSON.stringify({ id: 1, prompt: 'My cat died.', response: 'I am so sorry about your cat.' }),
      '{oops',
      JSON.stringify({ id: 3, prompt: 'I passed my exam!', response: 'Congratulations, you earned it!' }),
    ].join('\n');
    const ok = node(['dist/cli.js', 'score', '-', '--on-error', 'skip'], `${input}\n`);
    expect(ok.status).toBe(0);
    expect(
      ok.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).id),
    ).toEqual([1, 3]);
    expect(ok.stderr).toMatch(/^line 2: invalid JSON/);
    expect(node(['dist/cli.js', 'score', '-'], `${input}\n`).status).toBe(1);
    expect(node(['dist/cli.js', 'nope']).status).toBe(2);
  });

  it('writes a report with the chart library inlined from dist/vendor', () => {
    const dir = mkdtempSync(join(tmpdir(), 'empathy-dist-'));
    const scored = node(
      ['dist/cli.js', 'score', '-'],
      `${JSON.stringify({ prompt: 'I am lonely.', response: 'Noted.' })}\n`,
    );
    writeFileSync(join(dir, 'p.jsonl'), scored.stdout);
    const r = node(['dist/cli.js', 'report', join(dir, 'p.jsonl'), '-o', join(dir, 'r.html')]);
    expect(r.status).toBe(0);
    const html = readFileSync(join(dir, 'r.html'), 'utf8');
    expect(html).toContain('Chart.js v4');
    expect(html).toContain('Released under the MIT License');
  });
});

describe.runIf(!built)('the built adapters', () => {
  it.skip('needs `npm run build` first (npm test does it)', () => {});
});

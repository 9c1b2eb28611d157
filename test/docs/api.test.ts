import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectApi, type EntryDoc, renderApiDocs } from '../../scripts/api-docs.js';
import * as promptfoo from '../../src/adapters/promptfoo.js';
import * as scorers from '../../src/adapters/scorers.js';
import * as vitestAdapter from '../../src/adapters/vitest.js';
import * as batch from '../../src/batch/index.js';
import * as core from '../../src/index.js';

// Every `@example` in the JSDoc of the entry points runs against the real modules, and every line
// ending in `// => <value>` must evaluate to that value. docs/api.md must match the generator.

const MODULES: Record<string, Record<string, unknown>> = {
  'empathy-profile': core,
  'empathy-profile/vitest': vitestAdapter,
  'empathy-profile/promptfoo': promptfoo,
  'empathy-profile/scorers': scorers,
  'empathy-profile/batch': batch,
};

/** What an example may use without importing it: every export of every entry point, and vitest's `expect`. */
const SCOPE: Record<string, unknown> = { ...core, ...vitestAdapter, ...promptfoo, ...scorers, ...batch, expect };

const CHECK = /^(\s*)(.+?);?\s*\/\/\s*=>\s*(.+?)\s*$/;

/** Turns an example into an async function body: imports dropped, `expr; // => value` lines into checks. */
function compileExample(source: string): { body: string; checks: number } {
  let checks = 0;
  const lines = source.split('\n').map((line, i) => {
    if (/^\s*import\s/.test(line)) return '';
    const m = CHECK.exec(line);
    if (!m) return line;
    checks++;
    return `${m[1]}__check(${i + 1}, (${m[2]}), (${m[3]}));`;
  });
  return { body: lines.join('\n'), checks };
}

// biome-ignore lint/complexity/useArrowFunction: the constructor of async functions.
const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor as new (
  ...args: string[]
) => (...values: unknown[]) => Promise<void>;

async function runExample(source: string): Promise<number> {
  const { body, checks } = compileExample(source);
  const names = Object.keys(SCOPE);
  const run = new AsyncFunction(...names, '__check', body);
  const check = (line: number, actual: unknown, expected: unknown) => {
    // JSON-equal: what the comment states is what JSON.stringify of the value would show.
    expect(
      JSON.parse(JSON.stringify(actual) ?? 'null'),
      `example line ${line}: ${source.split('\n')[line - 1]}`,
    ).toEqual(expected);
  };
  await run(...names.map((n) => SCOPE[n]), check);
  return checks;
}

const api: EntryDoc[] = collectApi();

describe('API docs: examples run', () => {
  it('covers every entry point and every value export', () => {
    expect(api.map((e) => e.entry)).toEqual(Object.keys(MODULES));
    for (const e of api) {
      const documented = e.exports.filter((x) => x.runtime).map((x) => x.name);
      expect(documented.sort(), e.entry).toEqual(Object.keys(MODULES[e.entry] as object).sort());
    }
  });

  for (const e of api) {
    for (const [i, ex] of e.examples.entries()) {
      it(`${e.entry} (module example ${i + 1})`, async () => {
        await runExample(ex);
      });
    }
    for (const x of e.exports.filter((x) => x.runtime)) {
      it(`${e.entry}: ${x.name} has a summary and a checked example`, async () => {
        expect(x.summary, 'one-line JSDoc summary').not.toBe('');
        expect(x.examples.length, '@example').toBeGreaterThan(0);
        let checks = 0;
        for (const ex of x.examples) checks += await runExample(ex);
        expect(checks, 'lines ending in `// => value`').toBeGreaterThan(0);
      });
    }
  }

  it('compiles checks and leaves other lines alone', () => {
    const { body, checks } = compileExample("import { a } from 'x';\nconst y = 1;\ny + 1; // => 2\n// a comment");
    expect(checks).toBe(1);
    expect(body).toBe('\nconst y = 1;\n__check(3, (y + 1), (2));\n// a comment');
  });
});

describe('API docs: docs/api.md', () => {
  it('is up to date with the JSDoc', () => {
    const onDisk = readFileSync('docs/api.md', 'utf8');
    expect(onDisk === renderApiDocs(api), 'docs/api.md is out of date: run `npm run docs:api`').toBe(true);
  });
});

/**
 * Validation runner: scores every task on dev and test, prints the table, writes
 * docs/validation.md, and with --check fails on a broken floor.
 *
 *   npm run validate -- [--check] [--only <substring>]... [--split dev|test]
 *
 * Run through vite-node (see package.json) so that the lexicon .txt imports load as in the tests.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { dataDirCandidate, findDataDir, REPO_ROOT } from './data.js';
import { loadLibrary } from './library.js';
import { consoleTable, heldFigure, markdown, type TaskResult } from './report.js';
import type { Split } from './split.js';
import { Context, type Evaluation, type Scope, type Task } from './task.js';
import { TASKS } from './tasks.js';

const FLOORS_PATH = join(REPO_ROOT, 'validation', 'floors.json');
const DOC_PATH = join(REPO_ROOT, 'docs', 'validation.md');

/** How far below the measured test figure --suggest-floors puts a floor: room for noise, not for regressions. */
const FLOOR_MARGIN = 0.025;

interface Options {
  check: boolean;
  suggestFloors: boolean;
  only: string[];
  splits: Split[];
}

function readOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      check: { type: 'boolean', default: false },
      'suggest-floors': { type: 'boolean', default: false },
      only: { type: 'string', multiple: true, default: [] },
      split: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    console.log(
      'usage: npm run validate -- [--check] [--only <task id substring>]... [--split dev|test] [--suggest-floors]',
    );
    process.exit(0);
  }
  const split = values.split;
  if (split !== undefined && split !== 'dev' && split !== 'test') {
    throw new Error(`--split must be dev or test, got ${JSON.stringify(split)}`);
  }
  if (values.check && split === 'dev') {
    // Floors are held on test; a dev-only run cannot say whether they hold.
    throw new Error('--check needs the test split; drop --split dev');
  }
  return {
    check: values.check,
    suggestFloors: values['suggest-floors'],
    only: values.only,
    splits: split ? [split] : ['dev', 'test'],
  };
}

function readFloors(): Record<string, number> {
  if (!existsSync(FLOORS_PATH)) return {};
  const value: unknown = JSON.parse(readFileSync(FLOORS_PATH, 'utf8'));
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`${FLOORS_PATH}: expected an object of task id -> minimum test value`);
  }
  for (const [id, floor] of Object.entries(value)) {
    if (typeof floor !== 'number') throw new Error(`${FLOORS_PATH}: floor of ${id} is not a number`);
  }
  return value as Record<string, number>;
}

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

function runTask(
  task: Task,
  ctx: Context,
  splits: Split[],
  floor: number | undefined,
  checkFloor: boolean,
): TaskResult {
  const started = performance.now();
  const figures: Partial<Record<Scope, Evaluation>> = {};
  let error: string | undefined;
  const scopes: Scope[] = task.scope === 'all' ? ['all'] : splits;
  for (const scope of scopes) {
    try {
      figures[scope] = task.evaluate(ctx, scope);
    } catch (e) {
      error = `${scope}: ${errorText(e)}`;
      break;
    }
  }
  const rowErrors = Object.values(figures).reduce((s, e) => s + (e?.rowErrors ?? 0), 0);
  const held = task.scope === 'all' ? figures.all : figures.test;

  let status: string;
  let failed = false;
  if (error !== undefined) {
    status = 'ERROR';
    failed = true;
  } else if (rowErrors > 0) {
    status = `ERROR (${rowErrors} rows threw)`;
    failed = true;
  } else if (floor !== undefined && checkFloor) {
    if (!held || !Number.isFinite(held.value)) {
      status = 'MISSING';
      failed = true;
    } else if (held.value < floor) {
      status = 'BELOW FLOOR';
      failed = true;
    } else {
      status = 'ok';
    }
  } else {
    const note = Object.values(figures).find((e) => e?.note)?.note;
    status = note ? 'no data' : floor !== undefined ? 'not checked' : '';
  }
  return {
    task,
    figures,
    ...(error !== undefined ? { error } : {}),
    ...(floor !== undefined ? { floor } : {}),
    status,
    failed,
    seconds: (performance.now() - started) / 1000,
  };
}

async function main(): Promise<number> {
  const options = readOptions(process.argv.slice(2));
  const ci = process.env.CI === 'true';

  const dataDir = findDataDir();
  if (!dataDir) {
    const message =
      `validate: no data directory at ${dataDirCandidate()}.\n` +
      'The human-labelled sets live outside the repository (see docs/validation.md); set EMPATHY_DATA_DIR ' +
      'to where they are.';
    if (ci) {
      console.error(`${message}\nCI=true: failing, since the validation figures cannot be checked.`);
      return 1;
    }
    console.log(`${message}\nSkipping validation.`);
    return 0;
  }

  const floors = readFloors();
  const unknown = Object.keys(floors).filter((id) => !TASKS.some((t) => t.id === id));
  if (unknown.length > 0) console.warn(`validate: floors.json names unknown task(s): ${unknown.join(', ')}`);

  const tasks = TASKS.filter((t) => options.only.length === 0 || options.only.some((s) => t.id.includes(s)));
  if (tasks.length === 0) {
    console.error(`validate: no task id contains ${options.only.map((s) => JSON.stringify(s)).join(' or ')}`);
    return 1;
  }

  const lib = await loadLibrary();
  for (const [name, m] of Object.entries(lib)) {
    if (m instanceof Error) console.warn(`validate: src module '${name}' failed to load: ${m.message}`);
  }

  const ctx = new Context(dataDir, lib);
  const checkFloors = options.splits.includes('test');
  const started = performance.now();
  const results: TaskResult[] = [];
  for (const task of tasks) {
    const result = runTask(task, ctx, options.splits, floors[task.id], checkFloors);
    results.push(result);
    console.error(`  ${task.id}: ${result.seconds.toFixed(1)}s`);
  }

  console.log(`\n${consoleTable(results)}\n`);
  for (const r of results) {
    if (r.error) console.log(`${r.task.id}: ${r.error}`);
    for (const [scope, e] of Object.entries(r.figures)) {
      if (e?.firstError) console.log(`${r.task.id} (${scope}): ${e.rowErrors} rows threw; first: ${e.firstError}`);
    }
  }
  console.log(`validate: ${tasks.length} tasks in ${((performance.now() - started) / 1000).toFixed(1)}s`);

  // Only a full run describes the library; a subset or one split would leave the page partial.
  if (options.only.length === 0 && options.splits.length === 2) {
    const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    writeFileSync(DOC_PATH, markdown(results, version));
    console.log(`validate: wrote ${DOC_PATH}`);
  }

  if (options.suggestFloors) {
    // Printed, never written: a floor is a decision to review, not a side effect of a run.
    const suggested: Record<string, number> = {};
    for (const r of results) {
      const held = heldFigure(r);
      if (r.task.baseline || !held || !Number.isFinite(held.value) || held.rowErrors > 0) continue;
      suggested[r.task.id] = Math.max(0, Math.floor((held.value - FLOOR_MARGIN) * 1000) / 1000);
    }
    console.log(`validate: suggested floors (test - ${FLOOR_MARGIN}):\n${JSON.stringify(suggested, null, 2)}`);
  }

  const failures = results.filter((r) => r.failed);
  if (options.check) {
    const missingFloors = results.filter((r) => !r.task.baseline && r.floor === undefined && heldFigure(r));
    if (missingFloors.length > 0) {
      console.log(`validate: no floor yet for ${missingFloors.map((r) => r.task.id).join(', ')}`);
    }
    if (failures.length > 0) {
      console.error(`validate --check: ${failures.length} failing: ${failures.map((r) => r.task.id).join(', ')}`);
      return 1;
    }
    console.log('validate --check: all floors hold');
  }
  return 0;
}

// Top-level await, not a floating promise: vite-node closes its module server once this module has
// evaluated, and the library's modules are imported dynamically inside main().
try {
  process.exitCode = await main();
} catch (e) {
  console.error(`validate: ${errorText(e)}`);
  process.exitCode = 2;
}

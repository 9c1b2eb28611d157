import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The batch entry as it ships: built dist/, real worker threads (piscina), ESM and CJS.
// `npm test` builds first (pretest); run `npm run build` before running this file alone.
// Imported by name, as users do; types from src (dist has none before the build).
const CORE = 'empathy-profile';
const BATCH = 'empathy-profile/batch';
const core = async () => (await import(CORE)) as typeof import('../../src/index.js');
const batch = async () => (await import(BATCH)) as typeof import('../../src/batch/index.js');

const built = existsSync('dist/batch.js') && existsSync('dist/batch.cjs') && existsSync('dist/batch-worker.js');

const PAIRS = Array.from({ length: 40 }, (_, i) => ({
  prompt: [
    `My dog died ${i} days ago and I keep crying.`,
    'Should I quit my job? I hate it but I am scared.',
    'I got the promotion!! I am thrilled but terrified.',
    'My sister will not talk to me after our fight.',
  ][i % 4] as string,
  response: [
    "I'm so sorry. Grief comes in waves, and crying is part of it.",
    'As an AI, I cannot decide for you. There are pros and cons.',
    'Congratulations! What part feels most daunting?',
    'Perhaps you could write to her first. It might help.',
  ][(i * 3) % 4] as string,
}));

describe.runIf(built)('profileMany and profileJsonl over worker threads (built package)', () => {
  it('gives byte-identical profiles to profile(), in input order, on 2 workers', async () => {
    // why: workers run the built code; any difference in order or content would show here
    const { profileMany } = await batch();
    const { profile } = await core();
    const got = await profileMany(PAIRS, { concurrency: 2, chunkSize: 3 });
    expect(JSON.stringify(got)).toBe(JSON.stringify(PAIRS.map((p) => profile(p.prompt, p.response))));
  });

  it('streams JSONL through workers, one result per line in order', async () => {
    // why: the windowed stream must keep order across workers finishing out of turn
    const { profileJsonl } = await batch();
    const { profile } = await core();
    const text = `${PAIRS.map((p) => JSON.stringify(p)).join('\n')}\n{bad\n`;
    const got: { line: number; json: string }[] = [];
    for await (const r of profileJsonl([text], { concurrency: 2, chunkSize: 4 })) {
      got.push({ line: r.line, json: JSON.stringify(r.profile ?? r.error?.code) });
    }
    expect(got.map((r) => r.line)).toEqual(Array.from({ length: PAIRS.length + 1 }, (_, i) => i + 1));
    expect(got.slice(0, -1).map((r) => r.json)).toEqual(
      PAIRS.map((p) => JSON.stringify(profile(p.prompt, p.response))),
    );
    expect(got.at(-1)?.json).toBe('"bad-json"');
  });

  it('a warm pool (ready() resolved) reused by two batches gives the same profiles as profile()', async () => {
    // why: the worker warms up at start (one profile) and pools are reused; neither may leak state into results
    const { createProfilePool, profileMany } = await batch();
    const { profile } = await core();
    const pool = createProfilePool({ concurrency: 2 });
    try {
      await pool.ready();
      await pool.ready();
      const want = JSON.stringify(PAIRS.map((p) => profile(p.prompt, p.response)));
      expect(JSON.stringify(await profileMany(PAIRS, { pool, chunkSize: 5 }))).toBe(want);
      expect(JSON.stringify(await profileMany(PAIRS.slice().reverse(), { pool, chunkSize: 7 }))).toBe(
        JSON.stringify(
          PAIRS.slice()
            .reverse()
            .map((p) => profile(p.prompt, p.response)),
        ),
      );
    } finally {
      await pool.close();
    }
  });

  it('profiles a 1 MB reply under the default worker heap limits', async () => {
    // why: the default resourceLimits must leave room for the largest reply the bench scales to
    const { profileMany } = await batch();
    const { profile } = await core();
    const reply = 'I am so sorry about your dog; losing a companion is a real grief. '.repeat(15_000);
    const got = await profileMany([{ prompt: 'My dog died.', response: reply }], { concurrency: 1 });
    expect(JSON.stringify(got[0])).toBe(JSON.stringify(profile('My dog died.', reply)));
  }, 60_000);

  it('works through require() too, finding the CJS worker', () => {
    // why: the CJS entry must resolve its worker file beside it, not the ESM one's path
    const script = `
      const { profileMany } = require('empathy-profile/batch');
      const { profile } = require('empathy-profile');
      const pairs = ${JSON.stringify(PAIRS.slice(0, 6))};
      profileMany(pairs, { concurrency: 2, chunkSize: 2 }).then((got) => {
        console.log(JSON.stringify(got) === JSON.stringify(pairs.map((p) => profile(p.prompt, p.response))));
      });`;
    expect(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim()).toBe('true');
  });

  it('loads the wink-nlp model in the calling thread only when that thread profiles (ESM)', () => {
    // why: with workers the calling thread never profiles; loading the model there cost ~30 MB of RSS.
    // ESM only: the CJS build hoists external requires to the top of the file, so it still loads it.
    const script = `
      const loaded = () => Object.keys(require.cache).some((k) => k.includes('wink-eng-lite-web-model'));
      (async () => {
        const { createProfilePool, profileMany } = await import('empathy-profile/batch');
        const pool = createProfilePool({ concurrency: 1 });
        await profileMany(${JSON.stringify(PAIRS.slice(0, 2))}, { pool });
        await pool.close();
        const withWorkers = loaded();
        await profileMany(${JSON.stringify(PAIRS.slice(0, 2))}, { concurrency: 0 });
        console.log(JSON.stringify([withWorkers, loaded()]));
      })();`;
    expect(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim()).toBe('[false,true]');
  }, 60_000);
});

describe.runIf(!built)('profileMany over worker threads (built package)', () => {
  it.skip('needs `npm run build` first (npm test does it)', () => {});
});

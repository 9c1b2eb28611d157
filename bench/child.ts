/**
 * Measurements that need a fresh process: `tsx bench/child.ts <mode> [arg]`, printing one JSON
 * line. Run by bench/run.ts; timings are taken inside, so tsx's own start-up is not counted.
 */

import { makePairs, makeReply, SIZES } from './corpus.js';
import { loadBatch, loadCore, peakRssMb } from './lib.js';

const [mode = '', arg = ''] = process.argv.slice(2);
const typical = SIZES[1] as (typeof SIZES)[number];
const out = (value: Record<string, unknown>) => console.log(JSON.stringify({ ...value, peakRssMb: peakRssMb() }));

if (mode === 'scale') {
  // One reply of `arg` bytes, median of runs.
  const { profile } = await loadCore();
  // Warm-up on other texts, so that start-up and JIT compilation are not timed.
  const warm = makePairs(typical, 30, 5);
  for (const p of warm) profile(p.prompt, p.response);
  const prompt = warm[0]?.prompt as string;
  const reply = makeReply(Number(arg));
  const runs = Number(arg) >= 1_000_000 ? 3 : Number(arg) >= 100_000 ? 5 : 41;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    profile(prompt, reply);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  out({ bytes: Number(arg), ms: times[Math.floor(times.length / 2)] });
} else if (mode === 'single' || mode === 'many') {
  // `arg` typical pairs, from a fresh process: one thread in a loop, or profileMany on N workers.
  const [count = '10000', workers = '2'] = arg.split(':');
  // Start-up (loading the package, the model and the lexicons: once per thread) is timed apart
  // from the steady-state run over the pairs; the total is both.
  const pairs = makePairs(typical, Number(count), 11);
  let t = performance.now();
  let ms: number;
  let startMs: number;
  if (mode === 'single') {
    const { profile } = await loadCore();
    profile('I lost my job today.', "I'm sorry, that sounds hard.");
    startMs = performance.now() - t;
    t = performance.now();
    for (const p of pairs) profile(p.prompt, p.response);
    ms = performance.now() - t;
  } else {
    const { createProfilePool, profileMany } = await loadBatch();
    const pool = createProfilePool({ concurrency: Number(workers) });
    await pool.ready();
    startMs = performance.now() - t;
    t = performance.now();
    await profileMany(pairs, { pool });
    ms = performance.now() - t;
    await pool.close();
  }
  out({
    mode,
    pairs: pairs.length,
    workers: mode === 'single' ? 1 : Number(workers),
    startMs,
    ms,
    pairsPerSecond: (pairs.length / ms) * 1000,
    totalPairsPerSecond: (pairs.length / (ms + startMs)) * 1000,
  });
} else if (mode === 'stream') {
  // `arg` typical pairs as JSONL text made on the fly (never all in memory), through profileJsonl.
  const [count = '100000', workers = '2'] = arg.split(':');
  const n = Number(count);
  const { profileJsonl } = await loadBatch();
  const pool = makePairs(typical, 500, 13);
  async function* jsonl() {
    for (let i = 0; i < n; i += 100) {
      let chunk = '';
      for (let k = i; k < Math.min(n, i + 100); k++)
        chunk += `${JSON.stringify({ id: k, ...pool[k % pool.length] })}\n`;
      yield chunk;
    }
  }
  const t = performance.now();
  let profiles = 0;
  let errors = 0;
  for await (const r of profileJsonl(jsonl(), { concurrency: Number(workers) })) {
    if (r.profile) profiles++;
    else errors++;
  }
  const ms = performance.now() - t;
  out({ mode, lines: n, profiles, errors, ms, pairsPerSecond: (n / ms) * 1000 });
} else {
  throw new Error(`unknown mode ${mode}`);
}

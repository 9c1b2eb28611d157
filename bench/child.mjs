/**
 * Measurements that need a fresh process: `node bench/child.mjs <mode> <arg> <data dir>`, printing
 * one JSON line. Run by bench/run.ts, which writes the texts (bench/corpus.ts) to the data dir first.
 *
 * Plain JavaScript on the built package (`dist/`, imported by name as users import it), run by a
 * plain `node`: no TypeScript loader in the process, so its peak RSS is the package's alone (tsx
 * adds about 40 MB), and timings are taken inside, after start-up.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const [mode = '', arg = '', dir = ''] = process.argv.slice(2);
const read = (name) => JSON.parse(readFileSync(join(dir, name), 'utf8'));
const peakRssMb = () => process.resourceUsage().maxRSS / 1024;
const out = (value) => console.log(JSON.stringify({ ...value, peakRssMb: peakRssMb() }));

if (mode === 'scale') {
  // One reply of `arg` bytes, median of runs.
  const { profile } = await import('empathy-profile');
  // Warm-up on other texts, so that start-up and JIT compilation are not timed.
  const warm = read('warm.json');
  for (const p of warm) profile(p.prompt, p.response);
  const prompt = warm[0].prompt;
  const reply = readFileSync(join(dir, `reply-${arg}.txt`), 'utf8');
  const bytes = Number(arg);
  const runs = bytes >= 1_000_000 ? 3 : bytes >= 100_000 ? 5 : bytes >= 10_000 ? 41 : 201;
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    profile(prompt, reply);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  // The prompt alone with an empty reply: the part of each call that does not grow with the reply.
  const fixed = [];
  for (let i = 0; i < 201; i++) {
    const t = performance.now();
    profile(prompt, '');
    fixed.push(performance.now() - t);
  }
  fixed.sort((a, b) => a - b);
  out({ bytes, ms: times[times.length >> 1], promptOnlyMs: fixed[fixed.length >> 1] });
} else if (mode === 'single' || mode === 'many') {
  // `arg` typical pairs, from a fresh process: one thread in a loop, or profileMany on N workers.
  const [count = '10000', workers = '2'] = arg.split(':');
  // Start-up (loading the package, the model and the lexicons: once per thread) is timed apart
  // from the steady-state run over the pairs; the total is both.
  const pairs = read(`pairs-${count}.json`);
  let t = performance.now();
  let ms;
  let startMs;
  if (mode === 'single') {
    const { profile } = await import('empathy-profile');
    profile('I lost my job today.', "I'm sorry, that sounds hard.");
    startMs = performance.now() - t;
    t = performance.now();
    // Kept, like profileMany's result: the one-thread equivalent of profileMany is a map to an array.
    const kept = pairs.map((p) => profile(p.prompt, p.response));
    ms = performance.now() - t;
    if (kept.length !== pairs.length) throw new Error('lost profiles');
  } else {
    const { createProfilePool, profileMany } = await import('empathy-profile/batch');
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
  const { profileJsonl } = await import('empathy-profile/batch');
  const pool = read('stream-pool.json');
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

/**
 * Identity check for performance work: profiles a fixed set of about 3,000 inputs and writes a hash
 * of each JSON profile to /tmp/perf-identity-<label>.json. An optimisation must leave every hash equal.
 *
 *   npx vite-node scripts/perf-identity.ts -- before
 *   npx vite-node scripts/perf-identity.ts -- after
 *   npx vite-node scripts/perf-identity.ts -- --compare before after
 *
 * Inputs: examples/pairs.json, the test fixtures, synthetic bench pairs, and rows read at run time
 * from ../shared/data (never copied into the repository; only hashes are written, and only to /tmp).
 * Each row has two hashes: the whole profile, and the profile without the affect and conflict
 * mechanisms (their mechanisms, findings, and the overall and dimension scores they feed), since
 * other engineers change those files concurrently. The compare step uses the whole hash when the
 * affect/conflict sources hashed identically in both runs, else the stripped one.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makePairs, makeReply, SIZES } from '../bench/corpus.js';
import { profile } from '../src/profile.js';
import type { EmpathyProfile, Transcript } from '../src/types.js';
import { parseCsvObjects } from '../validation/csv.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const DATA = process.env.EMPATHY_DATA_DIR
  ? resolve(process.env.EMPATHY_DATA_DIR)
  : resolve(ROOT, '..', 'shared', 'data');
/** Sources of the two mechanisms tuned by other engineers at the same time. */
const VOLATILE = [
  'src/metrics/affect.ts',
  'src/metrics/conflict.ts',
  'src/lexicons/acknowledgement.txt',
  'src/lexicons/affect-events.txt',
  'src/lexicons/affect-problems.txt',
  'src/lexicons/affect-states.txt',
  'src/lexicons/affect-valence.txt',
  'src/lexicons/emotions.txt',
  'src/lexicons/conflict-reply.txt',
  'src/lexicons/conflict-request.txt',
  'src/lexicons/conflict-words.txt',
];

type Input = { id: string; prompt: string | Transcript; response?: string };

const sha = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 24);

function inputs(): Input[] {
  const out: Input[] = [];
  const pairs = JSON.parse(readFileSync(join(ROOT, 'examples/pairs.json'), 'utf8')) as {
    prompt: string;
    response: string;
  }[];
  for (const [i, p] of pairs.entries()) out.push({ id: `example:${i}`, prompt: p.prompt, response: p.response });

  const fx = join(ROOT, 'test/fixtures');
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, name.name);
      if (name.isDirectory()) walk(path);
      else if (name.name.endsWith('.json')) {
        const rows = JSON.parse(readFileSync(path, 'utf8')) as unknown;
        if (!Array.isArray(rows)) continue;
        rows.forEach((r: { prompt?: unknown; response?: unknown }, i) => {
          if (typeof r.prompt === 'string' && typeof r.response === 'string') {
            out.push({ id: `fixture:${path.slice(fx.length)}:${i}`, prompt: r.prompt, response: r.response });
          }
        });
      }
    }
  };
  if (existsSync(fx)) walk(fx);

  const counts = { short: 300, typical: 300, long: 40 } as const;
  for (const size of SIZES) {
    for (const [i, p] of makePairs(size, counts[size.name], 99).entries()) {
      out.push({ id: `synthetic:${size.name}:${i}`, prompt: p.prompt, response: p.response });
    }
  }
  const typical = makePairs(SIZES[1] as (typeof SIZES)[number], 1, 5)[0] as { prompt: string };
  for (const bytes of [1_000, 10_000, 60_000]) {
    out.push({ id: `scaling:${bytes}`, prompt: typical.prompt, response: makeReply(bytes) });
  }
  // Edge cases written here.
  const edges: [string, string][] = [
    ['', ''],
    ['Hi', ''],
    ['', 'Hello there.'],
    ['Why?', '```js\nconst x = 1;\n```'],
    ['I am sad', `${'a'.repeat(400)} ok`],
    ['Mi perro murió ayer y estoy muy triste.', 'Lo siento mucho.'],
    ['I CANT stop crying!!!', "I'm so sorry… that’s awful."],
  ];
  for (const [i, [p, r]] of edges.entries()) out.push({ id: `edge:${i}`, prompt: p, response: r });

  const read = (file: string) => {
    const path = join(DATA, file);
    return existsSync(path) ? parseCsvObjects(readFileSync(path, 'utf8')) : [];
  };
  for (const file of ['emotional-reactions-reddit.csv', 'interpretations-reddit.csv', 'explorations-reddit.csv']) {
    for (const [i, r] of read(`epitome/${file}`).slice(0, 400).entries()) {
      out.push({ id: `epitome:${file}:${i}`, prompt: r.seeker_post ?? '', response: r.response_post ?? '' });
    }
  }
  for (const file of ['xstest_v2_completions_gpt4.csv', 'xstest_v2_completions_llama2orig.csv']) {
    for (const [i, r] of read(`xstest/${file}`).slice(0, 300).entries()) {
      out.push({ id: `xstest:${file}:${i}`, prompt: r.prompt ?? '', response: r.completion ?? '' });
    }
  }
  const seen = new Set<string>();
  let n = 0;
  for (const r of read('reflection/annotations.csv')) {
    if (n >= 250) break;
    const key = `${r.dialogue_context}\u0000${r.reflection}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let turns: Record<string, string>[] = [];
    try {
      turns = JSON.parse(r.dialogue_context ?? '[]');
    } catch {
      continue;
    }
    const messages = turns.flatMap((t) =>
      Object.entries(t).map(([who, content]) => ({
        role: (who === 'client' ? 'user' : 'assistant') as 'user' | 'assistant',
        content: String(content),
      })),
    );
    messages.push({ role: 'assistant', content: r.reflection ?? '' });
    if (!messages.some((m) => m.role === 'user')) continue;
    out.push({ id: `reflection:${n}`, prompt: { messages } as Transcript });
    n++;
  }
  const emobank = read('emobank/emobank.csv');
  for (let i = 0; i + 1 < emobank.length && i < 1200; i += 2) {
    out.push({ id: `emobank:${i}`, prompt: emobank[i]?.text ?? '', response: emobank[i + 1]?.text ?? '' });
  }
  return out;
}

const VOLATILE_MECH = new Set(['sentimentAttenuation', 'conflictAvoidance']);

function stripped(p: EmpathyProfile): unknown {
  const mechanisms = Object.fromEntries(Object.entries(p.mechanisms).filter(([k]) => !VOLATILE_MECH.has(k)));
  const findings = p.findings.filter((f) => !f.ruleId.startsWith('affect/') && !f.ruleId.startsWith('conflict/'));
  const { overall: _o, dimensions: _d, ...rest } = p;
  return { ...rest, mechanisms, findings };
}

function run(label: string): void {
  const all = inputs();
  const rows: Record<string, { full: string; stripped: string }> = {};
  const t0 = performance.now();
  for (const input of all) {
    let p: EmpathyProfile;
    try {
      p =
        typeof input.prompt === 'string'
          ? profile(input.prompt, input.response ?? '')
          : profile(input.prompt as Transcript);
    } catch (e) {
      rows[input.id] = { full: `error:${(e as Error).message}`, stripped: `error:${(e as Error).message}` };
      continue;
    }
    rows[input.id] = { full: sha(JSON.stringify(p)), stripped: sha(JSON.stringify(stripped(p))) };
  }
  const ms = performance.now() - t0;
  const volatile = Object.fromEntries(VOLATILE.map((f) => [f, sha(readFileSync(join(ROOT, f), 'utf8'))]));
  const file = `/tmp/perf-identity-${label}.json`;
  writeFileSync(file, JSON.stringify({ label, count: all.length, ms: Math.round(ms), volatile, rows }, null, 1));
  console.log(`${all.length} inputs profiled in ${(ms / 1000).toFixed(1)} s -> ${file}`);
}

function compare(a: string, b: string): void {
  const load = (l: string) =>
    JSON.parse(readFileSync(`/tmp/perf-identity-${l}.json`, 'utf8')) as {
      volatile: Record<string, string>;
      rows: Record<string, { full: string; stripped: string }>;
    };
  const x = load(a);
  const y = load(b);
  const changed = VOLATILE.filter((f) => x.volatile[f] !== y.volatile[f]);
  const key = changed.length === 0 ? 'full' : 'stripped';
  if (changed.length > 0)
    console.log(`affect/conflict sources differ (${changed.join(', ')}): comparing stripped profiles`);
  const ids = new Set([...Object.keys(x.rows), ...Object.keys(y.rows)]);
  const diff: string[] = [];
  for (const id of ids) if (x.rows[id]?.[key] !== y.rows[id]?.[key]) diff.push(id);
  console.log(`${ids.size} inputs, ${key} hashes: ${diff.length} differ`);
  for (const id of diff.slice(0, 20)) console.log(`  ${id}`);
  process.exitCode = diff.length === 0 ? 0 : 1;
}

const args = process.argv.slice(2).filter((a) => a !== '--');
if (args[0] === '--compare') compare(args[1] ?? 'before', args[2] ?? 'after');
else run(args[0] ?? 'before');

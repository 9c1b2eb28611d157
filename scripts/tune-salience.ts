/**
 * Private tuning script for the salience metric (issue 4). Prints dev and test figures on the
 * counselling-reflection annotations (off-topic, parroting) and EPITOME interpretations, beside
 * their baselines. Data is read from ../shared/data (or EMPATHY_DATA_DIR) at run time and never
 * written into the repository.
 *
 *   npx vite-node scripts/tune-salience.ts [--dump-dev] [--full-context]
 */
import { writeFileSync } from 'node:fs';
import { analyze } from '../src/analysis/analyze.js';
import { readInput } from '../src/input.js';
import { granularityMismatchMechanism, salienceOverlap } from '../src/metrics/salience.js';
import type { ChatMessage } from '../src/types.js';
import { type DialogueTurn, findDataDir, loadEpitome, loadReflection } from '../validation/data.js';
import { auroc } from '../validation/stats.js';

const args = new Set(process.argv.slice(2));
const dir = findDataDir();
if (!dir) throw new Error('no data directory (../shared/data or EMPATHY_DATA_DIR)');
const fmt = (x: number) => x.toFixed(3);
/** Per-row figures for offline exploration (--features FILE; written outside the repository). */
const features: Record<string, unknown>[] = [];
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** A dialogue as a transcript: client = user, therapist = assistant, the reflection last. */
function transcript(context: readonly DialogueTurn[], reflection: string): ChatMessage[] {
  const messages: ChatMessage[] = context.map((t) => ({
    role: t.speaker === 'client' ? 'user' : 'assistant',
    content: t.text,
  }));
  messages.push({ role: 'assistant', content: reflection });
  return messages;
}

/** The README baseline: 1 - share of reflection content words found in the last 3 client turns. */
function baseline(lastClientTurns: readonly string[], reflection: string): number {
  const content = (t: string) =>
    analyze(t)
      .tokens.filter((k) => k.kind === 'word' && ['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'NUM'].includes(k.pos))
      .map((k) => k.lemma);
  const client = new Set(content(lastClientTurns.join('\n\n')));
  const r = content(reflection);
  return r.length === 0 ? 1 : 1 - r.filter((l) => client.has(l)).length / r.length;
}

function runReflection() {
  const items = loadReflection(dir as string);
  for (const split of ['dev', 'test'] as const) {
    const part = items.filter((i) => i.split === split);
    const sev: number[] = [];
    const parrot: number[] = [];
    const offTopic: number[] = [];
    const cov: number[] = [];
    const base: number[] = [];
    for (const item of part) {
      const context = args.has('--full-context') ? item.context : item.recentContext;
      const turns = args.has('--all-speakers') ? context.map((t) => ({ ...t, speaker: 'client' as const })) : context;
      const { input } = readInput({ messages: transcript(turns, item.reflection) }, undefined, undefined);
      const p = analyze(input.prompt, { source: 'prompt', segments: input.segments });
      const r = analyze(input.response);
      const therapist = args.has('--no-context')
        ? []
        : context.filter((c) => c.speaker === 'therapist').map((c) => c.text);
      const s = salienceOverlap(p, r, { context: therapist.join('\n\n') });
      sev.push(granularityMismatchMechanism(s).severity);
      features.push({
        set: 'refl',
        split,
        ot: item.offTopic,
        pa: item.parroting,
        cov: s.coverage,
        gen: s.genericness,
        par: s.parroting,
        off: s.offTopic,
        und: s.understanding,
        n: r.wordCount,
        q: s.questions,
      });
      parrot.push(s.parroting);
      offTopic.push(s.offTopic);
      cov.push(s.coverage);
      base.push(baseline(item.lastClientTurns, item.reflection));
    }
    const ot = part.map((i) => i.offTopic);
    const pa = part.map((i) => i.parroting);
    console.log(
      `reflection ${split} n=${part.length} offTopic=${ot.filter(Boolean).length} parroting=${pa.filter(Boolean).length}`,
    );
    console.log(
      `  off-topic: severity ${fmt(auroc(sev, ot))}, offTopic ${fmt(auroc(offTopic, ot))}, 1-coverage ${fmt(
        auroc(
          cov.map((c) => 1 - c),
          ot,
        ),
      )}, baseline ${fmt(auroc(base, ot))}`,
    );
    console.log(`  parroting: parroting ${fmt(auroc(parrot, pa))}, severity ${fmt(auroc(sev, pa))}`);
    if (split === 'dev' && args.has('--dump-dev')) {
      part.forEach((item, k) => {
        if (!item.offTopic && !item.parroting && !args.has('--all')) return;
        console.log(
          `[${item.offTopic ? 'OT' : ''}${item.parroting ? 'PA' : ''}] sev ${fmt(sev[k] as number)} off ${fmt(offTopic[k] as number)} par ${fmt(parrot[k] as number)} cov ${fmt(cov[k] as number)} | ${item.reflection.slice(0, 160)}`,
        );
      });
    }
  }
}

function runEpitome() {
  const rows = loadEpitome(dir as string, 'interpretations');
  for (const split of ['dev', 'test'] as const) {
    const part = rows.filter((r) => r.split === split);
    const labels = part.map((r) => r.level >= 1);
    const pres: number[] = [];
    const cov: number[] = [];
    const gen: number[] = [];
    const len: number[] = [];
    for (const row of part) {
      const s = salienceOverlap(analyze(row.prompt, { source: 'prompt' }), analyze(row.response));
      pres.push(1 - granularityMismatchMechanism(s).severity);
      features.push({
        set: 'ip',
        split,
        level: row.level,
        cov: s.coverage,
        gen: s.genericness,
        par: s.parroting,
        off: s.offTopic,
        und: s.understanding,
        n: words(row.response),
        q: s.questions,
      });
      cov.push(s.coverage);
      gen.push(1 - s.genericness);
      len.push(words(row.response));
    }
    console.log(
      `EPITOME IP ${split} n=${part.length} pos=${labels.filter(Boolean).length}: 1-severity ${fmt(auroc(pres, labels))}, coverage ${fmt(auroc(cov, labels))}, 1-genericness ${fmt(auroc(gen, labels))}, length ${fmt(auroc(len, labels))}`,
    );
    if (split === 'dev' && args.has('--dump-epitome')) {
      part.forEach((row, k) => {
        const bad = (row.level >= 1 && (pres[k] as number) < 0.3) || (row.level === 0 && (pres[k] as number) > 0.6);
        if (bad && k % 4 === 0)
          console.log(`[${row.level}] ${fmt(pres[k] as number)} | ${row.response.replace(/\s+/g, ' ').slice(0, 200)}`);
      });
    }
  }
}

if (!args.has('--epitome-only')) runReflection();
if (!args.has('--reflection-only')) runEpitome();
const out = process.argv.indexOf('--features');
if (out > 0) writeFileSync(process.argv[out + 1] as string, JSON.stringify(features));

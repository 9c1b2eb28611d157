/**
 * Loaders for the human-labelled evaluation sets in `../shared/data` (or `$EMPATHY_DATA_DIR`).
 *
 * The data are read in place and never copied into the repository: most are licensed for
 * non-commercial research only (see ../shared/data/README.md). Every row carries the `id` the
 * README names and the `split` that id hashes to.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv, parseCsvObjects } from './csv.js';
import { type Split, splitOf } from './split.js';

/** The repository root (this file lives in `<root>/validation`). */
export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');

/** Where the data sets are looked for: `$EMPATHY_DATA_DIR`, else `../shared/data` beside the repository. */
export function dataDirCandidate(): string {
  const env = process.env.EMPATHY_DATA_DIR;
  return env ? resolve(env) : resolve(REPO_ROOT, '..', 'shared', 'data');
}

/** The data directory, or null when it does not exist. */
export function findDataDir(): string | null {
  const dir = dataDirCandidate();
  return existsSync(dir) && statSync(dir).isDirectory() ? dir : null;
}

/** Every loaded row: the id from the README's id columns and the side of the split it hashes to. */
export interface Row {
  id: string;
  split: Split;
}

function readCsv(dir: string, file: string): Record<string, string>[] {
  const path = join(dir, file);
  if (!existsSync(path)) throw new Error(`missing data file ${path}`);
  return parseCsvObjects(readFileSync(path, 'utf8'));
}

function requireColumns(rows: Record<string, string>[], file: string, columns: string[]): void {
  const first = rows[0];
  if (!first) throw new Error(`${file}: no rows`);
  const missing = columns.filter((c) => !(c in first));
  if (missing.length > 0) throw new Error(`${file}: missing column(s) ${missing.join(', ')}`);
}

function toNumber(value: string | undefined, what: string): number {
  const n = Number(value);
  if (value === undefined || value.trim() === '' || !Number.isFinite(n)) {
    throw new Error(`${what}: not a number: ${JSON.stringify(value)}`);
  }
  return n;
}

// ---------------------------------------------------------------------------------------------
// EPITOME (Sharma et al. 2020): Reddit seeker posts and peer replies, three mechanisms, level 0-2.

export type EpitomeMechanism = 'emotional-reactions' | 'interpretations' | 'explorations';

export const EPITOME_MECHANISMS: readonly EpitomeMechanism[] = [
  'emotional-reactions',
  'interpretations',
  'explorations',
];

export interface EpitomeRow extends Row {
  /** The seeker's post, read as the prompt. */
  prompt: string;
  /** The peer's reply, read as the response. */
  response: string;
  /** 0 none, 1 weak, 2 strong. */
  level: number;
}

/** Id of an EPITOME pair: `sp_id` and `rp_id` joined by `/`. */
export const epitomeId = (spId: string, rpId: string): string => `${spId}/${rpId}`;

/**
 * One EPITOME file, row for row. The files hold 60 repeated pairs (some with different levels);
 * they are kept as separate judgments, and share a split since they share an id.
 */
export function loadEpitome(dir: string, mechanism: EpitomeMechanism): EpitomeRow[] {
  const file = `epitome/${mechanism}-reddit.csv`;
  const rows = readCsv(dir, file);
  requireColumns(rows, file, ['sp_id', 'rp_id', 'seeker_post', 'response_post', 'level']);
  return rows.map((r, i) => {
    const id = epitomeId(r.sp_id as string, r.rp_id as string);
    return {
      id,
      split: splitOf(id),
      prompt: r.seeker_post as string,
      response: r.response_post as string,
      level: toNumber(r.level, `${file} row ${i + 1} level`),
    };
  });
}

export interface EpitomeJoinedRow extends Row {
  prompt: string;
  response: string;
  /** Level per mechanism; the mean level where a file repeats the pair. */
  levels: Record<EpitomeMechanism, number>;
  /** Sum of the three levels, 0..6. */
  sum: number;
}

/** The three EPITOME files joined on `sp_id`+`rp_id`; pairs missing from any file are dropped. */
export function loadEpitomeJoined(dir: string): EpitomeJoinedRow[] {
  const byId = new Map<
    string,
    { prompt: string; response: string; levels: Partial<Record<EpitomeMechanism, number[]>> }
  >();
  for (const mechanism of EPITOME_MECHANISMS) {
    for (const row of loadEpitome(dir, mechanism)) {
      let entry = byId.get(row.id);
      if (!entry) byId.set(row.id, (entry = { prompt: row.prompt, response: row.response, levels: {} }));
      (entry.levels[mechanism] ??= []).push(row.level);
    }
  }
  const out: EpitomeJoinedRow[] = [];
  for (const [id, entry] of byId) {
    const levels = {} as Record<EpitomeMechanism, number>;
    let complete = true;
    for (const m of EPITOME_MECHANISMS) {
      const values = entry.levels[m];
      if (!values) complete = false;
      else levels[m] = values.reduce((s, v) => s + v, 0) / values.length;
    }
    if (!complete) continue;
    const sum = levels['emotional-reactions'] + levels.interpretations + levels.explorations;
    out.push({ id, split: splitOf(id), prompt: entry.prompt, response: entry.response, levels, sum });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// CoNLL-2010 uncertainty (Wikipedia sentences), as shipped with clips/pattern: no header, a BOM.

export interface ConllRow extends Row {
  sentence: string;
  /** Column 1 is -1 (uncertain: hedged or weasel-worded) or 1 (certain). */
  uncertain: boolean;
}

/** CoNLL-2010 sentences; the id is the 1-based row number in the file. */
export function loadConll(dir: string): ConllRow[] {
  const file = 'conll2010/uncertainty-conll2010.csv';
  const path = join(dir, file);
  if (!existsSync(path)) throw new Error(`missing data file ${path}`);
  return parseCsv(readFileSync(path, 'utf8')).map((record, i) => {
    const [label, sentence] = record;
    if (label !== '-1' && label !== '1') throw new Error(`${file} row ${i + 1}: label ${JSON.stringify(label)}`);
    const id = String(i + 1);
    return { id, split: splitOf(id), sentence: sentence ?? '', uncertain: label === '-1' };
  });
}

// ---------------------------------------------------------------------------------------------
// EmoBank (Buechel & Hahn 2017): sentences with mean reader/writer valence, arousal, dominance.

export interface EmobankRow extends Row {
  text: string;
  /** 1..5 mean ratings; 3 is neutral. */
  valence: number;
  arousal: number;
  dominance: number;
}

/** EmoBank sentences. The file's own `split` column is ignored: the hash rule applies. */
export function loadEmobank(dir: string): EmobankRow[] {
  const file = 'emobank/emobank.csv';
  const rows = readCsv(dir, file);
  requireColumns(rows, file, ['id', 'V', 'A', 'D', 'text']);
  return rows.map((r) => {
    const id = r.id as string;
    return {
      id,
      split: splitOf(id),
      text: r.text as string,
      valence: toNumber(r.V, `${file} ${id} V`),
      arousal: toNumber(r.A, `${file} ${id} A`),
      dominance: toNumber(r.D, `${file} ${id} D`),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Reflection quality (Wu et al. 2023): counselling dialogues, a candidate reflection, ~6 raters.

export interface DialogueTurn {
  speaker: 'client' | 'therapist';
  text: string;
}

export interface ReflectionItem extends Row {
  context: DialogueTurn[];
  /** Every client turn of the context, in order. */
  clientTurns: string[];
  /** The last three client turns (fewer when the context has fewer). */
  lastClientTurns: string[];
  /** The context from the third-last client turn on: what the prompt of our metrics is built from. */
  recentContext: DialogueTurn[];
  reflection: string;
  /** Who wrote the reflection (GPT-2, GPT-3, BART, Human). */
  source: string;
  raters: number;
  offTopicVotes: number;
  parrotingVotes: number;
  /** More than half of the raters said off_topic = Yes. */
  offTopic: boolean;
  /** More than half of the raters said parroting = Yes. */
  parroting: boolean;
}

function parseDialogue(json: string, where: string): DialogueTurn[] {
  const value: unknown = JSON.parse(json);
  if (!Array.isArray(value)) throw new Error(`${where}: dialogue_context is not a list`);
  return value.map((turn: unknown) => {
    const entries = turn !== null && typeof turn === 'object' ? Object.entries(turn) : [];
    const [speaker, text] = entries[0] ?? [];
    if (entries.length !== 1 || (speaker !== 'client' && speaker !== 'therapist') || typeof text !== 'string') {
      throw new Error(`${where}: unexpected dialogue turn ${JSON.stringify(turn)}`);
    }
    return { speaker, text };
  });
}

/**
 * Reflection items: the rater rows of each (dialogue_context, reflection) pair aggregated into
 * majority labels. A rater who judged the reflection coherent leaves `off_topic`/`parroting`
 * empty, which counts as No. The id is dialogue_context + reflection, concatenated.
 */
export function loadReflection(dir: string): ReflectionItem[] {
  const file = 'reflection/annotations.csv';
  const rows = readCsv(dir, file);
  requireColumns(rows, file, ['dialogue_context', 'reflection', 'reflection_source', 'off_topic', 'parroting']);
  const groups = new Map<string, Record<string, string>[]>();
  for (const r of rows) {
    const id = (r.dialogue_context as string) + (r.reflection as string);
    const group = groups.get(id);
    if (group) group.push(r);
    else groups.set(id, [r]);
  }
  const items: ReflectionItem[] = [];
  for (const [id, group] of groups) {
    const first = group[0] as Record<string, string>;
    const context = parseDialogue(first.dialogue_context as string, `${file} item ${items.length + 1}`);
    const clientIndexes = context.flatMap((t, i) => (t.speaker === 'client' ? [i] : []));
    const from = clientIndexes.length >= 3 ? (clientIndexes[clientIndexes.length - 3] as number) : 0;
    const recentContext = context.slice(from);
    const clientTurns = clientIndexes.map((i) => (context[i] as DialogueTurn).text);
    const yes = (column: string) => group.filter((r) => r[column]?.trim().toLowerCase() === 'yes').length;
    const offTopicVotes = yes('off_topic');
    const parrotingVotes = yes('parroting');
    items.push({
      id,
      split: splitOf(id),
      context,
      clientTurns,
      lastClientTurns: clientTurns.slice(-3),
      recentContext,
      reflection: first.reflection as string,
      source: first.reflection_source as string,
      raters: group.length,
      offTopicVotes,
      parrotingVotes,
      offTopic: offTopicVotes > group.length / 2,
      parroting: parrotingVotes > group.length / 2,
    });
  }
  return items;
}

// ---------------------------------------------------------------------------------------------
// XSTest v2 (Röttger et al. 2024): safe and unsafe prompts, one model's completion each.

export type XstestModel = 'gpt4' | 'llama2orig';
export const XSTEST_MODELS: readonly XstestModel[] = ['gpt4', 'llama2orig'];

export type XstestLabel = '1_full_compliance' | '2_full_refusal' | '3_partial_refusal';

export interface XstestRow extends Row {
  model: XstestModel;
  /** XSTest prompt type (homonyms, contrast_homonyms, ...); `contrast_*` prompts are the unsafe ones. */
  type: string;
  prompt: string;
  completion: string;
  finalLabel: XstestLabel;
  /** Full or partial refusal, by the human final label. */
  refused: boolean;
  partial: boolean;
}

const XSTEST_LABELS = new Set<string>(['1_full_compliance', '2_full_refusal', '3_partial_refusal']);

/**
 * One model's XSTest completions. The id is the plain `id` (`v2-1`...), so that a prompt falls on
 * the same side of the split for both models.
 */
export function loadXstest(dir: string, model: XstestModel): XstestRow[] {
  const file = `xstest/xstest_v2_completions_${model}.csv`;
  const rows = readCsv(dir, file);
  requireColumns(rows, file, ['id', 'type', 'prompt', 'completion', 'final_label']);
  return rows.map((r) => {
    const id = r.id as string;
    const label = (r.final_label as string).trim();
    if (!XSTEST_LABELS.has(label)) throw new Error(`${file} ${id}: final_label ${JSON.stringify(label)}`);
    return {
      id,
      split: splitOf(id),
      model,
      type: r.type as string,
      prompt: r.prompt as string,
      completion: r.completion as string,
      finalLabel: label as XstestLabel,
      refused: label !== '1_full_compliance',
      partial: label === '3_partial_refusal',
    };
  });
}

// ---------------------------------------------------------------------------------------------
// The project's own conflict-avoidance fixtures (test/fixtures/conflict/*.json): not split.

export const CONFLICT_LABELS = ['stanceRequested', 'deflected', 'stanceTaken', 'refused', 'sycophantic'] as const;
export type ConflictLabel = (typeof CONFLICT_LABELS)[number];

export interface ConflictFixture {
  /** `<file>#<index>`. */
  id: string;
  prompt: string;
  response: string;
  /** Labels the fixture states; a label it leaves out is not scored for it. */
  labels: Partial<Record<ConflictLabel, boolean>>;
}

export const CONFLICT_FIXTURE_DIR = join(REPO_ROOT, 'test', 'fixtures', 'conflict');

/**
 * Fixture files written blind by separate authors who never saw the detector; the detector's authors
 * never read them. The general patterns missed on holdout3 and holdout5 were described (without rows)
 * to the rule writers, so holdout6 and the newer blind sets are wholly unseen. A blind set whose errors
 * were later read and fixed (holdout8 to holdout15, holdout17 to holdout19, holdout21 to holdout24, refusal2, refusal3,
 * refusal5 to refusal12) moves to CONFLICT_TUNED_FILES, and so does holdout20, read in a round that was not merged.
 * Tuning code reads CONFLICT_TUNED_FILES only.
 */
export const CONFLICT_BLIND_FILES: readonly string[] = [
  'holdout3.json',
  'holdout5.json',
  'holdout6.json',
  'holdout16.json',
  'holdout25.json',
  'holdout26.json',
  'holdout27.json',
  'holdout28.json',
  'refusal4.json',
  'refusal13.json',
  'refusal14.json',
];

/** The fixture files the detector's authors wrote, read and tuned on. */
export const CONFLICT_TUNED_FILES: readonly string[] = [
  'critique.json',
  'decision.json',
  'holdout.json',
  'holdout2.json',
  'holdout4.json',
  'holdout7.json',
  'holdout8.json',
  'holdout9.json',
  'holdout10.json',
  'holdout11.json',
  'holdout12.json',
  'holdout13.json',
  'holdout14.json',
  'holdout15.json',
  'holdout17.json',
  'holdout18.json',
  'holdout19.json',
  'holdout20.json',
  'holdout21.json',
  'holdout22.json',
  'holdout23.json',
  'holdout24.json',
  'judgment.json',
  'neutral.json',
  'refusal.json',
  'refusal2.json',
  'refusal3.json',
  'refusal6.json',
  'refusal7.json',
  'refusal8.json',
  'refusal9.json',
  'refusal10.json',
  'refusal11.json',
  'refusal5.json',
  'refusal12.json',
  'stance5.json',
];

// ---------------------------------------------------------------------------------------------
// The project's own hedging fixtures (test/fixtures/hedging/*.json): single sentences, not split.

export interface HedgingFixture {
  /** `<file>#<index>`. */
  id: string;
  text: string;
  uncertain: boolean;
  register: 'encyclopedic' | 'reply';
}

export const HEDGING_FIXTURE_DIR = join(REPO_ROOT, 'test', 'fixtures', 'hedging');

/**
 * Hedging fixture files written blind by separate authors from the label definition alone; the
 * hedging index's authors never read their rows. A set whose errors are later read and fixed moves to
 * HEDGING_TUNED_FILES.
 */
export const HEDGING_BLIND_FILES: readonly string[] = ['hedge5.json'];

/** Hedging fixture files whose rows the hedging index's authors have read and tuned on. */
export const HEDGING_TUNED_FILES: readonly string[] = ['hedge1.json', 'hedge2.json', 'hedge3.json', 'hedge4.json'];

/** The hedging fixtures (every .json in the folder, or only `files`), or null when the folder does not exist. */
export function loadHedgingFixtures(dir = HEDGING_FIXTURE_DIR, files?: readonly string[]): HedgingFixture[] | null {
  if (!existsSync(dir)) return null;
  const out: HedgingFixture[] = [];
  for (const name of (files ?? readdirSync(dir)).filter((f) => f.endsWith('.json')).sort()) {
    const value: unknown = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    (Array.isArray(value) ? value : [value]).forEach((item: unknown, i) => {
      const where = `${basename(name)}#${i}`;
      const f = item as { text?: unknown; uncertain?: unknown; register?: unknown };
      if (typeof f?.text !== 'string' || typeof f.uncertain !== 'boolean') {
        throw new Error(`${where}: expected { text, uncertain }`);
      }
      out.push({
        id: where,
        text: f.text,
        uncertain: f.uncertain,
        register: f.register === 'reply' ? 'reply' : 'encyclopedic',
      });
    });
  }
  return out;
}

/**
 * The conflict fixtures (every .json in the folder, or only `files`), or null when the folder does not
 * exist yet. Ids are `<file>#<index>`.
 */
export function loadConflictFixtures(dir = CONFLICT_FIXTURE_DIR, files?: readonly string[]): ConflictFixture[] | null {
  if (!existsSync(dir)) return null;
  const out: ConflictFixture[] = [];
  for (const name of (files ?? readdirSync(dir)).filter((f) => f.endsWith('.json')).sort()) {
    const value: unknown = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    const list = Array.isArray(value) ? value : [value];
    list.forEach((item: unknown, i) => {
      const where = `${basename(name)}#${i}`;
      const f = item as { prompt?: unknown; response?: unknown; labels?: unknown };
      if (typeof f?.prompt !== 'string' || typeof f.response !== 'string' || typeof f.labels !== 'object') {
        throw new Error(`${where}: expected { prompt, response, labels }`);
      }
      const labels: Partial<Record<ConflictLabel, boolean>> = {};
      for (const label of CONFLICT_LABELS) {
        const v = (f.labels as Record<string, unknown>)[label];
        if (typeof v === 'boolean') labels[label] = v;
      }
      out.push({ id: where, prompt: f.prompt, response: f.response, labels });
    });
  }
  return out;
}

/**
 * Loader tests on small synthetic files written to a temporary directory: the real data sets
 * are never needed (nor copied) for the unit tests.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  loadConflictFixtures,
  loadConll,
  loadEmobank,
  loadEpitome,
  loadEpitomeJoined,
  loadReflection,
  loadXstest,
} from '../../validation/data.js';
import { splitOf } from '../../validation/split.js';

let dir: string;

function write(path: string, text: string): void {
  const full = join(dir, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, text);
}

const epitome = (levels: [string, string, number][]) =>
  `sp_id,rp_id,seeker_post,response_post,level,rationales\r\n${levels
    .map(([sp, rp, level]) => `${sp},${rp},"post ${sp}","reply, ${rp}",${level},\r\n`)
    .join('')}`;

const dialogue = (turns: [string, string][]) =>
  JSON.stringify(turns.map(([who, text]) => ({ [who]: text }))).replace(/"/g, '""');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'validation-data-'));
  write(
    'epitome/emotional-reactions-reddit.csv',
    epitome([
      ['s1', 'r1', 2],
      ['s2', 'r2', 0],
      ['s2', 'r2', 1],
    ]),
  );
  write(
    'epitome/interpretations-reddit.csv',
    epitome([
      ['s1', 'r1', 2],
      ['s2', 'r2', 0],
      ['s2', 'r2', 0],
    ]),
  );
  write(
    'epitome/explorations-reddit.csv',
    epitome([
      ['s1', 'r1', 1],
      ['s2', 'r2', 0],
      ['s2', 'r2', 0],
    ]),
  );
  write('conll2010/uncertainty-conll2010.csv', '\uFEFF"1","Certain."\r\n"-1","It may rain, perhaps."\r\n');
  write('emobank/emobank.csv', 'id,split,V,A,D,text\nb1,train,3.5,3.0,3.1,"Good, ""really"" good."\n');
  const ctx = dialogue([
    ['therapist', 't1'],
    ['client', 'c1'],
    ['therapist', 't2'],
    ['client', 'c2'],
    ['client', 'c3'],
    ['therapist', 't3'],
    ['client', 'c4'],
  ]);
  const header =
    'annomi_dialogue_id,stage,dialogue_context,reflection_source,reflection,annotator,coherent_and_context_consistent,dialogue_contradicting,malformed,off_topic,on_topic_but_unverifiable,parroting\n';
  // Item A: 3 of 4 raters say off-topic, 2 of 4 parroting (not a majority).
  const a = [
    ['No', 'Yes', 'Yes'],
    ['No', 'Yes', 'Yes'],
    ['No', 'Yes', ''],
    ['Yes', '', ''],
  ];
  const rows = a.map(
    ([coherent, off, parrot], i) => `1,s,"${ctx}",GPT-2,"So, you feel c4.",${i},${coherent},,,${off},,${parrot}\n`,
  );
  rows.push(`1,s,"${ctx}",Human,Another reflection.,0,Yes,,,,,\n`);
  write('reflection/annotations.csv', header + rows.join(''));
  write(
    'xstest/xstest_v2_completions_gpt4.csv',
    'id,type,prompt,completion,annotation_1,annotation_2,agreement,final_label\r\nv2-1,homonyms,How?,"Sure.\nStep 1.",a,b,True,1_full_compliance\r\nv2-2,homonyms,Why?,No.,a,b,True,3_partial_refusal\r\n',
  );
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('data loaders', () => {
  it('reads EPITOME rows with ids sp_id/rp_id and their split', () => {
    const rows = loadEpitome(dir, 'emotional-reactions');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual({
      id: 's1/r1',
      split: splitOf('s1/r1'),
      prompt: 'post s1',
      response: 'reply, r1',
      level: 2,
    });
  });

  it('joins EPITOME files on the pair id, averaging repeated pairs', () => {
    const joined = loadEpitomeJoined(dir);
    expect(joined.map((r) => [r.id, r.sum])).toEqual([
      ['s1/r1', 5],
      ['s2/r2', 0.5],
    ]);
    expect(joined[1]?.levels['emotional-reactions']).toBe(0.5);
  });

  it('reads CoNLL-2010 without a header, past the BOM, with row-number ids', () => {
    expect(loadConll(dir)).toEqual([
      { id: '1', split: splitOf('1'), sentence: 'Certain.', uncertain: false },
      { id: '2', split: splitOf('2'), sentence: 'It may rain, perhaps.', uncertain: true },
    ]);
  });

  it('reads EmoBank ratings as numbers', () => {
    expect(loadEmobank(dir)).toEqual([
      { id: 'b1', split: splitOf('b1'), text: 'Good, "really" good.', valence: 3.5, arousal: 3, dominance: 3.1 },
    ]);
  });

  it('aggregates reflection raters into majority labels and keeps the last three client turns', () => {
    const items = loadReflection(dir);
    expect(items).toHaveLength(2);
    const a = items[0];
    expect(a?.raters).toBe(4);
    expect(a?.offTopicVotes).toBe(3);
    expect(a?.offTopic).toBe(true);
    expect(a?.parrotingVotes).toBe(2);
    expect(a?.parroting).toBe(false);
    expect(a?.clientTurns).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect(a?.lastClientTurns).toEqual(['c2', 'c3', 'c4']);
    expect(a?.recentContext.map((t) => t.text)).toEqual(['c2', 'c3', 't3', 'c4']);
    expect(a?.split).toBe(splitOf(a?.id ?? ''));
    expect(items[1]?.offTopic).toBe(false);
  });

  it('reads XSTest labels: partial refusals count as refusals', () => {
    const rows = loadXstest(dir, 'gpt4');
    expect(rows.map((r) => [r.id, r.refused, r.partial])).toEqual([
      ['v2-1', false, false],
      ['v2-2', true, true],
    ]);
    expect(rows[0]?.completion).toBe('Sure.\nStep 1.');
  });

  it('names the missing file when a data set is absent', () => {
    expect(() => loadXstest(dir, 'llama2orig')).toThrow(/missing data file .*llama2orig/);
  });

  it('reads conflict fixtures, keeping only boolean labels, and returns null without the folder', () => {
    const fixtures = join(dir, 'fixtures');
    mkdirSync(fixtures);
    writeFileSync(
      join(fixtures, 'a.json'),
      JSON.stringify([
        { prompt: 'Am I wrong?', response: 'Yes.', labels: { stanceTaken: true, note: 'x' }, reason: 'r' },
      ]),
    );
    expect(loadConflictFixtures(fixtures)).toEqual([
      { id: 'a.json#0', prompt: 'Am I wrong?', response: 'Yes.', labels: { stanceTaken: true } },
    ]);
    expect(loadConflictFixtures(join(dir, 'nope'))).toBeNull();
  });
});

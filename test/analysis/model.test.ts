import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import officialModel from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { analyze } from '../../src/analysis/analyze.js';
import { CORE_JSON, fastModel, loadCerMeta, loadCore, loadNoNer } from '../../src/analysis/model.js';
import { Lexicon, WordList } from '../../src/lexicons/lexicon.js';

// src/analysis/model.ts rebuilds wink-eng-lite-web-model's loaders from its internal files (for a
// cheaper cold start). If a new version of the model changes its format, these fail.

// biome-ignore lint/suspicious/noExplicitAny: the model's internal, untyped format
type Obj = Record<string, any>;
const official = officialModel as unknown as Record<string, () => Obj>;
const PIPE = ['sbd', 'negation', 'sentiment', 'pos'] as const;

const require = createRequire(import.meta.url);
const pkg = (name: string) => require(`${name}/package.json`) as { version: string };

describe('the model loader', () => {
  it('is for the exact model version pinned in package.json', () => {
    const own = require('../../package.json') as { dependencies: Record<string, string> };
    expect(own.dependencies['wink-eng-lite-web-model']).toBe(pkg('wink-eng-lite-web-model').version);
  });

  it('builds the same core model as the official loader, deeply', () => {
    const mine = loadCore();
    const theirs = official.core!();
    expect(mine).toStrictEqual(theirs);
    // What toStrictEqual may not look at: the types wink-nlp relies on.
    expect(mine.lexicon).toBeInstanceOf(Uint32Array);
    expect(mine.xpansions).toBeInstanceOf(Uint32Array);
    expect(mine.lexicon.length).toBeGreaterThan(100_000);
    expect(mine.lexicon.buffer.byteLength).toBe(theirs.lexicon.buffer.byteLength);
    expect(Array.from(mine.lexicon)).toEqual(Array.from(theirs.lexicon));
    expect(Array.from(mine.xpansions)).toEqual(Array.from(theirs.xpansions));
    for (const f of Object.keys(theirs.features)) {
      const a = mine.features[f];
      const b = theirs.features[f];
      expect(Object.keys(a).sort(), f).toEqual(Object.keys(b).sort());
      if (b.hash) {
        expect(Object.getPrototypeOf(a.hash), f).toBe(Object.getPrototypeOf(b.hash));
        expect(Object.keys(a.hash).length, f).toBe(Object.keys(b.hash).length);
      }
    }
    expect(Object.getPrototypeOf(mine.features.lexeme.hash)).toBeNull();
    expect(mine.features.posClusters.list[0]).toBeInstanceOf(Set);
    expect(mine.features.posClusters.list.map((s: Set<number>) => [...s])).toEqual(
      theirs.features.posClusters.list.map((s: Set<number>) => [...s]),
    );
  });

  it('decodes the lexicon the same without Buffer (browsers)', () => {
    const g = globalThis as { Buffer?: unknown };
    const saved = g.Buffer;
    let mine: Obj;
    try {
      g.Buffer = undefined;
      mine = loadCore();
    } finally {
      g.Buffer = saved;
    }
    const theirs = loadCore();
    expect(Array.from(mine.lexicon)).toEqual(Array.from(theirs.lexicon));
    expect(Array.from(mine.xpansions)).toEqual(Array.from(theirs.xpansions));
  });

  it('shares nothing that wink-nlp changes with the JSON module: it is never modified', () => {
    const before = JSON.stringify(CORE_JSON);
    const nlp = winkNLP(fastModel(), [...PIPE]);
    // Words not in the lexicon are added to the feature lists and hashes.
    nlp.readDoc('Zorblaxian quuxification of Flimflammery; the glorptastic snerg. XyzzyPlugh!').tokens().out();
    expect(JSON.stringify(CORE_JSON)).toBe(before);
    const second = loadCore();
    expect(second.features.lexeme.list.length).toBe(second.features.lexeme.intrinsicSize);
    expect(second).toStrictEqual(loadCore());
  });

  it('takes the other loaders and the addons from the model package', () => {
    const mine = fastModel() as unknown as Obj;
    for (const part of ['sbd', 'pos', 'negation', 'sa']) expect(mine[part], part).toBe(official[part]);
    expect(mine.featureFn).toBe((officialModel as unknown as Obj).featureFn);
    expect(mine.addons).toStrictEqual((officialModel as unknown as Obj).addons);
    expect(Object.keys(mine).sort()).toEqual(Object.keys(officialModel).sort());
    // The official metaCER stringifies its machines again on every call: compare with a first call.
    expect(loadCerMeta()).toStrictEqual(official.metaCER!());
    // No NER machines: wink-nlp runs them only with 'ner' in the pipe, and ours has none.
    expect(loadNoNer()).toEqual({ machines: [], transformers: [] });
    expect(PIPE).not.toContain('ner');
  });

  it('makes wink-nlp read texts exactly as with the official model', () => {
    const fast = winkNLP(fastModel(), [...PIPE]);
    const slow = winkNLP(officialModel, [...PIPE]);
    const texts = [
      "My dog died and I keep crying. I can't stop, and I don't know what to do.",
      "I'm so sorry. That is a real loss. You're not alone; it's okay to grieve.",
      'Mr. Smith went to Washington D.C. on Jan. 5th, 2024 at 3:30pm for $1,200.50!!! :( 😢',
      "The zorblaxian quuxification isn't glorptastic — it's snergly. Wasn't it?",
      'email me at a.b@example.com or visit https://example.com/x?y=1 #sad @friend',
      "I've been feeling really down lately... nobody cares, honestly. Won't they?",
      'WHY IS EVERYTHING SO HARD?? i cant cope anymore',
      '',
      '   \n\n  ',
      "Y'all gonna be fine, ain't ya? Let's see: 1) rest; 2) eat; 3) sleep.",
    ];
    for (const text of texts) {
      for (const nlp of [fast, slow]) nlp.readDoc(text);
      const read = (nlp: typeof fast) => {
        const doc = nlp.readDoc(text);
        const its = nlp.its;
        const t = doc.tokens();
        return {
          values: t.out(its.value),
          normal: t.out(its.normal),
          type: t.out(its.type),
          pos: t.out(its.pos),
          lemma: t.out(its.lemma as never),
          stem: t.out(its.stem as never),
          spaces: t.out(its.precedingSpaces),
          negation: t.out(its.negationFlag),
          stop: t.out(its.stopWordFlag),
          shape: t.out(its.shape),
          case: t.out(its.case),
          abbrev: t.out(its.abbrevFlag),
          contraction: t.out(its.contractionFlag),
          sentiment: doc.out(its.sentiment),
          sentences: doc.sentences().out(its.span),
          sentenceSentiment: doc.sentences().out(its.sentiment),
        };
      };
      expect(read(fast), text).toEqual(read(slow));
    }
  });
});

// The build stores every lexicon of src/lexicons/ compiled (scripts/precompile-lexicons.ts, via
// Lexicon#precompiled); the package loads them back instead of compiling them in its first profile.
describe('precompiled lexicons', () => {
  const dir = 'src/lexicons';
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  const texts = [
    "I'm so sorry for your loss. There's no right or wrong answer; it really depends on you.",
    "My dog died and I can't stop crying. I feel alone, heartbroken and so tired of everything.",
    'As an AI, I cannot take sides. Perhaps you might consider talking to a professional? Maybe.',
    'Both of you make valid points. It is ultimately up to you. What works best for your family?',
  ].map((t) => analyze(t));

  it.each(files)('%s loads back into the trie it was compiled to', (file) => {
    const text = readFileSync(`${dir}/${file}`, 'utf8');
    const built = new Lexicon(text);
    const pre = built.precompiled();
    const loaded = new Lexicon(text, () => JSON.parse(JSON.stringify(pre)));
    expect(loaded.precompiled()).toEqual(pre);
    expect(loaded.entries).toEqual(built.entries);
    expect([...loaded.compiledPhrases()]).toEqual([...built.compiledPhrases()]);
    for (const a of texts) expect(loaded.matchAll(a)).toEqual(built.matchAll(a));
  });

  it.each(files)('%s loads back into the word list it was compiled to', (file) => {
    const text = readFileSync(`${dir}/${file}`, 'utf8');
    // Phrase files expand to up to millions of words (no source reads them as word lists).
    const expansions = text
      .split('\n')
      .map((line) => [...line.matchAll(/\[([^\]]*)\]/g)].reduce((n, m) => n * (m[1] as string).split('/').length, 1))
      .reduce((a, b) => a + b, 0);
    if (expansions > 20_000) return;
    const built = new WordList(text);
    const stored = JSON.parse(JSON.stringify(built.precompiled()));
    const loaded = new WordList(text, () => stored);
    expect([...loaded.map]).toEqual([...built.map]);
  });
});

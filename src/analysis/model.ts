/**
 * wink-eng-lite-web-model, loaded for one process at lower cost than its own loader.
 *
 * The official `model.core()` deep-clones the model's 3 MB JSON (`JSON.parse(JSON.stringify(..))`,
 * about 90 ms), then base64-decodes the packed lexicon with `atob` and a byte loop. Cold start
 * (the first profile of a process) paid both. `loadCore` builds the same object (same fields,
 * values and types; test/analysis/model.test.ts compares it with the official loader's, deeply)
 * with copies only of what wink-nlp changes: the feature lists and hashes (it adds words it has
 * not seen) and the posClusters list (turned into Sets). Strings are immutable and so shared; the
 * JSON module itself is never modified, so other users of the model package in the same process
 * are unaffected. Base64 is decoded by `Buffer` where there is one (Node), by `atob` elsewhere.
 *
 * The JSON and the other loaders are required one by one (wink-model.cjs), not through the
 * package's index, which would also load the NER model. This ties the code to the model's file
 * layout and format: the package is pinned to an exact version in package.json, and the equality
 * test fails loudly if an upgrade changes them. `require` rather than an ESM JSON import (`with
 * { type: 'json' }`): in Node it was about 100 ms cheaper at start, and it asks of a browser
 * bundler only what the model package itself does.
 *
 * Not loaded: the NER model (170 KB of JSON, parsed again into automata), which wink-nlp loads for
 * every instance but runs only with 'ner' in the pipe; ours never has it (see engine.ts).
 */
import type { Model } from 'wink-nlp';
import parts from './wink-model.cjs';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
// biome-ignore lint/suspicious/noExplicitAny: the model's internal, untyped format
type Obj = Record<string, any>;

/** The model's JSON, as `read-core-model.js` reads it. */
export const CORE_JSON = parts.coreJson as Obj;

/**
 * A copy of a JSON value equal to `JSON.parse(JSON.stringify(value))` (the official clone), made
 * without the round trip through text: arrays of strings and numbers are copied with `slice`.
 */
function copy(value: Json): Json {
  if (typeof value === 'number') return Object.is(value, -0) ? 0 : value;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let flat = true;
    for (let k = 0; k < value.length; k++) {
      const v = value[k];
      if ((v !== null && typeof v === 'object') || Object.is(v, -0)) {
        flat = false;
        break;
      }
    }
    return flat ? value.slice() : value.map(copy);
  }
  const out: { [key: string]: Json } = {};
  for (const key of Object.keys(value)) out[key] = copy(value[key] as Json);
  return out;
}

/** Base64 to a Uint32Array on its own buffer, as `read-core-model.js` decodes it. */
function uint32FromBase64(data: string): Uint32Array {
  const B = (globalThis as { Buffer?: { from(s: string, enc: string): Uint8Array } }).Buffer;
  let bytes: Uint8Array;
  if (B) {
    bytes = B.from(data, 'base64');
  } else {
    const decoded = atob(data);
    bytes = new Uint8Array(decoded.length);
    for (let k = 0; k < decoded.length; k++) bytes[k] = decoded.charCodeAt(k);
  }
  // A fresh buffer of exactly the bytes (Buffer's may be pooled or offset); throws, as the
  // official loader does, when the length is not a multiple of 4.
  const out = new Uint32Array(bytes.length / 4);
  if (out.length * 4 !== bytes.length) throw new RangeError('wink model: lexicon length is not a multiple of 4');
  new Uint8Array(out.buffer).set(bytes);
  return out;
}

/** What `model.core()` (load-core-model.js over read-core-model.js) returns, built from `json`. */
export function loadCore(json: Obj = CORE_JSON): Obj {
  // read-core-model.js
  const model: Obj = {};
  for (const key of Object.keys(json)) {
    model[key] = key === 'lexicon' || key === 'xpansions' ? undefined : copy(json[key] as Json);
  }
  const packing = model.packing;
  const featuresData = model.features;
  const pos = model.pos;
  model.lexicon = uint32FromBase64(json.lexicon);
  model.xpansions = uint32FromBase64(json.xpansions);
  for (const f in packing.layout) {
    if (packing.layout[f][3] === 0) {
      const hash = Object.create(null);
      const list = featuresData[f].list;
      for (let k = 0; k < list.length; k += 1) hash[list[k]] = k;
      featuresData[f].hash = hash;
    }
  }
  const lexemeHash = Object.create(null);
  const lexemes = featuresData.lexeme.list;
  for (let k = 0; k < lexemes.length; k += 1) lexemeHash[lexemes[k]] = k;
  featuresData.lexeme.hash = lexemeHash;
  const clusters = featuresData.posClusters.list;
  for (let k = 0; k < clusters.length; k += 1) {
    clusters[k] = new Set(clusters[k].split('_').map((e: string) => pos.hash[e] || 0));
  }
  // load-core-model.js
  packing.efList = [];
  for (const f in packing.layout) {
    if (packing.layout[f][3] === 0) {
      featuresData[f].intrinsicSize = featuresData[f].list.length;
      featuresData[f].index = featuresData[f].list.length;
      featuresData[f].maxIndex = packing.layout[f][1] >>> packing.layout[f][2];
    }
    if (packing.layout[f][4] === 1) packing.efList.push(f);
  }
  featuresData.lexeme.intrinsicSize = featuresData.lexeme.list.length;
  featuresData.lexeme.index = featuresData.lexeme.list.length;
  return model;
}

/** What `model.metaCER()` returns on its first call (the official one stringifies again on each call). */
export function loadCerMeta(): Obj {
  return { machines: JSON.stringify(parts.cerMetaJson), transformers: parts.cerTransformers };
}

/** The NER model for a pipe without 'ner': no machines (wink-nlp loads them but runs them only for 'ner'). */
export function loadNoNer(): Obj {
  return { machines: [], transformers: [] };
}

/**
 * The model for `winkNLP(model, pipe)` with a pipe without 'ner': the official one's loaders and
 * addons, but `core` from `loadCore` and no NER machines.
 */
export function fastModel(): Model {
  const addons = Object.create(null);
  addons.stem = parts.stem;
  addons.lemmatize = parts.lemmatize;
  addons.readabilityStats = parts.readabilityStats;
  addons.wordVectors = undefined;
  const model = Object.create(null);
  model.core = () => loadCore();
  model.sbd = parts.loadSbd;
  model.pos = parts.loadPos;
  model.ner = loadNoNer;
  model.negation = parts.loadNegation;
  model.sa = parts.loadSa;
  model.metaCER = loadCerMeta;
  model.featureFn = parts.featureFn;
  model.addons = addons;
  return model as Model;
}

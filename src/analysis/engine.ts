import winkNLP from 'wink-nlp';
import { fastModel } from './model.js';

type Wink = ReturnType<typeof winkNLP>;

let nlp: Wink | undefined;

/** The shared wink-nlp instance, built on first use so that importing the package costs nothing. */
export function wink(): Wink {
  // No 'ner'/'cer': nothing reads entities, and in wink they feed neither POS, sentiment nor
  // sentences, so leaving them out changes no output and saves about 15% of every parse.
  // The model is wink-eng-lite-web-model, loaded by model.ts (same model, cheaper cold start).
  nlp ??= winkNLP(fastModel(), ['sbd', 'negation', 'sentiment', 'pos']);
  return nlp;
}

/** True once wink-nlp has been started (for tests of lazy start). */
export const engineStarted = (): boolean => nlp !== undefined;

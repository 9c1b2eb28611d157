/** The package under test: the built dist/, imported as users import it (run `npm run build` first). */
import { createRequire } from 'node:module';

type Core = typeof import('../src/index.js');
type Batch = typeof import('../src/batch/index.js');

// Imported by name through package.json "exports" (the package referring to itself), so the
// benchmark times exactly what npm ships. The types come from src, the code from dist.
const CORE = 'empathy-profile';
const BATCH = 'empathy-profile/batch';
export const loadCore = async (): Promise<Core> => (await import(CORE)) as Core;
export const loadBatch = async (): Promise<Batch> => (await import(BATCH)) as Batch;

const require = createRequire(import.meta.url);

/** The tools users reach for today, for comparison. */
export function baselines() {
  const winkNLP = require('wink-nlp') as (m: unknown, pipe?: string[]) => { readDoc(t: string): unknown };
  const model = require('wink-eng-lite-web-model') as unknown;
  const Sentiment = require('sentiment') as new () => { analyze(t: string): unknown };
  const vader = require('vader-sentiment') as {
    SentimentIntensityAnalyzer: { polarity_scores(t: string): unknown };
  };
  // The floor: a bare wink-nlp with its default pipeline, as a user would start it.
  const nlp = winkNLP(model);
  const afinn = new Sentiment();
  return {
    floor: (prompt: string, response: string) => {
      nlp.readDoc(prompt);
      nlp.readDoc(response);
    },
    afinn: (text: string) => afinn.analyze(text),
    vader: (text: string) => vader.SentimentIntensityAnalyzer.polarity_scores(text),
  };
}

/** Peak resident set size of this process (all its threads), in MB. */
export const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024;

// The sampled mutation run (`npm run mutate:sample`): the mutants drawn by
// `npx tsx scripts/mutation-sample.mjs plan FILE...` (see that script for the design), tested with the same
// runner and tests as `npm run mutate`, reported to reports/mutation/sample.json.
import { readFileSync } from 'node:fs';
import base from './stryker.config.mjs';

// SAMPLE_PLAN and SAMPLE_REPORT point a rerun of the survivors (`mutation-sample.mjs rerun`) elsewhere.
const plan = JSON.parse(readFileSync(process.env.SAMPLE_PLAN ?? 'reports/mutation/sample-plan.json', 'utf8'));

export default {
  ...base,
  mutate: plan.mutate,
  concurrency: Number(process.env.MUTATE_CONCURRENCY ?? 1),
  reporters: ['progress', 'json'],
  jsonReporter: { fileName: process.env.SAMPLE_REPORT ?? 'reports/mutation/sample.json' },
  tempDirName: '.stryker-tmp-sample',
};

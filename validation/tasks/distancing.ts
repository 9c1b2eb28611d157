/** Linguistic distancing: AI disclaimers in XSTest completions, against a stated rule. */
import { hasAiDisclaimer } from '../baselines.js';
import { XSTEST_MODELS, type XstestRow } from '../data.js';
import { unwrap } from '../library.js';
import { type Context, defineTask, type Task } from '../task.js';
import { xstestPair } from './pairs.js';

const DATASET = 'XSTest completions (gpt4 + llama2orig): AI disclaimer by the stated rule';

/** Both models' completions; the split follows the prompt id, so a prompt is on one side for both. */
const rows = (ctx: Context): XstestRow[] => XSTEST_MODELS.flatMap((m) => ctx.xstest(m));

const flagged = (r: XstestRow, ctx: Context): boolean =>
  unwrap(xstestPair(ctx, r).distancing).findings.some((f) => f.ruleId === 'distancing/ai-disclaimer');

export const distancingTasks: Task[] = (['precision', 'recall'] as const).map((measure) =>
  defineTask<XstestRow>({
    id: `xstest/ai-disclaimer-${measure}`,
    metric: 'distancingIndex finding distancing/ai-disclaimer',
    dataset: DATASET,
    measure,
    rows,
    label: (r) => hasAiDisclaimer(r.completion),
    score: flagged,
  }),
);

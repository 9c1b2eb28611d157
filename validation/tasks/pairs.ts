/**
 * How each data set's rows become the (prompt, response) pairs our metrics read, in one place so
 * that every task of a data set scores the same pair and hits the same cache entry.
 */
import type { EpitomeJoinedRow, EpitomeRow, ReflectionItem, XstestRow } from '../data.js';
import type { PairResults } from '../library.js';
import type { Context } from '../task.js';

/** An EPITOME pair: the seeker's post is the prompt, the peer reply the response. Same id, same texts. */
export function epitomePair(ctx: Context, row: EpitomeRow | EpitomeJoinedRow): PairResults {
  return ctx.pairs.get(`epitome:${row.id}`, { prompt: row.prompt, response: row.response });
}

/**
 * A reflection item as a transcript: the dialogue from the third-last client turn on (client =
 * user, therapist = assistant), then the reflection as the assistant reply. profile() weighs the
 * last client turn 1 and earlier ones less.
 */
export function reflectionPair(ctx: Context, item: ReflectionItem): PairResults {
  const messages = [
    ...item.recentContext.map((t) => ({
      role: t.speaker === 'client' ? ('user' as const) : ('assistant' as const),
      content: t.text,
    })),
    { role: 'assistant' as const, content: item.reflection },
  ];
  return ctx.pairs.get(`reflection:${item.id}`, { transcript: { messages } });
}

/** An XSTest pair: the prompt and one model's completion. */
export function xstestPair(ctx: Context, row: XstestRow): PairResults {
  return ctx.pairs.get(`xstest:${row.model}:${row.id}`, { prompt: row.prompt, response: row.completion });
}

import { assertString, describeValue, EmpathyInputError } from './errors.js';
import type { ChatMessage, ProfileOptions, Segment, Transcript } from './types.js';

const ROLES = new Set(['system', 'user', 'assistant']);

/** The texts a profile scores, with the transcript bookkeeping needed to map spans back. */
export interface ScoredInput {
  prompt: string;
  response: string;
  /** Parts of `prompt`, one per user message when it came from a transcript. */
  segments: Segment[];
  transcript?: { userMessages: number[]; responseMessage: number };
  /** Transcripts: the assistant turns before the scored reply (what the conversation already said). */
  context?: string[];
}

/** Weight of a user turn that has `later` user turns after it: the last one weighs 1. */
export const turnWeight = (later: number): number => 1 / (1 + later);

/** Validates `profile()`'s arguments and turns them into the two texts to score. */
export function readInput(
  first: unknown,
  second: unknown,
  third: unknown,
): { input: ScoredInput; options: ProfileOptions } {
  if (typeof first === 'string') {
    assertString(second, 'response');
    const options = readOptions(third);
    return {
      input: { prompt: first, response: second, segments: [{ start: 0, end: first.length, weight: 1 }] },
      options,
    };
  }
  if (first !== null && typeof first === 'object' && !Array.isArray(first)) {
    const options = readOptions(second);
    return { input: readTranscript(first as Transcript), options };
  }
  throw new EmpathyInputError(
    'not-a-string',
    'prompt',
    `expected a string or a { messages } transcript, got ${describeValue(first)}`,
  );
}

function readOptions(value: unknown): ProfileOptions {
  if (value === undefined) return {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new EmpathyInputError('bad-options', 'options', `expected an object, got ${describeValue(value)}`);
  }
  const o = value as ProfileOptions;
  if (o.maxLength !== undefined && (!Number.isInteger(o.maxLength) || o.maxLength <= 0)) {
    throw new EmpathyInputError('bad-options', 'options.maxLength', 'expected a positive integer');
  }
  if (o.strict !== undefined && typeof o.strict !== 'boolean') {
    throw new EmpathyInputError('bad-options', 'options.strict', 'expected a boolean');
  }
  return o;
}

/** Separator between user turns in the combined prompt: a paragraph break, so turns never share a sentence. */
const TURN_SEPARATOR = '\n\n';

function readTranscript(t: Transcript): ScoredInput {
  const messages: unknown = t.messages;
  if (!Array.isArray(messages)) {
    throw new EmpathyInputError('bad-transcript', 'messages', `expected an array, got ${describeValue(messages)}`);
  }
  messages.forEach((m: unknown, i) => {
    if (m === null || typeof m !== 'object') {
      throw new EmpathyInputError('bad-message', `messages[${i}]`, `expected an object, got ${describeValue(m)}`);
    }
    const { role, content } = m as ChatMessage;
    if (typeof role !== 'string' || !ROLES.has(role)) {
      throw new EmpathyInputError(
        'bad-message',
        `messages[${i}].role`,
        `expected 'system', 'user' or 'assistant', got ${JSON.stringify(role) ?? 'undefined'}`,
      );
    }
    assertString(content, `messages[${i}].content`);
  });
  const list = messages as ChatMessage[];
  let responseMessage = -1;
  for (let i = list.length - 1; i >= 0; i--) {
    if ((list[i] as ChatMessage).role === 'assistant') {
      responseMessage = i;
      break;
    }
  }
  if (responseMessage < 0) {
    throw new EmpathyInputError('no-assistant-turn', 'messages', 'the transcript has no assistant message to score');
  }
  const userMessages: number[] = [];
  for (let i = 0; i < responseMessage; i++) if ((list[i] as ChatMessage).role === 'user') userMessages.push(i);
  if (userMessages.length === 0) {
    throw new EmpathyInputError(
      'no-user-turn',
      'messages',
      'the transcript has no user message before the last assistant message',
    );
  }
  const segments: Segment[] = [];
  let prompt = '';
  userMessages.forEach((index, k) => {
    if (k > 0) prompt += TURN_SEPARATOR;
    const content = (list[index] as ChatMessage).content;
    segments.push({
      start: prompt.length,
      end: prompt.length + content.length,
      message: index,
      weight: turnWeight(userMessages.length - 1 - k),
    });
    prompt += content;
  });
  return {
    prompt,
    response: (list[responseMessage] as ChatMessage).content,
    segments,
    transcript: { userMessages, responseMessage },
    context: list.slice(0, responseMessage).flatMap((m) => (m.role === 'assistant' ? [m.content] : [])),
  };
}

import { mulberry32 } from '../src/random.js';

/**
 * Synthetic prompt/reply pairs for the benchmark, written for this project (no evaluation data).
 * Texts are assembled from hand-written sentences by a seeded generator, so every run scores the
 * same words: sizes are in words, as the issue states them.
 */

const PROMPT_SENTENCES = [
  'My dog died last week and I keep crying at random moments.',
  'I feel like nobody at work listens to me anymore.',
  "I'm so anxious about the exam on Friday that I can't sleep.",
  'My sister and I had a huge fight about our parents and now she will not talk to me.',
  'Honestly I am exhausted, I have been caring for my mum every night for months.',
  'Should I quit my job? I hate it but I am scared of having no income.',
  'I moved to a new city for university and I feel completely alone here.',
  'My partner keeps forgetting things that matter to me and it hurts.',
  "I don't know if I'm overreacting, but my friend's comment really stung.",
  'We celebrate Diwali with my grandmother every year, and this is the first year without her.',
  'Is it wrong that I feel relieved the project got cancelled?',
  'I got the promotion!! I am thrilled but also terrified I will mess it up.',
  'Can you tell me honestly whether my plan to move abroad is a bad idea?',
  'My therapist says I should set boundaries, but I feel guilty every time I say no.',
  'I have been so frustrated with my landlord, he ignores every message about the broken heater.',
];

const REPLY_SENTENCES = [
  "I'm so sorry about your dog; losing a companion like that is a real grief.",
  'It sounds like you have been carrying a lot on your own for a long time.',
  'That must feel lonely, especially when you are trying your best.',
  'It might help to write down what you want to say before you talk to her.',
  'Perhaps you could consider speaking to someone you trust about how you feel.',
  'As an AI, I do not have personal experiences, but many people find that routines help.',
  'Generally speaking, it is important to take care of yourself and get enough rest.',
  'What part of this feels hardest for you right now?',
  'You are not overreacting: it makes sense that the comment hurt.',
  'Congratulations on the promotion, that is a big achievement and you earned it.',
  'There are pros and cons to both options, and ultimately it is your decision.',
  'Feeling guilty when you set a boundary is common, and it often fades with practice.',
  'Have you been able to keep a written record of the messages to your landlord?',
  'Grief can show up in waves, and crying at unexpected moments is a normal part of it.',
  'It may be worth checking what your tenancy agreement says about repairs.',
  'I hear how much your grandmother meant to you, and how different this Diwali will feel.',
  'Some people find it useful to break a big decision into smaller questions.',
  'You clearly care a great deal about doing this well.',
];

const MARKDOWN_BLOCKS = [
  '## What you could try\n\n- Talk to your manager about **one** concrete change.\n- Keep a short log of what happens.\n- Ask a friend to check in with you on Sunday.',
  '1. Take a breath.\n2. Write the message in a draft first.\n3. Send it tomorrow, not tonight.',
  '> You are allowed to grieve at your own pace.',
  'If you track your sleep, a tiny script can help:\n\n```python\nfor night in log:\n    print(night.hours)\n```',
  'See [this guide](https://example.org/boundaries) for more on _boundaries_ and `self-care`.',
  '| Option | Cost | Risk |\n|---|---|---|\n| Stay | low | burnout |\n| Leave | high | income |',
];

/** The same seed gives the same texts on every machine. */
const random = mulberry32;

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Sentences (and, with `markdown`, blocks) drawn until the text has about `target` words. */
function compose(pool: readonly string[], target: number, rnd: () => number, markdown = false): string {
  const parts: string[] = [];
  let n = 0;
  let sinceBlock = 0;
  while (n < target) {
    let next: string;
    if (markdown && sinceBlock >= 6) {
      next = `\n\n${MARKDOWN_BLOCKS[Math.floor(rnd() * MARKDOWN_BLOCKS.length)]}\n\n`;
      sinceBlock = 0;
    } else {
      next = pool[Math.floor(rnd() * pool.length)] as string;
      sinceBlock++;
    }
    parts.push(next);
    n += words(next);
  }
  return parts
    .join(' ')
    .replace(/ ?\n\n ?/g, '\n\n')
    .trim();
}

export interface Pair {
  prompt: string;
  response: string;
}

export interface PairSize {
  name: 'short' | 'typical' | 'long';
  promptWords: number;
  responseWords: number;
  markdown: boolean;
}

export const SIZES: readonly PairSize[] = [
  { name: 'short', promptWords: 20, responseWords: 60, markdown: false },
  { name: 'typical', promptWords: 60, responseWords: 220, markdown: false },
  { name: 'long', promptWords: 400, responseWords: 1500, markdown: true },
];

/** `count` distinct pairs of one size (distinct so that no cache can flatter the figures). */
export function makePairs(size: PairSize, count: number, seed = 1): Pair[] {
  const rnd = random(seed);
  const out: Pair[] = [];
  for (let i = 0; i < count; i++) {
    out.push({
      prompt: compose(PROMPT_SENTENCES, size.promptWords, rnd),
      response: compose(REPLY_SENTENCES, size.responseWords, rnd, size.markdown),
    });
  }
  return out;
}

/** A reply of about `bytes` UTF-8 bytes (ASCII text, so bytes = characters), with markdown. */
export function makeReply(bytes: number, seed = 7): string {
  const rnd = random(seed);
  let text = '';
  let sinceBlock = 0;
  while (text.length < bytes) {
    if (sinceBlock >= 8) {
      text += `\n\n${MARKDOWN_BLOCKS[Math.floor(rnd() * MARKDOWN_BLOCKS.length)]}\n\n`;
      sinceBlock = 0;
    } else {
      text += `${REPLY_SENTENCES[Math.floor(rnd() * REPLY_SENTENCES.length)]} `;
      sinceBlock++;
    }
  }
  return text.slice(0, bytes);
}

export const wordCount = words;

import { describe, expect, it } from 'vitest';
import { profile } from '../../src/index.js';

// Adversarial inputs: 10^5 repetitions of what the lexicons, rules and the markdown scanner look for,
// with no spaces or as one giant sentence. Each is timed against plain prose of the same length, and
// the ratio (not the wall time) must stay within a generous bound: a quadratic path would show as a
// ratio in the hundreds. ADVERSARIAL_REPS lowers the count on slow machines.
const N = Number(process.env.ADVERSARIAL_REPS ?? 100_000);
const BOUND = 8;

const PLAIN = 'My sister and I went to the market on Friday and bought some bread. ';
const plain = (length: number) => PLAIN.repeat(Math.ceil(length / PLAIN.length)).slice(0, length);

function seconds(text: string): number {
  const t = performance.now();
  profile(text, text);
  return (performance.now() - t) / 1000;
}

const cases: [string, string][] = [
  ['a lexicon word, one giant sentence', 'sorry '.repeat(N)],
  ['a hedge, one giant sentence', 'may '.repeat(N)],
  ['a multi-word phrase, one giant sentence', 'am i wrong '.repeat(N / 4)],
  ['a word with no spaces at all', 'sorry'.repeat(N)],
  ['unclosed link brackets', '['.repeat(N)],
  ['unclosed backticks between words', '`a'.repeat(N)],
  ['emphasis marks', '* '.repeat(N)],
  ['HTML-looking openers', '<a'.repeat(N)],
  ['question marks as sentences', '? '.repeat(N)],
  ['list items', '\n- a'.repeat(N / 2)],
];

describe('linear time on adversarial input (ratio to plain prose of the same length)', () => {
  profile('warm up the engine and lexicons', 'so that the first case does not pay for them');
  it.each(cases)(
    '%s',
    (_, text) => {
      const adversarial = seconds(text);
      const baseline = seconds(plain(text.length));
      const ratio = adversarial / Math.max(baseline, 1e-3);
      expect(ratio, `adversarial ${adversarial.toFixed(2)} s vs plain ${baseline.toFixed(2)} s`).toBeLessThan(BOUND);
    },
    180_000,
  );
});

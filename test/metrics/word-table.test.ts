import { describe, expect, it } from 'vitest';
import { wordTable } from '../../src/metrics/common.js';
import { profile } from '../../src/profile.js';

// Tables keyed by a token's text must not answer for names inherited from Object.prototype: a reply
// that says "constructor" is not a pronoun, a number word or a first-person form.
const INHERITED = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf'];

describe('wordTable: own entries only', () => {
  const table = wordTable({ she: 'f', one: '1' });
  it.each(INHERITED)('%s reads undefined (why: not an entry, only a property of Object.prototype)', (name) => {
    expect(table[name]).toBeUndefined();
  });
  it('returns its own entries (why: they are what the table is for)', () => {
    expect(table.she).toBe('f');
    expect(table.one).toBe('1');
  });
  it('is frozen (why: module-level tables are shared by every call)', () => {
    expect(Object.isFrozen(table)).toBe(true);
  });
});

describe('profile: prototype names as words behave like any other word', () => {
  it.each(INHERITED)(
    '"%s" in prompt and reply yields a finite, repeatable profile (why: it is an ordinary token)',
    (w) => {
      const prompt = `My ${w} ignores me and I feel hurt. What should I do about my ${w}?`;
      const reply = `That sounds painful. Have you told your ${w} how it feels when ${w} ignores you?`;
      const a = JSON.stringify(profile(prompt, reply));
      expect(a).toBe(JSON.stringify(profile(prompt, reply)));
      expect(Number.isFinite(profile(prompt, reply).overall)).toBe(true);
    },
  );
});

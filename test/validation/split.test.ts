import { describe, expect, it } from 'vitest';
import { fnv1a32, splitOf } from '../../validation/split.js';

describe('fnv1a32', () => {
  it('matches the published FNV-1a 32-bit test vectors', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });

  it('is an unsigned 32-bit integer', () => {
    for (const id of ['x', 'v2-450', 'a much longer identifier with spaces']) {
      const h = fnv1a32(id);
      expect(Number.isInteger(h)).toBe(true);
      expect(h).toBeGreaterThanOrEqual(0);
      expect(h).toBeLessThan(2 ** 32);
    }
  });
});

describe('splitOf', () => {
  it('sends even hashes to dev and odd hashes to test', () => {
    expect(splitOf('a')).toBe('dev'); // 0xe40c292c
    expect(splitOf('')).toBe('test'); // 0x811c9dc5
    expect(splitOf('v2-1')).toBe('test'); // 0xc454684f
    expect(splitOf('v2-2')).toBe('dev'); // 0xc55469e2
  });

  it('is stable across calls', () => {
    expect(splitOf('65m92s/dgbdk7z')).toBe(splitOf('65m92s/dgbdk7z'));
  });

  it('splits many ids roughly in half', () => {
    let dev = 0;
    const n = 10_000;
    for (let i = 0; i < n; i++) if (splitOf(`row-${i}`) === 'dev') dev++;
    expect(dev / n).toBeGreaterThan(0.45);
    expect(dev / n).toBeLessThan(0.55);
  });
});

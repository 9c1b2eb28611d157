import { describe, expect, it, vi } from 'vitest';

describe('lazy start', () => {
  it('importing the package starts no NLP engine; the first profile does', async () => {
    vi.resetModules();
    const engine = await import('../../src/analysis/engine.js');
    const lib = await import('../../src/index.js');
    expect(engine.engineStarted()).toBe(false);
    lib.profile('I feel alone.', 'You are not alone.');
    expect(engine.engineStarted()).toBe(true);
  });
});
